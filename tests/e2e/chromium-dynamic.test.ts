import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstTab, type ChromeGlobal } from '../../scripts/browser/chromium';
import { badgeText, tabCounts } from './harness/extension-state';
import { PERSON_IDS, type HighlightTexts } from '../../scripts/browser/highlights';
import { frameOf, only, readPlacedHighlights, settleOn } from './harness/placed-highlights';
import { useChromiumSuite } from './harness/suite';

/*
 * The page changes itself after the first scan through the functions of dynamic.html, called from the
 * test as the page's own scripts would call them; the test then waits, with a generous timeout, until
 * the highlights show the change. How quickly they do is the benchmark's business.
 */

const INITIAL = only({
  sutskever: ['intro: Ilya Sutskever'],
  altman: ['status: Sam Altman'],
  leike: ['name-tag/tag: Jan Leike'],
});

/** The page's own functions (tests/fixtures/pages/dynamic.html). */
interface DynamicPage {
  addParagraph(id: string, html: string, parent?: string): void;
  appendHtml(id: string, html: string): void;
  removeElement(id: string): void;
  changeText(id: string, text: string): void;
  changeShadowText(hostId: string, text: string): void;
  setHtml(id: string, html: string): void;
  moveElement(id: string, parent: string): void;
  navigate(path: string, html: string): void;
  replaceBody(path: string, html: string): void;
  appendMany(count: number): void;
  say(text: string): void;
  defineLazyTag(): void;
  addFrame(id: string, html: string): void;
  addBlankFrame(id: string, html: string): void;
}
type Call = { [K in keyof DynamicPage]: [K, ...Parameters<DynamicPage[K]>] }[keyof DynamicPage];

const suite = useChromiumSuite();

/** The dynamic page once its first scan shows, in `page` or a new tab. */
async function openDynamic(page?: Page): Promise<Page> {
  const tab = page ?? (await suite.browser.context.newPage());
  await tab.goto(`${suite.server.origin}/dynamic.html`);
  expect(await settleOn(tab, INITIAL, 15_000)).toEqual(INITIAL);
  return tab;
}

/** Calls one of the page's functions in the page's own world. */
const change = (page: Page, ...call: Call) =>
  page.evaluate(
    ([name, ...args]) => (window as unknown as Record<string, (...a: unknown[]) => void>)[name]!(...args),
    call,
  );

/** The first scan's highlights and those given. */
const withInitial = (extra: Partial<HighlightTexts>): HighlightTexts =>
  only(Object.fromEntries(PERSON_IDS.map((id) => [id, [...INITIAL[id], ...(extra[id] ?? [])]])));

describe('highlights follow a changing page in Chromium', () => {
  it('marks inserted text, a name split by a new <b> included', async () => {
    const page = await openDynamic();
    await change(page, 'addParagraph', 'added', 'Then Jakub <b>Pachocki</b> was named to succeed him.');
    await change(page, 'appendHtml', 'status', ' <span>So did J<b>an</b> Leike.</span>');
    const expected = withInitial({ pachocki: ['added: Jakub Pachocki'], leike: ['status: Jan Leike'] });
    expect(await settleOn(page, expected)).toEqual(expected);
    await page.close();
  });

  it('drops the marks of removed text, and leaves no range behind', async () => {
    const page = await openDynamic();
    await change(page, 'removeElement', 'intro');
    await change(page, 'removeElement', 'panelist');
    const expected = only({ altman: ['status: Sam Altman'] });
    expect(await settleOn(page, expected)).toEqual(expected);
    await page.close();
  });

  it('re-reads a text node changed in place', async () => {
    const page = await openDynamic();
    await change(page, 'changeText', 'status', 'Sam Smith thanked him the same evening.');
    const renamed = only({ sutskever: ['intro: Ilya Sutskever'], leike: ['name-tag/tag: Jan Leike'] });
    expect(await settleOn(page, renamed)).toEqual(renamed);

    // A longer text: the old range must not survive, shifted, on the new one.
    await change(page, 'changeText', 'intro', 'On Tuesday, after a decade, Ilya Sutskever said goodbye.');
    await change(page, 'changeText', 'status', 'Sam Altman thanked him.');
    const back = { ...INITIAL };
    expect(await settleOn(page, back)).toEqual(back);
    await page.close();
  });

  it('re-reads an element whose children were re-rendered', async () => {
    const page = await openDynamic();
    await change(page, 'setHtml', 'intro', 'Ilya <b>Sutskever</b> and <i>Jakub</i> Pachocki, pictured.');
    await change(page, 'setHtml', 'status', 'Sam <b>Smith</b> thanked him.');
    const expected = only({
      sutskever: ['intro: Ilya Sutskever'],
      pachocki: ['intro: Jakub Pachocki'],
      leike: ['name-tag/tag: Jan Leike'],
    });
    expect(await settleOn(page, expected)).toEqual(expected);
    await page.close();
  });

  it('follows a history.pushState navigation that replaces the content', async () => {
    const page = await openDynamic();
    await change(
      page,
      'navigate',
      '/live/day-two',
      '<h2 id="day-two">Day two</h2><p id="next">Jan <b>Leike</b> resigned.</p>',
    );
    expect(new URL(page.url()).pathname).toBe('/live/day-two');
    const expected = only({ leike: ['name-tag/tag: Jan Leike', 'next: Jan Leike'] });
    expect(await settleOn(page, expected)).toEqual(expected);
    await page.close();
  });

  it('follows a navigation that swaps the whole <body>, as Turbo Drive does', async () => {
    const page = await openDynamic();
    await change(
      page,
      'replaceBody',
      '/live/day-three',
      '<main><p id="swapped">Jakub <b>Pachocki</b> took over.</p></main>',
    );
    const expected = only({ pachocki: ['swapped: Jakub Pachocki'] });
    expect(await settleOn(page, expected)).toEqual(expected);
    // And the new body is followed like the first one.
    await change(page, 'appendHtml', 'swapped', ' <i>Sam Altman</i> agreed.');
    const more = only({ pachocki: ['swapped: Jakub Pachocki'], altman: ['swapped: Sam Altman'] });
    expect(await settleOn(page, more)).toEqual(more);
    await page.close();
  });

  it('marks every post of an infinite scroll, batch after batch', async () => {
    const page = await openDynamic(await firstTab(suite.browser));
    const posts = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `post-${from + i}: Jakub Pachocki`);
    await change(page, 'appendMany', 100);
    const first = withInitial({ pachocki: posts(1, 100) });
    expect(await settleOn(page, first)).toEqual(first);
    await change(page, 'appendMany', 100);
    await change(page, 'appendMany', 100);
    // Past REGISTER_ALL_UP_TO the registry holds the marks near the screen (engine/marks/mark-board.ts): every
    // post is found and counted, and each is marked when the reader scrolls to it.
    const [tab] = await suite.browser.background.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ active: true, windowType: 'normal' }),
    );
    await expect.poll(async () => (await tabCounts(suite.browser, tab!.id!))?.pachocki, { timeout: 5_000 }).toBe(300);
    for (const post of [300, 150, 1]) {
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), `post-${post}`);
      await expect
        .poll(async () => (await readPlacedHighlights(page)).pachocki, { timeout: 5_000 })
        .toContain(`post-${post}: Jakub Pachocki`);
    }
    await page.close();
  });

  it('marks chat messages as they arrive', async () => {
    const page = await openDynamic();
    await change(page, 'say', 'did anyone see what Sam Altman posted?');
    const first = withInitial({ altman: ['message-1: Sam Altman'] });
    expect(await settleOn(page, first)).toEqual(first);
    for (const text of ['yes, a long thread', "Jan Leike's reply was sharper", 'and Ilya Sutskever?']) {
      await change(page, 'say', text);
    }
    const all = withInitial({
      altman: ['message-1: Sam Altman'],
      leike: ["message-3: Jan Leike's"],
      sutskever: ['message-4: Ilya Sutskever'],
    });
    expect(await settleOn(page, all)).toEqual(all);
    await page.close();
  });

  it('re-reads text changed inside a shadow root', async () => {
    const page = await openDynamic();
    await change(page, 'changeShadowText', 'panelist', 'Lee');
    const renamed = only({ sutskever: ['intro: Ilya Sutskever'], altman: ['status: Sam Altman'] });
    expect(await settleOn(page, renamed)).toEqual(renamed);
    await change(page, 'changeShadowText', 'panelist', 'Leike');
    expect(await settleOn(page, INITIAL)).toEqual(INITIAL);
    await page.close();
  });

  it('marks a web component once, however often the text around it changes or it moves', async () => {
    const page = await openDynamic();
    await change(page, 'changeText', 'panel', 'Also on the panel: ');
    // A change inside the block, then the host moving to another block: its shadow root is read again.
    await change(page, 'appendHtml', 'panel', '<span> (moderator)</span>');
    expect(await settleOn(page, INITIAL)).toEqual(INITIAL);
    await change(page, 'addParagraph', 'other', 'Next up: ', 'elsewhere');
    await change(page, 'moveElement', 'panelist', 'other');
    expect(await settleOn(page, INITIAL)).toEqual(INITIAL);
    await page.close();
  });

  it('reads a lazily defined component with the next change in its block', async () => {
    const page = await openDynamic();
    await change(page, 'defineLazyTag');
    await change(page, 'changeText', 'lazy', 'Guest of honour: ');
    const expected = withInitial({ pachocki: ['lazy-tag/tag: Jakub Pachocki'] });
    expect(await settleOn(page, expected)).toEqual(expected);
    await page.close();
  });

  it('marks frames added after load, each by its own content script', async () => {
    const page = await openDynamic();
    await change(page, 'addFrame', 'late-srcdoc', "<p id='in-srcdoc'>Jakub <b>Pachocki</b>, framed later.</p>");
    await change(page, 'addBlankFrame', 'late-blank', "<p id='in-blank'>Sam <b>Altman</b>, written later.</p>");
    const srcdoc = only({ pachocki: ['in-srcdoc: Jakub Pachocki'] });
    expect(await settleOn(await frameOf(page, 'late-srcdoc'), srcdoc)).toEqual(srcdoc);
    const blank = only({ altman: ['in-blank: Sam Altman'] });
    expect(await settleOn(await frameOf(page, 'late-blank'), blank)).toEqual(blank);
    await page.close();
  });

  it('keeps the counts of the tab, shown on the badge, in step', async () => {
    // The profile's first tab: the one the badge is read for.
    const page = await openDynamic(await firstTab(suite.browser));
    await page.bringToFront();
    const [tab] = await suite.browser.background.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ active: true, windowType: 'normal' }),
    );
    const badge = async (text: string) => {
      const deadline = Date.now() + 5_000;
      for (;;) {
        const shown = await badgeText(suite.browser, tab!.id!);
        if (shown === text || Date.now() > deadline) return shown;
        await page.waitForTimeout(50);
      }
    };
    // The badge counts the people the tab mentions.
    expect(await badge('3')).toBe('3');
    await change(page, 'removeElement', 'intro');
    await change(page, 'changeText', 'status', 'Sam Smith thanked him.');
    expect(await badge('1')).toBe('1');
    await change(page, 'addParagraph', 'added', 'Jakub Pachocki');
    expect(await badge('2')).toBe('2');
  });
});
