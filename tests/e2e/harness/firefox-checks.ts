import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { countHighlights, waitForHighlights, type HighlightTexts } from '../../../scripts/browser/highlights';
import { scripted } from './firefox';
import { readMutations } from './mutations';
import type { FirefoxSuite } from './suite';

/** Checks that the Firefox test files share, whichever build their suite loads. */

/** The page's marks once they reach the number expected and settle, and what its DOM went through. */
export async function openMarked(suite: FirefoxSuite, path: string, expected: HighlightTexts) {
  const page = scripted(await suite.load(path));
  return { highlights: await waitForHighlights(page, countHighlights(expected)), mutations: await readMutations(page) };
}

/** The page's text as its user sees it, once `ready` holds for it. */
export async function textOf(page: Page, ready: (text: string) => boolean, timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await page.evaluate(() => document.body.innerText);
    if (ready(text)) return text;
    if (Date.now() > deadline) throw new Error(`The page never got ready; it shows:\n${text}`);
    await sleep(100);
  }
}
