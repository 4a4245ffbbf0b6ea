import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../i18n/ui-text';
import { waitForCard } from '../../scripts/browser/card';
import { firstTab } from '../../scripts/browser/chromium';
import { hoverMention, waitForHighlights } from '../../scripts/browser/highlights';
import { axeOnOpenCard, axeViolations } from './harness/axe';
import { activeTabId, pressCommand } from './harness/background-events';
import { clearSettings, setLanguage } from './harness/extension-state';
import { personOf } from './harness/people';
import { openActionPopup, type ActionPopup } from './harness/popup';
import { useChromiumSuite } from './harness/suite';
import { DATED_PAGES, expectInOrder, serveUrlDated, type DatedPage } from './harness/then-and-now';

/*
 * Issue 15, the card then and now: five pages, each dated by another signal or not at all, each hovered
 * with a real pointer; the card's text in English and German, the popup's "This page" and the mark on
 * its timeline, axe on the new section, and the date read only once a card or the popup needs it.
 */

const suite = useChromiumSuite({ serve: serveUrlDated });
let tab: Page;
let popup: ActionPopup | undefined;

beforeAll(async () => {
  // The profile's first tab: the active tab, which the popup is about.
  tab = await firstTab(suite.browser);
});

afterEach(async () => {
  await popup?.close();
  popup = undefined;
  await clearSettings(suite.browser);
  await tab.emulateMedia({ colorScheme: 'light' });
  await tab.mouse.move(2, 2);
});

async function openDated(page: DatedPage, lang: 'en' | 'de' = 'en') {
  await setLanguage(suite.browser, lang);
  await tab.goto(`${suite.server.origin}${page.path}`);
  await waitForHighlights(tab, 1);
}

/** The card's text after a real hover on the page's mention. */
async function hoverCard(page: DatedPage, lang: 'en' | 'de' = 'en'): Promise<string> {
  await openDated(page, lang);
  await hoverMention(tab, page.person, page.where);
  return (await waitForCard(tab, true)).text;
}

/** The text between two parts of the card. */
const between = (text: string, start: string, end: string) => text.slice(text.indexOf(start), text.indexOf(end));

describe('the card then and now, in Chromium', () => {
  it('on a page dated 20 Nov 2023 by its meta tag: Altman removed, no return agreed yet; what changed since', async () => {
    const en = await hoverCard(DATED_PAGES.meta);
    expectInOrder(en, [
      'Sam Altman',
      'When this page was written (20 Nov 2023)',
      '17 November 2023 Removed as CEO by the board; no return agreed yet.',
      '17 November 2023 Off the board: his removal as CEO took him off it too.',
      'Since then',
      '22 November 2023 Agreement in principle, still the evening of 21 November in the US: Altman returns as CEO',
      '29 November 2023 Altman is formally back',
      '8 March 2024 Altman rejoins the board.',
      'As of May 2024',
    ]);
    // The day's own events are part of the status on it, not changes since.
    expect(between(en, 'Since then', 'As of May 2024')).not.toContain('More than 700 staff');

    const de = await hoverCard(DATED_PAGES.meta, 'de');
    expectInOrder(de, [
      'Als diese Seite erschien (20. Nov. 2023)',
      '17. November 2023 Vom Board als CEO abgesetzt; eine Rückkehr ist noch nicht vereinbart.',
      'Nicht mehr im Board: Mit seiner Absetzung als CEO musste er es verlassen.',
      'Seitdem',
      '22. November 2023 Grundsätzliche Einigung',
      '29. November 2023 Altman ist offiziell zurück',
      '8. März 2024 Altman kehrt ins Board zurück.',
      'Stand: Mai 2024',
    ]);
  });

  it('on a page dated 8 Mar 2024 by its JSON-LD: Sutskever chief scientist with his role open, off the board', async () => {
    const en = await hoverCard(DATED_PAGES.jsonLd);
    expectInOrder(en, [
      'Ilya Sutskever',
      // 21:00 in New York on 8 March, the page's own day, though it was 9 March in UTC.
      'When this page was written (8 Mar 2024)',
      '29 November 2023 Chief scientist, but with his role open',
      '29 November 2023 No longer on OpenAI’s board',
      '5 July 2023 Co-leads OpenAI’s Superalignment team with Jan Leike.',
      'Since then',
      'December 2023 – May 2024 Sutskever’s role at OpenAI stays unclear for months.',
      '14 May 2024 Sutskever announces that he is leaving OpenAI',
      'As of May 2024',
    ]);
    const de = await hoverCard(DATED_PAGES.jsonLd, 'de');
    expectInOrder(de, [
      'Als diese Seite erschien (8. März 2024)',
      '29. November 2023 Chefwissenschaftler, doch seine Rolle ist offen',
      'Seitdem',
      'Dezember 2023 – Mai 2024 Sutskevers Rolle bei OpenAI bleibt monatelang offen.',
      '14. Mai 2024 Sutskever kündigt an, dass er OpenAI verlässt',
      'Stand: Mai 2024',
    ]);
  });

  it('on a page dated only by its address (/2024/05/15/): Leike has left, not yet at Anthropic', async () => {
    const en = await hoverCard(DATED_PAGES.url);
    expectInOrder(en, [
      'Jan Leike',
      'When this page was written (15 May 2024)',
      '15 May 2024 Left OpenAI: resigned on 15 May 2024 UTC, the evening of 14 May in the US; no new post announced yet.',
      'Since then',
      '17 May 2024 Leike explains why he left',
      '28 May 2024 Leike joins Anthropic.',
      'As of May 2024',
    ]);
    const de = await hoverCard(DATED_PAGES.url, 'de');
    expectInOrder(de, [
      'Als diese Seite erschien (15. Mai 2024)',
      '15. Mai 2024 Hat OpenAI verlassen: gekündigt am 15. Mai 2024 UTC',
      'Seitdem',
      '28. Mai 2024 Leike wechselt zu Anthropic.',
      'Stand: Mai 2024',
    ]);
  });

  it('on a page from 2025: one line saying the card stops at May 2024, and no later facts', async () => {
    const note = 'This page is from 21 Jan 2025; the card stops at May 2024.';
    const en = await hoverCard(DATED_PAGES.later);
    expectInOrder(en, [
      'Jakub Pachocki',
      note,
      'As of May 2024',
      '14 May 2024 Chief Scientist of OpenAI since 14 May 2024',
    ]);
    for (const absent of [ui.en.writtenOn, ui.en.sinceThen]) expect(en).not.toContain(absent);
    expect(en.replace(note, '')).not.toContain('2025');

    const de = await hoverCard(DATED_PAGES.later, 'de');
    expectInOrder(de, ['Diese Seite ist vom 21. Jan. 2025; die Karte reicht nur bis Mai 2024.', 'Stand: Mai 2024']);
    for (const absent of [ui.de.writtenOn, ui.de.sinceThen]) expect(de).not.toContain(absent);
  });

  it('on a page without a date: today’s card', async () => {
    const { role } = personOf('altman');
    for (const lang of ['en', 'de'] as const) {
      const text = await hoverCard(DATED_PAGES.undated, lang);
      // The role, then at once the status as of May 2024.
      expectInOrder(text, ['Sam Altman', `${role[lang]} ${ui[lang].asOf}`]);
      for (const absent of [ui[lang].writtenOn, ui[lang].sinceThen, ui[lang].afterCutoff('')]) {
        expect(text).not.toContain(absent.trim());
      }
    }
  });
});

describe('the popup’s “This page” in Chromium', () => {
  const expected = [
    [
      'meta',
      'Written on 20 November 2023, from the page’s metadata.',
      'This page: 20 Nov 2023',
      'More than 700 staff sign a letter',
    ],
    [
      'jsonLd',
      'Written on 8 March 2024, from the page’s structured data (JSON-LD).',
      'This page: 8 Mar 2024',
      'Altman rejoins the board.',
    ],
    ['url', 'Written on 15 May 2024, from the page’s address.', 'This page: 15 May 2024', 'Leike posts “I resigned”'],
    [
      'later',
      'Written on 21 January 2025, from the date in the article’s byline. That is after May 2024: the cards show nothing later.',
      'This page: 21 Jan 2025',
      'Leike joins Anthropic.',
    ],
  ] as const;

  for (const [key, line, mark, after] of expected) {
    it(`gives the date of the ${key} page and marks it on the timeline`, async () => {
      await openDated(DATED_PAGES[key]);
      popup = await openActionPopup(suite.browser, tab);
      const text = await popup.waitForText((t) => t.includes(line));
      expect(text).toContain('This page');
      // The mark's text, and the event just before it on the timeline.
      const placed = await popup.evaluate<[string, string]>(`(() => {
        const mark = document.getElementById('page-mark');
        return [mark.textContent, mark.previousElementSibling.querySelector('.event-text').textContent];
      })()`);
      expect(placed[0]).toBe(mark);
      expect(placed[1]).toContain(after);
    });
  }

  it('takes the keyboard from the date to its mark, and gives axe nothing to find', async () => {
    await openDated(DATED_PAGES.meta);
    popup = await openActionPopup(suite.browser, tab);
    await popup.waitForText((t) => t.includes('Written on 20 November 2023'));
    // Enter on the focused link, as a keyboard user follows it: the mark takes the focus.
    const focused = await popup.evaluate<string>(`(() => {
      const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Where the date falls on the timeline');
      link.focus();
      link.click();
      return document.activeElement.id;
    })()`);
    expect(focused).toBe('page-mark');
    expect(await axeViolations((expression) => popup!.evaluate(expression))).toEqual([]);
  });

  it('says so for the page without a date, and marks nothing', async () => {
    await openDated(DATED_PAGES.undated);
    popup = await openActionPopup(suite.browser, tab);
    await popup.waitForText((t) =>
      t.includes('The page gives no date: the cards show where things stood in May 2024.'),
    );
    expect(await popup.evaluate('document.getElementById("page-mark")')).toBeNull();
  });
});

describe('then and now: cost and accessibility', () => {
  it('loads the card script, and with it the date reader, only when a card or the popup needs it', async () => {
    const cdp = await suite.browser.context.newCDPSession(tab);
    const requested: string[] = [];
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string } }) => requested.push(event.request.url));
    await cdp.send('Network.enable');
    try {
      await openDated(DATED_PAGES.meta);
      expect(requested.filter((url) => url.endsWith('/card.js'))).toEqual([]);
      popup = await openActionPopup(suite.browser, tab);
      await popup.waitForText((t) => t.includes('Written on 20 November 2023'));
      // The web-accessible script is asked for by its dynamic address, then redirected: two requests.
      expect(requested.filter((url) => url.endsWith('/card.js')).length).toBeGreaterThan(0);
    } finally {
      await cdp.detach();
    }
  });

  for (const [scheme, lang] of [
    ['light', 'en'],
    ['dark', 'de'],
  ] as const) {
    it(`finds no axe violation on a card with its then-and-now section (${scheme}, ${lang})`, async () => {
      await tab.emulateMedia({ colorScheme: scheme });
      await hoverCard(DATED_PAGES.meta, lang);
      expect(await axeOnOpenCard(tab)).toEqual([]);
    });
  }

  it('gives a screen reader the section’s headings, on a card opened from the keyboard', async () => {
    await openDated(DATED_PAGES.meta);
    await pressCommand(suite.browser, 'next-mention', await activeTabId(suite.browser));
    await waitForCard(tab, true);
    const cdp = await suite.browser.context.newCDPSession(tab);
    try {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: {
          role?: { value: string };
          name?: { value: string };
          properties?: { name: string; value: { value: unknown } }[];
        }[];
      };
      const dialog = nodes.find((node) => node.role?.value === 'dialog');
      expect(dialog?.properties?.find((p) => p.name === 'focused')?.value.value).toBe(true);
      const headings = nodes.filter((node) => node.role?.value === 'heading').map((node) => node.name?.value);
      // The card's small headings are set in capitals, as the accessibility tree passes them on; the date keeps its case.
      expect(headings).toEqual(
        expect.arrayContaining(['WHEN THIS PAGE WAS WRITTEN (20 Nov 2023)', 'SINCE THEN', 'AS OF MAY 2024']),
      );
    } finally {
      await cdp.detach();
    }
  });
});
