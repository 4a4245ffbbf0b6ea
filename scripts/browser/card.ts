import { setTimeout as sleep } from 'node:timers/promises';
import type { CDPSession, Page } from 'playwright-core';
import type { Rect } from './highlights';

/** What the user sees of the card: its rendered text and where it is on the screen. */
export interface CardView {
  readonly text: string;
  readonly rect: Rect;
  /** False while the card still fades or moves in. */
  readonly settled: boolean;
}

export interface DomNode {
  readonly backendNodeId: number;
  readonly localName?: string;
  readonly shadowRootType?: 'user-agent' | 'open' | 'closed';
  readonly children?: DomNode[];
  readonly shadowRoots?: DomNode[];
  /** For a frame's element: the frame, and its document. */
  readonly frameId?: string;
  readonly contentDocument?: DomNode;
  /** Set on a found card root that lies in a child frame: that frame's id. */
  readonly inFrame?: string;
}

/**
 * Whether `shadow` is the card's root: a closed root holding the card's style sheet and its container.
 * The host has no name of the extension's own (it is a plain element, so that no page can have defined
 * it), so the root is known by what it holds.
 */
const isCardRoot = (shadow: DomNode) =>
  shadow.shadowRootType === 'closed' && shadow.children?.map((child) => child.localName).join(' ') === 'style div';

// Page scripts and Playwright selectors cannot see into a closed shadow root; the DevTools protocol can.
export async function findCardRoots(cdp: CDPSession): Promise<DomNode[]> {
  // A depth of -1 overflows the protocol's CBOR stack on deep pages.
  const { root } = (await cdp.send('DOM.getDocument', { depth: 60, pierce: true })) as { root: DomNode };
  const found: DomNode[] = [];
  // Each node with the child frame it lies in, if any: the card of a mention in a frame opens there.
  const stack: [DomNode, string | undefined][] = [[root, undefined]];
  while (stack.length) {
    const [node, inFrame] = stack.pop()!;
    for (const shadow of node.shadowRoots ?? []) {
      if (isCardRoot(shadow)) found.push(inFrame ? { ...shadow, inFrame } : shadow);
    }
    for (const next of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) stack.push([next, inFrame]);
    if (node.contentDocument) stack.push([node.contentDocument, node.frameId]);
  }
  return found;
}

/**
 * Runs on the shadow root: the text a user can see, in the card's order, and the box of the smallest
 * element that holds all of it (the card's frame).
 */
export function visibleContent(this: ShadowRoot): { text: string; rect: Rect | null; settled: boolean } {
  const visible: Text[] = [];
  const walker = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || parent.closest('style, script, template')) continue;
    if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if ([...range.getClientRects()].some((box) => box.width > 0 && box.height > 0)) visible.push(node as Text);
  }
  const [first] = visible;
  const settled = this.getAnimations().every((animation) => animation.playState !== 'running');
  if (!first) return { text: '', rect: null, settled };
  let frame: Element | null = first.parentElement;
  while (frame && !visible.every((node) => frame!.contains(node))) frame = frame.parentElement;
  const box = (frame ?? first.parentElement!).getBoundingClientRect();
  // Text as laid out: adjacent inline pieces ("Source" + ":") join as they are, blocks get a space.
  let text = '';
  let previousBlock: Element | null = null;
  for (const node of visible) {
    let block = node.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    text += (block === previousBlock ? '' : ' ') + node.textContent;
    previousBlock = block;
  }
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    rect: { x: box.x, y: box.y, width: box.width, height: box.height },
    settled,
  };
}

/** The card as the user sees it, or null when no card is on screen (never mounted, closed or hidden). */
export async function readCard(page: Page): Promise<CardView | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Read from a world of the harness's own, in the frame of the card: a page that replaced DOM
    // methods cannot spoil the reading.
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    for (const shadow of await findCardRoots(cdp)) {
      const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
        frameId: shadow.inFrame ?? frameTree.frame.id,
        worldName: 'card-reader',
      })) as { executionContextId: number };
      const { object } = (await cdp.send('DOM.resolveNode', {
        backendNodeId: shadow.backendNodeId,
        executionContextId,
      })) as {
        object: { objectId: string };
      };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: visibleContent.toString(),
        returnByValue: true,
      })) as { result: { value: { text: string; rect: Rect | null; settled: boolean } } };
      const { text, rect, settled } = result.value;
      if (text && rect) return { text, rect, settled };
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs `fn` in the page's main world with `this` bound to the card's closed shadow root, and returns its
 * JSON value (promises are awaited); undefined while the page has no card host. Like every function
 * sent to the page, `fn` declares no named helpers inside (see highlights.ts).
 */
export async function onCardRoot<T>(page: Page, fn: (this: ShadowRoot) => T | Promise<T>): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const [shadow] = await findCardRoots(cdp);
    if (!shadow) return undefined;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
      object: { objectId: string };
    };
    const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn.toString(),
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Reads the card of a page, whatever drives the browser; `readCard` is Chromium's. */
export type CardReader = () => Promise<CardView | null>;

/**
 * Polls until the card shows and has finished appearing (or, with `shown: false`, until no card shows).
 * `page` is a Chromium page, or the reader of another browser's.
 */
export async function waitForCard(page: Page | CardReader, shown: true, timeoutMs?: number): Promise<CardView>;
export async function waitForCard(page: Page | CardReader, shown: false, timeoutMs?: number): Promise<null>;
export async function waitForCard(
  page: Page | CardReader,
  shown: boolean,
  timeoutMs = 10_000,
): Promise<CardView | null> {
  const read = typeof page === 'function' ? page : () => readCard(page);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await read();
    if (shown ? card?.settled : card === null) return card;
    if (Date.now() > deadline) {
      if (!shown) throw new Error(`The card is still shown: ${card?.text}`);
      throw new Error(card ? `The card never finished appearing: ${card.text}` : 'No card appeared');
    }
    await sleep(100);
  }
}

/** How many card hosts the page's DOM holds; the extension should add one at most, on first use. */
export async function countCardHosts(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return (await findCardRoots(cdp)).length;
  } finally {
    await cdp.detach();
  }
}

// Room around the card in its screenshot, so that its shadow and edges show.
const CLIP_MARGIN = 16;

/** The screenshot clip around an open card, inside a viewport of the given size. */
export function cardClip(card: CardView, viewport: { width: number; height: number }) {
  const x = Math.max(0, card.rect.x - CLIP_MARGIN);
  const y = Math.max(0, card.rect.y - CLIP_MARGIN);
  return {
    x,
    y,
    width: Math.min(viewport.width - x, card.rect.width + 2 * CLIP_MARGIN),
    height: Math.min(viewport.height - y, card.rect.height + 2 * CLIP_MARGIN),
  };
}
