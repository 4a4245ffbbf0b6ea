import type { Prefilter } from './prefilter';
import { blockContainerOf, isReadable, type WalkOptions } from './text-blocks';

/** Where a subtree's text is: a document's is in its <body> (scripts and styles in its <head> aside). */
export function topOf(root: Node): Node | null {
  if (root.nodeType !== Node.DOCUMENT_NODE) return root;
  const doc = root as Document;
  return doc.body ?? doc.documentElement;
}

/** A node's share of its parent's `textContent`: the text and CDATA nodes' data, comments left out. */
function textLength(node: Node): number {
  switch (node.nodeType) {
    case Node.TEXT_NODE:
    case Node.CDATA_SECTION_NODE:
      return (node as CharacterData).length;
    case Node.ELEMENT_NODE:
      return node.textContent!.length;
    default:
      return 0;
  }
}

/**
 * The block containers under `root` (a document, element or shadow root, its light DOM only) whose
 * text (`text`, when the caller has read it already) the prefilter says may name someone, in document
 * order. The prefilter runs once, natively, over the subtree's whole text; the descent to the text
 * nodes its hits fall on then enters only the elements that hold a hit, and measures (natively, by
 * `textContent`) only the siblings before one: on a 1 MB page with 50 names it visits a few hundred
 * nodes of 21,301 text nodes, where a walk over every text node cost as much as the prefilter itself.
 * A last child is never measured: it ends where its parent does, so a deep page costs no more than a
 * flat one. Blocks are built for those containers alone. Nodes for which `readable` fails (in a script,
 * a field) are left out. One step, not sliced: the offsets hold only while the page cannot change in
 * between.
 */
export function namedContainers(
  root: Node,
  prefilter: Pick<Prefilter, 'find'>,
  walk: WalkOptions,
  text?: string,
  known = new Map<Element, boolean>(),
): Node[] {
  const top = topOf(root);
  if (!top) return [];
  const whole = text ?? top.textContent ?? '';
  const spans = prefilter.find(whole);
  if (!spans.length) return [];
  const containers = new Set<Node>();
  // Between a text node and its block there are inline elements only, an editor among them at most.
  const readable = (node: Node, container: Node) =>
    isReadable(container, walk, null, known) && isReadable(node, walk, container);
  // `textContent` is the text and CDATA nodes' data in tree order: the offsets of a node's children
  // follow from their lengths. `at` is where `node` starts, `ends` where each open ancestor ends.
  const ends = [whole.length];
  let node = top.firstChild;
  let at = 0;
  let next = 0;
  while (node && next < spans.length) {
    const end = node.nextSibling ? at + textLength(node) : ends[ends.length - 1]!;
    while (next < spans.length && spans[next]![1] <= at) next++;
    const hit = next < spans.length && spans[next]![0] < end && at < end;
    if (hit && node.nodeType === Node.ELEMENT_NODE && node.firstChild) {
      ends.push(end);
      node = node.firstChild;
      continue;
    }
    if (hit && node.nodeType !== Node.ELEMENT_NODE) {
      const container = blockContainerOf(node);
      if (readable(node, container)) containers.add(container);
    }
    at = end;
    // On to the next node after this one's subtree, closing the ancestors it ends.
    while (node && !node.nextSibling) {
      node = node.parentNode === top ? null : node.parentNode;
      ends.pop();
    }
    node = node?.nextSibling ?? null;
  }
  return [...containers];
}
