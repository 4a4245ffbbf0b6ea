import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, MAX_SITES, SETTINGS_KEY } from '../../../model/settings';
import {
  canStoreSites,
  settingsFromStorage,
  SITE_KEYS,
  storedSettings,
  storedSites,
} from '../../../model/stored-settings';

/** What the browser's `sync` storage counts against its 8,192 bytes an item: the key and the value's JSON. */
const itemBytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;
const sites = (count: number, length = 24) =>
  Array.from({ length: count }, (_, i) => `${String(i).padStart(4, '0')}.${'x'.repeat(length - 9)}.org`);

describe('the settings as stored', () => {
  test(`keeps ${MAX_SITES} sites of the length the issue's list failed with, every item within the limit`, () => {
    const list = sites(MAX_SITES);
    const items = storedSites(list)!;
    expect(items).toBeDefined();
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(8_192);
    expect(Object.values(items).flat()).toEqual(list);
  });

  test('fills items up to the limit and no further, and writes every item, the unused ones empty', () => {
    const items = storedSites(sites(600, 60))!;
    const sizes = SITE_KEYS.map((key) => itemBytes(key, items[key]));
    expect(Object.keys(items)).toEqual(SITE_KEYS);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8_192);
    // A full item has no room for one more name.
    expect(sizes[0]! + 63).toBeGreaterThan(8_192);
    expect(items[SITE_KEYS.at(-1)!]).toEqual([]);
  });

  test('refuses a list that does not fit: too many sites, or too many bytes', () => {
    expect(storedSites(sites(MAX_SITES + 1))).toBeUndefined();
    expect(canStoreSites(sites(MAX_SITES + 1))).toBe(false);
    expect(canStoreSites(sites(MAX_SITES, 253))).toBe(false);
    expect(canStoreSites(sites(300, 253))).toBe(true);
    expect(storedSettings({ ...DEFAULT_SETTINGS, disabledSites: sites(MAX_SITES, 253) })).toBeUndefined();
  });

  test('reads back what it stores, and the first release’s list inside the settings item', () => {
    const settings = { ...DEFAULT_SETTINGS, enabled: false, dwellMs: 900, disabledSites: sites(500) };
    const items = storedSettings(settings)!;
    expect(items[SETTINGS_KEY]).not.toHaveProperty('disabledSites');
    expect(settingsFromStorage(items)).toEqual(settings);
    expect(settingsFromStorage({ [SETTINGS_KEY]: { disabledSites: ['example.org'] } }).disabledSites).toEqual([
      'example.org',
    ]);
    // Once stored on its own, the list in the item no longer counts.
    expect(
      settingsFromStorage({ [SETTINGS_KEY]: { disabledSites: ['old.org'] }, [SITE_KEYS[0]!]: ['new.org'] })
        .disabledSites,
    ).toEqual(['new.org']);
  });

  test('makes usable settings of whatever storage holds', () => {
    expect(settingsFromStorage({})).toEqual(DEFAULT_SETTINGS);
    expect(
      settingsFromStorage({ [SETTINGS_KEY]: 'x', [SITE_KEYS[0]!]: 'y', [SITE_KEYS[1]!]: ['ok.org', 7, 'NOT OK'] }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['ok.org'],
    });
  });
});
