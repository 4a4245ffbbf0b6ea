import type { PlacedMention } from './mention-index';

export interface Hit {
  readonly mention: PlacedMention;
  /** The box of the mention's line that the point is on. */
  readonly rect: DOMRect;
}

export interface HitIndex {
  show(mention: PlacedMention): void;
  hide(mention: PlacedMention): void;
  /** The mention under the point (viewport coordinates), if any. */
  at(x: number, y: number): Hit | undefined;
}

/** Boxes are kept in horizontal bands of this height (CSS px), so that a point is checked against a few. */
const BAND = 64;
/** After the page scrolled, its boxes are measured again once it has been still this long. */
const SCROLL_QUIET_MS = 100;
/** How far around the viewport containers count as on screen: half a screen above and below. */
const ROOT_MARGIN = '50% 0px';

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly mention: PlacedMention;
}

/** The element whose box stands for a container's text: the container, or a shadow root's host. */
function elementOf(container: Node): Element | null {
  if (container.nodeType === Node.ELEMENT_NODE) return container as Element;
  if (container.nodeType === Node.DOCUMENT_NODE) return (container as Document).documentElement;
  return (container as ShadowRoot).host ?? null;
}

const contains = (box: { left: number; top: number; right: number; bottom: number }, x: number, y: number) =>
  x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;

/**
 * Which mention is under the pointer, for every pointer move, without asking the browser to hit-test
 * (`caretPositionFromPoint` takes up to 300 µs on a long page, `highlightsFromPoint` measures every
 * range of a highlight). The boxes of the mentions near the screen are kept in page coordinates, in
 * bands: a lookup checks the few boxes of one band, and measures the one mention found to confirm it.
 * An IntersectionObserver on the mentions' block containers tells which are near the screen; the
 * boxes are measured again when that changes, when the page lays out anew (resize, a scrolled box,
 * the mentions coming or going), after the browser has laid the page out. Everything stops with `signal`.
 */
export function createHitIndex(signal: AbortSignal, shownIn: (container: Node) => Iterable<PlacedMention>): HitIndex {
  // How many mentions each container shows, and the containers whose boxes each observed element stands for.
  const counts = new Map<Node, number>();
  const byElement = new Map<Element, Node[]>();
  // Without IntersectionObserver every container counts as near the screen.
  const near = new Set<Element>();
  let bands = new Map<number, Box[]>();
  // One live range of the extension's own, moved onto each mention it measures.
  const probe = new Range();
  const boxesOf = (mention: PlacedMention): Iterable<DOMRect> => {
    try {
      probe.setStart(mention.startNode, mention.startOffset);
      probe.setEnd(mention.endNode, mention.endOffset);
      return probe.getClientRects();
    } catch {
      // Its text changed under it: the next batch reads it again.
      return [];
    }
  };
  let scheduled = false;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;

  const measure = () => {
    scheduled = false;
    if (signal.aborted) return;
    const next = new Map<number, Box[]>();
    const { scrollX, scrollY } = window;
    for (const element of near) {
      for (const mention of (byElement.get(element) ?? []).flatMap((container) => [...shownIn(container)])) {
        for (const rect of boxesOf(mention)) {
          if (!rect.width && !rect.height) continue;
          const box = { left: rect.left + scrollX, top: rect.top + scrollY, right: rect.right + scrollX, bottom: rect.bottom + scrollY, mention };
          for (let band = Math.floor(box.top / BAND); band <= Math.floor(box.bottom / BAND); band++) {
            const list = next.get(band);
            if (list) list.push(box);
            else next.set(band, [box]);
          }
        }
      }
    }
    bands = next;
  };
  // Measured after the next frame's layout, when reading boxes costs the browser nothing more.
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(() => setTimeout(measure, 0));
  };

  const intersections =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const { target, isIntersecting, boundingClientRect: box } of entries) {
              // A container without a box of its own (`display: contents`) is measured wherever it is.
              if (isIntersecting || (!box.width && !box.height)) near.add(target);
              else near.delete(target);
            }
            measure();
          },
          { rootMargin: ROOT_MARGIN },
        )
      : undefined;
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : undefined;
  resizes?.observe(document.documentElement);
  const afterScroll = () => {
    clearTimeout(quietTimer);
    quietTimer = setTimeout(schedule, SCROLL_QUIET_MS);
  };
  addEventListener('scroll', afterScroll, { capture: true, passive: true, signal });
  addEventListener('resize', schedule, { passive: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      intersections?.disconnect();
      resizes?.disconnect();
      clearTimeout(quietTimer);
      counts.clear();
      byElement.clear();
      near.clear();
      bands = new Map();
    },
    { once: true },
  );

  return {
    show({ container }) {
      const element = elementOf(container);
      if (!element || signal.aborted) return;
      const count = counts.get(container) ?? 0;
      counts.set(container, count + 1);
      if (!count) {
        const containers = byElement.get(element);
        if (containers) containers.push(container);
        else {
          byElement.set(element, [container]);
          if (intersections) intersections.observe(element);
          else near.add(element);
        }
      }
      schedule();
    },
    hide({ container }) {
      const count = counts.get(container);
      const element = elementOf(container);
      if (!count || !element) return;
      if (count > 1) counts.set(container, count - 1);
      else {
        counts.delete(container);
        const containers = byElement.get(element)?.filter((other) => other !== container) ?? [];
        if (containers.length) byElement.set(element, containers);
        else {
          byElement.delete(element);
          near.delete(element);
          intersections?.unobserve(element);
        }
      }
      schedule();
    },
    at(x, y) {
      if (!bands.size) return undefined;
      const pageX = x + window.scrollX;
      const pageY = y + window.scrollY;
      for (const box of bands.get(Math.floor(pageY / BAND)) ?? []) {
        if (!contains(box, pageX, pageY)) continue;
        // Confirmed on the mention's boxes as they are now: the page may have moved since they were measured.
        const { mention } = box;
        for (const rect of boxesOf(mention)) if (contains(rect, x, y)) return { mention, rect };
        schedule();
      }
      return undefined;
    },
  };
}
