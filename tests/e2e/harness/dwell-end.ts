import type { Rect } from '../../../scripts/browser/highlights';

/**
 * In the page: after the next pointer move, follows the frames until the first whose time reaches the
 * dwell's end (counted from the frame that saw the move, as the extension counts it, less its 1 ms of
 * slack for the frame clock's rounding) and says whether the card could be hit there, a little below or
 * above the mention; and how many animations the page could see while the pointer dwelt.
 */
const FRAME_AT_DWELL_END = `(dwellMs, probes) => new Promise((resolve) => {
  let animationsSeen = 0;
  addEventListener('pointermove', () => requestAnimationFrame((start) => {
    const look = (time) => {
      animationsSeen = Math.max(animationsSeen, document.getAnimations().length);
      if (time < start + dwellMs - 1) return requestAnimationFrame(look);
      const hits = probes.map(([x, y]) => document.elementFromPoint(x, y));
      resolve({ shown: hits.some((hit) => hit?.localName === 'div' && hit.hasAttribute('popover')), animationsSeen });
    };
    requestAnimationFrame(look);
  }), { capture: true, once: true });
})`;

/** How far below and above the mention the page looks for the card (it is placed 6 px from it). */
const PROBE_GAP = 40;

/**
 * The script to evaluate before one pointer move onto `mention`: it resolves, in the frame that reaches
 * the dwell's end, to `{ shown, animationsSeen }`. One move, so that the page and the extension see the
 * pointer come to rest in the same frame.
 */
export function watchDwellEnd(mention: Rect, dwellMs: number): string {
  const probes = [
    [mention.x + 4, mention.y + mention.height + PROBE_GAP],
    [mention.x + 4, mention.y - PROBE_GAP],
  ];
  return `(${FRAME_AT_DWELL_END})(${dwellMs}, ${JSON.stringify(probes)})`;
}
