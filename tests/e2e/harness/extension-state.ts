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
