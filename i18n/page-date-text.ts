import type { PageDateSignal } from '../model/page-date';
import type { Lang } from './ui-text';

/** Where a page's date of writing came from, as the popup names it after the date. */
const FROM: Record<Lang, Record<Exclude<PageDateSignal, 'modified'>, string>> = {
  de: {
    'json-ld': 'laut den strukturierten Daten der Seite (JSON-LD)',
    meta: 'laut den Metadaten der Seite',
    time: 'laut der Datumsangabe im Kopf des Artikels',
    url: 'laut der Adresse der Seite',
  },
  en: {
    'json-ld': 'from the page’s structured data (JSON-LD)',
    meta: 'from the page’s metadata',
    time: 'from the date in the article’s byline',
    url: 'from the page’s address',
  },
};

/**
 * The popup's words about the tab's page and its date. Kept apart from `ui` in `ui-text.ts`, whose words
 * the card script carries onto every page that shows a card.
 */
export const pageDateUi = {
  de: {
    thisPage: 'Diese Seite',
    dated: (date: string, signal: PageDateSignal) =>
      signal === 'modified'
        ? `Zuletzt geändert am ${date}; ein Erscheinungsdatum nennt die Seite nicht.`
        : `Erschienen am ${date}, ${FROM.de[signal]}.`,
    undated: 'Die Seite nennt kein Datum: Die Karten zeigen den Stand von Mai 2024.',
    afterCutoff: 'Das ist nach Mai 2024: Die Karten zeigen nichts Späteres.',
    seeOnTimeline: 'Wo das Datum in der Chronik liegt',
    mark: (date: string) => `Diese Seite: ${date}`,
  },
  en: {
    thisPage: 'This page',
    dated: (date: string, signal: PageDateSignal) =>
      signal === 'modified'
        ? `Last changed on ${date}; the page gives no date of publication.`
        : `Written on ${date}, ${FROM.en[signal]}.`,
    undated: 'The page gives no date: the cards show where things stood in May 2024.',
    afterCutoff: 'That is after May 2024: the cards show nothing later.',
    seeOnTimeline: 'Where the date falls on the timeline',
    mark: (date: string) => `This page: ${date}`,
  },
} as const satisfies Record<Lang, Record<string, string | ((...args: never[]) => string)>>;
