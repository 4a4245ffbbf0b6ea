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
  const wholeRoots = [...whole].filter((root) => root.isConnected);
  const outer = wholeRoots.filter((root) => !wholeRoots.some((other) => other !== root && other.contains(root)));
  const readInFull = (root: Node) => outer.some((other) => other.contains(root));
  return [
    ...outer.map((root) => ({ root, ownTextOnly: false })),
    ...[...ownText].filter((root) => root.isConnected && !readInFull(root)).map((root) => ({ root, ownTextOnly: true })),
  ];
}
