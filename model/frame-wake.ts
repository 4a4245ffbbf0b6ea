/**
 * How the background and the popup reach a frame whose content script is not listening yet. A frame
 * that names no one leaves the extension's API alone (touching it first costs a page milliseconds),
 * so a message sent to it finds no receiver. Every request such a frame must answer comes from a user
 * gesture (the popup, the context menu, a keyboard command), which grants the extension `activeTab`
 * on the tab: the asker then runs `listenHook` in the frame, in the content script's own world, which
 * starts the content script listening, and asks again.
 */

/** The key (for `Symbol.for`) under which the content script leaves its "listen now" function. */
export const LISTEN_HOOK = 'whos-who.listen';

/**
 * Run in the frame by `scripting.executeScript`, so it closes over nothing: it gets `LISTEN_HOOK` as
 * its argument. True when the content script listens now.
 */
export function listenHook(key: string): boolean {
  const listen = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
  return typeof listen === 'function' && listen() === true;
}

/** What `askFrame` needs of the extension's API: `browser` of wxt/browser will do. */
export interface FrameReach {
  readonly tabs: {
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  readonly scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds: number[] };
      func: typeof listenHook;
      args: [string];
    }): Promise<unknown>;
  };
}

/**
 * Sends `message` to frame `frameId` of tab `tabId` and returns its answer, waking the frame's content
 * script first if it does not listen yet. Rejects where no content script can answer (a browser page,
 * a store, a frame `activeTab` does not reach, a request without a gesture).
 */
export async function askFrame(api: FrameReach, tabId: number, frameId: number, message: unknown): Promise<unknown> {
  try {
    return await api.tabs.sendMessage(tabId, message, { frameId });
  } catch {
    await api.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: listenHook,
      args: [LISTEN_HOOK],
    });
    return api.tabs.sendMessage(tabId, message, { frameId });
  }
}
