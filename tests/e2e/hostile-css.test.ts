import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForCard } from '../../scripts/browser/card';
import { hoverMention, NO_MARKS, waitForHighlights } from '../../scripts/browser/highlights';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { contrast, lookAtCard, openWatched, pageSeenErrors, recordedMutations } from './harness/hostile';
import { FIXTURE_PAGES } from '../../scripts/browser/paths';
import type { PersonId } from '../../model/person';
import { roleOf } from './harness/people';
import { useChromiumSuite } from './harness/suite';

/**
 * Hostile pages, part 2: page styles and policies. `* { all: unset !important }` and a 4 px root font
 * size; a page that hides every child of its body after load under a full-screen layer with the
 * highest z-index; a transformed, filtered body under a side panel with the highest z-index; a
 * Content-Security-Policy of `default-src 'none'`. The card must still show, readable, in px, in the
 * viewport, on top.
 */

const suite = useChromiumSuite({
  serve: (server) =>
    server.route('/hostile/csp.html', 'text/html; charset=utf-8', readFileSync(`${FIXTURE_PAGES}/hostile/csp.html`), {
      'content-security-policy': "default-src 'none'",
    }),
});

/** The card for `person` is open, says who they are, and can be read. */
async function expectReadableCard(page: Page, person: PersonId, name: string) {
  const card = await waitForCard(page, true);
  expect(card.text).toContain(name);
  expect(card.text).toContain(roleOf(person));
  const look = await lookAtCard(page);
  expect(look).not.toBeNull();
  expect(look!.mode).toBe('closed');
  // Sizes in px: the page's 4 px root font size does not shrink the card.
  expect(look!.minFontPx).toBeGreaterThanOrEqual(11);
  expect(contrast(look!.color, look!.background)).toBeGreaterThanOrEqual(4.5);
  expect(look!.inViewport).toBe(true);
  expect(look!.rect.width).toBeGreaterThan(200);
  expect(look!.topmost).toBe(true);
}

describe('hostile pages: CSS aimed at everything (Chromium)', () => {
  it('shows a readable card on a page that unsets every property of every element and has 4 px type', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/css-reset.html');
    expect(await waitForHighlights(page, 4)).toEqual({
      sutskever: ['lead: Ilya Sutskever'],
      altman: ['lead: Sam Altman'],
      leike: ['more: Jan Leike'],
      pachocki: ['more: Jakub Pachocki'],
    });
    await hoverMention(page, 'sutskever', 'lead');
    await expectReadableCard(page, 'sutskever', 'Ilya Sutskever');
    expect(await recordedMutations(page)).toEqual(['childList BODY +DIV']);
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('shows the card on a page that hides every child of its body after load, under a full-screen layer', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/css-hide.html');
    await page.waitForFunction(() => (window as unknown as { hiddenAfterLoad?: boolean }).hiddenAfterLoad);
    expect(await waitForHighlights(page, 3)).toEqual({
      ...NO_MARKS,
      // Text right in the body has no element with an id around it; the hidden box has.
      altman: [': Sam Altman'],
      leike: [': Jan Leike'],
      sutskever: ['hidden: Ilya Sutskever'],
    });
    await hoverMention(page, 'leike');
    await expectReadableCard(page, 'leike', 'Jan Leike');
    // The page's own changes after load, then the card's host: nothing else.
    expect(await recordedMutations(page)).toEqual([
      'childList HEAD +STYLE',
      'childList HTML +DIV#layer',
      'childList BODY +DIV',
    ]);
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('shows the card in the viewport and above a panel on a page whose body is transformed and scrolled', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/css-transform.html');
    expect(await waitForHighlights(page, 1)).toEqual({ ...NO_MARKS, altman: ['p50: Sam Altman'] });
    // Far down the page: the body's transform would carry a card fixed inside it out of the window.
    await hoverMention(page, 'altman', 'p50');
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1_000);
    // The card reaches into the panel's half of the window, and is what the pointer finds there.
    await expectReadableCard(page, 'altman', 'Sam Altman');
    const { rect } = (await lookAtCard(page))!;
    expect(rect.x + rect.width).toBeGreaterThan((page.viewportSize()!.width * 3) / 5);
    expect(await recordedMutations(page)).toEqual(['childList BODY +DIV']);
    expect(problems()).toEqual([]);
    await page.close();
  });

  it("marks and shows the card on a page whose Content-Security-Policy is default-src 'none'", async () => {
    const { page, problems } = await openWatched(suite, '/hostile/csp.html');
    expect(await waitForHighlights(page, 4)).toEqual({
      sutskever: ['lead: Ilya Sutskever'],
      altman: ['lead: Sam Altman'],
      leike: ['more: Jan Leike'],
      pachocki: ['more: Jakub Pachocki'],
    });
    // The marks' style sheet (the manifest's) applies: the page's policy does not cover it.
    expect(
      await page.evaluate(
        () =>
          getComputedStyle(document.getElementById('lead')!, '::highlight(whoswho-underline-altman)')
            .textDecorationLine,
      ),
    ).toBe('underline');
    // The card script is imported, and its style element in the shadow root applies, under the policy.
    await hoverMention(page, 'pachocki', 'more');
    await expectReadableCard(page, 'pachocki', 'Jakub Pachocki');
    expect(await recordedMutations(page)).toEqual(['childList BODY +DIV']);
    // The policy blocked the page's own style sheet (Chromium names it by its hash), and nothing of
    // the extension's.
    expect(await pageSeenErrors(page)).toEqual(['securitypolicyviolation: style-src-elem inline']);
    const pageStyle = createHash('sha256').update('p { color: red; }').digest('base64');
    expect(problems()).toHaveLength(1);
    expect(problems()[0]).toContain(`'sha256-${pageStyle}'`);
    await page.close();
  });
});
