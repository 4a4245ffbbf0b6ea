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
  /** The node at step 0, `ANCHOR_EVERY`, twice that…: the first alone for most blocks. */
  readonly anchors: Text | readonly Text[];
}

/** A walk over the text nodes under `root`, standing on `from`. */
function textWalker(root: Node, from: Text): TreeWalker {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = from;
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
  return { steps, anchors: anchors.length === 1 ? anchors[0]! : anchors };
}

/**
 * The text node `step` steps after a block's first in a walk over the text nodes of `container`, as
 * `stepsOf` counted them, walked from the anchor before it; that anchor itself when the page has changed
 * so that the walk ends before (the next batch of changes reads the container again).
 */
export function textNodeAt(container: Node, anchors: Text | readonly Text[], step: number): Text {
  const list: readonly Text[] = Array.isArray(anchors) ? anchors : [anchors as Text];
  const k = Math.min(Math.floor(step / ANCHOR_EVERY), list.length - 1);
  const from = list[k]!;
  const rest = step - k * ANCHOR_EVERY;
  if (rest === 0) return from;
  const walker = textWalker(container, from);
  for (let i = 0; i < rest; i++) if (!walker.nextNode()) return from;
  return walker.currentNode as Text;
}
