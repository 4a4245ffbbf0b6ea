import { blockContainerOf, isBlockElement, outermostBlocks } from './text-blocks';

/** A subtree to read again: all of it, or only its root's own text. */
export interface Rescan {
  readonly root: Node;
  readonly ownTextOnly: boolean;
}

/**
 * What a batch of changes asks to read again: a new block in full; around changed text, or an inline
 * element that came or went, only the own text of the block that holds it, so that a line added to a
 * <body> or to a long list does not have every paragraph in it read again. Nodes for which `isOurs`
 * holds (the card) are left out.
 */
export function changedRoots(records: readonly MutationRecord[], isOurs: (node: Node) => boolean): Rescan[] {
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
        for (const block of outermostBlocks(node)) whole.add(block);
      }
    }
    // Removed text or inline elements change the text of the block they were in; removed blocks just
    // leave, and whatever is no longer in the document is dropped by its reader.
    for (const node of record.removedNodes) {
      if (!isOurs(node) && !isBlockElement(node)) ownText.add(blockContainerOf(record.target));
    }
  }
  const wholeRoots = new Set([...whole].filter((root) => root.isConnected));
  // Whether an ancestor of `node` (itself too, with `self`) is in `roots`: one walk up, rather than a
  // test against every other root (a batch of 50 paragraphs would make 2,500).
  const inside = (node: Node, roots: ReadonlySet<Node>, self: boolean) => {
    for (let current = self ? node : node.parentNode; current; current = current.parentNode)
      if (roots.has(current)) return true;
    return false;
  };
  const outer = [...wholeRoots].filter((root) => !inside(root, wholeRoots, false));
  const outerSet = new Set(outer);
  const readInFull = (root: Node) => inside(root, outerSet, true);
  return [
    ...outer.map((root) => ({ root, ownTextOnly: false })),
    ...[...ownText]
      .filter((root) => root.isConnected && !readInFull(root))
      .map((root) => ({ root, ownTextOnly: true })),
  ];
}
