import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countCardHosts, readCard, waitForCard } from '../../scripts/browser/card';
import { EXPECTED_MENTIONS } from './harness/expected';
import { mentionRect, waitForHighlights } from '../../scripts/browser/highlights';
import {
  evaluateClean,
  evaluateInExtensionWorld,
  hoverMentionClean,
  openWatched,
  readHighlightsClean,
  waitFor,
} from './harness/hostile';
import { useChromiumSuite } from './harness/suite';

/**
 * Hostile pages, part 3: page scripts against what the page really shares with the extension. The
 * content script runs in a world of its own (replaced globals and prototypes of the page's never reach
 * it, and it listens to no page message), so what is left is the DOM's shared state: the highlight
 * registry, events, and the card's host (hostile-card.test.ts). Each test here fails when the check
 * it is about is taken out.
 */

const suite = useChromiumSuite();

const squattedSize = (page: Page) =>
  evaluateClean<number>(page, 'Object.values(window.squatted).reduce((n, h) => n + h.size, 0)', { main: true });

describe('hostile pages: page scripts against the state they share with the extension (Chromium)', () => {
  it('marks a page that squatted its highlight names, and puts its marks back after the page clears them', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/registry.html');
    const texts = await waitFor(
      () => readHighlightsClean(page),
      (t) => t.pachocki.length > 0,
      'the marks',
    );
    expect(texts).toEqual({
      sutskever: ['lead: Ilya Sutskever'],
      altman: ['lead: Sam Altman'],
      leike: ['lead: Jan Leike'],
      pachocki: ['next: Jakub Pachocki'],
    });
    // The page's own highlights under the extension's names got nothing of the extension's.
    expect(await squattedSize(page)).toBe(0);

    // The page clears the registry; the next mention of a person brings that person's marks back.
    await evaluateClean(
      page,
      `CSS.highlights.clear();
       const more = document.createElement('p');
       more.id = 'more';
       more.textContent = 'Sam Altman wrote to Jan Leike.';
       document.body.append(more);`,
      { main: true },
    );
    const back = await waitFor(
      () => readHighlightsClean(page),
      (t) => t.leike.length === 2,
      'the marks back',
    );
    expect(back).toEqual({
      sutskever: [],
      altman: ['lead: Sam Altman', 'more: Sam Altman'],
      leike: ['lead: Jan Leike', 'more: Jan Leike'],
      pachocki: [],
    });
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('opens no card for synthetic pointer events, and closes none for a synthetic Escape', async () => {
    const { page, problems } = await openWatched(suite, '/mentions.html');
    expect(await waitForHighlights(page, 9)).toEqual(EXPECTED_MENTIONS);
    const rect = await mentionRect(page, 'altman', 'full');
    // A page script "rests the pointer" on a mention for well over the dwell time.
    await page.evaluate(
      async ({ x, y }) => {
        const target = document.elementFromPoint(x, y)!;
        for (let i = 0; i < 20; i++) {
          const init = { clientX: x + (i % 2), clientY: y, bubbles: true, composed: true };
          target.dispatchEvent(new PointerEvent('pointermove', init));
          target.dispatchEvent(new MouseEvent('mousemove', init));
          await new Promise((resolve) => setTimeout(resolve, 60));
        }
      },
      { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 },
    );
    await page.waitForTimeout(800);
    expect(await readCard(page)).toBeNull();
    expect(await countCardHosts(page)).toBe(0);

    // The reader opens a card; the page "presses" Escape at the document and at the card's host.
    await hoverMentionClean(page, 'altman', 'full');
    await waitForCard(page, true);
    await page.evaluate(() => {
      const escape = () =>
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
      document.dispatchEvent(escape());
      window.dispatchEvent(escape());
      for (const element of document.querySelectorAll('body > *')) element.dispatchEvent(escape());
    });
    await page.waitForTimeout(500);
    expect((await readCard(page))?.text).toContain('Sam Altman');
    // The reader's own Escape closes it.
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('(control) sees an error and an unhandled rejection in the content script’s world', async () => {
    const { page, problems } = await openWatched(suite, '/mentions.html');
    await waitForHighlights(page, 9);
    await evaluateInExtensionWorld(
      page,
      "setTimeout(() => { throw new Error('control: thrown') }); Promise.reject(new Error('control: rejected')); 0",
    );
    await waitFor(
      async () => problems(),
      (list) => list.length >= 2,
      'the errors',
    );
    expect(problems().join('\n')).toMatch(
      /control: thrown[\s\S]*control: rejected|control: rejected[\s\S]*control: thrown/,
    );
    await page.close();
  });
});
