import type { TextBlock } from './text-blocks';

/**
 * A block keeps the text node it reaches every this many steps (its anchors), so that finding a node
 * again walks fewer than this many: a block of thousands of inline nodes (a feed of spans in one
 * `<div>`) would otherwise walk thousands per mention.
 */
export const ANCHOR_EVERY = 64;

/** Where a block's text nodes are, as counts of steps rather than references. */
export interface BlockSteps {
  /** For each of the block's nodes, the steps from its first node to it (-1 where the walk never gets there). */
  readonly steps: number[];
  /**
   * The node at step 0, `ANCHOR_EVERY`, twice that…; the first alone for a short block; none for a short
   * block that starts at its container's first text node (most blocks): a walk from the container finds it,
   * and no wrapper object is kept alive for it.
   */
  readonly anchors: Text | readonly Text[] | undefined;
}

/** A walk over the text nodes under `root`, standing on `from`, or on the first of them. */
function textWalker(root: Node, from?: Text): TreeWalker {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (from) walker.currentNode = from;
  else walker.nextNode();
  return walker;
}

/**
 * How many steps a walk over the text nodes of a block's container takes from the block's first node
 * to each of its nodes. A count of steps, rather than a reference to the node, is what a record of a
 * mention keeps: a reference makes the browser keep a wrapper object per node alive, 16 bytes each,
 * two per mention on a page of 10,000 names.
 */
export function stepsOf(block: Pick<TextBlock, 'container' | 'nodes'>): BlockSteps {
  const { nodes } = block;
  const steps = nodes.map(() => -1);
  if (!nodes.length) return { steps, anchors: [] };
  const anchors = [nodes[0]!];
  steps[0] = 0;
  const walker = textWalker(block.container, nodes[0]!);
  let step = 0;
  // The block's nodes come in document order, so one walk meets them all.
  for (let i = 1; i < nodes.length; i++) {
    while (walker.currentNode !== nodes[i] && walker.nextNode()) {
      step++;
      if (step % ANCHOR_EVERY === 0) anchors.push(walker.currentNode as Text);
    }
    if (walker.currentNode !== nodes[i]) break;
    steps[i] = step;
  }
  if (anchors.length > 1) return { steps, anchors };
  return { steps, anchors: textWalker(block.container).currentNode === anchors[0] ? undefined : anchors[0] };
}

/**
 * The text node `step` steps after a block's first in a walk over the text nodes of `container`, as
 * `stepsOf` counted them, walked from the anchor before it; that anchor itself when the page has changed
 * so that the walk ends before (the next batch of changes reads the container again), and an empty text
 * node of no document when the container has no text left.
 */
export function textNodeAt(container: Node, anchors: BlockSteps['anchors'], step: number): Text {
  const list: readonly Text[] = anchors === undefined ? [] : Array.isArray(anchors) ? anchors : [anchors as Text];
  const k = Math.max(0, Math.min(Math.floor(step / ANCHOR_EVERY), list.length - 1));
  const walker = textWalker(container, list[k]);
  const from = walker.currentNode;
  if (from.nodeType !== Node.TEXT_NODE) return (container.ownerDocument ?? (container as Document)).createTextNode('');
  for (let i = step - k * ANCHOR_EVERY; i > 0; i--) if (!walker.nextNode()) return from as Text;
  return walker.currentNode as Text;
}
