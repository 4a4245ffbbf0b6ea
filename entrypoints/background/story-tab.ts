import { browser } from 'wxt/browser';

/** Where the story tab's id is kept: the service worker that opened it may be stopped meanwhile. */
const STORY_TAB_KEY = 'story-tab';

const storyUrl = (fromTab: number | undefined) =>
  browser.runtime.getURL(fromTab === undefined ? '/popup.html' : `/popup.html?tab=${fromTab}`);

/** The story tab opened earlier, if it is still there and still shows the story. */
async function openStoryTab(): Promise<{ id: number; windowId?: number; url?: string } | undefined> {
  const stored: unknown = (await browser.storage.session.get(STORY_TAB_KEY))[STORY_TAB_KEY];
  if (typeof stored !== 'number') return undefined;
  const tab = await browser.tabs.get(stored).catch(() => undefined);
  // Without the `tabs` permission a tab's address may be hidden: a hidden one is the tab as we left it.
  const url = tab?.url ?? tab?.pendingUrl;
  if (tab?.id === undefined || (url !== undefined && !url.startsWith(storyUrl(undefined)))) return undefined;
  return { id: tab.id, windowId: tab.windowId, url };
}

async function showStory(fromTab: number | undefined): Promise<void> {
  const url = storyUrl(fromTab);
  const open = await openStoryTab();
  if (!open) {
    const created = await browser.tabs.create({ url });
    await browser.storage.session.set({ [STORY_TAB_KEY]: created.id });
    return;
  }
  await browser.tabs.update(open.id, open.url === url ? { active: true } : { active: true, url });
  if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
}

/**
 * "The full story" from a card: one story tab at most. Requests are taken one at a time, and a request
 * while the story tab is open brings it forward, showing the mentions of the tab that asked, rather than
 * opening another: a burst of requests opens one tab, however it was sent.
 */
export function createStoryOpener(): (fromTab: number | undefined) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (fromTab) => {
    const next = queue.then(() => showStory(fromTab));
    // One failed request (a closed window) does not stop the next ones.
    queue = next.catch(() => undefined);
    return next;
  };
}
