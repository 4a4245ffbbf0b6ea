import { browser } from 'wxt/browser';
import { isTopHost, type PageHostRequest } from '../../model/messages';

/** How long a frame's question waits for a top frame whose content script has not started yet. */
const TOP_FRAME_WAIT_MS = 30_000;

/**
 * The host of each tab's top-level page, for the frames below it, which follow its "off on this site"
 * setting but may not be able to read its address (a cross-origin top, in a browser without
 * `location.ancestorOrigins`, or behind `referrerpolicy="no-referrer"`). The top frame is asked; until
 * its content script runs, which may be after its frames' scripts, the question waits for its first
 * report, which names the host.
 */
export function createTopSites() {
  const waiting = new Map<number, Set<(host: string) => void>>();

  return {
    /** The top frame of `tabId` reported, naming its page's host. */
    reported(tabId: number, host: string): void {
      for (const answer of waiting.get(tabId) ?? []) answer(host);
      waiting.delete(tabId);
    },

    /** The host of tab `tabId`'s top-level page ('' for one without, as `file:`), or undefined after a while. */
    async of(tabId: number): Promise<string | undefined> {
      const listeners = waiting.get(tabId) ?? new Set();
      waiting.set(tabId, listeners);
      let answer!: (host: string | undefined) => void;
      const answered = new Promise<string | undefined>((resolve) => (answer = resolve));
      // Listening before asking: a report that comes while the question is on its way is not missed.
      listeners.add(answer);
      const timer = setTimeout(answer, TOP_FRAME_WAIT_MS, undefined);
      const request: PageHostRequest = { type: 'page-host' };
      browser.tabs.sendMessage(tabId, request, { frameId: 0 }).then(
        (asked: unknown) => isTopHost(asked) && answer(asked),
        // No content script in the top frame yet: its first report will say.
        () => undefined,
      );
      try {
        return await answered;
      } finally {
        clearTimeout(timer);
        listeners.delete(answer);
        if (!listeners.size && waiting.get(tabId) === listeners) waiting.delete(tabId);
      }
    },
  };
}
