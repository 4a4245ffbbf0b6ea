import type { ScriptedPage } from '../../../scripts/browser/highlights';

/**
 * What the fixture page's own MutationObserver (tests/fixtures/pages/page-probe.js) saw, one line per
 * record, such as `childList BODY +DIV` or `attributes P#full class`.
 */
export const readMutations = (page: ScriptedPage): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations, undefined);
