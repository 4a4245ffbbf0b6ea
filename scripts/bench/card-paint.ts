import { DEFAULT_SETTINGS } from '../../model/settings';
import type { BenchBrowsers } from './browsers';
import { waitForMarks } from './marks';
import { openMeasured } from './measured-page';
import type { BenchPage } from './pages/prose-page';

export interface CardPaint {
  /** From the end of the dwell to the end of the frame that first paints the card, per run. */
  readonly paintMs: number[];
  /** From the end of the dwell to the card's host opening (timer lateness and rendering). */
  readonly shownMs: number[];
}

/**
 * In the page, before the pointer comes to rest on a mention: the dwell starts in the animation frame
 * after the last pointer move, when the extension hit-tests (the page's frame callback runs in the same
 * frame, just after the extension's). The card's host is a popover (a plain <div>, the only one the bench
 * pages get) that opens as the card shows: it may join <body> earlier, while the pointer dwells, with
 * nothing of it rendered. The frame after the opening paints the card, and a message posted from that
 * frame's callback arrives once the frame is done.
 */
const WATCH = `(dwellMs) => {
  let dwellStart;
  addEventListener('pointermove', () => requestAnimationFrame(() => { dwellStart = performance.now(); }), true);
  window.__card = new Promise((resolve) => {
    addEventListener('beforetoggle', function opened(event) {
      if (event.newState !== 'open' || event.target.localName !== 'div') return;
      removeEventListener('beforetoggle', opened, true);
      const shown = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ dwellEnd: dwellStart + dwellMs, shown, painted: performance.now() });
        channel.port2.postMessage(0);
      });
    }, true);
  });
}`;

// The first highlighted range, scrolled to the middle of the screen: the centre of its first box.
const FIRST_MENTION = `(() => {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('whoswho-')) continue;
    for (const copy of highlight) {
      // The registry holds StaticRanges, which have no boxes of their own.
      const range = new Range();
      range.setStart(copy.startContainer, copy.startOffset);
      range.setEnd(copy.endContainer, copy.endOffset);
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0];
      return [box.x + box.width / 2, box.y + box.height / 2];
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
    const target = (await tab.evaluate(FIRST_MENTION)) as [number, number] | null;
    if (!target) throw new Error('No highlighted mention to hover');
    await tab.mouse.move(2, 2);
    await tab.evaluate(`(${WATCH})(${DEFAULT_SETTINGS.dwellMs})`);
    await measured.profile(browsers.profiler);
    await tab.mouse.move(...target);
    const times = (await tab.evaluate('__card')) as { dwellEnd: number; shown: number; painted: number };
    paintMs.push(times.painted - times.dwellEnd);
    shownMs.push(times.shown - times.dwellEnd);
    await measured.close();
  }
  return { paintMs, shownMs };
}
