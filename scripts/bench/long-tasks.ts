import type { Page } from 'playwright-core';

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/**
 * The longest task (Long Tasks API, over 50 ms) that started at `since` (page time) or later, or by
 * default after the page's load event had ended; 0 when there was none. The content script runs at
 * document_idle, after the load event, so on the static pages that window holds the extension's tasks
 * and none of the page's parsing. The same reading on the page without the extension shows what the
 * page and the browser do in that window on their own.
 */
export async function longestTask(page: Page, since?: number): Promise<number> {
  const { tasks, loadEnd } = (await page.evaluate('({ tasks: __bench.longTasks, loadEnd: __bench.loadEnd })')) as {
    tasks: LongTask[];
    loadEnd: number | undefined;
  };
  const from = since ?? loadEnd ?? Infinity;
  return Math.max(0, ...tasks.filter((task) => task.start >= from).map((task) => task.duration));
}
