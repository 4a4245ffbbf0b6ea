import type { BrowserContext, Page } from 'playwright-core';

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
 * the totals cover everything the page and the extension do in it.
 */
export async function openMeasured(context: BrowserContext, url: string): Promise<MeasuredPage> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { timeout: 120_000 });
  return {
    page,
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
      await cdp.detach().catch(() => {});
      await page.close();
    },
  };
}
