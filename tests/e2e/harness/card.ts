import type { CDPSession, Page } from 'playwright-core';
import type { Rect } from './highlights';

/** What the user sees of the card: its rendered text and where it is on the screen. */
export interface CardView {
  readonly text: string;
  readonly rect: Rect;
  /** False while the card still fades or moves in. */
  readonly settled: boolean;
}

interface DomNode {
  readonly backendNodeId: number;
  readonly localName?: string;
  readonly shadowRootType?: 'user-agent' | 'open' | 'closed';
  readonly children?: DomNode[];
  readonly shadowRoots?: DomNode[];
}

export const CARD_HOST = 'whos-who-card';

// Page scripts and Playwright selectors cannot see into a closed shadow root; the DevTools protocol can.
async function findCardRoots(cdp: CDPSession): Promise<DomNode[]> {
  // A depth of -1 overflows the protocol's CBOR stack on deep pages.
  const { root } = (await cdp.send('DOM.getDocument', { depth: 60, pierce: true })) as { root: DomNode };
  const found: DomNode[] = [];
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.localName === CARD_HOST) {
      found.push(...(node.shadowRoots ?? []).filter((shadow) => shadow.shadowRootType !== 'user-agent'));
    }
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
  }
  return found;
}

/**
 * Runs on the shadow root: the text a user can see, in the card's order, and the box of the smallest
 * element that holds all of it (the card's frame).
 */
function visibleContent(this: ShadowRoot): { text: string; rect: Rect | null; settled: boolean } {
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
    for (const shadow of await findCardRoots(cdp)) {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
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

/** Polls until the card shows and has finished appearing (or, with `shown: false`, until no card shows). */
export async function waitForCard(page: Page, shown: true, timeoutMs?: number): Promise<CardView>;
export async function waitForCard(page: Page, shown: false, timeoutMs?: number): Promise<null>;
export async function waitForCard(page: Page, shown: boolean, timeoutMs = 5_000): Promise<CardView | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await readCard(page);
    if (shown ? card?.settled : card === null) return card;
    if (Date.now() > deadline) {
      if (!shown) throw new Error(`The card is still shown: ${card?.text}`);
      throw new Error(card ? `The card never finished appearing: ${card.text}` : 'No card appeared');
    }
    await page.waitForTimeout(100);
  }
}

/** How many card hosts the page's DOM holds; the extension should add one at most, on first use. */
export const countCardHosts = (page: Page) =>
  page.evaluate((name) => document.querySelectorAll(name).length, CARD_HOST);
