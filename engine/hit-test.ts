import type { MentionIndex, PlacedMention } from './mention-index';

export interface Hit {
  readonly mention: PlacedMention;
  /** The box of the mention's line that the pointer is on. */
  readonly rect: DOMRect;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under the point, with either of the two caret APIs the browsers offer. */
function caretAt(doc: CaretDocument, x: number, y: number, shadowRoots: ShadowRoot[]) {
  if (doc.caretPositionFromPoint) {
    const caret = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return caret && { node: caret.offsetNode, offset: caret.offset };
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range && { node: range.startContainer, offset: range.startOffset };
}

const contains = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/**
 * The mention under the point, if any. The caret finds the text node under the pointer at no layout
 * cost beyond the browser's own; the mention's boxes confirm it, since the caret also lands beside text.
 */
export function mentionAtPoint(
  index: MentionIndex,
  x: number,
  y: number,
  shadowRoots: Iterable<ShadowRoot> = [],
): Hit | undefined {
  if (index.isEmpty) return undefined;
  const caret = caretAt(document as CaretDocument, x, y, [...shadowRoots]);
  if (!caret) return undefined;
  for (const { mention } of index.spansAt(caret.node, caret.offset)) {
    for (const rect of mention.range.getClientRects()) {
      if (contains(rect, x, y)) return { mention, rect };
    }
  }
  return undefined;
}
