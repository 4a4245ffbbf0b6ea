/**
 * Calls `onFrame` with the pointer's latest position at most once per animation frame, however fast
 * pointer events arrive, so that hit-testing costs one check a frame. Events over `isOwn` elements
 * (the card, which tracks the pointer itself) are left out.
 */
export function trackPointer(
  signal: AbortSignal,
  isOwn: (target: EventTarget | null) => boolean,
  onFrame: (x: number, y: number) => void,
): void {
  let latest: PointerEvent | undefined;
  let requested = false;
  const frame = () => {
    requested = false;
    if (latest && !signal.aborted) onFrame(latest.clientX, latest.clientY);
  };
  window.addEventListener(
    'pointermove',
    (event) => {
      if (isOwn(event.target)) return;
      latest = event;
      if (!requested) {
        requested = true;
        requestAnimationFrame(frame);
      }
    },
    { passive: true, capture: true, signal },
  );
}
