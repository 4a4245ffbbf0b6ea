import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExtensionApi } from '../../../model/extension-api';
import { readSettings as readWith } from '../../../entrypoints/wake/settings-reader';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../model/settings';

/**
 * The content script reads the stored settings itself (entrypoints/wake/settings-reader.ts), on
 * every page: whatever storage holds, it gets usable settings and no error. (The extension pages' reader,
 * storage/settings-store.ts, is tested in settings.test.ts.)
 */

const META = `${SETTINGS_KEY}$`;
// The content script uses the browser's own API object; WXT's fake browser stands in for it here.
const readSettings = () => readWith(fakeBrowser as unknown as ExtensionApi);
const store = (value: unknown, meta?: unknown) => {
  const items: Record<string, unknown> = { [SETTINGS_KEY]: value };
  if (meta !== undefined) items[META] = meta;
  return fakeBrowser.storage.sync.set(items);
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the content script’s settings', () => {
  test('are the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test.each([
    ['a string', 'enabled=false'],
    ['corrupt JSON text', '{"enabled": fal'],
    ['a number', 42],
    ['an array', [false, 'example.org']],
    ['null', null],
  ])('are the defaults when storage holds %s', async (_, value) => {
    await store(value);
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('keep each good field and drop each wrongly typed one', async () => {
    await store({
      enabled: 'false',
      disabledSites: ['example.org', 7, 'EXAMPLE.ORG/'],
      dwellMs: Infinity,
      highlightStyle: 'none',
      language: 7,
    });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['example.org'],
      highlightStyle: 'none',
    });
  });

  test.each([
    ['a later version', { v: 2 }],
    ['a far later version', { v: 1e9 }],
  ])('are the defaults when written by %s', async (_, meta) => {
    await store({ enabled: false }, meta);
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test.each([
    ['no version', undefined],
    ['a version that is no number', { v: 'one' }],
    ['a version record that is no object', 'v1'],
  ])('are read as this version’s with %s', async (_, meta) => {
    await store({ enabled: false }, meta);
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  test('are the defaults when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage is gone'));
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
