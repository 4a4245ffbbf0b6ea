import { monthNames } from '../knowledge/lexicon/month-names';
import type { IsoDate, Localized } from '../knowledge/types';
import type { Lang } from '../model/lang';

export type { Lang } from '../model/lang';

export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}

/** Abbreviated months, as de-DE and en-GB abbreviate them ("20. Nov. 2023", "20 Nov 2023"). */
const SHORT_MONTHS: Record<Lang, readonly string[]> = {
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

/**
 * "14. Mai 2024" / "14 May 2024"; a month-only date as "Mai 2024" / "May 2024", a year as "2019"; with
 * `short`, the month abbreviated: "20. Nov. 2023" / "20 Nov 2023". From a table, as de-DE and en-GB
 * write them: the first `Intl.DateTimeFormat` on a page loads locale data for about 20 ms, and the
 * card's first render would pay that between the dwell's end and its first paint.
 */
export function formatDate(date: IsoDate, lang: Lang, form: 'long' | 'short' = 'long'): string {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const monthYear = `${(form === 'short' ? SHORT_MONTHS : monthNames)[lang][month - 1]} ${year}`;
  if (!day) return monthYear;
  return lang === 'de' ? `${day}. ${monthYear}` : `${day} ${monthYear}`;
}

/** The interface's own words. The knowledge module carries the story's. */
export const ui = {
  de: {
    asOf: 'Stand: Mai 2024',
    source: 'Quelle',
    sources: 'Quellen',
    fullStory: 'Die ganze Geschichte',
    close: 'Schließen',
    timeline: 'Chronik',
    people: 'Die Beteiligten',
    onThisPage: 'Auf dieser Seite',
    nobodyHere: 'Auf dieser Seite wird niemand aus der Geschichte erwähnt.',
    pageUnavailable: 'Diese Seite kann die Erweiterung nicht lesen.',
    otherTabUnread:
      'Auf der Seite in jenem Tab hat die Erweiterung niemanden gefunden. Eine Seite, die sie noch nicht gelesen hat, prüft ein Klick auf ihr Symbol in jenem Tab.',
    mentions: (n: number) => (n === 1 ? '1 Erwähnung' : `${n} Erwähnungen`),
    jumpTo: (name: string) => `Zur nächsten Erwähnung von ${name}`,
    whatChanged: 'Was sich änderte',
    corrections: 'Was der Bericht falsch oder ungenau darstellt',
    summary: 'Was geschah',
    cardLabel: (name: string) => `Wer ist ${name}?`,
    appTitle: 'Wer ist wer, Mai 2024',
    jumpHint: 'Ein Klick auf einen Namen springt zu seiner nächsten Erwähnung.',
    involved: 'Beteiligt',
    reportHeadline: 'Überschrift des Berichts',
    whoIsThis: 'Wer ist das?',
    notNamed: (text: string) => `„${text}“ ist niemand aus der Geschichte.`,
    severalNamed: (text: string) => `„${text}“ nennt mehrere Personen der Geschichte. Wählen Sie nur einen Namen aus.`,
    writtenOn: 'Als diese Seite erschien',
    changedOn: 'Als diese Seite zuletzt geändert wurde',
    sinceThen: 'Seitdem',
    sameAsMay: 'Derselbe Stand wie im Mai 2024, unten.',
    noChangeSince: 'Bis Ende Mai 2024 ist keine Änderung verzeichnet.',
    beforeRecord: (name: string, date: string) =>
      `Noch nichts verzeichnet: Der erste Eintrag zu ${name} ist datiert auf ${date}.`,
    afterCutoff: (date: string) => `Diese Seite ist vom ${date}; die Karte reicht nur bis Mai 2024.`,
    noHighlights:
      'Dieser Browser kann Namen auf Seiten nicht markieren: Ihm fehlt die CSS Custom Highlight API (in Firefox ab Version 140, in Chrome ab 105). Geschichte, Chronik und Beteiligte hier funktionieren trotzdem.',
    noSiteAccess:
      'Die Erweiterung darf Seiten nur lesen, wenn Sie auf ihr Symbol in der Symbolleiste klicken: Namen werden nur dort markiert. Damit sie auf allen Seiten markiert werden, erlauben Sie ihr den Zugriff auf alle Websites (Firefox: about:addons, Berechtigungen; Chrome: Details, Websitezugriff).',
  },
  en: {
    asOf: 'As of May 2024',
    source: 'Source',
    sources: 'Sources',
    fullStory: 'The full story',
    close: 'Close',
    timeline: 'Timeline',
    people: 'The people involved',
    onThisPage: 'On this page',
    nobodyHere: 'Nobody from the story is mentioned on this page.',
    pageUnavailable: 'The extension cannot read this page.',
    otherTabUnread:
      'The extension has found nobody on the page in that tab. To check a page it has not read yet, click its toolbar button in that tab.',
    mentions: (n: number) => (n === 1 ? '1 mention' : `${n} mentions`),
    jumpTo: (name: string) => `Go to the next mention of ${name}`,
    whatChanged: 'What changed',
    corrections: 'What the report gets wrong or leaves vague',
    summary: 'What happened',
    cardLabel: (name: string) => `Who is ${name}?`,
    appTitle: 'Who’s Who, May 2024',
    jumpHint: 'Click a name to go to its next mention.',
    involved: 'Involved',
    reportHeadline: 'The report’s headline',
    whoIsThis: 'Who is this?',
    notNamed: (text: string) => `“${text}” is not one of the story’s people.`,
    severalNamed: (text: string) => `“${text}” names several of the story’s people. Select just one name.`,
    writtenOn: 'When this page was written',
    changedOn: 'When this page was last changed',
    sinceThen: 'Since then',
    sameAsMay: 'The same as in May 2024, below.',
    noChangeSince: 'No change on record up to the end of May 2024.',
    beforeRecord: (name: string, date: string) =>
      `Nothing on record yet: the first entry about ${name} is from ${date}.`,
    afterCutoff: (date: string) => `This page is from ${date}; the card stops at May 2024.`,
    noHighlights:
      'This browser cannot mark names on pages: it lacks the CSS Custom Highlight API (in Firefox from version 140, in Chrome from 105). The story, timeline and people here still work.',
    noSiteAccess:
      'The extension may read a page only when you click its toolbar button, so it marks names only there. To have them marked on every page, allow it access to all websites (Firefox: about:addons, Permissions; Chrome: Details, Site access).',
  },
} as const satisfies Record<Lang, Record<string, string | ((...args: never[]) => string)>>;

export type UiStrings = (typeof ui)[Lang];
