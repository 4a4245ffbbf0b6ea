import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../../scripts/browser/chromium';

/** The toolbar popup, opened for real; Playwright does not list it among the context's pages. */
export interface ActionPopup {
  /** Evaluates `expression` in the popup (promises are awaited) and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** The popup's text as its user sees it, once `ready` holds for it. */
  waitForText(ready: (text: string) => boolean, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

interface TargetInfo {
  readonly targetId: string;
  readonly url: string;
}

interface ProtocolReply {
  readonly id: number;
  readonly result?: { result: { value: unknown }; exceptionDetails?: { text: string } };
  readonly error?: { message: string };
}

const POPUP_TIMEOUT_MS = 5_000;

async function findPopupTarget(cdp: CDPSession, url: string): Promise<TargetInfo> {
  const deadline = Date.now() + POPUP_TIMEOUT_MS;
  for (;;) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const target = targetInfos.find((info) => info.url === url);
    if (target) return target;
    if (Date.now() > deadline) throw new Error(`No popup at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs the extension's toolbar action on `tab`, as a click on the toolbar button does: the popup opens
 * and the extension gets `activeTab` on the tab (`chrome.action.openPopup()` grants none). A headless
 * browser has no context menu or shortcut to use, so this also stands in for the grant those give.
 */
export async function runToolbarAction(browser: ExtensionBrowser, tab: Page): Promise<void> {
  await tab.bringToFront();
  const session = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
      targetInfos: (TargetInfo & { type: string })[];
    };
    const target = targetInfos.find((info) => info.url === tab.url());
    if (!target) throw new Error(`No tab at ${tab.url()}`);
    // A protocol method newer than Playwright's typings.
    const untyped = session as unknown as { send(method: string, params: object): Promise<unknown> };
    await untyped.send('Extensions.triggerAction', { id: browser.extensionId, targetId: target.targetId });
  } finally {
    await session.detach().catch(() => {});
  }
}

/**
 * Opens the extension's toolbar popup for the window of `tab` (which must be the active tab), the way a
 * click on the toolbar button does, and attaches to it through the DevTools protocol. The popup then
 * finds "the active tab" exactly as it does for a user.
 */
export async function openActionPopup(browser: ExtensionBrowser, tab: Page): Promise<ActionPopup> {
  await runToolbarAction(browser, tab);
  const cdp = await browser.context.newCDPSession(tab);
  const target = await findPopupTarget(cdp, `chrome-extension://${browser.extensionId}/popup.html`);
  // Playwright's sessions cannot address a child session, so talk to the popup in the protocol's
  // non-flat mode: each command travels wrapped in a message to the target.
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
    sessionId: string;
  };
  const pending = new Map<number, (reply: ProtocolReply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as ProtocolReply;
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  let nextId = 1;
  const send = (id: number, expression: string) => {
    const params = { expression, returnByValue: true, awaitPromise: true };
    return cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
    });
  };

  const evaluate = async <T>(expression: string): Promise<T> => {
    const id = nextId++;
    // A popup that closed meanwhile never answers.
    const replied = new Promise<ProtocolReply>((resolve, reject) => {
      pending.set(id, resolve);
      setTimeout(() => reject(new Error(`The popup did not answer: ${expression}`)), POPUP_TIMEOUT_MS).unref();
    });
    await send(id, expression);
    const reply = await replied;
    const failure = reply.error?.message ?? reply.result?.exceptionDetails?.text;
    if (failure) throw new Error(`In the popup: ${failure}`);
    return reply.result!.result.value as T;
  };

  return {
    evaluate,
    async waitForText(ready, timeoutMs = POPUP_TIMEOUT_MS) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        // The popup's target can be reached before its document has a body (the toolbar action opens it
        // while the test attaches): that is not ready yet, not a failure.
        const text = await evaluate<string>("document.body?.innerText ?? ''");
        if (ready(text)) return text;
        if (Date.now() > deadline) throw new Error(`The popup never got ready; it shows:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      // A closing window sends no answer, so none is awaited; its target going away is the sign.
      await send(nextId++, 'window.close()').catch(() => {});
      const deadline = Date.now() + POPUP_TIMEOUT_MS;
      while (Date.now() < deadline) {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
        if (!targetInfos.some((info) => info.targetId === target.targetId)) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await cdp.detach().catch(() => {});
    },
  };
}
