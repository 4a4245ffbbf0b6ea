import { isRecord, MAX_SITES, parseVersioned, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from './settings';

/*
 * How the settings are kept in `sync` storage, which takes at most 8,192 bytes an item (its key and its
 * value as JSON) and 102,400 in all. The settings are one item, in the shape of WXT's storage items
 * ("settings", its version under "settings$"); the list of sites switched off, which may be long, is
 * split across items of its own, which one write stores together. The extension's pages and background
 * (storage/settings-store.ts) and the content script (entrypoints/wake/settings-reader.ts) read it
 * all with one `get` of `STORED_KEYS`.
 */

export const SETTINGS_META_KEY = `${SETTINGS_KEY}$`;
const ITEM_BYTES = 8_192;
/** Ten items of sites: 80 kB of the 100 kB, a thousand host names of 80 characters. */
const SITE_ITEMS = 10;
export const SITE_KEYS: readonly string[] = Array.from({ length: SITE_ITEMS }, (_, i) => `${SETTINGS_KEY}.sites.${i}`);
export const STORED_KEYS: readonly string[] = [SETTINGS_KEY, SETTINGS_META_KEY, ...SITE_KEYS];

/**
 * The list of sites as the items that store it, each within the per-item limit (empty ones included,
 * so that a shorter list overwrites a longer one); undefined when the list does not fit.
 */
export function storedSites(sites: readonly string[]): Record<string, string[]> | undefined {
  if (sites.length > MAX_SITES) return undefined;
  const items: Record<string, string[]> = Object.fromEntries(SITE_KEYS.map((key) => [key, []]));
  let index = 0;
  // `"settings.sites.0":[]`: host names are ASCII, so characters are bytes.
  let bytes = SITE_KEYS[0]!.length + 2;
  for (const site of sites) {
    const grown = bytes + site.length + 2 + (items[SITE_KEYS[index]!]!.length ? 1 : 0);
    if (grown > ITEM_BYTES) {
      index += 1;
      if (index === SITE_ITEMS) return undefined;
      bytes = SITE_KEYS[index]!.length + 2 + site.length + 2;
    } else {
      bytes = grown;
    }
    items[SITE_KEYS[index]!]!.push(site);
  }
  return items;
}

/** Whether a list of sites can be stored: the settings page and the popup check before they try. */
export const canStoreSites = (sites: readonly string[]): boolean => storedSites(sites) !== undefined;

/** The items that store `settings`; undefined when its list of sites does not fit. */
export function storedSettings(settings: Settings): Record<string, unknown> | undefined {
  const { disabledSites, ...rest } = settings;
  const sites = storedSites(disabledSites);
  return sites && { [SETTINGS_KEY]: rest, [SETTINGS_META_KEY]: { v: SETTINGS_VERSION }, ...sites };
}

/**
 * The settings from the items of `STORED_KEYS`, defaults for anything unreadable. A list of sites kept
 * inside the settings item, as the first release did, counts until the list is stored on its own.
 */
export function settingsFromStorage(items: Record<string, unknown>): Settings {
  const value = isRecord(items[SETTINGS_KEY]) ? items[SETTINGS_KEY] : {};
  const parts = SITE_KEYS.map((key) => items[key]).filter(Array.isArray);
  const sites = parts.length ? { disabledSites: parts.flat() } : {};
  return parseVersioned({ ...value, ...sites }, items[SETTINGS_META_KEY]);
}
