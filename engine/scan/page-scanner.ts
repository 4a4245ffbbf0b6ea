import { changedRoots, type Rescan } from '../blocks/changed-roots';
import type { PersonId } from '../../model/person';
import type { Mention } from '../match/mention';
import type { MentionIndex } from '../marks/mention-index';
import type { PageSnapshot } from '../look/name-watch';
import { namedContainers, topOf } from '../blocks/named-containers';
import type { Prefilter } from '../look/prefilter';
import { matchBlockTexts, type MatchTexts } from './remote-match';
import { openShadowRoots } from '../blocks/shadow-roots';
import {
  isReadable,
  isUnchanged,
  ownTextOf,
  textBlocks,
  type TextBlock,
  type WalkOptions,
} from '../blocks/text-blocks';
import { createTimeSlicer } from './time-slicer';

/**
 * A subtree with less text than this is read whole where the prefilter finds something in it: mapping
 * its hits onto its text nodes would cost more than reading it.
 */
const READ_WHOLE_UP_TO = 4_096;
/**
 * A subtree with more text than this is read in parts, its own text and each block in it on its own,
 * one slice at a time: mapping a whole page of 5 MB at once took over 100 ms.
 */
const SPLIT_ABOVE = 1_000_000;
/** An element with more children than this is read in parts without first reading all its text. */
const MANY_CHILDREN = 256;

// Past these, one full rescan is cheaper than following each change (Dark Reader's rule of thumb).
const MAX_PENDING_RECORDS = 2_000;
const MAX_CHANGED_ROOTS = 200;

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export interface PageScannerOptions {
  /** Finds the candidates of the blocks' texts, off the page's main thread (`remoteMatcher`). */
  readonly match: MatchTexts;
  readonly prefilter: Prefilter;
  readonly index: MentionIndex;
  readonly walk: WalkOptions;
  /** Called after each batch of work that may have changed what the page mentions. */
  readonly onChange: () => void;
}

export interface PageScanner {
  /**
   * Scans `root` and follows its changes until the scanner's signal aborts. For a document, what the
   * name watch read of it (`takeSnapshot`), if the page has not changed since, spares reading it again.
   */
  start(root: Node, takeSnapshot?: () => PageSnapshot | undefined): void;
}

/**
 * What one batch of work read: the blocks it built, and each step it takes on the index (forget a container's
 * blocks, keep a block's candidates) in the order of the reading, taken all at once when the candidates are known.
 */
interface Batch {
  readonly blocks: TextBlock[];
  readonly steps: ((found: readonly (readonly Mention<PersonId>[])[]) => void)[];
}

const newBatch = (): Batch => ({ blocks: [], steps: [] });

/**
 * Finds the mentions on a page and keeps them current. A subtree (the page at first, a block added
 * later) is read where the prefilter finds something: only the blocks around its hits are built, and
 * their texts are matched elsewhere (`match`, one request a batch). Text changed in place is read again
 * block by block. The work runs in short slices; one batch is out at a time, and the changes made while
 * it is out wait for its answer. A block the page has changed since it was read is not marked: the
 * change brings it back in the next batch.
 */
export function createPageScanner(
  { match, prefilter, index, walk, onChange }: PageScannerOptions,
  signal: AbortSignal,
): PageScanner {
  const slicer = createTimeSlicer(signal);
  let batch = newBatch();
  let answerAwaited = false;
  let pending: MutationRecord[] = [];
  let rescanAll = false;
  let batchTimer: number | undefined;
  let pageRoot: Node | undefined;
  const watched = new WeakSet<ShadowRoot>();

  const watchShadow = (shadow: ShadowRoot) => {
    if (watched.has(shadow)) return;
    watched.add(shadow);
    observer.observe(shadow, OBSERVED);
    walk.onShadowRoot?.(shadow);
  };
  const forget = (container: Node) => batch.steps.push(() => index.forget(container));
  const keep = (block: TextBlock) => {
    const at = batch.blocks.push(block) - 1;
    batch.steps.push((found) => {
      const candidates = found[at]!;
      if (candidates.length && isUnchanged(block)) index.addBlock(block, candidates);
    });
  };
  const walkOptions: WalkOptions = {
    ...walk,
    onContainer: forget,
    onShadowRoot: watchShadow,
  };
  const ownTextOptions: WalkOptions = { ...walkOptions, ownTextOnly: true };

  /** Reads the own text of one block container again: its blocks replace those read before. */
  function* readOwnText(container: Node, known?: Map<Element, boolean>) {
    if (!container.isConnected || !isReadable(container, walk, null, known)) {
      forget(container);
      return;
    }
    for (const block of textBlocks(container, ownTextOptions)) {
      keep(block);
      yield;
    }
  }

  /** Reads every block of `scope`: a small subtree the prefilter finds something in. */
  function* readWhole(scope: Node) {
    for (const block of textBlocks(scope, walkOptions)) {
      keep(block);
      yield;
    }
  }

  /**
   * Reads the containers of `scope` (light DOM) that may name someone. `text` is its text when the
   * caller has it, read in the same step: the offsets of the prefilter's hits hold only until the page
   * changes, and nothing can change within one step.
   */
  function* readScope(scope: Node, known?: string): Generator<void> {
    const top = topOf(scope);
    if (!top) return;
    const many = known === undefined && ((top as Partial<ParentNode>).childElementCount ?? 0) > MANY_CHILDREN;
    const text = many ? '' : (known ?? top.textContent ?? '');
    if (many || text.length > SPLIT_ABOVE) {
      yield* readInParts(top);
    } else if (text.length <= READ_WHOLE_UP_TO) {
      if (prefilter.test(text)) yield* readWhole(scope);
    } else {
      // What is known of the elements' readability holds within this read: a deep page asks once per ancestor.
      const known = new Map<Element, boolean>();
      for (const container of namedContainers(scope, prefilter, walk, text, known))
        yield* readOwnText(container, known);
    }
  }

  /** Reads a large subtree part by part: its own text, then each outermost block in it, one slice each. */
  function* readInParts(top: Node) {
    const blocks: Element[] = [];
    if (prefilter.test(ownTextOf(top, undefined, (block) => blocks.push(block)))) yield* readOwnText(top);
    for (const block of blocks) {
      yield;
      if (block.isConnected && isReadable(block, walk)) yield* readScope(block);
    }
  }

  /**
   * Reads a whole subtree again: only the containers in it, or in its shadow roots, that may name
   * someone. What was read of it before is forgotten by the caller, for all the subtrees of a batch at once.
   */
  function* readSubtree(root: Node, takeSnapshot?: () => PageSnapshot | undefined) {
    if (!root.isConnected || !isReadable(root, walk)) return;
    const snapshot = takeSnapshot?.();
    const shadows = snapshot?.shadowRoots.filter((shadow) => shadow.host.isConnected) ?? openShadowRoots(root);
    shadows.forEach(watchShadow);
    for (const scope of [root, ...shadows]) {
      yield* readScope(scope, scope === root ? snapshot?.text : undefined);
      yield;
    }
  }

  const read = ({ root, ownTextOnly }: Rescan) => (ownTextOnly ? readOwnText(root) : readSubtree(root));

  const apply = ({ steps }: Batch, found: readonly (readonly Mention<PersonId>[])[]) => {
    for (const step of steps) step(found);
    index.resolve();
    onChange();
  };

  // Ends a batch: its blocks' candidates are asked for, and what it read is taken when they come.
  const finish = () => {
    const read = batch;
    batch = newBatch();
    if (!read.blocks.length) {
      apply(read, []);
      return;
    }
    answerAwaited = true;
    const texts = read.blocks.map((block) => block.text);
    matchBlockTexts(match, texts, (text) => prefilter.test(text)).then((found) => {
      answerAwaited = false;
      if (signal.aborted) return;
      // No answer (the extension went away): what the batch forgot is forgotten, nothing is marked.
      apply(read, found ?? texts.map(() => []));
      if (pending.length || rescanAll) batchTimer ??= requestAnimationFrame(processBatch);
    });
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

  // A batch of changes to the extension's own nodes alone (the card's host joining the page as the card
  // opens) changes nothing on the page: no container to check, no counts to report, in the card's frame.
  const isOnlyOurs = (record: MutationRecord) =>
    record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOurs);

  function processBatch() {
    batchTimer = undefined;
    // The changes wait for the answer to the batch before (`finish`).
    if (!pageRoot || answerAwaited) return;
    if (!rescanAll && pending.every(isOnlyOurs)) {
      pending = [];
      return;
    }
    const everything: Rescan[] = [{ root: pageRoot, ownTextOnly: false }];
    let roots = rescanAll ? everything : changedRoots(pending, isOurs);
    if (roots.length > MAX_CHANGED_ROOTS) roots = everything;
    pending = [];
    rescanAll = false;
    const within = roots.filter((rescan) => !rescan.ownTextOnly).map((rescan) => rescan.root);
    batch.steps.push(() => {
      index.forgetDisconnected();
      index.forgetWithin(within);
    });
    if (!roots.length) {
      finish();
      return;
    }
    roots.forEach((root, i) => slicer.enqueue(read(root), i === roots.length - 1 ? finish : undefined));
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
    start(root, takeSnapshot) {
      if (signal.aborted) return;
      pageRoot = root;
      observer.observe(root, OBSERVED);
      slicer.enqueue(readSubtree(root, topOf(root) === document.body ? takeSnapshot : undefined), finish);
    },
  };
}
