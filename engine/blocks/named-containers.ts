import type { Prefilter } from '../look/prefilter';
import { blockContainerOf, isReadable, type WalkOptions } from './text-blocks';

/** Where a subtree's text is: a document's is in its <body> (scripts and styles in its <head> aside). */
export function topOf(root: Node): Node | null {
  if (root.nodeType !== Node.DOCUMENT_NODE) return root;
  const doc = root as Document;
  return doc.body ?? doc.documentElement;
}

type Spans = readonly (readonly [start: number, end: number])[];

/**
 * Below this depth the descent walks the text nodes instead: each level costs it a wrapper for every
 * child, and a chain thousands deep has no side branch to skip (the bench's 5,000 nested elements: 29 ms
 * descending, 13 ms walking, profiled). Pages are rarely as deep where their text is.
 */
const WALK_BELOW = 64;

const isTextType = (type: number) => type === Node.TEXT_NODE || type === Node.CDATA_SECTION_NODE;

/** How much of its parent's `textContent` `node` holds: comments and processing instructions hold none. */
function lengthOf(node: Node): number {
  const type = node.nodeType;
  if (isTextType(type)) return (node as CharacterData).length;
  return type === Node.ELEMENT_NODE ? node.textContent!.length : 0;
}

/** A parent to read, with where its text starts, its length, the first span that may reach into it, its depth. */
type Visit = readonly [parent: Node, at: number, length: number, first: number, depth: number];

/**
 * The text nodes under `top` that the prefilter's `spans` (offsets in `top.textContent`) fall on, in
 * document order, found by descending only into the children whose text holds a hit. A child's share is
 * its `textContent`'s length, but the last element child with text takes what its siblings leave, so a
 * chain of single children reads nothing. Gives up (undefined) once it has read `budget` characters: a
 * deep page whose long branches come first would be read again at every level. Past `WALK_BELOW` levels
 * it walks the subtree's text nodes.
 */
function descend(top: Node, length: number, spans: Spans, budget: number): Node[] | undefined {
  const hit: Node[] = [];
  let read = 0;
  // Each parent to read, or a text node met on the way, waiting for the nodes before it to be read.
  const stack: (Visit | Node)[] = [[top, 0, length, 0, 0]];
  while (stack.length) {
    const item = stack.pop()!;
    if (!Array.isArray(item)) {
      hit.push(item as Node);
      continue;
    }
    const [parent, start, size, first, depth] = item as Visit;
    if (depth > WALK_BELOW) {
      walkText(parent, start, start + size, spans, first, hit);
      continue;
    }
    let lastElement: Node | null = null;
    for (let child = parent.lastChild; child && !lastElement; child = child.previousSibling)
      if (child.nodeType === Node.ELEMENT_NODE) lastElement = child;
    // Read in order, visited in order: pushed in reverse once read.
    const ahead: (Visit | Node)[] = [];
    let at = start;
    let next = first;
    for (let child = parent.firstChild; child && next < spans.length; child = child.nextSibling) {
      // Each property read is a call into the browser: the node's type is read once.
      const type = child.nodeType;
      const isTextNode = isTextType(type);
      let length = 0;
      if (child === lastElement) {
        // What follows it is text or nothing: the rest of the parent's text, less that.
        length = start + size - at;
        for (let after = child.nextSibling; after; after = after.nextSibling) length -= lengthOf(after);
      } else if (isTextNode) {
        length = (child as CharacterData).length;
      } else if (type === Node.ELEMENT_NODE) {
        length = child.textContent!.length;
        if ((read += length) > budget) return undefined;
      }
      const end = at + length;
      while (next < spans.length && spans[next]![1] <= at) next++;
      if (next < spans.length && spans[next]![0] < end) {
        if (isTextNode) ahead.push(child);
        else if (type === Node.ELEMENT_NODE) ahead.push([child, at, length, next, depth + 1]);
      }
      at = end;
    }
    for (let i = ahead.length - 1; i >= 0; i--) stack.push(ahead[i]!);
  }
  return hit;
}

/**
 * Adds to `hit` the text nodes under `root` that `spans` fall on, from span `next` on, by walking every
 * text node under it and adding up their lengths; `root`'s text starts at `at` and ends at `limit`.
 */
function walkText(root: Node, at: number, limit: number, spans: Spans, next: number, hit: Node[]): void {
  // `textContent` is the text and CDATA nodes' data in tree order: the same nodes, in the same order.
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION,
  );
  for (let node = walker.nextNode(); node && next < spans.length && spans[next]![0] < limit; node = walker.nextNode()) {
    const end = at + (node as CharacterData).length;
    while (next < spans.length && spans[next]![1] <= at) next++;
    if (next < spans.length && spans[next]![0] < end) hit.push(node);
    at = end;
  }
}

/**
 * The block containers under `root` (a document, element or shadow root, its light DOM only) whose
 * text (`text`, when the caller has read it already) the prefilter says may name someone, in document
 * order. The prefilter runs once, natively, over the subtree's whole text; its hits are then mapped
 * onto text nodes by descending only into the elements whose text holds one, so that the page's other
 * nodes are never touched (each node the script touches costs it a wrapper: on a page of 21,000 text
 * nodes, a walk over all of them took longer than the prefilter). Blocks are built for those containers
 * alone. Nodes for which `readable` fails (in a script, a field) are left out. One step, not sliced: the
 * offsets hold only while the page cannot change in between.
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
  const all = text ?? top.textContent ?? '';
  const spans = prefilter.find(all);
  if (!spans.length) return [];
  const containers = new Set<Node>();
  const fallback = () => {
    const hit: Node[] = [];
    walkText(top, 0, all.length, spans, 0, hit);
    return hit;
  };
  for (const node of descend(top, all.length, spans, 2 * all.length) ?? fallback()) {
    // Between a text node and its block there are inline elements only, an editor among them at most.
    const container = blockContainerOf(node);
    if (isReadable(container, walk, null, known) && isReadable(node, walk, container)) containers.add(container);
  }
  return [...containers];
}
