/**
 * A surname as what a search looks for: a search page's query line, what is typed, the strings and columns a search is
 * run with, the titles that begin or end with a name, where and how often a string stands, the verbs of searching and
 * googling and the hits a search catches. The string takes in every bearer; the words are data, and the rules in
 * `engine/rules/` (search lines, names as words, name talk) hold the grammar that reads them.
 */

/**
 * What a search page writes before its query, on a line of its own: "Suche: leike", "Bilder zu leike", "Searches
 * related to sutskever". The query names a word whose meaning the searcher has not given. Lower case.
 */
export const searchQueryWords = [
  'search',
  'search results for',
  'results for',
  'searches related to',
  'images for',
  'people also search for',
  'suche',
  'suchergebnisse für',
  'ergebnisse für',
  'bilder zu',
  'ähnliche suchanfragen zu',
  // Round 118: a results page's spelling suggestion is a query too.
  'did you mean',
  'meinten sie',
  // Round 123: and its offer to search as typed, "Search only for sutskever", "Search instead for leike".
  'search only for',
  'search instead for',
  'stattdessen suchen nach',
  // Round 124: a list of the reader's own past searches, „Deine letzten Suchen: leike · wetter morgen“.
  'recent searches',
  'your recent searches',
  'search history',
  'letzte suchen',
  'letzten suchen',
  'deine letzten suchen',
  'ihre letzten suchen',
  'suchverlauf',
  // Round 129: and the one last search, „Letzte Suche: altman“.
  'letzte suche',
  'last search',
  // Round 134: with its owner or as a verb, „Zuletzt gesucht: „leike““, "Your last search: altman".
  'your last search',
  'zuletzt gesucht',
  // Round 141: a site's own search, as it says what was typed, "You searched for: leike · 9 posts".
  'you searched for',
  'sie suchten nach',
  'du hast gesucht nach',
] as const;

/** Round 118: words that round a results page's count, "About 1,240,000 results". Lower case. */
export const approximateWords = ['about', 'approximately', 'ungefähr', 'etwa', 'ca.', 'rund'] as const;

/** Round 118: words for the seconds a results page says its search took, "(0.41 seconds)". Lower case. */
export const secondWords = ['seconds', 'second', 'sec.', 's', 'sekunden', 'sekunde', 'sek.'] as const;

/**
 * Round 71: nouns for strings a site sorts or finds by what they begin or end with: "pages with titles beginning with
 * Altman", „Artikel, deren Titel mit Leike beginnen“. Lower case.
 */
export const titledStringNouns = [
  'title',
  'titles',
  'titel',
  'name',
  'names',
  'namen',
  'word',
  'words',
  'wörter',
  'entry',
  'entries',
  'eintrag',
  'einträge',
  'string',
  'strings',
] as const;

/**
 * Round 71: English participles that say a string begins or ends with the name after them, then "with" or "in" (grammar,
 * in `engine/rules/names-as-words.ts`): "titles beginning with Pachocki", "names ending in Altman". One word each.
 * Lower case.
 */
export const stringEdgeParticiples = ['beginning', 'starting', 'ending'] as const;

/**
 * Round 71: German's participles for the same, then „mit“ or „auf“: „Einträge beginnend mit „Altman““, „Namen endend
 * auf Leike“. One word each. Lower case.
 */
export const stringEdgeParticiplesGerman = ['beginnend', 'anfangend', 'endend'] as const;

/**
 * Round 71: German's finite verbs after the name that end a clause saying what strings begin or end with: „deren Titel
 * mit Sutskever beginnen“, „das mit „Leike“ endet“. One word each. Lower case.
 */
export const stringEdgeVerbs = ['beginnt', 'beginnen', 'anfängt', 'anfangen', 'endet', 'enden'] as const;

/**
 * Round 71: words that, right before a quoted surname, ask where or how often the string stands in texts: „Titel, in
 * denen „Sutzkever“ steht“, 'how often "Sutskever" appears'. Lower case.
 */
export const occurrenceLeads = [
  'in denen',
  'in dem',
  'in der',
  'worin',
  'in which',
  'wherein',
  'how often',
  'how many times',
  'wie oft',
  'wie häufig',
] as const;

/** Round 71: verbs of a string's standing in a text, that such a lead's clause ends in: "appears", „vorkommt“. Lower case. */
export const occurrenceVerbs = [
  'appears',
  'appear',
  'occurs',
  'occur',
  'shows up',
  'steht',
  'stehen',
  'vorkommt',
  'vorkommen',
  'auftaucht',
  'auftauchen',
  'erscheint',
] as const;

/**
 * Verbs of a search for a quoted surname, before it ('I google "leike"', 'searching "Altman"') or, in German, after it
 * („wer nach „Altman“ sucht“): the word typed, whoever it finds (round 22). Lower case.
 */
export const nameSearchVerbs = ['search', 'searched', 'searching', 'google', 'googled', 'googling'] as const;
export const nameSearchVerbsAfter = ['sucht', 'suchen', 'suche', 'googelt', 'googeln', 'eingibt', 'eintippt'] as const;

/**
 * German's verb of googling, last in its clause after the quoted word it searches for: „Wenn ich heute „Altman“
 * google“, „wer „Leike“ googelt“ (round 68). The word typed takes in every bearer, as 'googling "Leike"' does. Lower
 * case, as German writes a verb.
 */
export const googlingVerbs = [
  'google',
  'googele',
  'googelst',
  'googlest',
  'googelt',
  'googlet',
  'googeln',
  'googlen',
  'googelte',
  'googelten',
  'googlete',
  'googleten',
] as const;

/**
 * Nouns of a search's hits, which a count in the clause after a quoted word says it found: „Bei „Altman“ geht es in
 * neun von zehn Treffern um …“, 'For "Leike", nine of the first ten results …' (round 68). Lower case; German's dative
 * plural adds an "n".
 */
export const searchHitNouns = ['hits', 'results', 'treffer', 'ergebnisse'] as const;

/**
 * Verbs of a search that caught texts, before a count of them after the quoted word it searched for, a noun between:
 * 'the "Sutzkever" variant caught 61 articles', „„Pachocki“ erfasste 12 Meldungen“ (round 68). A person catches no
 * number of articles. Lower case.
 */
export const catchingVerbs = ['caught', 'pulled in', 'fing', 'erfasste', 'erwischte'] as const;

/**
 * Words for how near a tool's match may come to a string, in the clause after a quoted surname set up with "for" or
 * „bei“: 'For "Altman" the fuzzy match is too loose', „Bei „Leike“ keine Nachbarschreibungen“ (round 74). The word
 * so tuned is the string compared, every bearer's. Lower case; a word's start, so that plurals and compounds count.
 */
export const matchToleranceWords = [
  'tolerance',
  'toleranz',
  'fuzzy',
  'levenshtein',
  'edit distance',
  'near spelling',
  'neighbouring spelling',
  'neighboring spelling',
  'nachbarschreibung',
] as const;

/**
 * Nouns for what is typed into a search, right before a quoted surname that closes its quotation: „bei der Eingabe
 * „altman““, 'for the query "leike"' (round 74). The bare surname typed is the string searched, every bearer's; a
 * query of several words about our story ('the query "leike resigns"') is not read so. Lower case.
 */
export const typedQueryNouns = ['query', 'search query', 'input', 'eingabe', 'suchanfrage', 'sucheingabe'] as const;

/**
 * Nouns for the strings a search was run with, before a colon and a list of bare words: „# Suchbegriffe der Abfrage:
 * Sutskever, Sutzkever, Leike“, "Search terms: Altman, Leike" (round 43). Every item is a string looked for, which
 * takes in every bearer; a tag or a topic list names the article's people and is left out. Round 67: a word list given
 * to a tool ("Wortliste für die Diktiersoftware: Sutskever, Pachocki") too. Lower case, singular.
 */
export const searchStringNouns = [
  'suchbegriff',
  'suchwort',
  'search term',
  'search string',
  'query term',
  'query string',
  'wortliste',
  'word list',
] as const;

/**
 * Words that name a data column of a search's strings when they are its whole header cell (round 69), beside
 * `searchStringNouns`: `outlet,date,query,printed_as`. Not in running text, where a page's "query: sam altman" may be
 * about our story. Lower case.
 */
export const searchColumnNouns = [
  'query',
  'queries',
  'suchanfrage',
  'suchanfragen',
  'keyword',
  'keywords',
  // Round 70: the forms a matcher keeps for a person, as round 47 reads a record's `aliases: […]`.
  'alias',
  'aliases',
  'aliase',
  // Round 131: the patterns a highlighter looks for, `INSERT INTO personen (id, display, short, muster, …)`.
  'muster',
  'pattern',
  'patterns',
] as const;
