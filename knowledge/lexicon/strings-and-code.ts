/**
 * A surname as a string that a program, a feed, a filter, a count or a word list handles: the nouns of strings, lists
 * and tags, the verbs of matching, finding and adding, what a tool counts, the entries it keeps and the function names
 * and comment tags of code. Such a string takes in every bearer of the name; the words are data, and the rules in
 * `engine/rules/` (strings looked for, code values, names as words) hold the grammar that reads them.
 */

/**
 * Nouns for an entry a tool keeps for a name, after a quoted surname and "as"/„als“: '"Sutzkever" as an alias',
 * „„Leicke“ als Variante ergänzt“, '"sama" as a plain key'. The quoted word is the tool's string (round 22). Lower case.
 */
export const nameEntryNouns = [
  'alias',
  'aliases',
  'variant',
  'variante',
  'synonym',
  'key',
  'schlüssel',
  'keyword',
  'schlagwort',
  'stichwort',
  'suchbegriff',
  'search term',
  'entry',
  'eintrag',
] as const;

/**
 * Nouns for a string a program or a feed looks for, right before a quoted surname or a hashtag: 'keys on the string
 * "Altman"', 'das Stichwort „Altman“', "Filter für #Altman"; also after it: '"Altman" as a topic', "my #Altman tag". The surname is then the word a feed or
 * a filter matches, which takes in every bearer of the name, not a person. Lower case.
 */
export const stringNouns = [
  'string',
  // Round 82: a feed a reader sets up for a string, 'a topic feed for "Pachocki"'.
  'feed',
  'keyword',
  'search term',
  'term',
  'tag',
  'topic',
  'filter',
  'zeichenkette',
  'stichwort',
  'schlagwort',
  'suchbegriff',
  'suchwort',
  // Round 99: a term a YAML file's comment quotes, 'der Begriff "Pachocki" oben findet das nicht', and the stem it
  // proposes instead, 'Wortstamm "Pachock" nehmen'.
  'begriff',
  'wortstamm',
  // Round 109: a search's pattern, „# Suchmuster: „Pachock“ statt „Pachocki““.
  'suchmuster',
  // German plurals the endings -e, -s, -n, -en do not make (round 19): '# Stichwörter: "Leike", "Altman"'.
  'stichwörter',
  'schlagwörter',
  'suchwörter',
  // A puzzle's clue (round 19): 'gave "Altman of Hollywood" as a clue'.
  'clue',
  // A wiki's redirect, a title it looks up: 'Schreibweise „Sutzkever“ als Weiterleitung?' (round 17).
  'weiterleitung',
  'redirect',
  // Round 95: a pattern's, 'obituaries kept tripping the "Altman" pattern'. Not German's „Muster“, whose everyday
  // sense opens a list of hashtags: „Zwei Abgänge, ein Muster: #Sutskever und #Leike“.
  'pattern',
  // An alert's or a rule's string (round 18): 'the old rule for "Altman" sent us forty alerts', 'Alarm für „Leike“'.
  'rule',
  'alert',
  'alerts',
  'regel',
  'alarm',
  // Round 105: what an app hides from a feed, 'doesn't work as a mute word'.
  'mute word',
  'muted word',
  // Round 151: a monitor's count of a string, 'The "Leike" count may still include a few stories about a councillor'.
  'count',
  // Round 152: an app's notice for a string, „die Benachrichtigungen für „Altman“ aktiviert“.
  'benachrichtigung',
  'notification',
  // Round 156: a record's id, "-- Old rows used 'sutzkever' as a slug after the agency misspelling".
  'slug',
] as const;

/**
 * Round 146: a tool's nouns that a surname names unquoted before them, the string it looks for: "Subject: Leike alert
 * is useless", "the Altman filter". Not a topic's or a rule's, "the Altman topic", "the Leike rule", which may be his.
 * Lower case.
 */
export const namedToolNouns = [
  'alert',
  'alerts',
  'alarm',
  'filter',
  'keyword',
  'keywords',
  'pattern',
  'regex',
] as const;

/**
 * Round 157: what a search returns for a string, named after it with the article before: "none of the Leike hits was
 * about anyone else", „die Leike Treffer“. Without the article, "Altman hits back" is his verb. Lower case.
 */
// Round 164: "every" counts them one by one, 'Every "Altman" result this month'.
export const searchResultNouns = ['hits', 'matches', 'results', 'treffer', 'hit', 'match', 'result'] as const;

/**
 * A tool's lists of strings, said to hold a surname (round 68): '`Суцкевер` is now in the pattern list', „„Leike“
 * steht in der Suchliste“. The word there is a string it looks for, whoever bears it; a list of people ("the list of
 * speakers") holds the man. English: the word before "list"; German: the compound. Lower case.
 */
// Round 131: a monitor's, 'asked for "Sutzkever" to go on the watch list'.
export const stringListWords = [
  'pattern',
  'word',
  'keyword',
  'alias',
  'search',
  'filter',
  'match',
  'stop',
  'watch',
  // Round 159: German's word for a pattern, a YAML key's `muster:`.
  'muster',
] as const;
export const stringListCompounds = [
  'musterliste',
  'wortliste',
  'stichwortliste',
  'schlagwortliste',
  'suchliste',
  'suchwortliste',
  'filterliste',
  'aliasliste',
  // Round 109: a filter holds its strings as a list does, „steht bei mir zusätzlich „Pachockiego“ im Filter“.
  'filter',
  'suchfilter',
  // Round 147: a spellchecker's or a house style's list of words, '“Sutskever”, “Pachocki” and “Leike” are now in the
  // house dictionary', „steht im Wörterbuch“.
  'dictionary',
  'wörterbuch',
] as const;

/**
 * Nouns for the terms of a word list a tool is given, one a line, in the comment lines above them (round 70): "# One
 * term per line", "# custom_vocab.txt", „# Wortliste der Diktiersoftware“. Read as whole words; lower case.
 */
export const wordListNouns = [
  'term',
  'terms',
  'vocab',
  'vocabulary',
  'word list',
  'wordlist',
  'dictionary',
  'begriff',
  'begriffe',
  'wortliste',
  'vokabular',
  'wörterbuch',
] as const;

/**
 * The tags that open a code comment's note and take its owner's user name in brackets (round 74): `TODO(leike):`,
 * `FIXME(altman)`. Read case-blind, before the bracket.
 */
export const ownerTagWords = ['todo', 'fixme', 'xxx', 'hack', 'note', 'bug'] as const;

/**
 * Nouns for a tag or a slug, whose name a lower-case surname right after them is (round 68): 'Tag leike existiert
 * doppelt', 'the slug pachocki'. Read as the noun where capitalised, as German writes it, or after one of
 * `tagNounArticles`: 'tag leike in the thread' is the verb, whose object is the man. Lower case.
 */
export const tagNouns = ['tag', 'slug', 'schlagwort'] as const;
export const tagNounArticles = [
  'the',
  'a',
  'this',
  'der',
  'den',
  'dem',
  'des',
  'das',
  'ein',
  'einen',
  'dieses',
] as const;

/**
 * Nouns for strings that say what a post or a page is about, not what a tool looks for: 'tags: [OpenAI, Leike]' names
 * who it is about (round 59). Lower case; a subset of `stringNouns`.
 */
export const subjectNouns = ['tag', 'topic'] as const;

/**
 * Round 152: a post's labels for its hashtags, German's too, „Schlagwörter: #Leike #OpenAI“ under a blog post. Not
 * German's for a tool's list, whose items are strings: `schlagworte: [Sutskever, Leike]`. Lower case.
 */
export const postTagLabels = [...subjectNouns, 'schlagwort', 'schlagwörter'] as const;

/**
 * Words that, right before a quoted surname, give it as the bare word written alone: 'a headline that says just
 * "Altman"', 'schreibt nur „Leike“'. Lower case.
 */
export const bareWordAdverbs = ['just', 'only', 'simply', 'bare', 'lone', 'nur', 'bloß', 'lediglich'] as const;

/**
 * Round 162: verbs of naming that may stand between such an adverb and the quoted word, which is then the bare word
 * too: 'Stories that only mentioned "Altman" were not counted'. Lower case.
 */
export const bareWordVerbs = ['mentioned', 'mentions', 'mention', 'erwähnt', 'erwähnten', 'erwähnen'] as const;

/**
 * Of those, the adjectives that call the quoted word itself bare, a form written without what completes it: 'bare
 * „sama“ counts only with @', 'a lone "sama"' (round 74). A handle so called is the string, not its owner. Lower case.
 */
export const bareStringAdjectives = ['bare', 'lone'] as const;

/**
 * Verbs of a feed or a filter that sorts news by a quoted string, with at most one word and "on" after them:
 * 'keys on "Altman"', 'tag news on "Altman"'; and an alert's or a rule's that goes off on it: 'fires on "Pachoki"',
 * 'triggers on "Leicke"' (round 21). Lower case; their forms in -s, -ed and -ing count too.
 */
export const stringVerbs = ['key', 'tag', 'filter', 'match', 'fire', 'fired', 'firing', 'trigger'] as const;

/**
 * Words right before a quoted surname for what a count, an alert or a regex looks for: 'counts stories containing
 * "Altman"', 'alerts only watch for "Sutzkever"', 'Regex to match "Sutskever"'. The string takes in every bearer of
 * the name (round 15). Lower case.
 */
export const lookedForWords = [
  'containing',
  'contains',
  'watch for',
  'watches for',
  'watching for',
  'to match',
  // A rule's verb and a tool's mark on a page (round 19): 'Do not match "Altman" alone', 'the plugin underlined "Leike"'.
  'match',
  'matches',
  'underlined',
  'highlighted',
  // Round 117: what trips a tagger, 'retrospectives kept tripping "Altman"'.
  'tripping',
  'tripped',
  // Round 83: what a search tool finds and nothing else, 'our search tool only finds "Sutskever"'.
  'only finds',
  'findet nur',
  // Round 122: a search that no longer finds it, 'the doc's search can't find "Leike" any more'.
  "can't find",
  'can’t find',
  'cannot find',
  // Round 123: 'could not find "Sutskever" in it'; a digest's 'matched "Altman" in "Altmann"'; a marker's 'lit up
  // "Altman" in "Altman Hardware"'.
  'could not find',
  "couldn't find",
  'couldn’t find',
  'matched',
  'lit up',
  // Round 142: what an alert fires on, 'The alert now fires on "Sutskever", "Sutzkever", "Pachocki" and "Leike"'.
  'fires on',
  'fire on',
  'enthält',
  'enthalten',
  'enthaltend',
  // A search's string (round 17): 'damit die Suche nach „Altman“ nicht …', 'a search for "Leike" finds both'.
  'search for',
  'searches for',
  'searching for',
  'suche nach',
  'sucht nach',
  'suchen nach',
  // Round 154: a page searched for it by the browser's find keys, 'tried Ctrl+F for "Leike" on my local paper's site'.
  'ctrl+f for',
  'ctrl+f nach',
  'cmd+f for',
  // Round 54: a search page's suggestion and what it says was typed, 'Did you mean: "Sutskever" (you typed "…")'.
  'did you mean:',
  'did you mean',
  'you typed',
  'meinten sie:',
  'meinten sie',
  'sie suchten',
  // Round 55: what a pattern is to catch, 'Regex to catch "Altman" but not …'.
  'to catch',
  // Round 58: 'Regex for matching "Altman" but not "Altmann"?', 'stop at exactly "Altman"'.
  'matching',
  'at exactly',
  // Round 59: what a filter or a style check takes in, 'Anything mentioning "Leike" goes into a folder', 'the macro
  // flags "Altman"', 'when you type "altman"', 'Hover any "Altman"': every bearer of the word.
  'mentioning',
  'flags',
  'flagged',
  'you type',
  'any',
  // „Bei einem Namen wie „Altman“ bringt das nichts“: a name given as an example of its kind.
  'namen wie',
  // Round 77: what a bot or a script looks for, 'The bot looks for "Leike", "Pachocki" and "Sutzkever"'.
  'looks for',
  'look for',
  // Round 106: what a site's alerts follow, 'Email me when a story tagged "Leike" is published'.
  'tagged',
  // Round 125: a search on the command line, 'If you grep for "Leike" you'll miss it'.
  'grep for',
  'grepping for',
  'grep',
  // Round 161: words muted in a feed, 'I muted "Altman", "OpenAI" and "AGI" for a week'.
  'muted',
  // Round 130: what a bot takes in, 'reposts anything with “Leike” in it'.
  'anything with',
  'everything with',
  // Round 139: what the texts a collection keeps contain, 'headlines that contain "Altman"', and a log's searches,
  // 'Search used: "Sutskever OR Sutzkever", "Pachocki"'.
  'contain',
  'contained',
  'search used:',
  'searches used:',
] as const;

/**
 * Verbs that put a quoted word on a tool's list, right before a quoted surname that ends its quotation: 'Also adding
 * "Sutzkever" because …', 'We\'ve added "Pachocki" to our spelling list' (round 17). A quoted phrase after them is
 * text put somewhere ('add "Altman did not immediately respond"'). Lower case.
 */
/**
 * German verbs by which a string goes into a box or a list, split around it: the finite verb, then its particle where
 * the clause ends, „gibt „Sutzkever“ ein“ (round 122), „„Leike“ nehme ich gleich mit auf“ (round 123). Lower case.
 */
export const splitEntryVerbs = [
  { finite: ['gib', 'gibt', 'gebe', 'geben', 'gebt', 'gab', 'gaben'], particle: 'ein' },
  { finite: ['tipp', 'tippe', 'tippst', 'tippt', 'tippen', 'tippte', 'tippten'], particle: 'ein' },
  { finite: ['trag', 'trage', 'trägt', 'tragen', 'tragt', 'trug', 'trugen'], particle: 'ein' },
  { finite: ['nimm', 'nimmt', 'nehme', 'nehmen', 'nehmt', 'nahm', 'nahmen'], particle: 'auf' },
  { finite: ['füg', 'füge', 'fügt', 'fügen', 'fügte', 'fügten'], particle: 'hinzu' },
  // Round 124: a filter or an alert set to the strings, „Ich stelle ihn auf „Sutskever“ und „Leike“ um“.
  { finite: ['stell', 'stelle', 'stellt', 'stellen', 'stellte', 'stellten'], particle: 'um' },
] as const;

/**
 * Their infinitives and participles, and adding's, closing the clause after the string: „Ich lasse „Sutzkever“
 * ergänzen“. Round 167: and the finite forms joined to their particle that close a clause whose verb comes last, „Wer
 * „Altman“ bei Wikipedia eingibt“.
 */
export const entryInfinitives = [
  'eingibt',
  'eingab',
  'eintippt',
  'eintippte',
  'einträgt',
  'eintrug',
  'ergänzen',
  'eingeben',
  'eingegeben',
  'eintragen',
  'eingetragen',
  'aufnehmen',
  'aufgenommen',
  'hinzufügen',
  'hinzugefügt',
  'umstellen',
  'umgestellt',
] as const;

export const addingVerbs = [
  'add',
  'adds',
  'added',
  'adding',
  'gained',
  // Round 85: German's, „Dörte ergänzt „Pachocki“ und „Leike““.
  'ergänzt',
  'ergänzte',
  'ergänzen',
  'ergänze',
] as const;

/**
 * Words right after a quoted spelling that count it along with the others: 'Schreibweise „Sutzkever“ mitgezählt',
 * '"Sutzkever" counted too' (round 15); or that say an alert goes off on it: „die auch bei „Sutskewer“ anschlägt“
 * (round 21). Not "without the first name": 'we accepted "Pachocki" without the first name' gives our person as an
 * answer. Lower case.
 */
export const countedWords = [
  'mitgezählt',
  // Round 130: an order in a script's comment, '# Suchmuster. "Sutzkever" mitzählen, die Agentur schreibt es oft so'.
  'mitzählen',
  // Round 100: a search takes it in with the others, „die Schreibweise „Sutzkever“ wird automatisch mitgesucht“.
  'mitgesucht',
  // Round 103: a list's item that stays in it, '# Suchwörter. "Sutzkever" bleibt drin, weil …', „steht mit drin“. Not
  // „drin“ alone: „Die Meldung hatte „Sutzkever“ drin“ is his name as printed.
  'bleibt drin',
  'mit drin',
  // Round 59: '"Sutzkever" zählen wir mit', and a few words may stand between: '„Sutzkever“ wird wie bisher mitgezählt'.
  'zählen wir mit',
  'counted too',
  'counted as well',
  'also counted',
  'anschlägt',
  'anschlagen',
  'auslöst',
  // Round 94: what a filter counts holds the word, „Beiträge, die „Altman“, „Sutskever“ oder „Leike“ enthalten“.
  'enthalten',
  'enthält',
  // Round 99: German's participle of adding at its clause's end, „ich habe dort „Leike“ und „Sutzkever“ ergänzt“.
  'ergänzt',
  'hinzugefügt',
  'eingetragen',
  'enthielten',
] as const;

/**
 * Round 87: of those, a tool's verbs that take a list of surnames without quotes too: "the QA macro looks for
 * Sutskever, Altman and Pachocki", „der Filter sucht nach Leike und Altman“. Lower case.
 */
export const listLookedForWords = [
  'looks for',
  'look for',
  'watch for',
  'watches for',
  'searches for',
  'sucht nach',
  'suchen nach',
  'flags',
  'matches',
] as const;

/**
 * Nouns of a count of strings, after a number and before a quoted surname: 'allein elf Einträge „Leike“' in a phone
 * book (round 18). What is counted is the word as written, every bearer of it. Not a spelling: 'davon 44 mit
 * Schreibweise „Sutzkever“' counts his articles that printed him so, his name as printed (round 21). Lower case.
 */
export const countNouns = [
  'entry',
  'entries',
  'listing',
  'listings',
  'hit',
  'hits',
  'eintrag',
  'einträge',
  'einträgen',
  'treffer',
  // Round 138: a tool's report of what it found on a page, '4 matches for "Altman"'.
  'match',
  'matches',
] as const;

/**
 * Round 85: nouns of the texts a count takes in, after a number and before "with" and a quoted surname: „212 Artikel mit
 * „Altman“ im Text“, '40 stories with "Leike"'. The texts counted hold the word, whoever bears it. Lower case.
 */
export const countedTextNouns = [
  // Round 92: a file's lines, as a count of matching lines takes them in, „zählt alle Zeilen mit „Altman““.
  'lines',
  'zeilen',
  'article',
  'articles',
  'stories',
  'posts',
  'headlines',
  'documents',
  'pages',
  'artikel',
  'artikeln',
  'beiträge',
  'beiträgen',
  'meldungen',
  'texte',
  'texten',
  'schlagzeilen',
  'dokumente',
  'seiten',
] as const;

/**
 * Round 92: words that take in all the texts of a count with no number, before `countedTextNouns`: „alle Zeilen mit
 * „Altman““, 'every story with "Leike"'. Lower case.
 */
export const allTextsWords = ['all', 'alle', 'every', 'jede', 'jeden', 'jedes'] as const;

/**
 * Verbs of a tool finding a name in text. A quoted surname in a question with one of these asks how the word is
 * found ("Erkennt NamenFinder auch „Sutzkever“?", "Why did it highlight "Altman" on a film review?", "Und wenn nur
 * „Leike“ dasteht?"): the word, no mention. Matched like `contextTerms`.
 */
export const nameFindingVerbs = [
  'match',
  'matched',
  'highlight',
  'highlighted',
  'tag',
  'tagged',
  'detect',
  'detected',
  'recognise',
  'recognize',
  'find',
  'erkennt',
  'erkennen',
  'erkannt',
  'markiert',
  'markieren',
  'findet',
  'finden',
  'dasteht',
] as const;

/**
 * What a text-processing tool handles, before a quoted name that is then the string it handles: 'mentions of
 * "Altman"', „Erwähnungen von „Leike““, 'disambiguate "Altman"' (round 21); a search's results or hits for it, a rule
 * for it, and after it a count of them („„Leike“ 14 Treffer“; round 48).
 */
export const textUnitNouns = [
  // Round 119: an alert's matches, 'You also follow "Sutskever" (0 new matches)'.
  'matches',
  'mentions',
  'occurrences',
  'instances',
  'results',
  'hits',
  'treffer',
  'ergebnisse',
  'rule',
  'regel',
  'token',
  'tokens',
  'entity',
  'entities',
  'erwähnungen',
  'nennungen',
  'vorkommen',
] as const;

/**
 * Verbs of a string that finds text, after the quoted surname as its subject: '"Altman" also hits Robert Altman film
 * reviews', „„Leike“ trifft auch den Tischler“ (round 44). A name that hits or matches is a string. Lower case.
 */
export const matchingVerbs = [
  'hits',
  'matches',
  'catches',
  'contains',
  'trifft',
  'matcht',
  'erwischt',
  'findet',
  'enthält',
  // Round 72: or brings up a search's results: '"Leike" alone gets you a garden centre', „„Altman“ liefert vor allem
  // Filmkritiken“.
  'gets you',
  'gives you',
  'brings up',
  'pulls up',
  'turns up',
  'liefert',
  // Round 74: or marks text as a highlighter does: '"Altman" alone still lights up the hardware ads'.
  'lights up',
  'highlights',
] as const;

/**
 * Stems of a function's name that says it matches text (round 68): its quoted argument is the string looked for,
 * `name_contains("Leike")`, `highlight('Pachocki')`, `enthaelt("Altman")`. Not a function that maps a name to a person
 * (`normalise`, `lookup`), whose output is his. Lower case; read anywhere in the name.
 */
export const matchingCallStems = [
  'match',
  'contain',
  'highlight',
  'search',
  'filter',
  'grep',
  'regex',
  'markier',
  'such',
  'enthaelt',
  'enthält',
] as const;

export const textHandlingVerbs = [
  'flags',
  'rewrites',
  'disambiguate',
  'disambiguating',
  'disambiguieren',
  'tokenize',
  'tokenise',
  'normalize',
  'normalise',
  'resolve',
  'link',
  'links',
  'linking',
  'verlinken',
  'zuordnen',
  'auflösen',
] as const;

/**
 * Round 72: what a quoted surname lacks when it is taken as the bare form a tool or a count meets, right after it: „Bei
 * „Altman“ ohne Vornamen zählen wir …“, 'for "Leike" without a first name'. Lower case.
 */
export const withoutFirstNamePhrases = [
  'ohne vornamen',
  'ohne vorname',
  'ohne den vornamen',
  'without a first name',
  'without the first name',
  'without first name',
  'without his first name',
] as const;
