import { BUSY_PROBE } from './busy-probe';
import type { BenchPage } from './prose-page';
import { pageShell } from './page-shell';
import { paragraph, MENTIONS, seededRandom } from './prose';

export interface BusyPage extends BenchPage {
  /** Starts the page's activity; evaluates, in the page, to the result of `__bench.runBusy`. */
  readonly start: string;
}

const BUSY_MS = 10_000;
const BATCH_MENTIONS = 5;
const INITIAL_MENTIONS = 2;

/** `count` paragraphs, `mentions` of them naming someone. */
function paragraphs(seed: number, count: number, mentions: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) =>
    paragraph(random, i < mentions ? [MENTIONS[i % MENTIONS.length]!] : []),
  );
}

/**
 * An endless feed: 50 paragraphs, five of them with a name, appended every 100 ms for 10 s, as a reader
 * who has scrolled to the end brings them in: each batch is scrolled to as it comes. A batch is marked
 * once its five names are.
 */
export function infiniteScrollPage(): BusyPage {
  const batch = paragraphs(7, 50, BATCH_MENTIONS);
  const initial = paragraphs(8, 20, INITIAL_MENTIONS);
  const script = `${BUSY_PROBE}
    const batch = ${JSON.stringify(batch.join(''))};
    const feed = document.getElementById('feed');`;
  const start = `__bench.runBusy(() => {
      const section = document.createElement('section');
      section.innerHTML = batch;
      feed.append(section);
      section.scrollIntoView({ block: 'start' });
      return () => __bench.markedIn(section) >= ${BATCH_MENTIONS};
    }, 100, ${BUSY_MS}, false)`;
  const title = 'Infinite scroll';
  const body = `<main id="feed">${initial.join('')}</main>`;
  return { title, html: pageShell({ title, body, script }), mentions: INITIAL_MENTIONS, start };
}

/**
 * A page that re-renders its content every 300 ms, as a framework does: fresh nodes each time,
 * alternately with 10 and 11 names, so that the registry's count tells which version is marked.
 */
export function rewritePage(): BusyPage {
  const versions = [paragraphs(11, 50, 10), paragraphs(12, 50, 11)].map((list) => list.join(''));
  const script = `${BUSY_PROBE}
    const versions = ${JSON.stringify(versions)};
    const app = document.getElementById('app');`;
  const start = `__bench.runBusy((i) => {
      app.innerHTML = versions[(i + 1) % 2];
      const expected = (i + 1) % 2 ? 11 : 10;
      return () => __bench.highlighted() === expected;
    }, 300, ${BUSY_MS}, true)`;
  const title = 'Re-rendering every 300 ms';
  return {
    title,
    html: pageShell({ title, body: `<main id="app">${versions[0]}</main>`, script }),
    mentions: 10,
    start,
  };
}
