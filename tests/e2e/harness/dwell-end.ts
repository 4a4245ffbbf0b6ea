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

/** What the page saw at the dwell's end. */
export interface DwellEnd {
  shown: boolean;
  animationsSeen: number;
}

/** A page of either driver: Playwright's and Puppeteer's both evaluate a script given as a string. */
interface EvaluatesScripts {
  evaluate(script: string): Promise<unknown>;
}

/** Where the page keeps the watch's answer between the two evaluations. */
const ANSWER = '__whosWhoTestDwellEnd';

/**
 * Starts the watch in the page for the next pointer move onto `mention`, and resolves once it listens: to the read of
 * its answer, `{ shown, animationsSeen }` in the frame that reaches the dwell's end. An evaluation started alongside the
 * move may reach the page after the move (input and scripts travel apart), and then watches for a move that never
 * comes. One move, so that the page and the extension see the pointer come to rest in the same frame.
 */
export async function watchDwellEnd(
  page: EvaluatesScripts,
  mention: Rect,
  dwellMs: number,
): Promise<() => Promise<DwellEnd>> {
  const probes = [
    [mention.x + 4, mention.y + mention.height + PROBE_GAP],
    [mention.x + 4, mention.y - PROBE_GAP],
  ];
  await page.evaluate(`void (globalThis.${ANSWER} = (${FRAME_AT_DWELL_END})(${dwellMs}, ${JSON.stringify(probes)}))`);
  return () => page.evaluate(`globalThis.${ANSWER}`) as Promise<DwellEnd>;
}
