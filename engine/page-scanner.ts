import { findInWindows } from './long-text';
import type { PersonId } from '../model/person';
import type { Matcher } from './matcher';
import type { MentionIndex } from './mention-index';
import { blockContainerOf, isBlockElement, isReadable, textBlocks, type WalkOptions } from './text-blocks';
import { createTimeSlicer } from './time-slicer';

// Past these, one full rescan is cheaper than following each change (Dark Reader's rule of thumb).
const MAX_PENDING_RECORDS = 2_000;
const MAX_CHANGED_ROOTS = 200;

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export interface PageScannerOptions {
  readonly matcher: Matcher<PersonId>;
  readonly index: MentionIndex;
  readonly walk: WalkOptions;
  /** Called after each batch of work that may have changed what the page mentions. */
  readonly onChange: () => void;
}

/** A subtree to read again: all of it, or only its root's own text. */
interface Rescan {
  readonly root: Node;
  readonly ownTextOnly: boolean;
}

/** Adds the outermost block elements inside the inline `node` to `blocks`: its block's own text leaves them out. */
function addOutermostBlocks(node: Node, blocks: Set<Node>): void {
  const stack = node.nodeType === Node.ELEMENT_NODE ? [...(node as Element).children] : [];
  while (stack.length) {
    const element = stack.pop()!;
    if (isBlockElement(element)) blocks.add(element);
    else stack.push(...element.children);
  }
}

export interface PageScanner {
  /** Scans `root` and follows its changes until the scanner's signal aborts. */
  start(root: Node): void;
}

/**
 * Finds the mentions on a page and keeps them current: the first scan and every later change run in
 * short slices, and a change rescans only the blocks it touched.
 */
export function createPageScanner(
  { matcher, index, walk, onChange }: PageScannerOptions,
  signal: AbortSignal,
): PageScanner {
  const slicer = createTimeSlicer(signal);
  let pending: MutationRecord[] = [];
  let rescanAll = false;
  let batchTimer: number | undefined;
  let pageRoot: Node | undefined;

  const walkOptions: WalkOptions = {
    ...walk,
    onContainer: (container) => index.forget(container),
    onShadowRoot(shadow) {
      observer.observe(shadow, OBSERVED);
      walk.onShadowRoot?.(shadow);
    },
  };
  const ownTextOptions: WalkOptions = { ...walkOptions, ownTextOnly: true };

  // Each container the walk enters is forgotten before its blocks are read again, so a rescan costs
  // map look-ups along the changed subtree rather than a pass over every mention on the page.
  function* scan({ root, ownTextOnly }: Rescan) {
    if (!root.isConnected || !isReadable(root, walk)) {
      index.forget(root);
      return;
    }
    for (const block of textBlocks(root, ownTextOnly ? ownTextOptions : walkOptions)) {
      index.addBlock(block, yield* findInWindows(matcher, block.text));
      yield;
    }
  }

  const finish = () => {
    index.resolve();
    onChange();
  };

  // The observer only records. The batch reads the changes at the next animation frame, before it paints:
  // a burst of mutations becomes one batch, and the highlights change in the same frame as the page, so
  // that Chromium repaints its highlight markers once rather than twice (the bench's infinite scroll:
  // 17% of the main thread's work with a 40 ms timer, 8% with the frame). Hidden tabs get no frames, and
  // read their changes when shown.
  const observer = new MutationObserver((records) => {
    if (rescanAll) return;
    if (pending.length + records.length > MAX_PENDING_RECORDS) {
      rescanAll = true;
      pending = [];
    } else {
      pending.push(...records);
    }
    batchTimer ??= requestAnimationFrame(processBatch);
  });

  const isOurs = (node: Node) => node.nodeType === Node.ELEMENT_NODE && (walk.ignore?.(node as Element) ?? false);

  /**
   * What a batch of changes asks to read again: a new block in full; around changed text, or an inline
   * element that came or went, only the own text of the block that holds it, so that a line added to a
   * <body> or to a long list does not have every paragraph in it matched again.
   */
  function changedRoots(records: readonly MutationRecord[]): Rescan[] {
    const whole = new Set<Node>();
    const ownText = new Set<Node>();
    for (const record of records) {
      if (record.type === 'characterData') {
        ownText.add(blockContainerOf(record.target));
        continue;
      }
      for (const node of record.addedNodes) {
        if (isOurs(node)) continue;
        if (isBlockElement(node)) {
          whole.add(node);
        } else {
          ownText.add(blockContainerOf(node));
          addOutermostBlocks(node, whole);
        }
      }
      // Removed text or inline elements change the text of the block they were in; removed blocks
      // just leave, and `forgetDisconnected` drops whatever is no longer in the document.
      for (const node of record.removedNodes) {
        if (!isOurs(node) && !isBlockElement(node)) ownText.add(blockContainerOf(record.target));
      }
    }
    const wholeRoots = [...whole].filter((root) => root.isConnected);
    const outer = wholeRoots.filter((root) => !wholeRoots.some((other) => other !== root && other.contains(root)));
    const readInFull = (root: Node) => outer.some((other) => other.contains(root));
    return [
      ...outer.map((root) => ({ root, ownTextOnly: false })),
      ...[...ownText].filter((root) => root.isConnected && !readInFull(root)).map((root) => ({ root, ownTextOnly: true })),
    ];
  }

  function processBatch() {
    batchTimer = undefined;
    if (!pageRoot) return;
    const everything: Rescan[] = [{ root: pageRoot, ownTextOnly: false }];
    let roots = rescanAll ? everything : changedRoots(pending);
    if (roots.length > MAX_CHANGED_ROOTS) roots = everything;
    pending = [];
    rescanAll = false;
    index.forgetDisconnected();
    if (!roots.length) {
      finish();
      return;
    }
    roots.forEach((root, i) => slicer.enqueue(scan(root), i === roots.length - 1 ? finish : undefined));
    slicer.runNow();
  }

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (batchTimer !== undefined) cancelAnimationFrame(batchTimer);
      pageRoot = undefined;
      pending = [];
    },
    { once: true },
  );

  return {
    start(root) {
      if (signal.aborted) return;
      pageRoot = root;
      observer.observe(root, OBSERVED);
      slicer.enqueue(scan({ root, ownTextOnly: false }), finish);
    },
  };
}
