import { isDeeplyNested } from '../blocks/depth';

/** How far around the viewport containers count as near the screen: a screen above and below. */
const ROOT_MARGIN = '100% 0px';

/**
 * Containers in page order are watched in runs of this many: only the first of each run (its probe) is
 * observed all the time, the others only while their run is near the screen. Chromium recomputes every
 * observed element in each frame that lays out: with 10,000 mentions in 1,926 containers that was 8 ms a
 * frame (Chromium 156).
 */
export const RUN = 16;

/** How far around the viewport a probe counts as near, waking its runs: three screens above and below. */
const PROBE_MARGIN = '300% 0px';

/**
 * At most this many elements that came after `watch` count as near until the observer first reports them. Waiting
 * for the reports cost the bench's infinite scroll a frame or two per section (its probe's report, then the
 * element's) before the marks; a scan that shows thousands at once waits for them, as before.
 */
const FRESH_UP_TO = RUN;

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
  /** `container` has its first mention shown: its element is watched. */
  add(container: Node): void;
  /** `container` has no mention shown any more: its element is no longer watched, unless it stands for another. */
  remove(container: Node): void;
  isNear(container: Node): boolean;
  /** The containers with mentions near the screen now. */
  nearContainers(): Node[];
}

/** Which containers have a mention shown: the mention index keeps that count, once. */
export interface ShownContainers {
  hasShown(container: Node): boolean;
  shownContainers(): Iterable<Node>;
}

const inPageOrder = (a: Element, b: Element) =>
  a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/** Where a probe was last seen: above or below the probes' margin around the viewport, or within it. */
type Side = 'above' | 'near' | 'below';

/**
 * Which block containers with mentions are near the screen, from an IntersectionObserver on the
 * element that stands for each, a screen's height around the viewport. `onChange` hears of the
 * containers that came near and those that left. Nothing is observed until `watch` is called; where
 * the observer is missing, every container is near, and so is one nested very deep. Everything stops
 * with `signal`.
 *
 * The elements of the page's own tree are put in page order and cut into runs of `RUN`; a second
 * observer with a wider margin watches the first of each run. A run's elements are observed only while
 * its probe or the next one is within that margin, or the two are on either side of it (a run taller
 * than the margin, straddling the screen): a scroll wakes a run three screens before it is near.
 */
export function createNearScreen(
  signal: AbortSignal,
  onChange: (entered: Node[], left: Node[]) => void,
  shown: ShownContainers,
): NearScreen {
  // The containers an element stands for other than itself: a document's for its root element, a shadow
  // root's for its host. Few, each kept without an array where it is one. Most containers are elements
  // that stand for themselves alone, which `shown` knows: nothing is kept for them here.
  const standsFor = new Map<Element, Node | Node[]>();
  const othersAt = (element: Element): Node[] => {
    const others = standsFor.get(element);
    return others === undefined ? [] : Array.isArray(others) ? others : [others];
  };
  const containersAt = (element: Element): Node[] =>
    shown.hasShown(element) ? [element, ...othersAt(element)] : othersAt(element);
  const isWatched = (element: Element) => shown.hasShown(element) || standsFor.has(element);
  const near = new Set<Element>();
  let watching = false;
  const containersOf = (elements: Iterable<Element>) => [...elements].flatMap(containersAt);
  // The page's own elements, in page order once sorted; those added since wait in `added`.
  let ordered: Element[] = [];
  let added: Element[] = [];
  // The probes, each with where it was last seen (nothing until the observer first reports it).
  const sides = new Map<Element, Side | undefined>();
  const observed = new Set<Element>();
  // Elements in a shadow root: observed all the time.
  const apart = new Set<Element>();
  // Elements counted near until the observer first reports them, and observed until then (`FRESH_UP_TO`).
  const fresh = new Set<Element>();
  let pending = false;
  let removed = false;

  const report = (entered: Element[], left: Element[]) => {
    if (entered.length || left.length) onChange(containersOf(entered), containersOf(left));
  };
  const intersections =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            const entered: Element[] = [];
            const left: Element[] = [];
            for (const { target, isIntersecting, boundingClientRect: box } of entries) {
              fresh.delete(target);
              // A container without a box of its own (`display: contents`) counts wherever it is.
              const isNear = observed.has(target) && (isIntersecting || (!box.width && !box.height));
              if (isNear === near.has(target)) continue;
              if (isNear) near.add(target);
              else near.delete(target);
              (isNear ? entered : left).push(target);
            }
            report(entered, left);
          },
          { rootMargin: ROOT_MARGIN },
        )
      : undefined;
  const probes = intersections
    ? new IntersectionObserver(
        (entries) => {
          for (const { target, isIntersecting, boundingClientRect: box, rootBounds } of entries) {
            if (!sides.has(target)) continue;
            const top = rootBounds?.top ?? 0;
            // A probe without a box of its own (`display: contents`) keeps its runs awake.
            const side: Side =
              isIntersecting || (!box.width && !box.height) ? 'near' : box.bottom <= top ? 'above' : 'below';
            sides.set(target, side);
          }
          retarget();
        },
        { rootMargin: PROBE_MARGIN },
      )
    : undefined;

  /** Observes the elements of the runs near the screen, and stops observing the others. */
  function retarget() {
    const wanted = new Set<Element>([...apart, ...fresh]);
    for (let start = 0; start < ordered.length; start += RUN) {
      const first = sides.get(ordered[start]!);
      const next = start + RUN < ordered.length ? ordered[start + RUN]! : ordered[ordered.length - 1]!;
      const last = sides.get(next);
      // Awake when either end is near, or the run straddles the margin (a run taller than it).
      const awake = first === 'near' || last === 'near' || (first && last && first !== last);
      if (!awake) continue;
      for (let i = start; i < Math.min(start + RUN + 1, ordered.length); i++) wanted.add(ordered[i]!);
    }
    const left: Element[] = [];
    for (const element of observed) {
      if (wanted.has(element)) continue;
      observed.delete(element);
      intersections!.unobserve(element);
      if (near.delete(element)) left.push(element);
    }
    for (const element of wanted) {
      if (observed.has(element)) continue;
      observed.add(element);
      intersections!.observe(element);
    }
    report([], left);
  }

  /** Puts the elements added since in page order, moves the probes to the new runs' starts, retargets. */
  function reorder() {
    pending = false;
    if (signal.aborted) return;
    if (removed) ordered = ordered.filter(isWatched);
    removed = false;
    added.sort(inPageOrder);
    // A page is scanned in its order: most batches only extend the list, which then needs no new copy.
    if (ordered.length && added.length && inPageOrder(ordered[ordered.length - 1]!, added[0]!) > 0)
      ordered = [...ordered, ...added].sort(inPageOrder);
    else for (const element of added) ordered.push(element);
    added = [];
    const starts = new Set<Element>();
    for (let start = 0; start < ordered.length; start += RUN) starts.add(ordered[start]!);
    if (ordered.length) starts.add(ordered[ordered.length - 1]!);
    for (const element of sides.keys())
      if (!starts.has(element)) {
        sides.delete(element);
        probes!.unobserve(element);
      }
    for (const element of starts)
      if (!sides.has(element)) {
        // Until the probe is first seen, it keeps its runs awake if it is near already.
        sides.set(element, near.has(element) ? 'near' : undefined);
        probes!.observe(element);
      }
    retarget();
  }

  const reorderSoon = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(reorder);
  };
  const observe = (element: Element, soon = false) => {
    // An element nested very deep is not observed, which would cost every frame: it counts as near.
    if (!intersections || isDeeplyNested(element)) near.add(element);
    // One in another tree (a shadow root) has no place in the page's order: it is observed on its own.
    else if (element.getRootNode() !== element.ownerDocument) {
      apart.add(element);
      observed.add(element);
      intersections.observe(element);
    } else {
      if (soon && fresh.size < FRESH_UP_TO) {
        fresh.add(element);
        near.add(element);
        observed.add(element);
        intersections.observe(element);
      }
      added.push(element);
      reorderSoon();
    }
  };
  signal.addEventListener(
    'abort',
    () => {
      intersections?.disconnect();
      probes?.disconnect();
      standsFor.clear();
      near.clear();
      observed.clear();
      apart.clear();
      fresh.clear();
      sides.clear();
      ordered = [];
      added = [];
    },
    { once: true },
  );

  return {
    watch() {
      if (watching || signal.aborted) return;
      watching = true;
      const elements = new Set<Element>(standsFor.keys());
      for (const container of shown.shownContainers())
        if (container.nodeType === Node.ELEMENT_NODE) elements.add(container as Element);
      for (const element of elements) observe(element);
    },
    add(container) {
      const element = elementOf(container);
      if (!element || signal.aborted) return;
      // Whether it was watched for another container already.
      const watched = standsFor.has(element) || (container !== element && shown.hasShown(element));
      if (container !== element) {
        const others = othersAt(element);
        standsFor.set(element, others.length ? [...others, container] : container);
      }
      if (!watched && watching) observe(element, true);
    },
    remove(container) {
      const element = elementOf(container);
      if (!element) return;
      if (container !== element) {
        const others = othersAt(element).filter((other) => other !== container);
        if (others.length) standsFor.set(element, others.length === 1 ? others[0]! : others);
        else standsFor.delete(element);
      }
      if (!isWatched(element)) {
        near.delete(element);
        apart.delete(element);
        fresh.delete(element);
        if (observed.delete(element)) intersections?.unobserve(element);
        if (watching) {
          removed = true;
          reorderSoon();
        }
      }
    },
    isNear(container) {
      const element = elementOf(container);
      return element !== null && near.has(element);
    },
    nearContainers: () => containersOf(near),
  };
}
