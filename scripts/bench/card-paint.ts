import { DEFAULT_SETTINGS } from '../../model/settings';
import type { BenchBrowsers } from './browsers';
import { waitForMarks } from './marks';
import { openMeasured } from './measured-page';
import type { BenchPage } from './pages/prose-page';

export interface CardPaint {
  /** From the end of the dwell to the end of the frame that first paints the card, per run. */
  readonly paintMs: number[];
  /** From the end of the dwell to the start of the frame that first shows the card (timer lateness, rendering). */
  readonly shownMs: number[];
}

/**
 * In the page, before the pointer comes to rest on a mention: the dwell starts in the animation frame
 * after the last pointer move, when the extension hit-tests (the page's frame callback runs in the same
 * frame, just after the extension's). The card shows the moment a point of it is the page's to hit: its
 * host (a plain <div>, a popover, the only one the bench pages get) is what the page finds under a point
 * a little below the mention or a little above it, wherever the card was placed. The host may join the
 * page earlier, while the pointer dwells, with the card drawn out of sight (visibility: hidden, which hit
 * testing passes through), so the page looks in every animation frame's callback; the first frame that
 * finds the card paints it, and a message posted from that callback arrives once the frame is done.
 */
const WATCH = `(dwellMs, probes) => {
  let dwellStart;
  addEventListener('pointermove', () => requestAnimationFrame(() => { dwellStart = performance.now(); }), true);
  window.__card = new Promise((resolve) => {
    const look = () => {
      const hits = probes.map(([x, y]) => document.elementFromPoint(x, y));
      if (!hits.some((hit) => hit?.localName === 'div' && hit.hasAttribute('popover'))) {
        requestAnimationFrame(look);
        return;
      }
      const shown = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ dwellEnd: dwellStart + dwellMs, shown, painted: performance.now() });
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(look);
  });
}`;

/** How far below and above a mention's box the page looks for the card (it is placed 6 px from it). */
const PROBE_GAP = 40;

// The first highlighted range, scrolled to the middle of the screen: its first box.
const FIRST_MENTION = `(() => {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('whoswho-')) continue;
    for (const copy of highlight) {
      // The registry holds StaticRanges, which have no boxes of their own.
      const range = new Range();
      range.setStart(copy.startContainer, copy.startOffset);
      range.setEnd(copy.endContainer, copy.endOffset);
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const { x, y, width, height } = range.getClientRects()[0];
      return { x, y, width, height };
    }
  }
  return null;
})()`;

/** Opens the card `runs` times, each on a fresh load (the host joins the page at the first hover only). */
export async function measureCardPaint(
  browsers: BenchBrowsers,
  url: string,
  page: BenchPage,
  runs: number,
): Promise<CardPaint> {
  const paintMs: number[] = [];
  const shownMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const measured = await openMeasured(browsers.withExtension, url);
    const tab = measured.page;
    await waitForMarks(tab, page.mentions, browsers.found(page.mentions));
    const box = (await tab.evaluate(FIRST_MENTION)) as { x: number; y: number; width: number; height: number } | null;
    if (!box) throw new Error('No highlighted mention to hover');
    const probes = [
      [box.x + 12, box.y + box.height + PROBE_GAP],
      [box.x + 12, box.y - PROBE_GAP],
    ];
    await tab.mouse.move(2, 2);
    await tab.evaluate(`(${WATCH})(${DEFAULT_SETTINGS.dwellMs}, ${JSON.stringify(probes)})`);
    await measured.profile(browsers.profiler);
    await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const times = (await tab.evaluate('__card')) as { dwellEnd: number; shown: number; painted: number };
    paintMs.push(times.painted - times.dwellEnd);
    shownMs.push(times.shown - times.dwellEnd);
    await measured.close();
  }
  return { paintMs, shownMs };
}
