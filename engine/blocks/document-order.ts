/** The node's parent in the composed tree: a shadow root's is its host. */
const composedParent = (node: Node): Node | null => node.parentNode ?? (node as ShadowRoot).host ?? null;

/** The node and its ancestors up to the document, through shadow hosts, root first. */
function composedPath(node: Node): Node[] {
  const path: Node[] = [];
  for (let current: Node | null = node; current; current = composedParent(current)) path.push(current);
  return path.reverse();
}

/**
 * Negative when `a` comes before `b` in the page, positive after, 0 for the same node: document order
 * across shadow roots too, a shadow root's content coming right after its host's start (where the
 * browser renders it, before the host's light children). Nodes in different documents compare as 0.
 */
export function compareInDocument(a: Node, b: Node): number {
  if (a === b) return 0;
  // Most containers share one tree (the page, or one shadow root): the browser compares those itself.
  if (a.getRootNode() === b.getRootNode())
    return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  const pathA = composedPath(a);
  const pathB = composedPath(b);
  if (pathA[0] !== pathB[0]) return 0;
  let i = 0;
  while (i < pathA.length && i < pathB.length && pathA[i] === pathB[i]) i++;
  // One is an ancestor of the other: the ancestor starts first.
  if (i === pathA.length) return -1;
  if (i === pathB.length) return 1;
  const [x, y] = [pathA[i]!, pathB[i]!];
  // Under the same host, its shadow root comes before its light children.
  if (x.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return -1;
  if (y.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return 1;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
