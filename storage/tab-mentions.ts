import type { Browser } from 'wxt/browser';
import { isMentionCounts, type MentionCounts } from '../model/messages';

const PREFIX = 'tab-mentions:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

/** Whether a changed storage key holds a tab's counts: the popup reloads its list when one does. */
export const isTabMentionsKey = (key: string) => key.startsWith(PREFIX);

type FrameCounts = Record<string, MentionCounts>;

/**
 * What each tab's frames mention, kept in session storage so that it outlives the background's
 * service worker, which the browser stops when idle, and leaves nothing behind on disk.
 */
export function createTabMentions(area: Browser.storage.StorageArea) {
  const read = async (tabId: number): Promise<FrameCounts> => {
    const stored: unknown = (await area.get(keyOf(tabId)))[keyOf(tabId)];
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(Object.entries(stored).filter(([, counts]) => isMentionCounts(counts)));
  };

  return {
    /** Records a frame's counts; a new page in the top frame starts the tab afresh. */
    async record(tabId: number, frameId: number, counts: MentionCounts, newPage: boolean) {
      const frames = newPage && frameId === 0 ? {} : await read(tabId);
      frames[frameId] = counts;
      await area.set({ [keyOf(tabId)]: frames });
    },
    async frames(tabId: number): Promise<MentionCounts[]> {
      return Object.values(await read(tabId));
    },
    async forget(tabId: number) {
      await area.remove(keyOf(tabId));
    },
  };
}
