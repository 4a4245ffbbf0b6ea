import type { Prefilter } from './prefilter';
import { blockContainerOf, isReadable, type WalkOptions } from './text-blocks';

/** Where a subtree's text is: a document's is in its <body> (scripts and styles in its <head> aside). */
export function topOf(root: Node): Node | null {
  if (root.nodeType !== Node.DOCUMENT_NODE) return root;
  const doc = root as Document;
  return doc.body ?? doc.documentElement;
}

/**
 * The block containers under `root` (a document, element or shadow root, its light DOM only) whose
 * text (`text`, when the caller has read it already) the prefilter says may name someone, in document order. The prefilter runs once, natively, over
 * the subtree's whole text; a walk over its text nodes then only adds up their lengths to find the
 * nodes its hits fall on, and stops after the last. Blocks are built for those containers alone, not
 * for the whole page. Nodes for which `readable` fails (in a script, a field) are left out. One step,
 * not sliced: the offsets hold only while the page cannot change in between (a 5 MB page takes about
 * 20 ms).
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
  const spans = prefilter.find(text ?? top.textContent ?? '');
  if (!spans.length) return [];
  const containers = new Set<Node>();
  // Between a text node and its block there are inline elements only, an editor among them at most.
  const readable = (node: Node, container: Node) =>
    isReadable(container, walk, null, known) && isReadable(node, walk, container);
  // `textContent` is the text and CDATA nodes' data in tree order: the same nodes, in the same order.
  const walker = (top.ownerDocument ?? (top as Document)).createTreeWalker(
    top,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION,
  );
  let at = 0;
  let next = 0;
  for (let node = walker.nextNode(); node && next < spans.length; node = walker.nextNode()) {
    const end = at + (node as CharacterData).length;
    while (next < spans.length && spans[next]![1] <= at) next++;
    if (next < spans.length && spans[next]![0] < end) {
      const container = blockContainerOf(node);
      if (readable(node, container)) containers.add(container);
    }
    at = end;
  }
  return [...containers];
}
