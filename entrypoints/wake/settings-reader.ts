import { DEFAULT_SETTINGS, type Settings } from '../../model/settings';
import { settingsFromStorage, STORED_KEYS } from '../../model/stored-settings';
import { listen, type ExtensionApi, type StorageListener } from '../../model/extension-api';

// The stored items read directly (model/stored-settings.ts says which): WXT's storage module would add
// 3.7 kB (gzip) to the content script on every page.

/** The settings as stored by `storage/settings-store.ts`, defaults when unreadable. */
export async function readSettings(api: ExtensionApi): Promise<Settings> {
  try {
    return settingsFromStorage(await api.storage.sync.get([...STORED_KEYS]));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Calls `onChange` with the settings whenever another context changes them, until `signal` aborts. */
export function watchSettings(api: ExtensionApi, onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener: StorageListener = (changes, area) => {
    if (area === 'sync' && STORED_KEYS.some((key) => key in changes)) readSettings(api).then(onChange);
  };
  listen(api.storage.onChanged, listener, signal);
}
