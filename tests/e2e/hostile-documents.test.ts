import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForCard } from '../../scripts/browser/card';
import { hoverMention, NO_MARKS, waitForHighlights } from '../../scripts/browser/highlights';
import { openWatched, recordedMutations } from './harness/hostile';
import { useChromiumSuite } from './harness/suite';

/**
 * Hostile pages, part 5: documents that are not HTML pages. Plain text, XHTML (XML with an HTML root,
 * where the extension works as on any page), an XML document (which Chromium shows as an HTML tree
 * view) and a standalone SVG image, which the extension leaves alone entirely.
 */

const suite = useChromiumSuite();

/** What the extension would have left on a document it marks: names in the registry, a style sheet. */
const traces = (page: Page) =>
  page.evaluate(() => ({
    highlights: [...(globalThis.CSS?.highlights?.keys() ?? [])],
    sheets: document.adoptedStyleSheets?.length ?? 0,
    root: document.documentElement.nodeName,
  }));

describe('hostile pages: documents other than HTML (Chromium)', () => {
  it('marks a text/plain document and opens the card there', async () => {
    suite.server.route(
      '/hostile/notes.txt',
      'text/plain; charset=utf-8',
      'Notes, May 2024\n\nSam Altman thanked Ilya Sutskever.\n',
    );
    const { page, problems } = await openWatched(suite, '/hostile/notes.txt');
    expect(await waitForHighlights(page, 2)).toEqual({
      ...NO_MARKS,
      altman: [': Sam Altman'],
      sutskever: [': Ilya Sutskever'],
    });
    await hoverMention(page, 'altman');
    expect((await waitForCard(page, true)).text).toContain('Sam Altman');
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('marks an XHTML document, parsed as XML with an HTML root, and opens the card there', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/page.xhtml');
    expect(await waitForHighlights(page, 2)).toEqual({
      ...NO_MARKS,
      altman: ['xhtml: Sam Altman'],
      leike: ['xhtml: Jan Leike'],
    });
    await hoverMention(page, 'leike');
    expect((await waitForCard(page, true)).text).toContain('Jan Leike');
    // XHTML keeps the case of its names.
    expect(await recordedMutations(page)).toEqual(['childList body +div']);
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('marks the names in Chromium’s view of an XML document without style, and changes nothing', async () => {
    // Chromium shows such a document as an HTML tree view that it builds in the document itself (the
    // XML goes into a hidden element of the view): an HTML page, in which the names are on screen.
    const { page, problems } = await openWatched(suite, '/hostile/doc.xml');
    const texts = await waitForHighlights(page, 4);
    expect(texts.altman).toContain('folder1: Sam Altman');
    expect(texts.sutskever).toContain('folder2: Ilya Sutskever');
    expect(texts.leike).toContain('folder0: Jan Leike');
    expect(texts.pachocki).toContain('folder0: Jakub Pachocki');
    await page.mouse.move(100, 60, { steps: 4 });
    await page.waitForTimeout(500);
    // The view builds its folders after DOMContentLoaded; nothing else changes.
    const byViewer = /^(childList div \+div(#folder\d+)?|attributes div#folder\d+ id)$/;
    expect((await recordedMutations(page)).filter((line) => !byViewer.test(line))).toEqual([]);
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('leaves a standalone SVG image alone, without an error', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/image.svg');
    await page.waitForLoadState('load');
    // The content script runs at document_idle; give it time to do whatever it would.
    await page.waitForTimeout(1_000);
    expect(await traces(page)).toEqual({ highlights: [], sheets: 0, root: 'svg' });
    await page.mouse.move(100, 60, { steps: 4 });
    await page.waitForTimeout(500);
    expect(await recordedMutations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await page.close();
  });
});
