import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitForCard } from '../../scripts/browser/card';
import { hoverMention } from '../../scripts/browser/highlights';
import { readMutations } from './harness/mutations';
import { frameOf, only, settleOn } from './harness/placed-highlights';
import { useChromiumSuite } from './harness/suite';

/*
 * How the page is built decides what is one text: inline elements join, blocks separate; open shadow
 * roots are read where the page's scripts put them; every frame, whatever its origin, reads itself and
 * keeps its own highlights, so each frame is read from inside.
 */

/** structure.html, top frame: `<hosts of the shadow roots>/<id>: text`. */
const STRUCTURE_TOP = only({
  sutskever: ['split: Ilya Sutskever', 'quote-card/name-tag/tag: Ilya Sutskever'],
  altman: ['split: Sam Altman', 'name-tag/tag: Sam Altman'],
  leike: ['split: Jan Leike', 'quote-card/quote: Jan Leike'],
  pachocki: ['split: Jakub Pachocki', 'news-byline/byline: Jakub Pachocki'],
});

const FRAME_PAGE = only({ sutskever: ['in-frame: Ilya Sutskever'], leike: ['in-frame: Jan Leike'] });

const suite = useChromiumSuite();
let structure: Page;

beforeAll(async () => {
  structure = await suite.openPage('/structure.html');
});

// What frame.html's own page-probe.js saw change: what `readMutations` reads of a page.
const framePageMutations = () => (window as unknown as { __mutations: string[] }).__mutations;

describe('page structure in Chromium', () => {
  it('reads names split over inline elements and in open shadow roots, nested ones too', async () => {
    expect(await settleOn(structure, STRUCTURE_TOP, 15_000)).toEqual(STRUCTURE_TOP);
    // Marking changed no node of the page.
    expect(await readMutations(structure)).toEqual([]);
  });

  it('separates paragraphs, line breaks, table cells, list items, divs and headings', async () => {
    const page = await suite.openPage('/blocks.html');
    // Only the control: a first name and a surname on either side of a boundary are no name.
    const control = only({ pachocki: ['control: Jakub Pachocki'] });
    expect(await settleOn(page, control, 15_000)).toEqual(control);
    await page.close();
  });

  it('reads web components added after the first scan, a <div> that hosts a shadow root too', async () => {
    const page = await suite.openPage('/structure.html');
    expect(await settleOn(page, STRUCTURE_TOP, 15_000)).toEqual(STRUCTURE_TOP);
    await page.evaluate(() => {
      const added = window as unknown as {
        addNameTag(id: string, name: string): void;
        addShadowBox(html: string): void;
      };
      added.addNameTag('late', 'Jan Leike');
      added.addShadowBox('<p id="box">Sam <b>Altman</b> in a shadow root of a div</p>');
    });
    const expected = only({
      ...STRUCTURE_TOP,
      leike: [...STRUCTURE_TOP.leike, 'name-tag/tag: Jan Leike'],
      altman: [...STRUCTURE_TOP.altman, 'div/box: Sam Altman'],
    });
    expect(await settleOn(page, expected)).toEqual(expected);
    await page.close();
  });

  it('reads a same-origin frame and a cross-origin frame, each in itself', async () => {
    const same = await frameOf(structure, 'same-origin');
    const cross = await frameOf(structure, 'cross-origin');
    expect(new URL(same.url()).origin).toBe(suite.server.origin);
    // Another host name: another origin and another site, so Chromium gives the frame its own process.
    expect(new URL(cross.url()).host).toBe(`localhost:${new URL(suite.server.origin).port}`);
    expect(await settleOn(same, FRAME_PAGE, 15_000)).toEqual(FRAME_PAGE);
    expect(await settleOn(cross, FRAME_PAGE, 15_000)).toEqual(FRAME_PAGE);
    for (const frame of [same, cross]) expect(await frame.evaluate(framePageMutations)).toEqual([]);
  });

  it('reads a srcdoc frame and an about:blank frame that the page wrote itself', async () => {
    const srcdoc = only({ pachocki: ['in-srcdoc: Jakub Pachocki'] });
    expect(await settleOn(await frameOf(structure, 'srcdoc'), srcdoc, 15_000)).toEqual(srcdoc);
    const blank = only({ altman: ['in-blank: Sam Altman'] });
    expect(await settleOn(await frameOf(structure, 'blank'), blank, 15_000)).toEqual(blank);
  });

  it('opens the card on a name inside a shadow root, and inside a nested one', async () => {
    const page = await suite.openPage('/structure.html');
    expect(await settleOn(page, STRUCTURE_TOP, 15_000)).toEqual(STRUCTURE_TOP);
    await hoverMention(page, 'pachocki', 'byline');
    expect((await waitForCard(page, true)).text).toContain('Jakub Pachocki');
    await page.keyboard.press('Escape');
    await waitForCard(page, false);

    await hoverMention(page, 'sutskever', 'tag');
    expect((await waitForCard(page, true)).text).toContain('Ilya Sutskever');
    await page.close();
  });

  it('reads a long plain-text document, across its matching windows and line breaks', async () => {
    const filler = 'The river rose again this spring and the ferry ran late most mornings.\n';
    // "Jan Leike" straddles the end of the first 64 KiB window the matcher reads a long text in.
    let text = 'Minutes of the reading group\n\nIlya Sutskever was discussed first.\n\n';
    text += filler.repeat(Math.ceil(65_536 / filler.length)).slice(0, 65_536 - text.length - 5);
    text += `\nJan Leike closed the meeting.\n${filler.repeat(2_000)}Sam\nAltman, wrapped at the end of a line.\n`;
    suite.server.route('/minutes.txt', 'text/plain; charset=utf-8', text);
    const page = await suite.openPage('/minutes.txt');
    // A text document is one <pre>: no ids.
    const expected = only({ sutskever: [': Ilya Sutskever'], leike: [': Jan Leike'], altman: [': Sam Altman'] });
    expect(await settleOn(page, expected, 15_000)).toEqual(expected);
    await page.close();
  });
});
