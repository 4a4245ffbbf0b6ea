import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { escapeRegExp } from '../../engine/text/name-pattern';
import { people } from '../../knowledge/people';
import type { BenchBrowsers } from './browsers';
import { longestTask } from './long-tasks';
import { pollMarks, waitForMarks } from './marks';
import { openMeasured } from './measured-page';
import { median } from './stats';

/** The names the floor's regular expression and mark.js look for: each person's full name. */
const NAMES = people.map((p) => p.name);

// In-page code is sent as source text: tsx would wrap named inner functions in a helper the page lacks.
/**
 * The floor, as the issue defines it: in the page, one TreeWalker pass over every text node of <body>
 * running one regular expression of the names on each node's data, median of 7 runs.
 */
const FLOOR_RUNS = 7;
const FLOOR = `(pattern) => {
  const runs = [];
  let nodes = 0, chars = 0, found = 0;
  for (let run = 0; run < ${FLOOR_RUNS}; run++) {
    const names = new RegExp(pattern, 'gi');
    const started = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    nodes = 0; chars = 0; found = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data;
      nodes++;
      chars += text.length;
      names.lastIndex = 0;
      while (names.exec(text)) found++;
    }
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[runs.length >> 1], nodes, chars, found };
}`;

const MARK_JS = `(names) => new Promise((resolve) => {
  const started = performance.now();
  new Mark(document.body).mark(names, {
    acrossElements: true,
    separateWordSearch: false,
    done: () => resolve(performance.now() - started),
  });
})`;

const NAMES_PATTERN = NAMES.map(escapeRegExp).join('|');

export interface InitialCost {
  readonly textNodes: number;
  readonly chars: number;
  readonly expected: number;
  /** The fewest ranges the extension had marked when a run settled. */
  readonly marked: number;
  /** The extension's script time: median with it less median without it, same page. */
  readonly extensionMs: number;
  /** The extension's background's script time over the same loads (median), where the blocks are matched. */
  readonly backgroundMs: number;
  /** The plain one-pass highlighter's, taken the same way (plain-highlighter.ts). */
  readonly peerMs: number;
  readonly floorMs: number;
  readonly markJsMs: number;
  /** The longest long task after load with the extension, over all runs; 0 for none. */
  readonly longTaskMs: number;
  /** The same without the extension. */
  readonly controlLongTaskMs: number;
}

interface FloorReading {
  readonly ms: number;
  readonly nodes: number;
  readonly chars: number;
}

const markJsSource = () => readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

async function runMarkJs(page: Page, source: string): Promise<number> {
  await page.addScriptTag({ content: source });
  return (await page.evaluate(`(${MARK_JS})(${JSON.stringify(NAMES)})`)) as number;
}

/**
 * Loads `url` `runs` times with the extension, as often without and as often with the peer, in turn,
 * and times mark.js on `markJsRuns` fresh loads. The floor is timed in each load without the extension.
 */
export async function measureInitialCost(
  browsers: BenchBrowsers,
  url: string,
  expected: number,
  runs: number,
  markJsRuns: number,
): Promise<InitialCost> {
  const withMs: number[] = [];
  const backgroundMs: number[] = [];
  const withoutMs: number[] = [];
  const peerMs: number[] = [];
  const floors: FloorReading[] = [];
  const longTasks: number[] = [];
  const controlLongTasks: number[] = [];
  let marked = Infinity;
  for (let run = 0; run < runs; run++) {
    let measured: Awaited<ReturnType<typeof openMeasured>> | undefined;
    let settled: Awaited<ReturnType<typeof waitForMarks>> | undefined;
    backgroundMs.push(
      await browsers.background.time(async () => {
        measured = await openMeasured(browsers.withExtension, url, browsers.profiler);
        settled = await waitForMarks(measured.page, expected, browsers.found(expected));
      }),
    );
    if (!measured || !settled) throw new Error('the load was not measured');
    withMs.push((await measured.metrics()).scriptMs);
    longTasks.push(await longestTask(measured.page));
    marked = Math.min(marked, settled.marks);
    await measured.close();

    const control = await openMeasured(browsers.plain, url);
    await pollMarks(control.page, settled.polls);
    withoutMs.push((await control.metrics()).scriptMs);
    controlLongTasks.push(await longestTask(control.page));
    floors.push((await control.page.evaluate(`(${FLOOR})(${JSON.stringify(NAMES_PATTERN)})`)) as FloorReading);
    await control.close();

    const peer = await openMeasured(browsers.withPeer, url);
    await pollMarks(peer.page, settled.polls);
    peerMs.push((await peer.metrics()).scriptMs);
    await peer.close();
  }

  const source = markJsSource();
  const markJs: number[] = [];
  for (let run = 0; run < markJsRuns; run++) {
    const page = await browsers.plain.newPage();
    await page.goto(url, { timeout: 120_000 });
    markJs.push(await runMarkJs(page, source));
    await page.close();
  }

  return {
    textNodes: floors[0]!.nodes,
    chars: floors[0]!.chars,
    expected,
    marked,
    extensionMs: median(withMs) - median(withoutMs),
    backgroundMs: median(backgroundMs),
    peerMs: median(peerMs) - median(withoutMs),
    floorMs: median(floors.map((f) => f.ms)),
    markJsMs: median(markJs),
    longTaskMs: Math.max(...longTasks),
    controlLongTaskMs: Math.max(...controlLongTasks),
  };
}
