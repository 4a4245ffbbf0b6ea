import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChromeGlobal } from '../../scripts/browser/chromium';
import { NO_MARKS, readHighlights } from '../../scripts/browser/highlights';
import { openWatched, recordedMutations, waitFor } from './harness/hostile';
import { useChromiumSuite } from './harness/suite';

/**
 * Hostile pages, part 8: a single-page app that calls history.pushState every second and renders a new
 * view in place. The marks and the tab's counts must follow each view; the app's history and its own
 * DOM are its own.
 */

const suite = useChromiumSuite();

// The person each view names, in the page's order (tests/fixtures/pages/hostile/spa.html).
const VIEW_PEOPLE = [
  ['altman', 'Sam Altman'],
  ['sutskever', 'Ilya Sutskever'],
  ['leike', 'Jan Leike'],
  ['pachocki', 'Jakub Pachocki'],
] as const;

interface Spa {
  readonly route: number;
  readonly pushes: number;
  readonly popstates: number;
}
const spa = (page: Page) => page.evaluate(() => (window as unknown as { spa: Spa }).spa);

/** The counts the background keeps for the one web page open, summed over its frames. */
const tabCounts = () =>
  suite.browser.background.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    const stored = await chrome.storage.session.get(null);
    // Per frame: the document's key and its counts; the counts are what this test follows.
    type Frames = Record<string, { counts: Record<string, number> }>;
    return Object.entries(stored)
      .filter(([key]) => key.startsWith('tab-mentions:'))
      .map(([, frames]) =>
        Object.fromEntries(Object.entries(frames as Frames).map(([frame, { counts }]) => [frame, counts])),
      );
  });

describe('hostile pages: a single-page app (Chromium)', () => {
  it('follows each view of an app that pushes a new history entry every second', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/spa.html');
    const atStart = await page.evaluate(() => ({
      entries: history.length,
      pushes: (window as unknown as { spa: Spa }).spa.pushes,
    }));

    // Three views in a row: each is marked soon after it shows, and the tab's counts follow.
    let route = (await spa(page)).route;
    for (const target of [route + 1, route + 2, route + 3]) {
      await waitFor(
        () => spa(page),
        (state) => state.route >= target,
        `view ${target}`,
        3_000,
      );
      route = (await spa(page)).route;
      const [person, name] = VIEW_PEOPLE[route % VIEW_PEOPLE.length]!;
      const expected = { ...NO_MARKS, [person]: [`story-${route}: ${name}`] };
      // A view lasts a second: it must be marked well within it.
      const texts = await waitFor(
        () => readHighlights(page),
        (t) => JSON.stringify(t) === JSON.stringify(expected) || JSON.stringify(t).includes(`story-${route + 1}`),
        `the marks of view ${route}`,
        900,
      );
      expect(texts).toEqual(expected);
      const counts = await waitFor(
        tabCounts,
        (tabs) => JSON.stringify(tabs).includes(`"${person}":1`),
        'the counts',
        900,
      );
      expect(counts).toEqual([{ 0: { [person]: 1 } }]);
    }

    // The app's history is its own: one entry per push, no navigation of the extension's.
    const now = await page.evaluate(() => ({ entries: history.length, ...(window as unknown as { spa: Spa }).spa }));
    expect(now.popstates).toBe(0);
    expect(now.entries).toBe(atStart.entries + now.pushes - atStart.pushes);
    const byApp = /^childList MAIN#view \+P#story-\d+ -P#story-\d+$/;
    expect((await recordedMutations(page)).filter((line) => !byApp.test(line))).toEqual([]);
    expect(problems()).toEqual([]);
    await page.close();
  });
});
