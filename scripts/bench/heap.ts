import type { BenchBrowsers } from './browsers';
import { pollMarks, waitForMarks } from './marks';
import { openMeasured } from './measured-page';
import type { BenchPage } from './pages/prose-page';
import { median } from './stats';

export interface HeapCost {
  readonly withBytes: number;
  readonly withoutBytes: number;
}

/**
 * The JavaScript heap after garbage collection, once the extension has marked the page, with and
 * without it, medians of `runs` fresh loads. The heap is the renderer's, and the content script's
 * isolated world lives in it, so one tab at a time is open.
 */
export async function measureHeap(
  browsers: BenchBrowsers,
  url: string,
  page: BenchPage,
  runs: number,
): Promise<HeapCost> {
  const withBytes: number[] = [];
  const withoutBytes: number[] = [];
  for (let run = 0; run < runs; run++) {
    const measured = await openMeasured(browsers.withExtension, url, browsers.profiler);
    const { polls } = await waitForMarks(measured.page, page.mentions, browsers.found(page.mentions));
    await measured.collectGarbage();
    withBytes.push((await measured.metrics()).heapBytes);
    await measured.close();

    const control = await openMeasured(browsers.plain, url);
    await pollMarks(control.page, polls);
    await control.collectGarbage();
    withoutBytes.push((await control.metrics()).heapBytes);
    await control.close();
  }
  return { withBytes: median(withBytes), withoutBytes: median(withoutBytes) };
}
