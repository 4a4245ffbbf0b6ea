import type { Page } from 'playwright-core';
import type { BenchBrowsers } from './browsers';
import type { HitTestTimes } from './hit-test-probe';
import { pollMarks, waitForMarks } from './marks';
import { openMeasured, type MeasuredPage } from './measured-page';
import type { BenchPage } from './pages/prose-page';
import { percentile } from './stats';

export interface HitTestCost {
  readonly p50Us: number;
  readonly p99Us: number;
  readonly calls: number;
  /** Whether the probe's clock ticked in 5 µs steps (a cross-origin isolated tab) rather than 100 µs. */
  readonly isolated: boolean;
  /** The extension's script time per real pointer move, from the page's totals with and without it. */
  readonly perMoveUs: number;
}

// Where in the page the pointer wanders, as fractions of its height: a screen holds a few dozen
// mentions, so the probe visits many screens, each twice, to have a p99 from thousands of calls.
const SCROLL_AT = Array.from({ length: 40 }, (_, i) => (i + 0.5) / 40);
const PROBE_PASSES = 2;
const MOVES = 200;
// Long enough for a frame to run between moves, so that every move is hit-tested.
const MOVE_GAP_MS = 25;

// In the page: the centre of the first box of each highlighted range on screen.
const ON_SCREEN_CENTRES = `(() => {
  const centres = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('whoswho-')) continue;
    for (const copy of highlight) {
      // The registry holds StaticRanges, which have no boxes of their own.
      const range = new Range();
      range.setStart(copy.startContainer, copy.startOffset);
      range.setEnd(copy.endContainer, copy.endOffset);
      const box = range.getClientRects()[0];
      if (box && box.top >= 0 && box.bottom <= innerHeight) centres.push([box.x + box.width / 2, box.y + box.height / 2]);
    }
  }
  return centres;
})()`;

/**
 * In the page: the centre of each highlighted range on screen, and as many points elsewhere (seeded,
 * mostly over text that names nobody), shuffled so that hits and misses alternate at random.
 */
const POINTS = `(() => {
  const points = ${ON_SCREEN_CENTRES};
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = points.length; i > 0; i--) points.push([random() * innerWidth, random() * innerHeight]);
  for (let i = points.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [points[i], points[j]] = [points[j], points[i]];
  }
  return points;
})()`;

/** How many highlighted ranges are on screen: after a scroll, the extension registers those near it. */
const ON_SCREEN = `${ON_SCREEN_CENTRES}.length`;
const SCROLL_POLL_MS = 50;
const SCROLL_SETTLE_LIMIT_MS = 3_000;

/**
 * Scrolls to `fraction` of the page and waits until the marks on screen hold still: the extension
 * registers the mentions near the screen when the browser reports them, which takes a few frames, and
 * a reader's pointer, too, comes to rest after the page does.
 */
async function scrollTo(page: Page, fraction: number): Promise<void> {
  await page.evaluate(`scrollTo(0, ${fraction} * (document.documentElement.scrollHeight - innerHeight))`);
  const deadline = Date.now() + SCROLL_SETTLE_LIMIT_MS;
  let last = -1;
  for (;;) {
    await page.waitForTimeout(SCROLL_POLL_MS);
    const count = (await page.evaluate(ON_SCREEN)) as number;
    if ((count > 0 && count === last) || Date.now() > deadline) return;
    last = count;
  }
}

/** The probe's timings over the page, scrolled to each of `SCROLL_AT`, in a cross-origin isolated tab. */
async function timeProbe(browsers: BenchBrowsers, url: string, page: BenchPage, probe: string): Promise<HitTestTimes> {
  const tab = await browsers.plain.newPage();
  // Isolation refines the page's clock from 100 µs to 5 µs steps.
  await tab.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
      body: page.html,
    }),
  );
  await tab.goto(url, { timeout: 120_000 });
  await tab.addScriptTag({ content: probe });
  await tab.evaluate('__hitTest.scanned');
  const micros: number[] = [];
  let isolated = false;
  for (let pass = 0; pass < PROBE_PASSES; pass++) {
    for (const fraction of SCROLL_AT) {
      await scrollTo(tab, fraction);
      const times = (await tab.evaluate(`__hitTest.time(${POINTS})`)) as HitTestTimes;
      micros.push(...times.micros);
      isolated = times.isolated;
    }
  }
  await tab.close();
  return { micros, isolated };
}

type Point = readonly [number, number];

/** Script time spent while the real mouse visits each screen's points, one frame apart. */
async function scriptDuringMoves(measured: MeasuredPage, screens: readonly (readonly Point[])[]) {
  const before = await measured.metrics();
  for (const [i, points] of screens.entries()) {
    await scrollTo(measured.page, SCROLL_AT[i]!);
    for (const [x, y] of points) {
      await measured.page.mouse.move(x, y);
      await measured.page.waitForTimeout(MOVE_GAP_MS);
    }
  }
  return (await measured.metrics()).scriptMs - before.scriptMs;
}

/**
 * The hit test's cost two ways: call by call through the bundled probe (percentiles), and as the
 * extension's share of the page's script time over real pointer moves (mean, all pointer handling
 * included), with and without the extension on the same page.
 */
export async function measureHitTest(
  browsers: BenchBrowsers,
  url: string,
  page: BenchPage,
  probe: string,
): Promise<HitTestCost> {
  const times = await timeProbe(browsers, `${url}?isolated`, page, probe);

  // The same points on the same screens with and without the extension: the pages lay out alike.
  const measured = await openMeasured(browsers.withExtension, url);
  const { polls } = await waitForMarks(measured.page, page.mentions, browsers.found(page.mentions));
  const screens: Point[][] = [];
  for (let moves = 0; moves < MOVES && screens.length < SCROLL_AT.length;) {
    await scrollTo(measured.page, SCROLL_AT[screens.length]!);
    const points = ((await measured.page.evaluate(POINTS)) as Point[]).slice(0, MOVES - moves);
    screens.push(points);
    moves += points.length;
  }
  const withMs = await scriptDuringMoves(measured, screens);
  await measured.close();

  const control = await openMeasured(browsers.plain, url);
  await pollMarks(control.page, polls);
  const withoutMs = await scriptDuringMoves(control, screens);
  await control.close();

  const moves = screens.flat().length;
  return {
    p50Us: percentile(times.micros, 50),
    p99Us: percentile(times.micros, 99),
    calls: times.micros.length,
    isolated: times.isolated,
    perMoveUs: ((withMs - withoutMs) / moves) * 1000,
  };
}
