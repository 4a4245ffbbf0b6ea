import { isDeeplyNested } from './depth';

/** How far around the viewport containers count as near the screen: a screen above and below. */
const ROOT_MARGIN = '100% 0px';

/** The element whose box stands for a container's text: the container, or a shadow root's host. */
function elementOf(container: Node): Element | null {
  if (container.nodeType === Node.ELEMENT_NODE) return container as Element;
  if (container.nodeType === Node.DOCUMENT_NODE) return (container as Document).documentElement;
  return (container as ShadowRoot).host ?? null;
}

export interface NearScreen {
  /**
   * Starts watching which containers are near the screen, from the first that is asked for on: until
   * then no element is observed, which every frame of a busy page would pay for, and none is near.
   */
  watch(): void;
  /** Counts one more mention shown in `container`: the first has its element watched. */
  add(container: Node): void;
  /** Counts one mention fewer: after the last, the element is no longer watched. */
  remove(container: Node): void;
  isNear(container: Node): boolean;
  /** The containers with mentions near the screen now. */
  nearContainers(): Node[];
}

/**
 * Which block containers with mentions are near the screen, from an IntersectionObserver on the
 * element that stands for each, a screen's height around the viewport. `onChange` hears of the
 * containers that came near and those that left. Nothing is observed until `watch` is called; where
 * the observer is missing, every container is near, and so is one nested very deep. Everything stops
 * with `signal`.
 */
export function createNearScreen(signal: AbortSignal, onChange: (entered: Node[], left: Node[]) => void): NearScreen {
  const counts = new Map<Node, number>();
  const byElement = new Map<Element, Node[]>();
  const near = new Set<Element>();
  let watching = false;
  const containersOf = (elements: Iterable<Element>) =>
    [...elements].flatMap((element) => byElement.get(element) ?? []);

  const intersections =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            const entered: Element[] = [];
            const left: Element[] = [];
            for (const { target, isIntersecting, boundingClientRect: box } of entries) {
              // A container without a box of its own (`display: contents`) counts wherever it is.
              const isNear = isIntersecting || (!box.width && !box.height);
              if (isNear === near.has(target)) continue;
              if (isNear) near.add(target);
              else near.delete(target);
              (isNear ? entered : left).push(target);
            }
            if (entered.length || left.length) onChange(containersOf(entered), containersOf(left));
          },
          { rootMargin: ROOT_MARGIN },
        )
      : undefined;
  const observe = (element: Element) => {
    // An element nested very deep is not observed, which would cost every frame: it counts as near.
    if (intersections && !isDeeplyNested(element)) intersections.observe(element);
    else near.add(element);
  };
  signal.addEventListener(
    'abort',
    () => {
      intersections?.disconnect();
      counts.clear();
      byElement.clear();
      near.clear();
    },
    { once: true },
  );

  return {
    watch() {
      if (watching || signal.aborted) return;
      watching = true;
      for (const element of byElement.keys()) observe(element);
    },
    add(container) {
      const element = elementOf(container);
      if (!element || signal.aborted) return;
      const count = counts.get(container) ?? 0;
      counts.set(container, count + 1);
      if (count) return;
      const containers = byElement.get(element);
      if (containers) containers.push(container);
      else {
        byElement.set(element, [container]);
        if (watching) observe(element);
      }
    },
    remove(container) {
      const count = counts.get(container);
      const element = elementOf(container);
      if (!count || !element) return;
      if (count > 1) {
        counts.set(container, count - 1);
        return;
      }
      counts.delete(container);
      const containers = byElement.get(element)?.filter((other) => other !== container) ?? [];
      if (containers.length) byElement.set(element, containers);
      else {
        byElement.delete(element);
        near.delete(element);
        intersections?.unobserve(element);
      }
    },
    isNear(container) {
      const element = elementOf(container);
      return element !== null && near.has(element);
    },
    nearContainers: () => containersOf(near),
  };
}
