/**
 * How deep an element can be nested before the browser's per-element work on it gets dear: in a page
 * that nests its text 5,000 elements deep, Chromium 156 took 60 ms for the first box of a range there,
 * and an IntersectionObserver on a few such elements cost it frames of 60 to 80 ms.
 */
export const DEEP_NESTING = 512;

/** Whether `node` has more than `DEEP_NESTING` ancestors (a walk of at most that many steps). */
export function isDeeplyNested(node: Node): boolean {
  let depth = 0;
  for (let current: Node | null = node; current && depth <= DEEP_NESTING; current = current.parentNode) depth++;
  return depth > DEEP_NESTING;
}
