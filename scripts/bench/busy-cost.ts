import type { BenchBrowsers } from './browsers';
import { longestTask } from './long-tasks';
import { pollMarks, waitForMarks } from './marks';
import { openMeasured, type MeasuredPage, type Metrics } from './measured-page';
import type { BusyPage } from './pages/busy-pages';
import { percentile } from './stats';

interface BusyRun {
  readonly latencies: number[];
  readonly missed: number;
  readonly changes: number;
  readonly startedAt: number;
  readonly elapsedMs: number;
}

interface Reading {
  readonly run: BusyRun;
  readonly scriptMs: number;
  readonly threadMs: number;
  readonly longTaskMs: number;
}

export interface BusyCost {
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Changes replaced or still unmarked when a run ended, over all runs. */
  readonly missed: number;
  readonly changes: number;
  /** The extension's script time over the busy periods, as a share of them. */
  readonly scriptShare: number;
  /** The same for all the main thread's work (script, style, layout, paint), in CPU time. */
  readonly threadShare: number;
  /** The longest long task of each run, with the extension and without. */
  readonly longTaskMs: readonly number[];
  readonly controlLongTaskMs: readonly number[];
}

const delta = (before: Metrics, after: Metrics) => ({
  scriptMs: after.scriptMs - before.scriptMs,
  threadMs: after.threadMs - before.threadMs,
});

/** One busy period, measured from its start to the end of its last change's marks, then the tab closes. */
async function busyPeriod(measured: MeasuredPage, page: BusyPage): Promise<Reading> {
  const before = await measured.metrics();
  const run = (await measured.page.evaluate(page.start)) as BusyRun;
  const used = delta(before, await measured.metrics());
  const longTaskMs = await longestTask(measured.page, run.startedAt);
  await measured.close();
  return { run, ...used, longTaskMs };
}

// Over each set's own periods: the runs without marks wait a little longer for marks that never come.
const share = (readings: readonly Reading[], key: 'scriptMs' | 'threadMs') =>
  readings.reduce((sum, r) => sum + r[key], 0) / readings.reduce((sum, r) => sum + r.run.elapsedMs, 0);

/**
 * Runs the busy page's activity `runs` times with the extension and as often without, alternately,
 * each after the extension's first scan. Latencies come from the runs with it, pooled; the main-thread
 * shares compare the pooled totals of both.
 */
export async function measureBusyPage(
  browsers: BenchBrowsers,
  url: string,
  page: BusyPage,
  runs: number,
): Promise<BusyCost> {
  const withExtension: Reading[] = [];
  const without: Reading[] = [];
  for (let i = 0; i < runs; i++) {
    const measured = await openMeasured(browsers.withExtension, url, browsers.profiler);
    const { polls } = await waitForMarks(measured.page, page.mentions);
    withExtension.push(await busyPeriod(measured, page));
    const control = await openMeasured(browsers.plain, url);
    await pollMarks(control.page, polls);
    without.push(await busyPeriod(control, page));
  }
  const latencies = withExtension.flatMap((r) => r.run.latencies);
  return {
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    missed: withExtension.reduce((sum, r) => sum + r.run.missed, 0),
    changes: withExtension.reduce((sum, r) => sum + r.run.changes, 0),
    scriptShare: share(withExtension, 'scriptMs') - share(without, 'scriptMs'),
    threadShare: share(withExtension, 'threadMs') - share(without, 'threadMs'),
    longTaskMs: withExtension.map((r) => r.longTaskMs),
    controlLongTaskMs: without.map((r) => r.longTaskMs),
  };
}
