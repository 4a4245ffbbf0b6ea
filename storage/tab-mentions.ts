import type { Browser } from 'wxt/browser';
import { isDocumentKey, isMentionCounts, type DocumentKey, type MentionCounts } from '../model/messages';

const PREFIX = 'tab-mentions:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

/** Whether a changed storage key holds a tab's counts: the popup reloads its list when one does. */
export const isTabMentionsKey = (key: string) => key.startsWith(PREFIX);

/** What one frame's document mentions. */
export interface FrameMentions {
  readonly frameId: number;
  readonly doc: DocumentKey;
  readonly counts: MentionCounts;
}

type Stored = Record<string, { readonly doc: DocumentKey; readonly counts: MentionCounts }>;

const isEntry = (value: unknown): value is Stored[string] =>
  typeof value === 'object' &&
  value !== null &&
  isDocumentKey((value as Stored[string]).doc) &&
  isMentionCounts((value as Stored[string]).counts);

/**
 * What the documents in each tab's frames mention, kept in session storage so that it outlives the
 * background's service worker, which the browser stops when idle, and leaves nothing behind on disk.
 * A tab's entry is read, changed and written back: the changes to one tab are made one at a time, in
 * the order they came, so that reports arriving together do not overwrite each other.
 */
export function createTabMentions(area: Browser.storage.StorageArea) {
  const queues = new Map<number, Promise<unknown>>();
  const inTurn = <T>(tabId: number, change: () => Promise<T>): Promise<T> => {
    const done = (queues.get(tabId) ?? Promise.resolve()).then(change);
    const settled = done.catch(() => undefined);
    queues.set(tabId, settled);
    void settled.then(() => queues.get(tabId) === settled && queues.delete(tabId));
    return done;
  };

  const read = async (tabId: number): Promise<Stored> => {
    const stored: unknown = (await area.get(keyOf(tabId)))[keyOf(tabId)];
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(
      Object.entries(stored).filter(([frameId, entry]) => /^\d+$/.test(frameId) && isEntry(entry)),
    );
  };
  const write = (tabId: number, frames: Stored) =>
    Object.keys(frames).length ? area.set({ [keyOf(tabId)]: frames }) : area.remove(keyOf(tabId));

  return {
    /**
     * Records what a frame's document mentions; an empty report from a frame below the top takes its
     * document out. Resolves to whether the top frame reported a document other than the one it had.
     */
    record(tabId: number, frameId: number, doc: DocumentKey, counts: MentionCounts): Promise<boolean> {
      return inTurn(tabId, async () => {
        const frames = await read(tabId);
        const newTop = frameId === 0 && frames[0]?.doc !== doc;
        // The top frame's entry stays, empty or not: it says which page the tab shows.
        if (frameId !== 0 && !Object.keys(counts).length) delete frames[frameId];
        else frames[frameId] = { doc, counts };
        await write(tabId, frames);
        return newTop;
      });
    },
    /** Takes out what a frame's document `doc` mentioned, unless the frame has reported another one since. */
    drop(tabId: number, frameId: number, doc: DocumentKey): Promise<void> {
      return inTurn(tabId, async () => {
        const frames = await read(tabId);
        if (frames[frameId]?.doc !== doc) return;
        delete frames[frameId];
        await write(tabId, frames);
      });
    },
    frames(tabId: number): Promise<FrameMentions[]> {
      return inTurn(tabId, async () =>
        Object.entries(await read(tabId)).map(([frameId, { doc, counts }]) => ({
          frameId: Number(frameId),
          doc,
          counts,
        })),
      );
    },
    forget(tabId: number): Promise<void> {
      return inTurn(tabId, () => area.remove(keyOf(tabId)));
    },
  };
}

export type TabMentions = ReturnType<typeof createTabMentions>;
