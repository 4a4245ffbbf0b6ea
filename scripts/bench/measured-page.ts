import type { BrowserContext, Page } from 'playwright-core';
import type { ProfileRecorder } from './profile';

/** The page's main-thread totals since it was opened, from the DevTools protocol. */
export interface Metrics {
  /** JavaScript execution, the extension's content script included. */
  readonly scriptMs: number;
  /**
   * The main thread's CPU time: all its work, script, style, layout and paint. Steadier than the
   * protocol's TaskDuration, a wall time that grows whenever the two cores are shared out.
   */
  readonly threadMs: number;
  readonly heapBytes: number;
}

export interface MeasuredPage {
  readonly page: Page;
  metrics(): Promise<Metrics>;
  /** Profiles from now until the tab closes, if `recorder` wants this load (see profile.ts). */
  profile(recorder?: ProfileRecorder): Promise<void>;
  /** Collects garbage twice, so that the heap holds only what is still reachable. */
  collectGarbage(): Promise<void>;
  close(): Promise<void>;
}

interface Metric {
  readonly name: string;
  readonly value: number;
}

/**
 * Opens `url` in a new tab with the protocol's Performance domain enabled before navigation, so that
 * the totals cover everything the page and the extension do in it. With a `recorder` that wants this
 * load, it is profiled from before navigation until the tab closes.
 */
export async function openMeasured(
  context: BrowserContext,
  url: string,
  recorder?: ProfileRecorder,
): Promise<MeasuredPage> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let stopProfile: (() => Promise<void>) | undefined;
  const profile = async (by?: ProfileRecorder) => {
    if (!stopProfile && by?.wants()) stopProfile = await by.start(cdp);
  };
  await profile(recorder);
  await page.goto(url, { timeout: 120_000 });
  return {
    page,
    profile,
    async metrics() {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Metric[] };
      const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
      return {
        scriptMs: value('ScriptDuration') * 1000,
        threadMs: value('ThreadTime') * 1000,
        heapBytes: value('JSHeapUsedSize'),
      };
    },
    async collectGarbage() {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
    },
    async close() {
      await stopProfile?.();
      await cdp.detach().catch(() => {});
      await page.close();
    },
  };
}
