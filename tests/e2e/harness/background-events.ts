import type { ChromeGlobal, ExtensionBrowser } from '../../../scripts/browser/chromium';

/*
 * A headless browser has no context menu to click, and key presses sent through the DevTools protocol
 * reach the page, not the browser's shortcut handling. So the tests fire the background's events the
 * way the browser does: each event's `dispatch` calls the listeners the background registered, with
 * the arguments the browser passes.
 */

type Dispatchable = { dispatch(...args: unknown[]): void };

/** "Who is this?" on `selectionText`, chosen in the context menu of frame `frameId` of tab `tabId`. */
export function clickWhoIsThis(browser: ExtensionBrowser, tabId: number, selectionText: string, frameId = 0) {
  return browser.background.evaluate(
    ([tab, text, frame]) => {
      const { contextMenus } = (globalThis as unknown as ChromeGlobal).chrome;
      (contextMenus.onClicked as unknown as Dispatchable).dispatch(
        { menuItemId: 'who-is-this', selectionText: text, frameId: frame, editable: false, pageUrl: '' },
        { id: tab },
      );
    },
    [tabId, selectionText, frameId] as const,
  );
}

/** The keyboard command `command`, pressed while tab `tabId` is active. */
export function pressCommand(browser: ExtensionBrowser, command: string, tabId: number) {
  return browser.background.evaluate(
    ([name, tab]) => {
      const { commands } = (globalThis as unknown as ChromeGlobal).chrome;
      (commands.onCommand as unknown as Dispatchable).dispatch(name, { id: tab });
    },
    [command, tabId] as const,
  );
}

/** The id of the active tab of the last focused window: the tab a command or the popup acts on. */
export async function activeTabId(browser: ExtensionBrowser): Promise<number> {
  const [tab] = await browser.background.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ active: true, lastFocusedWindow: true }),
  );
  if (tab?.id === undefined) throw new Error('No active tab');
  return tab.id;
}
