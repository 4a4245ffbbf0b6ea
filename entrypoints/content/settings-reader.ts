import { DEFAULT_SETTINGS, parseVersioned, SETTINGS_KEY, type Settings } from '../../model/settings';
import { listen, type ExtensionApi, type StorageListener } from './runtime';

// WXT's storage keeps an item's version beside it under the key plus "$". Reading the two keys
// directly spares every page the 3.7 kB (gzip) that WXT's storage module adds to the content script.
const META_KEY = `${SETTINGS_KEY}$`;

/** The settings as stored by `storage/settings-store.ts`, defaults when unreadable. */
export async function readSettings(api: ExtensionApi): Promise<Settings> {
  try {
    const stored = await api.storage.sync.get([SETTINGS_KEY, META_KEY]);
    return parseVersioned(stored[SETTINGS_KEY], stored[META_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Calls `onChange` with the settings whenever another context changes them, until `signal` aborts. */
export function watchSettings(api: ExtensionApi, onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener: StorageListener = (changes, area) => {
    if (area === 'sync' && (SETTINGS_KEY in changes || META_KEY in changes)) readSettings(api).then(onChange);
  };
  listen(api.storage.onChanged, listener, signal);
}
