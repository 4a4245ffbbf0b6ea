import type { BenchBrowsers } from './browsers';
import { longestTask } from './long-tasks';
import { pollMarks, waitForMarks } from './marks';
import { openMeasured, type Metrics } from './measured-page';
import type { BusyPage } from './pages/busy-pages';
import { percentile } from './stats';

interface BusyRun {
  readonly latencies: number[];
  readonly missed: number;
  readonly changes: number;
  readonly startedAt: number;
  readonly elapsedMs: number;
}

export interface BusyCost {
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Changes replaced or still unmarked when the run ended. */
  readonly missed: number;
  readonly changes: number;
  /** The extension's script time over the busy period, as a share of that period. */
  readonly scriptShare: number;
  /** The same for all main-thread work (script, style, layout, paint). */
  readonly taskShare: number;
  readonly longTaskMs: number;
  readonly controlLongTaskMs: number;
}

const delta = (before: Metrics, after: Metrics) => ({
  scriptMs: after.scriptMs - before.scriptMs,
  taskMs: after.taskMs - before.taskMs,
});

/**
 * Runs the busy page's activity once with the extension and once without, after the extension's first
 * scan. Latencies come from the run with it; the main-thread shares compare the two runs' totals over
 * the busy period.
 */
export async function measureBusyPage(browsers: BenchBrowsers, url: string, busy: BusyPage): Promise<BusyCost> {
  const measured = await openMeasured(browsers.withExtension, url);
  const { polls } = await waitForMarks(measured.page, busy.mentions);
  const before = await measured.metrics();
  const run = (await measured.page.evaluate(busy.start)) as BusyRun;
  const used = delta(before, await measured.metrics());
  const longTaskMs = await longestTask(measured.page, run.startedAt);
  await measured.close();

  const control = await openMeasured(browsers.plain, url);
  await pollMarks(control.page, polls);
  const controlBefore = await control.metrics();
  const controlRun = (await control.page.evaluate(busy.start)) as BusyRun;
  const controlUsed = delta(controlBefore, await control.metrics());
  const controlLongTaskMs = await longestTask(control.page, controlRun.startedAt);
  await control.close();

  return {
    p50Ms: percentile(run.latencies, 50),
    p95Ms: percentile(run.latencies, 95),
    missed: run.missed,
    changes: run.changes,
    // Each run's share of its own period: the run without marks waits a little longer for them.
    scriptShare: used.scriptMs / run.elapsedMs - controlUsed.scriptMs / controlRun.elapsedMs,
    taskShare: used.taskMs / run.elapsedMs - controlUsed.taskMs / controlRun.elapsedMs,
    longTaskMs,
    controlLongTaskMs,
  };
}
