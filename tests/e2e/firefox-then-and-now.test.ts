import type { Page } from 'puppeteer-core';
import { afterEach } from 'vitest';
import { waitForCard } from '../../scripts/browser/card';
import { hoverMention, waitForHighlights } from '../../scripts/browser/highlights';
import { scripted, type FirefoxGlobal } from './harness/firefox';
import { useFirefoxSuite } from './harness/suite';
import { describeThenAndNow, serveUrlDated, type DatedPage } from './harness/then-and-now';

/*
 * Issue 15 in Firefox ESR, over WebDriver BiDi: the same five pages as in Chromium, each hovered with a
 * real pointer, the card's text checked in English and German; and the popup's "This page", opened as
 * the card's "The full story" opens it, in a tab told which tab it is about (Firefox gives a test no
 * handle on the toolbar popup).
 */

const suite = useFirefoxSuite({ serve: serveUrlDated });
let opened: Page | undefined;

afterEach(async () => {
  await opened?.close();
  opened = undefined;
  await suite.clearSettings();
  await suite.tab.mouse.move(2, 2);
});

/** Chooses the extension's language in its settings, from one of its pages. */
async function setLanguage(lang: 'en' | 'de') {
  const page = await suite.firefox.openExtensionPage('/options.html');
  try {
    await page.evaluate(
      (language) => (globalThis as unknown as FirefoxGlobal).browser.storage.sync.set({ settings: { language } }),
      lang,
    );
  } finally {
    await page.close();
  }
}

async function openDated(page: DatedPage, lang: 'en' | 'de' = 'en') {
  await setLanguage(lang);
  await suite.load(page.path);
  await waitForHighlights(scripted(suite.tab), 1);
}

async function hoverCard(page: DatedPage, lang: 'en' | 'de' = 'en'): Promise<string> {
  // From the corner: a pointer that stays where it was makes no move over the page loaded under it.
  await suite.tab.mouse.move(2, 2);
  await openDated(page, lang);
  await hoverMention(scripted(suite.tab), page.person, page.where);
  return (await waitForCard(() => suite.firefox.readCard(suite.tab), true)).text;
}

describeThenAndNow('Firefox', {
  hoverCard,
  async openPopupOn(page, line) {
    await openDated(page);
    // The popup's page in a tab, told which tab it is about, as the card's "The full story" opens it.
    opened = await suite.firefox.openExtensionPage(`/popup.html?tab=${suite.tabId}`);
    await opened.waitForFunction((text) => document.body.innerText.includes(text), { timeout: 5_000 }, line);
    return (expression) => opened!.evaluate(expression);
  },
});
