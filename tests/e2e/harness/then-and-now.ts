import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ui } from '../../../i18n/ui-text';
import { FIXTURE_PAGES } from '../../../scripts/browser/paths';
import type { PersonId } from '../../../scripts/browser/highlights';
import type { StaticServer } from '../../../scripts/browser/static-server';
import { roleOf } from './people';

/**
 * The pages of "then and now" (tests/fixtures/pages/then-and-now/), each dated by one signal, with the
 * mention each test hovers: the paragraph's id and the person.
 */
export interface DatedPage {
  readonly path: string;
  readonly person: PersonId;
  readonly where: string;
}

/** The page dated by its address alone: the server gives it a dated path. */
export const URL_DATED_PATH = '/2024/05/15/story.html';

export const DATED_PAGES = {
  meta: { path: '/then-and-now/meta-2023-nov.html', person: 'altman', where: 'report' },
  jsonLd: { path: '/then-and-now/json-ld-2024-mar.html', person: 'sutskever', where: 'profile' },
  url: { path: URL_DATED_PATH, person: 'leike', where: 'story' },
  later: { path: '/then-and-now/byline-2025.html', person: 'pachocki', where: 'feature' },
  undated: { path: '/then-and-now/undated.html', person: 'altman', where: 'explainer' },
} as const satisfies Record<string, DatedPage>;

/** What a card must show, in this order, and must not show. */
export interface CardExpectation {
  readonly inOrder: readonly string[];
  readonly absent: readonly string[];
}

/** The card of each page's person, in each language: the same in every browser. */
export const EXPECTED_CARDS: Record<
  keyof typeof DATED_PAGES,
  { title: string; en: CardExpectation; de: CardExpectation }
> = {
  meta: {
    title: 'on a page dated 20 Nov 2023 by its meta tag: Altman removed, no return agreed yet; what changed since',
    en: {
      inOrder: [
        'Sam Altman',
        'When this page was written (20 Nov 2023)',
        '17 November 2023 Removed as CEO by the board; no return agreed yet.',
        '17 November 2023 Off the board: his removal as CEO took him off it too.',
        'Since then',
        '22 November 2023 Agreement in principle, still the evening of 21 November in the US: Altman returns as CEO',
        '29 November 2023 Altman is formally back',
        '8 March 2024 Altman rejoins the board.',
        'As of May 2024',
      ],
      // The day's own events are part of the status on it, not changes since.
      absent: ['More than 700 staff'],
    },
    de: {
      inOrder: [
        'Als diese Seite erschien (20. Nov. 2023)',
        '17. November 2023 Vom Board als CEO abgesetzt; eine Rückkehr ist noch nicht vereinbart.',
        'Nicht mehr im Board: Mit seiner Absetzung als CEO musste er es verlassen.',
        'Seitdem',
        '22. November 2023 Grundsätzliche Einigung',
        '29. November 2023 Altman ist offiziell zurück',
        '8. März 2024 Altman kehrt ins Board zurück.',
        'Stand: Mai 2024',
      ],
      absent: ['Über 700 Beschäftigte'],
    },
  },
  jsonLd: {
    title: 'on a page dated 8 Mar 2024 by its JSON-LD: Sutskever chief scientist with his role open, off the board',
    en: {
      inOrder: [
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
      ],
      absent: [],
    },
    de: {
      inOrder: [
        'Als diese Seite erschien (8. März 2024)',
        '29. November 2023 Chefwissenschaftler, doch seine Rolle ist offen',
        'Seitdem',
        'Dezember 2023 – Mai 2024 Sutskevers Rolle bei OpenAI bleibt monatelang offen.',
        '14. Mai 2024 Sutskever kündigt an, dass er OpenAI verlässt',
        'Stand: Mai 2024',
      ],
      absent: [],
    },
  },
  url: {
    title: 'on a page dated only by its address (/2024/05/15/): Leike has left, not yet at Anthropic',
    en: {
      inOrder: [
        'Jan Leike',
        'When this page was written (15 May 2024)',
        '15 May 2024 Left OpenAI: resigned on 15 May 2024 UTC, the evening of 14 May in the US; no new post announced yet.',
        'Since then',
        '17 May 2024 Leike explains why he left',
        '28 May 2024 Leike joins Anthropic.',
        'As of May 2024',
      ],
      absent: [],
    },
    de: {
      inOrder: [
        'Als diese Seite erschien (15. Mai 2024)',
        '15. Mai 2024 Hat OpenAI verlassen: gekündigt am 15. Mai 2024 UTC',
        'Seitdem',
        '28. Mai 2024 Leike wechselt zu Anthropic.',
        'Stand: Mai 2024',
      ],
      absent: [],
    },
  },
  later: {
    title: 'on a page from 2025: one line saying the card stops at May 2024, and no later facts',
    en: {
      inOrder: [
        'Jakub Pachocki',
        'This page is from 21 Jan 2025; the card stops at May 2024.',
        'As of May 2024',
        '14 May 2024 Chief Scientist of OpenAI since 14 May 2024',
      ],
      absent: [ui.en.writtenOn, ui.en.sinceThen],
    },
    de: {
      inOrder: ['Diese Seite ist vom 21. Jan. 2025; die Karte reicht nur bis Mai 2024.', 'Stand: Mai 2024'],
      absent: [ui.de.writtenOn, ui.de.sinceThen],
    },
  },
  undated: {
    title: 'on a page without a date: today’s card',
    // The role, then at once the status as of May 2024.
    en: {
      inOrder: ['Sam Altman', `${roleOf('altman', 'en')} ${ui.en.asOf}`],
      absent: [ui.en.writtenOn, ui.en.sinceThen, 'the card stops at May 2024'],
    },
    de: {
      inOrder: ['Sam Altman', `${roleOf('altman', 'de')} ${ui.de.asOf}`],
      absent: [ui.de.writtenOn, ui.de.sinceThen, 'die Karte reicht nur bis Mai 2024'],
    },
  },
};

/** The popup's "This page" for each dated page: its line, the timeline's mark, and the event just before the mark. */
export const EXPECTED_THIS_PAGE = {
  meta: [
    'Written on 20 November 2023, from the page’s metadata.',
    'This page: 20 Nov 2023',
    'More than 700 staff sign a letter',
  ],
  jsonLd: [
    'Written on 8 March 2024, from the page’s structured data (JSON-LD).',
    'This page: 8 Mar 2024',
    'Altman rejoins the board.',
  ],
  url: ['Written on 15 May 2024, from the page’s address.', 'This page: 15 May 2024', 'Leike posts “I resigned”'],
  later: [
    'Written on 21 January 2025, from the date in the article’s byline. That is after May 2024: the cards show nothing later.',
    'This page: 21 Jan 2025',
    'Leike joins Anthropic.',
  ],
} as const;

/** Runs in the popup: the timeline mark's text and the text of the event just before it; null without a mark. */
const READ_MARK = `(() => {
  const mark = document.getElementById('page-mark');
  return mark && [mark.textContent, mark.previousElementSibling.querySelector('.event-text').textContent];
})()`;

const UNDATED_LINE = 'The page gives no date: the cards show where things stood in May 2024.';

/** How a browser's tests reach the card and the popup. */
export interface ThenAndNowDriver {
  /** The card's text after a real hover on the page's mention, the extension speaking `lang`. */
  hoverCard(page: DatedPage, lang: 'en' | 'de'): Promise<string>;
  /**
   * Loads the page in the tab, opens the popup about that tab and waits until its text holds `line`;
   * gives back a way to evaluate an expression in the popup.
   */
  openPopupOn(page: DatedPage, line: string): Promise<(expression: string) => Promise<unknown>>;
}

/** The five pages' cards in both languages, and the popup's "This page" for each, in one browser. */
export function describeThenAndNow(browser: string, driver: ThenAndNowDriver): void {
  describe(`the card then and now, in ${browser}`, () => {
    for (const [key, expected] of Object.entries(EXPECTED_CARDS)) {
      it(expected.title, async () => {
        const page = DATED_PAGES[key as keyof typeof DATED_PAGES];
        expectCard(await driver.hoverCard(page, 'en'), expected.en);
        expectCard(await driver.hoverCard(page, 'de'), expected.de);
      });
    }
  });

  describe(`the popup’s “This page” in ${browser}`, () => {
    for (const [key, [line, mark, after]] of Object.entries(EXPECTED_THIS_PAGE)) {
      it(`gives the date of the ${key} page and marks it on the timeline`, async () => {
        const evaluate = await driver.openPopupOn(DATED_PAGES[key as keyof typeof EXPECTED_THIS_PAGE], line);
        expect(await evaluate(READ_MARK)).toEqual([mark, expect.stringContaining(after)]);
      });
    }

    it('says so for the page without a date, and marks nothing', async () => {
      const evaluate = await driver.openPopupOn(DATED_PAGES.undated, UNDATED_LINE);
      expect(await evaluate(READ_MARK)).toBeNull();
    });
  });
}

/** Serves the page dated by its address at its dated path. */
export function serveUrlDated(server: StaticServer): void {
  server.route(
    URL_DATED_PATH,
    'text/html; charset=utf-8',
    readFileSync(`${FIXTURE_PAGES}/then-and-now/url-dated.html`),
  );
}

/**
 * Fails unless the card's text holds each of `expected.inOrder`, in this order, and none of
 * `expected.absent`. Spaces do not count: the card's reader (scripts/browser/card.ts) skips text nodes of
 * spaces alone, such as the one between a fact's date and its text.
 */
export function expectCard(text: string, expected: CardExpectation): void {
  const squeeze = (value: string) => value.replace(/\s+/g, '');
  const squeezed = squeeze(text);
  let from = 0;
  for (const part of expected.inOrder) {
    const at = squeezed.indexOf(squeeze(part), from);
    if (at < 0) {
      const anywhere = squeezed.includes(squeeze(part))
        ? ' (it is there, but before the part expected ahead of it)'
        : '';
      throw new Error(`Expected “${part}”${anywhere} in:\n${text}`);
    }
    from = at + squeeze(part).length;
  }
  for (const part of expected.absent) {
    if (squeezed.includes(squeeze(part))) throw new Error(`Expected no “${part}” in:\n${text}`);
  }
}
