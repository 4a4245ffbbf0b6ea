import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { onCardRoot, readCard, waitForCard } from '../../scripts/browser/card';
import { waitForHighlights } from '../../scripts/browser/highlights';
import { EXPECTED_MENTIONS } from './harness/expected';
import {
  evaluateClean,
  evaluateInExtensionWorld,
  hoverMentionClean,
  openWatched,
  readHighlightsClean,
  waitFor,
} from './harness/hostile';
import { roleOf } from './harness/people';
import { NOTHING_TAKEN, type Attack } from './harness/card-attack';
import { useChromiumSuite } from './harness/suite';

/**
 * Hostile pages, part 5: pages written to reach into the closed card (issue 11, item 1). A page that
 * defines the card's tag name before the extension runs could take the card's closed shadow root
 * through `ElementInternals.shadowRoot`, then read the card, write into it in the extension's own
 * styling, and click "The full story" to open extension tabs at will. Each page here tries, and writes
 * what it achieved to `window.attack` (tests/fixtures/pages/hostile/card-attack.js).
 */

const suite = useChromiumSuite();

const attackOn = (page: Page) => evaluateClean<Attack>(page, 'window.attack', { main: true });

/** The tabs that show the extension's story (`popup.html` in a tab of its own). */
const storyTabs = () => suite.browser.context.pages().filter((page) => page.url().includes('/popup.html'));

async function closeStoryTabs() {
  for (const tab of storyTabs()) await tab.close();
}

// Each test counts the story tabs it opens.
afterEach(closeStoryTabs);

/** Lets a page's polling and the background's tab opening run their course. */
const settle = (page: Page) => page.waitForTimeout(800);

describe('hostile pages: the closed card (Chromium)', () => {
  it.each([
    ['defines the card’s tag name and attaches internals in its constructor', '/hostile/card-internals.html'],
    ['takes internals on connection, and defines any name the extension adds', '/hostile/card-upgrade.html'],
  ])('a page that %s gets nothing of the card', async (_, path) => {
    const { page, problems } = await openWatched(suite, path);
    await waitFor(
      () => readHighlightsClean(page),
      (texts) => texts.pachocki.length > 0,
      'the marks',
    );
    await hoverMentionClean(page, 'altman', 'lead');
    const card = await waitForCard(page, true);
    expect(card.text).toContain('Sam Altman');
    expect(card.text).toContain(roleOf('altman'));
    await settle(page);

    const attack = await attackOn(page);
    // The host is no element the page could define: none of its code ran for it, and no root reached it.
    expect(attack).toEqual(NOTHING_TAKEN);
    expect((await readCard(page))?.text).not.toContain('Security notice');
    expect(storyTabs()).toHaveLength(0);

    // Once the card has closed, a button the page kept would still be clickable.
    await page.mouse.move(2, 2, { steps: 4 });
    await waitForCard(page, false);
    expect(await evaluateClean<number>(page, 'window.clickKept()', { main: true })).toBe(0);
    await settle(page);
    expect(storyTabs()).toHaveLength(0);
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('ignores synthetic clicks and keys on every control of the card; real ones work', async () => {
    const { page, problems } = await openWatched(suite, '/mentions.html');
    expect(await waitForHighlights(page, 9)).toEqual(EXPECTED_MENTIONS);
    await hoverMentionClean(page, 'leike', 'full');
    await waitForCard(page, true);
    const pagesBefore = suite.browser.context.pages().length;

    // As a page that held the card's root would: `.click()` on every control (the close button, the
    // source links, "The full story"), then Enter, Space and Escape as synthetic key events.
    const clicked = await onCardRoot(page, function () {
      const controls = [...this.querySelectorAll<HTMLElement>('button, a[href], [tabindex]')];
      for (const control of controls) control.click();
      for (const control of controls) {
        for (const key of ['Enter', ' ', 'Escape']) {
          control.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
        }
      }
      return controls.map((control) => control.localName);
    });
    expect(clicked).toEqual(expect.arrayContaining(['button', 'a']));
    expect(clicked!.length).toBeGreaterThanOrEqual(4);
    await settle(page);
    // The card is still open, and nothing opened: no story tab, no source's page.
    expect((await readCard(page))?.text).toContain('Jan Leike');
    expect(suite.browser.context.pages()).toHaveLength(pagesBefore);

    // The reader's own click on "The full story" opens it, once.
    const story = await onCardRoot(page, function () {
      const button = [...this.querySelectorAll('button')].find((b) => b.textContent === 'The full story');
      const box = button?.getBoundingClientRect();
      return box && { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    expect(story).toBeTruthy();
    await page.mouse.move(story!.x, story!.y, { steps: 4 });
    await page.mouse.click(story!.x, story!.y);
    await waitFor(
      async () => storyTabs().length,
      (n) => n === 1,
      'the story tab',
    );
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('opens at most one story tab for a burst of requests, and focuses it for the next', async () => {
    const page = await suite.openPage('/mentions.html');
    await waitForHighlights(page, 9);
    // Five requests at once from the content script's own world, as five clicks that got through would send.
    const burst =
      "Promise.all([1, 2, 3, 4, 5].map(() => chrome.runtime.sendMessage({ type: 'open-story' }))).then(() => 0)";
    await evaluateInExtensionWorld(page, burst);
    await settle(page);
    expect(storyTabs()).toHaveLength(1);
    await page.bringToFront();
    await evaluateInExtensionWorld(page, burst);
    await settle(page);
    expect(storyTabs()).toHaveLength(1);
    // The one story tab is the active one again.
    const [storyTab] = storyTabs();
    expect(await storyTab!.evaluate(() => document.visibilityState)).toBe('visible');
    await page.close();
  });
});
