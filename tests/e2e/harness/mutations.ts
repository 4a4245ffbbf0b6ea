import type { Page } from 'playwright-core';

/**
 * What the fixture page's own MutationObserver (tests/fixtures/pages/page-probe.js) saw, one line per
 * record, such as `childList BODY +DIV` or `attributes P#full class`.
 */
export const readMutations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
