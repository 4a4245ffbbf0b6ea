import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, parseVersioned, SETTINGS_KEY, type Settings } from '../../model/settings';

// WXT's storage keeps an item's version beside it under the key plus "$". Reading the two keys
// directly spares every page the 3.7 kB (gzip) that WXT's storage module adds to the content script.
const META_KEY = `${SETTINGS_KEY}$`;

/** The settings as stored by `storage/settings-store.ts`, defaults when unreadable. */
export async function readSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get([SETTINGS_KEY, META_KEY]);
    return parseVersioned(stored[SETTINGS_KEY], stored[META_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Calls `onChange` with the settings whenever another context changes them, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && (SETTINGS_KEY in changes || META_KEY in changes)) readSettings().then(onChange);
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
