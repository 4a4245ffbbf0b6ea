import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../model/settings';
import { canStoreSites, settingsFromStorage, storedSettings, STORED_KEYS } from '../model/stored-settings';

/** A list of sites too long for the browser's `sync` storage: nothing was written. */
export class SiteListFullError extends Error {
  constructor() {
    super('The list of sites switched off does not fit in sync storage.');
    this.name = 'SiteListFullError';
  }
}

/** The stored settings, or the defaults when they cannot be read or come from a newer version. */
export async function loadSettings(): Promise<Settings> {
  try {
    return settingsFromStorage(await browser.storage.sync.get([...STORED_KEYS]));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/**
 * Saves a change in one write, or rejects: with `SiteListFullError` for a list of sites that cannot be
 * stored (so that no added site quietly goes), or with the browser's own error for a write it refused
 * (a quota, too many writes a minute).
 */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  const items = storedSettings(next);
  // The list as asked for, before parsing cuts it to its bounds.
  if (!items || (change.disabledSites && !canStoreSites(change.disabledSites))) throw new SiteListFullError();
  await browser.storage.sync.set(items);
  return next;
}

/** Calls `onChange` whenever another context (or this one) changes the stored settings; returns a way to stop. */
export function watchSettings(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && STORED_KEYS.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
