import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from '../../model/settings';
import { settingsFromStorage, STORED_KEYS } from '../../model/stored-settings';

// The stored items read directly (model/stored-settings.ts says which): WXT's storage module would add
// 3.7 kB (gzip) to the content script on every page.

/** The settings as stored by `storage/settings-store.ts`, defaults when unreadable. */
export async function readSettings(): Promise<Settings> {
  try {
    return settingsFromStorage(await browser.storage.sync.get([...STORED_KEYS]));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Calls `onChange` with the settings whenever another context changes them, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && STORED_KEYS.some((key) => key in changes)) readSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      try {
        browser.storage.onChanged.removeListener(listener);
      } catch {
        // The extension's runtime is gone, and its listeners with it.
      }
    },
    { once: true },
  );
}
