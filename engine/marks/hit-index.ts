import { isDeeplyNested } from '../blocks/depth';
import type { PlacedMention } from './mention-index';

export interface HitIndex {
  /** The mentions near the screen, or the page, changed: the boxes are measured again after the next layout. */
  invalidate(): void;
  /** The mention under the point (viewport coordinates), by the boxes last measured: no call into layout. */
  at(x: number, y: number): PlacedMention | undefined;
  /**
   * The box of `mention`'s line under the point as the page is laid out now, for a card to open beside;
   * undefined when the mention is there no more.
   */
  boxAt(mention: PlacedMention, x: number, y: number): DOMRect | undefined;
  /** Calls `listener` after each measuring: a pointer resting where nothing was measured yet may be on a mention now. */
  whenMeasured(listener: () => void): void;
}

/** Boxes are kept in horizontal bands of this height (CSS px), so that a point is checked against a few. */
const BAND = 64;
/** After the page scrolled, its boxes are measured again once it has been still this long. */
const SCROLL_QUIET_MS = 100;
/**
 * Mentions in a text node longer than this are not measured: the box of a range in one text node of
 * 10 MB takes Chromium 156 over 30 ms, every time. The caret finds them instead.
 */
const BULKY_TEXT = 262_144;
/**
 * Nor are mentions nested deeply (`isDeeplyNested`). And a block one of whose mentions took longer than
 * this to measure is left to the caret from then on: an ordinary mention takes a few µs, a garbage
 * collection in between less than this, a huge inline layout more.
 */
const SLOW_MS = 10;

/** Whether measuring `mention`'s boxes would cost more than finding it with the caret. */
const isCostly = (mention: PlacedMention) => mention.startNode.length > BULKY_TEXT || isDeeplyNested(mention.startNode);
/** Measuring stops for the page after this long and goes on in the next task. */
const SLICE_MS = 8;

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly mention: PlacedMention;
}

const contains = (box: { left: number; top: number; right: number; bottom: number }, x: number, y: number) =>
  x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under the point, with either of the two caret APIs the browsers offer. */
function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const doc = document as CaretDocument;
  if (doc.caretPositionFromPoint) {
    const caret = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return caret && { node: caret.offsetNode, offset: caret.offset };
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range && { node: range.startContainer, offset: range.startOffset };
}

/** The mention of a bulky text node at the caret under the point. */
function bulkyAt(bulky: ReadonlyMap<Text, PlacedMention[]>, x: number, y: number): PlacedMention | undefined {
  const roots = new Set(
    [...bulky.keys()].map((node) => node.getRootNode()).filter((root) => root instanceof ShadowRoot),
  );
  const caret = caretAt(x, y, [...roots] as ShadowRoot[]);
  return caret
    ? bulky.get(caret.node as Text)?.find((m) => m.startOffset <= caret.offset && caret.offset <= m.endOffset)
    : undefined;
}

/**
 * Which mention is under the pointer, for every pointer move, without asking the browser to hit-test
 * (`caretPositionFromPoint` takes up to 300 µs on a long page, `highlightsFromPoint` measures every
 * range of a highlight). The boxes of the mentions near the screen (`nearMentions`) are kept in page
 * coordinates, in bands: a lookup checks the few boxes of one band, and calls nothing of the page's, so
 * that it allocates nothing either; the card measures its mention again before it opens. Mentions whose boxes are too costly to measure (in huge text, in text nested thousands
 * deep) are found with the caret instead. Boxes are measured once the pointer is on the page, and
 * again, in slices, after the browser has laid the page out anew, when the mentions near the screen
 * change or the page changes (resize, a scrolled box, a change of its size): a page nobody points at
 * measures nothing. Everything stops with `signal`.
 */
export function createHitIndex(
  signal: AbortSignal,
  nearMentions: () => Iterable<PlacedMention>,
  onFirstUse: () => void = () => undefined,
): HitIndex {
  let bands = new Map<number, Box[]>();
  // The mentions near the screen that the caret finds, by text node.
  let bulky = new Map<Text, PlacedMention[]>();
  // The mentions measured, by number: the index makes a new handle for each call, and the card compares what a
  // lookup found by identity, so a mention measured again is looked up as the object it was before.
  let measuredMentions = new Map<number, PlacedMention>();
  // One live range of the extension's own, moved onto each mention it measures.
  const probe = new Range();
  const boxesOf = (mention: PlacedMention): Iterable<DOMRect> => {
    try {
      probe.setStart(mention.startNode, mention.startOffset);
      probe.setEnd(mention.endNode, mention.endOffset);
      return probe.getClientRects();
    } catch {
      // Its text changed under it: the next batch reads it again.
      return [];
    }
  };
  let scheduled = false;
  let measured: (() => void) | undefined;
  // The page's scroll offset, read when the page scrolls: read at each lookup, it would bring the
  // browser's pending style and layout work into the pointer's path (some 50 µs after each scroll).
  let offsetX = 0;
  let offsetY = 0;
  const readOffset = () => {
    offsetX = window.scrollX;
    offsetY = window.scrollY;
  };
  // Whether the boxes no longer match the page, and whether anyone has asked for them yet.
  let stale = true;
  let wanted = false;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  const slow = new WeakSet<Node>();
  // The measuring under way, if any: a newer one replaces it.
  let run = 0;

  const measure = () => {
    scheduled = false;
    stale = false;
    if (signal.aborted) return;
    const current = ++run;
    const queue = [...nearMentions()];
    const next = new Map<number, Box[]>();
    const nextBulky = new Map<Text, PlacedMention[]>();
    const nextMeasured = new Map<number, PlacedMention>();
    let at = 0;
    const slice = () => {
      if (current !== run || signal.aborted) return;
      readOffset();
      const [scrollX, scrollY] = [offsetX, offsetY];
      const deadline = performance.now() + SLICE_MS;
      for (; at < queue.length && performance.now() < deadline; at++) {
        const mention = measuredMentions.get(queue[at]!.id) ?? queue[at]!;
        nextMeasured.set(mention.id, mention);
        if (slow.has(mention.container) || isCostly(mention)) {
          const list = nextBulky.get(mention.startNode);
          if (list) list.push(mention);
          else nextBulky.set(mention.startNode, [mention]);
          continue;
        }
        const started = performance.now();
        for (const rect of boxesOf(mention)) {
          if (!rect.width && !rect.height) continue;
          const box = {
            left: rect.left + scrollX,
            top: rect.top + scrollY,
            right: rect.right + scrollX,
            bottom: rect.bottom + scrollY,
            mention,
          };
          for (let band = Math.floor(box.top / BAND); band <= Math.floor(box.bottom / BAND); band++) {
            const list = next.get(band);
            if (list) list.push(box);
            else next.set(band, [box]);
          }
        }
        if (performance.now() - started > SLOW_MS) slow.add(mention.container);
      }
      if (at < queue.length) setTimeout(slice, 0);
      else {
        bands = next;
        bulky = nextBulky;
        measuredMentions = nextMeasured;
        measured?.();
      }
    };
    slice();
  };
  // Measured after the next frame's layout, when reading boxes costs the browser nothing more.
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(() => setTimeout(measure, 0));
  };
  const invalidate = () => {
    stale = true;
    if (wanted) schedule();
  };

  const afterScroll = (event: Event) => {
    if (event.target === document) readOffset();
    clearTimeout(quietTimer);
    quietTimer = setTimeout(invalidate, SCROLL_QUIET_MS);
  };
  let resizes: ResizeObserver | undefined;
  // Until the pointer's first move the boxes are wanted by nobody, and stale anyway: the page's scrolls
  // and size changes are followed from then on (a page nobody points at pays for no observer).
  const follow = () => {
    readOffset();
    if (typeof ResizeObserver === 'function') resizes = new ResizeObserver(invalidate);
    resizes?.observe(document.documentElement);
    addEventListener('scroll', afterScroll, { capture: true, passive: true, signal });
    addEventListener('resize', invalidate, { passive: true, signal });
  };
  signal.addEventListener(
    'abort',
    () => {
      resizes?.disconnect();
      clearTimeout(quietTimer);
      bands = new Map();
      bulky = new Map();
      measuredMentions = new Map();
    },
    { once: true },
  );

  return {
    invalidate,
    whenMeasured(listener) {
      measured = listener;
    },
    at(x, y) {
      if (!wanted) {
        wanted = true;
        if (!signal.aborted) follow();
        onFirstUse();
      }
      if (stale) schedule();
      const pageX = x + offsetX;
      const pageY = y + offsetY;
      for (const box of bands.get(Math.floor(pageY / BAND)) ?? []) if (contains(box, pageX, pageY)) return box.mention;
      return bulky.size ? bulkyAt(bulky, x, y) : undefined;
    },
    boxAt(mention, x, y) {
      // The caret found it, a moment ago, where measuring costs too much: a box around the point.
      if ([...bulky.values()].some((list) => list.some((m) => m.id === mention.id)))
        return new DOMRect(x - 1, y - 8, 2, 16);
      for (const rect of boxesOf(mention)) if (contains(rect, x, y)) return rect;
      invalidate();
      return undefined;
    },
  };
}
