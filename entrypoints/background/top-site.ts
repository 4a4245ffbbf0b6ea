import { browser } from 'wxt/browser';
import { isTopHost, type PageHostRequest } from '../../model/messages';

/** How long a frame's question waits at most, for a tab whose page never finishes loading. */
const TOP_FRAME_WAIT_MS = 30_000;

/** The top frame of `tabId` says its page's host, if its content script listens; undefined otherwise. */
async function askTop(tabId: number): Promise<string | undefined> {
  const request: PageHostRequest = { type: 'page-host' };
  const asked: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => undefined);
  return isTopHost(asked) ? asked : undefined;
}

/** Whether tab `tabId` is still loading its page (its status needs no permission). A tab closed meanwhile is not. */
const isLoading = (tabId: number): Promise<boolean> =>
  browser.tabs.get(tabId).then(
    (tab: { status?: string } | undefined) => tab?.status === 'loading',
    () => false,
  );

/**
 * The host of each tab's top-level page, for the frames below it, which follow its "off on this site"
 * setting but may not be able to read its address (a cross-origin top, in a browser without
 * `location.ancestorOrigins`, or behind `referrerpolicy="no-referrer"`). The top frame is asked. Its
 * content script, which may start after its frames' scripts, listens at once where the page names
 * someone, and never where it names no one: so a question waits for the top's first report (which
 * names the host) only while the tab's page is loading; once it has loaded, a top that does not answer
 * leaves the host unknown.
 */
export function createTopSites() {
  const waiting = new Map<number, Set<(host: string | undefined) => void>>();

  const settle = (tabId: number, host: string | undefined) => {
    for (const answer of waiting.get(tabId) ?? []) answer(host);
    waiting.delete(tabId);
  };

  return {
    /** The top frame of `tabId` reported, naming its page's host. */
    reported: (tabId: number, host: string): void => settle(tabId, host),

    /** Tab `tabId` has loaded its page: the top frame answers now, or never will. */
    loaded(tabId: number): void {
      if (waiting.has(tabId)) askTop(tabId).then((host) => settle(tabId, host));
    },

    /** The host of tab `tabId`'s top-level page ('' for one without, as `file:`), or undefined where it cannot be known. */
    async of(tabId: number): Promise<string | undefined> {
      const listeners = waiting.get(tabId) ?? new Set();
      waiting.set(tabId, listeners);
      let answer!: (host: string | undefined) => void;
      const answered = new Promise<string | undefined>((resolve) => (answer = resolve));
      // Listening before asking: a report that comes while the question is on its way is not missed.
      listeners.add(answer);
      const timer = setTimeout(answer, TOP_FRAME_WAIT_MS, undefined);
      askTop(tabId).then(async (host) => {
        if (host !== undefined) answer(host);
        // Loaded while the question was on its way: the top has had its turn, and is asked once more.
        else if (!(await isLoading(tabId))) answer(await askTop(tabId));
      });
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
