import { describe, expect, it } from 'vitest';
import { countCardHosts, waitForCard } from '../../scripts/browser/card';
import type { ChromeGlobal } from '../../scripts/browser/chromium';
import { EXPECTED_MENTIONS } from './harness/expected';
import { hoverMention, mentionRect, waitForHighlights } from '../../scripts/browser/highlights';
import { openWatched, recordedMutations, waitFor } from './harness/hostile';
import { useChromiumSuite } from './harness/suite';

/**
 * The extension reloaded (as by an update) while a page is open. Chrome does not put the new content
 * script into pages that are open already, and tells the old one nothing: the old script must notice
 * that its extension is gone and take its marks, its card and its listeners off the page, without an
 * error.
 */

const suite = useChromiumSuite();

/** The content script checks for its extension every second (entrypoints/content/wire-page.ts). */
const CLEANUP_MS = 2_500;

describe('the extension reloaded under an open page (Chromium)', () => {
  it('takes the old script’s marks, card and listeners off the page without an error', async () => {
    const { page, problems } = await openWatched(suite, '/mentions.html');
    expect(await waitForHighlights(page, 9)).toEqual(EXPECTED_MENTIONS);
    // The card script is loaded and the card open when the extension goes.
    await hoverMention(page, 'altman', 'full');
    await waitForCard(page, true);
    const altman = await mentionRect(page, 'altman', 'full');

    await suite.browser.background
      .evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.reload())
      .catch(() => {
        // The worker may go before it answers.
      });
    const started = Date.now();
    const left = await waitFor(
      async () => ({
        ...(await page.evaluate(() => ({
          highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('whoswho-')),
          sheets: document.adoptedStyleSheets.length,
        }))),
        hosts: await countCardHosts(page),
      }),
      (state) => state.highlights.length === 0 && state.sheets === 0 && state.hosts === 0,
      'the old script to clean up',
      CLEANUP_MS + 2_000,
    );
    const cleanedMs = Date.now() - started;
    console.info(`The old content script cleaned up ${cleanedMs} ms after the reload`);
    expect(left).toEqual({ highlights: [], sheets: 0, hosts: 0 });

    // Its listeners are gone: resting the pointer where a mention was opens nothing and throws nothing.
    await page.mouse.move(2, 2, { steps: 2 });
    await page.mouse.move(altman.x + altman.width / 2, altman.y + altman.height / 2, { steps: 4 });
    await page.waitForTimeout(1_200);
    await page.keyboard.press('Escape');
    expect(await countCardHosts(page)).toBe(0);
    // The reloaded extension did not come to this page: it is not marked twice, nor at all.
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // The card's host, added on the hover and taken away with the old script: nothing else changed.
    expect(await recordedMutations(page)).toEqual(['childList BODY +DIV', 'childList BODY -DIV']);
    expect(problems()).toEqual([]);
    // (Whether the reloaded extension then runs on new pages is the browser's business; here it does
    // not: Chromium disables an unpacked extension loaded from the command line once it reloads,
    // unless developer mode is on.)
    await page.close();
  });
});
