interface Point {
  readonly clientX: number;
  readonly clientY: number;
}

/** Off the viewport, where no text is: where the pointer is once it has left the document. */
const OUTSIDE: Point = { clientX: -1, clientY: -1 };

/**
 * Calls `onFrame` with the pointer's latest position at most once per animation frame, however fast
 * pointer events arrive, so that hit-testing costs one check a frame. Events over `isOwn` elements
 * (the card, which tracks the pointer itself) are left out. When the pointer leaves the document (for
 * the page around a frame, or out of the window), this frame's events stop: `onFrame` then gets a
 * point off the viewport, so that a card open here closes as it would anywhere else.
 */
export function trackPointer(
  signal: AbortSignal,
  isOwn: (target: EventTarget | null) => boolean,
  onFrame: (x: number, y: number) => void,
): void {
  let latest: Point | undefined;
  let requested = false;
  const frame = () => {
    requested = false;
    if (latest && !signal.aborted) onFrame(latest.clientX, latest.clientY);
  };
  const request = () => {
    if (!requested) {
      requested = true;
      requestAnimationFrame(frame);
    }
  };
  window.addEventListener(
    'pointermove',
    (event) => {
      // Only the user's own pointer: a page's script cannot move the card about with synthetic events.
      if (!event.isTrusted || isOwn(event.target)) return;
      latest = event;
      request();
    },
    { passive: true, capture: true, signal },
  );
  window.addEventListener(
    'pointerout',
    (event) => {
      // A lifted finger leaves too, but touch shows no hover card.
      if (!event.isTrusted || event.relatedTarget !== null || event.pointerType === 'touch') return;
      latest = OUTSIDE;
      request();
    },
    { passive: true, capture: true, signal },
  );
}
