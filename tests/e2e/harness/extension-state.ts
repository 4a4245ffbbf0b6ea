import type { ChromeGlobal, ExtensionBrowser } from '../../../scripts/browser/chromium';

/*
 * What the extension keeps, read and set through its background, as the popup and the settings page
 * would: the tests reach the same storage and badge without clicking through them.
 */

/** The text of the toolbar badge for tab `tabId`: empty when the extension shows none. */
export const badgeText = (browser: ExtensionBrowser, tabId: number) =>
  browser.background.evaluate(
    (id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );

/** Chooses the extension's language in its settings, as the settings page does. */
export const setLanguage = (browser: ExtensionBrowser, language: 'de' | 'en') =>
  browser.background.evaluate(
    (lang) => (globalThis as unknown as ChromeGlobal).chrome.storage.sync.set({ settings: { language: lang } }),
    language,
  );

/** Puts every setting back to its default; open tabs follow as they follow any change. */
export const clearSettings = (browser: ExtensionBrowser) =>
  browser.background.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.sync.clear());

/**
 * Switches the extension off on `sites`, in the settings item as the first release kept the list (the
 * readers still take it; model/stored-settings.ts): the same write works on the code before and after.
 */
export const setDisabledSites = (browser: ExtensionBrowser, sites: readonly string[]) =>
  browser.background.evaluate(
    (list) => (globalThis as unknown as ChromeGlobal).chrome.storage.sync.set({ settings: { disabledSites: list } }),
    [...sites],
  );

/**
 * What the popup learns of tab `tabId`: the counts summed over its frames, asked of the background
 * from an extension page as the popup asks; undefined while the tab's top frame has not reported.
 */
export async function tabCounts(browser: ExtensionBrowser, tabId: number): Promise<Record<string, number> | undefined> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    return await page.evaluate(
      (id) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'tab-mentions', tabId: id }),
      tabId,
    );
  } finally {
    await page.close();
  }
}
