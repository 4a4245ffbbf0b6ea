import { describe, expect, it } from 'vitest';
import { countHighlights, NO_MARKS, readHighlights, type HighlightTexts } from '../../scripts/browser/highlights';
import { openWatched, recordedMutations, watchProblems } from './harness/hostile';
import { useChromiumSuite } from './harness/suite';

/**
 * Hostile pages, part 7: big pages, generated here rather than kept as files. A single text node of
 * 10 MB, 10,000 nested elements and 100,000 text nodes. The extension must mark the names at their
 * start, middle and end, without an error and without holding the page up.
 */

const FILLER = 'the board met again and a model was trained over the winter. ';
const page = (title: string, body: string, script = '', style = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 1em; } ${style}</style>` +
  `</head><body>${body}<script>${script}</script></body></html>`;

// One text node of 10 MB, built by the page's script: the HTML parser splits text into nodes of 65,536
// characters.
const HALF = Math.ceil(5_000_000 / FILLER.length);
const HUGE_TEXT = page(
  'One text node of 10 MB',
  '<p id="huge"></p>',
  `const filler = ${JSON.stringify(FILLER)}.repeat(${HALF});
   document.getElementById('huge').append('Sam Altman opened. ' + filler + 'Jan Leike, midway. ' + filler + 'Ilya Sutskever closed.');`,
);

// 10,000 elements, each inside the previous one, built by the page's script: the HTML parser stops
// nesting at 512 levels. They make no boxes of their own (`display: contents`): Chromium 156's renderer
// crashes laying out 8,000 nested inline boxes, or 3,000 block boxes, with or without the extension.
const DEPTH = 10_000;
const nested = (names: boolean) =>
  page(
    `${DEPTH} nested elements`,
    '<main id="root"></main>',
    `const names = ${names};
     let parent = document.getElementById('root');
     for (let level = 0; level < ${DEPTH}; level++) {
       const element = document.createElement(level % 2 ? 'span' : 'div');
       if (names && level === ${DEPTH / 2}) { element.id = 'middle'; element.append('Sam Altman at level ' + level + '. '); }
       else if (names && level === ${DEPTH - 1}) { element.id = 'deepest'; element.append('Jakub Pachocki at the bottom. '); }
       else element.append('level ' + level + ' ');
       parent.append(element);
       parent = element;
     }`,
    '#root div, #root span { display: contents; }',
  );

// 25,000 paragraphs of four text nodes each, served as HTML.
const PARAGRAPHS = 25_000;
const paragraphs: string[] = [];
for (let i = 0; i < PARAGRAPHS; i++) {
  const name =
    i === 10 ? 'Jan Leike' : i === PARAGRAPHS / 2 ? 'Ilya Sutskever' : i === PARAGRAPHS - 1 ? 'Sam Altman' : 'someone';
  paragraphs.push(`<p id="p${i}">Line ${i}: <b>${name}</b> said <i>something</i></p>`);
}
const MANY_NODES = page('100,000 text nodes', paragraphs.join('\n'));

const suite = useChromiumSuite({
  serve(server) {
    server.route('/big/huge-text.html', 'text/html; charset=utf-8', HUGE_TEXT);
    server.route('/big/nested.html', 'text/html; charset=utf-8', nested(true));
    server.route('/big/nested-nameless.html', 'text/html; charset=utf-8', nested(false));
    server.route('/big/many-nodes.html', 'text/html; charset=utf-8', MANY_NODES);
  },
});

const MARKING_TIMEOUT_MS = 30_000;
const POLL_MS = 50;

/**
 * Opens `path` and waits, after the page's load, until `expected` is marked, asking the page a trivial
 * question every 50 ms meanwhile. The longest wait for an answer is logged, not asserted: durations
 * belong to `npm run bench`, where a busy machine cannot fail a landing.
 */
async function openAndTime(path: string, expected: HighlightTexts) {
  // openWatched's goto returns once the page has loaded, Playwright's default.
  const { page: tab, problems } = await openWatched(suite, path);
  const started = Date.now();
  let longestAnswerMs = 0;
  let texts = NO_MARKS;
  while (JSON.stringify(texts) !== JSON.stringify(expected)) {
    if (Date.now() - started > MARKING_TIMEOUT_MS) {
      throw new Error(`Not marked within ${MARKING_TIMEOUT_MS} ms: ${JSON.stringify(texts)}`);
    }
    const asked = Date.now();
    await tab.evaluate('0');
    longestAnswerMs = Math.max(longestAnswerMs, Date.now() - asked);
    if (countHighlights(await readHighlights(tab)) >= countHighlights(expected)) texts = await readHighlights(tab);
    await tab.waitForTimeout(POLL_MS);
  }
  return { tab, problems, markedMs: Date.now() - started, longestAnswerMs };
}

describe('hostile pages: big pages (Chromium)', () => {
  it('marks the start, middle and end of one 10 MB text node', async () => {
    const run = await openAndTime('/big/huge-text.html', {
      ...NO_MARKS,
      altman: ['huge: Sam Altman'],
      leike: ['huge: Jan Leike'],
      sutskever: ['huge: Ilya Sutskever'],
    });
    console.info(`10 MB text node: marked after ${run.markedMs} ms, longest answer ${run.longestAnswerMs} ms`);
    expect(await recordedMutations(run.tab)).toEqual([]);
    expect(run.problems()).toEqual([]);
    await run.tab.close();
  });

  it(`marks names ${DEPTH / 2} and ${DEPTH} elements deep`, async () => {
    const run = await openAndTime('/big/nested.html', {
      ...NO_MARKS,
      altman: ['middle: Sam Altman'],
      pachocki: ['deepest: Jakub Pachocki'],
    });
    console.info(`${DEPTH} nested elements: marked after ${run.markedMs} ms, longest answer ${run.longestAnswerMs} ms`);
    expect(await recordedMutations(run.tab)).toEqual([]);
    expect(run.problems()).toEqual([]);
    await run.tab.close();
  });

  it(`reads ${DEPTH} nested elements without a name, and adds neither mark nor style sheet`, async () => {
    const tab = await suite.browser.context.newPage();
    const problems = watchProblems(tab);
    await tab.goto(`${suite.server.origin}/big/nested-nameless.html`, { waitUntil: 'load' });
    let longestAnswerMs = 0;
    for (const until = Date.now() + 2_000; Date.now() < until;) {
      const asked = Date.now();
      await tab.evaluate('0');
      longestAnswerMs = Math.max(longestAnswerMs, Date.now() - asked);
      await tab.waitForTimeout(POLL_MS);
    }
    console.info(`${DEPTH} nested elements, no name: longest answer ${longestAnswerMs} ms`);
    // Nothing to paint, so no style sheet either.
    expect(await tab.evaluate(() => [CSS.highlights.size, document.adoptedStyleSheets.length])).toEqual([0, 0]);
    expect(problems()).toEqual([]);
    await tab.close();
  });

  it('marks the first, middle and last of 100,000 text nodes', async () => {
    const run = await openAndTime('/big/many-nodes.html', {
      ...NO_MARKS,
      leike: ['p10: Jan Leike'],
      sutskever: [`p${PARAGRAPHS / 2}: Ilya Sutskever`],
      altman: [`p${PARAGRAPHS - 1}: Sam Altman`],
    });
    console.info(`100,000 text nodes: marked after ${run.markedMs} ms, longest answer ${run.longestAnswerMs} ms`);
    expect(await recordedMutations(run.tab)).toEqual([]);
    expect(run.problems()).toEqual([]);
    await run.tab.close();
  });
});
