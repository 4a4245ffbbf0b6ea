import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, parseVersioned, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from '../model/settings';

/** The settings as a versioned WXT storage item, for the extension's own pages and the background. */
export const settingsItem = storage.defineItem<unknown>(`sync:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

/** The stored settings, or the defaults when they cannot be read or come from a newer version. */
export async function loadSettings(): Promise<Settings> {
  try {
    const [value, meta] = await Promise.all([settingsItem.getValue(), settingsItem.getMeta()]);
    return parseVersioned(value, meta);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}
