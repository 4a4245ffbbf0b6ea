import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTopSites } from '../../../entrypoints/background/top-site';

/** A tab whose top frame has no listener: a page that names no one, or one whose script has not run yet. */
const silentTab = (status: 'loading' | 'complete') => {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, status } as never);
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

test('a loaded page whose top frame does not listen leaves its site unknown at once', async () => {
  silentTab('complete');
  expect(await createTopSites().of(7)).toBeUndefined();
});

test('while the page loads, the question waits for the top frame’s report', async () => {
  silentTab('loading');
  const sites = createTopSites();
  const asked = sites.of(7);
  await vi.waitFor(() => expect(fakeBrowser.tabs.get).toHaveBeenCalled());
  sites.reported(7, 'news.example.com');
  expect(await asked).toBe('news.example.com');
});

test('a page that loads without its top frame speaking leaves its site unknown once it has loaded', async () => {
  silentTab('loading');
  const sites = createTopSites();
  const asked = sites.of(7);
  await vi.waitFor(() => expect(fakeBrowser.tabs.get).toHaveBeenCalled());
  sites.loaded(7);
  expect(await asked).toBeUndefined();
});

test('a listening top frame names its host', async () => {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue('news.example.com' as never);
  expect(await createTopSites().of(7)).toBe('news.example.com');
});
