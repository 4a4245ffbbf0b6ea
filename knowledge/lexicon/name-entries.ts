/**
 * A surname as the entry of a reference work or a page about names: the brackets that title an entry, a name
 * dictionary's crumbs, a redirect, a page on a name's meaning, how common a name is, eponyms and the common surnames a
 * name is likened to. Such a text is about the word, not a person; the words are data, and the rules in `engine/rules/`
 * (name entries, search lines) hold the grammar that reads them.
 */

/** Nouns for a name, as a question asks about a surname as one: "Is Leike a German name?". Lower case. */
export const nameNouns = [
  'name',
  'surname',
  'family name',
  'last name',
  'nachname',
  'familienname',
  'nazwisko',
] as const;

/**
 * What a reference work writes in brackets after a name to title an entry about the name itself: "Sutskever
 * (surname)", "Altman (disambiguation)", "Leike (Familienname)". Such a title names the word, not a person.
 * Lower case.
 */
export const nameEntryWords = [
  'surname',
  'family name',
  'name',
  'disambiguation',
  'familienname',
  'nachname',
  'begriffsklärung',
] as const;

/**
 * Round 72: what a reference work writes in brackets after a name to title an entry on a place or a work of that
 * name, as a disambiguation list sets them apart: "Leike (river)", "Altman (film)", „Leike (Fluss)“. No person is so
 * titled. Lower case.
 */
export const entryThingWords = [
  'river',
  'stream',
  'lake',
  'village',
  'town',
  'mountain',
  'crater',
  'ship',
  'film',
  'album',
  'song',
  'novel',
  'fluss',
  'bach',
  'dorf',
  'ort',
  'gemeinde',
  'berg',
  'krater',
  'schiff',
  'lied',
  'roman',
] as const;

/**
 * Lower-case words that, after a lower-case surname in a search, ask about the word: "leike bedeutung", "sutskever
 * name origin". Not its pronunciation, which people ask of our person's name ("pachocki aussprache"). Lower case.
 */
export const nameStudyWords = [
  'bedeutung',
  'herkunft',
  'namensherkunft',
  'meaning',
  'origin',
  'name',
  'genealogy',
  'nazwisko',
] as const;

/**
 * Nouns of a page on a surname's meaning, after it and a dash or colon: „Pachocki – Namensbedeutung und Herkunft“,
 * "Leike: meaning and origin" (round 22). Lower case.
 */
export const nameMeaningNouns = [
  'bedeutung',
  'namensbedeutung',
  'herkunft',
  'namensherkunft',
  'meaning',
  'origin',
  'origins',
  'etymology',
  'etymologie',
  'name meaning',
] as const;

/**
 * Crumbs of a name dictionary's breadcrumb before a surname: "names.example.org › surnames › pachocki",
 * "nazwiska.example.pl › nazwiska › pachocki". The surname there is the dictionary's entry, the word. Lower case.
 */
export const surnameCrumbs = [
  'surnames',
  'last names',
  'family names',
  'familiennamen',
  'nachnamen',
  'nazwiska',
] as const;

/**
 * Words of a wiki's redirect note right after a quoted surname: '"Sutskever" redirects here', '„Sutskever“ leitet
 * hierher weiter'. The name is the page's title as a word, no mention. Matched after the closing quotation mark.
 */
export const redirectPhrases = [
  'redirects here',
  'is a redirect',
  'leitet hierher weiter',
  'leitet hierhin weiter',
  'ist eine weiterleitung',
] as const;

/**
 * Nouns for a surname as such: "Pachocki ist ein polnischer Familienname", "Leike is a surname of German origin"
 * define the word, not the person. Lower case.
 */
export const surnameNouns = [
  'surname',
  'family name',
  'last name',
  'familienname',
  'nachname',
  // Round 100: their dative, „Liste von Personen mit dem Familiennamen Leike“.
  'familiennamen',
  'nachnamen',
  'nazwisko',
] as const;

/**
 * Round 92: nouns for a name of any kind, before quoted examples of it: 'a name like "Kowalski" or "Pachocki" takes
 * -iego', „Namen wie „Leike““. A quoted example is a word, not the person. Lower case.
 */
export const exampleNameNouns = ['name', 'names', 'namen'] as const;

/**
 * How common a name is, as a word of a sentence about the name itself: "Leike isn't a rare name in Hesse",
 * „Altman ist kein seltener Name“ (round 24). A stem: German endings may follow. Lower case.
 */
export const nameFrequencyWords = [
  'common',
  'uncommon',
  'rare',
  'unusual',
  'frequent',
  'popular',
  'widespread',
  'typical',
  // Round 70: „Pachocki sei in Polen ein ganz normaler Name“.
  'normal',
  'ordinary',
  'gewöhnlich',
  'häufig',
  'selten',
  'verbreitet',
  'gängig',
  'ungewöhnlich',
  'typisch',
] as const;

/**
 * How widely a name is spread, said of the surname alone with no noun after it: "Leike is more common in the north
 * than people think", „Pachocki ist in Polen weit verbreitet“ (round 71). Only words no one says of a person: not
 * "popular" or "unusual", nor „selten“ and „häufig“, which are adverbs too („Leike ist selten zu sehen“). Lower case.
 */
export const nameSpreadWords = ['common', 'uncommon', 'rare', 'widespread', 'verbreitet', 'gängig'] as const;

/**
 * Round 169: the adverbs of those, said of the surname only where the clause ends on them, after a place perhaps and
 * denied too: „Zum Namen: Leike ist im Elbe-Weser-Dreieck nicht selten.“ Lower case.
 */
export const nameSpreadAdverbs = ['selten', 'häufig'] as const;

/**
 * Nouns for a method, a plot or a test named after two people, after a hyphenated pair of surnames ("the
 * Bland-Altman method", „Bland-Altman-Diagramm“): an eponym, not a person (round 15). Lower case.
 */
export const eponymNouns = [
  'method',
  'methods',
  'plot',
  'plots',
  'analysis',
  'test',
  'equation',
  'diagram',
  // Round 51: "Bland–Altman limits of agreement"; round 57: "Bland-Altman agreement paper (1986)"; round 58: "the
  // Altman–Leiker index of ecological diversity".
  'limits',
  'agreement',
  'index',
  'methode',
  'verfahren',
  'diagramm',
] as const;

/**
 * Common surnames a surname is likened to, as a word of its country: "Pachocki is like Smith there", „Leike ist bei uns
 * wie Müller“ (round 27; `engine/rules/name-entries.ts`). Lower case.
 */
export const commonSurnames = [
  'müller',
  'mueller',
  'meyer',
  'meier',
  'maier',
  'mayer',
  'schmidt',
  'schneider',
  'fischer',
  'smith',
  'jones',
  'brown',
  'johnson',
  'williams',
  'kowalski',
  'nowak',
  'ivanov',
  'cohen',
] as const;
