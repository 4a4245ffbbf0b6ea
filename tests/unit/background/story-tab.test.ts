import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStoryOpener } from '../../../entrypoints/background/story-tab';

const storyTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.startsWith(fakeBrowser.runtime.getURL('/popup.html')));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The fake browser has no windows to focus.
  vi.spyOn(fakeBrowser.windows, 'update').mockImplementation(() => Promise.resolve({} as never));
});

test('a burst of requests, none awaited before the next, opens one story tab', async () => {
  const open = createStoryOpener();
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  await Promise.all([1, 2, 3, 4, 5].map(() => open(7)));
  expect(create).toHaveBeenCalledTimes(1);
  expect((await storyTabs()).map((tab) => tab.url)).toEqual([fakeBrowser.runtime.getURL('/popup.html?tab=7')]);
});

test('a later request brings the story tab forward, about the tab that asked, and focuses its window', async () => {
  const open = createStoryOpener();
  await open(7);
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  await open(9);
  expect(create).not.toHaveBeenCalled();
  const [tab] = await storyTabs();
  expect(tab).toMatchObject({ active: true, url: fakeBrowser.runtime.getURL('/popup.html?tab=9') });
  expect(fakeBrowser.windows.update).toHaveBeenCalledWith(tab!.windowId, { focused: true });
});

test('a story tab that was closed, or now shows something else, is not reused', async () => {
  const open = createStoryOpener();
  await open(7);
  const [first] = await storyTabs();
  // As the browser answers for a tab that was closed.
  vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValueOnce(new Error(`No tab with id: ${first!.id}`));
  await open(7);
  const second = (await storyTabs()).find((tab) => tab.id !== first!.id);
  expect(second).toBeDefined();
  await fakeBrowser.tabs.update(second!.id!, { url: 'https://example.org/' });
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  await open(7);
  expect(create).toHaveBeenCalledTimes(1);
  expect((await fakeBrowser.tabs.get(second!.id!)).url).toBe('https://example.org/');
});

test('one failed request does not stop the next', async () => {
  const open = createStoryOpener();
  vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValueOnce(new Error('No window'));
  await expect(open(7)).rejects.toThrow('No window');
  await open(7);
  expect(await storyTabs()).toHaveLength(1);
});
