import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  parseSettings,
  parseVersioned,
  resolveLang,
  SETTINGS_KEY,
} from '../../../model/settings';
import { loadSettings, saveSettings, SiteListFullError } from '../../../storage/settings-store';

describe('parseSettings', () => {
  test.each([
    ['missing', undefined],
    ['null', null],
    ['a string', 'enabled'],
    ['an array', [true]],
    ['corrupt JSON text', '{"enabled":tru'],
  ])('%s falls back to the defaults', (_, value) => {
    expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  test('each wrongly typed field falls back on its own', () => {
    expect(
      parseSettings({
        enabled: 'no',
        disabledSites: 'example.org',
        dwellMs: 'slow',
        highlightStyle: 'blink',
        language: 'fr',
      }),
    ).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: false, dwellMs: 'slow' })).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  test('keeps good values, clamps the dwell, drops bad and repeated sites', () => {
    expect(
      parseSettings({
        enabled: true,
        disabledSites: ['example.org', 'example.org', 42, '<script>', 'news.example.com'],
        dwellMs: 99_999,
        highlightStyle: 'background',
        language: 'de',
      }),
    ).toEqual({
      enabled: true,
      disabledSites: ['example.org', 'news.example.com'],
      dwellMs: 2000,
      highlightStyle: 'background',
      language: 'de',
    });
    expect(parseSettings({ dwellMs: Number.NaN }).dwellMs).toBe(DEFAULT_SETTINGS.dwellMs);
    expect(parseSettings({ dwellMs: -5 }).dwellMs).toBe(100);
  });

  test('settings of a newer version are not trusted', () => {
    expect(parseVersioned({ enabled: false }, { v: 2 })).toEqual(DEFAULT_SETTINGS);
    expect(parseVersioned({ enabled: false }, { v: 1 }).enabled).toBe(false);
    expect(parseVersioned({ enabled: false }, 'garbage').enabled).toBe(false);
  });
});

describe('settings helpers', () => {
  test('isActiveOn honours the switch and the sites', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.org'] };
    expect(isActiveOn(settings, 'example.com')).toBe(true);
    expect(isActiveOn(settings, 'Example.org')).toBe(false);
    expect(isActiveOn({ ...settings, enabled: false }, 'example.com')).toBe(false);
  });

  test('resolveLang follows the browser unless a language is chosen', () => {
    expect(resolveLang(DEFAULT_SETTINGS, 'de-AT')).toBe('de');
    expect(resolveLang(DEFAULT_SETTINGS, 'fr')).toBe('en');
    expect(resolveLang({ ...DEFAULT_SETTINGS, language: 'en' }, 'de')).toBe('en');
  });
});

describe('settings store', () => {
  test('loads defaults from empty or corrupt storage, and saves validated values', async () => {
    fakeBrowser.reset();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: 'not settings' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ dwellMs: 700, language: 'de' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, dwellMs: 700, language: 'de' });
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ dwellMs: 700 });
  });

  test('refuses a list of sites that cannot be stored, writing nothing', async () => {
    fakeBrowser.reset();
    const tooMany = Array.from({ length: 1001 }, (_, i) => `site-${i}.example.com`);
    await expect(saveSettings({ disabledSites: tooMany })).rejects.toBeInstanceOf(SiteListFullError);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('passes on a write the browser refuses', async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSettings({ disabledSites: ['example.org'] })).rejects.toThrow('QUOTA_BYTES');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('a value stored by a future version loads as the defaults', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { enabled: false }, [`${SETTINGS_KEY}$`]: { v: 9 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
