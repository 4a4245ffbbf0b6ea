/**
 * The grammar's words of German, English, Polish and Russian: determiners, articles and their contractions,
 * prepositions and verbs of saying, the endings of nouns and verbs, the case endings a first name shares with its
 * surname, numbers, times of day and the nouns of a matter. They tell a capitalised word before a surname that is a
 * noun, a verb, a place or a date from a first name; the words are data here, and the rules in `engine/rules/` hold the
 * grammar that applies them.
 */

/**
 * German determiners that, before a capitalised word, make it a noun, never a first name: "welche Rolle
 * Sutskever noch spielt", "keine Frage Altman". Articles are not here: "der Regisseur Altman" may name someone
 * else; with a genitive surname, which no first name takes ("die Rückkehr Altmans"), any article counts. The
 * neuter "das" is here: no man's first name follows it ("wie das Board Altman absetzte"). Lower case.
 */
export const nounDeterminers = [
  'das',
  // Relative genitives: "dessen Nachfolge Pachocki antritt"
  'dessen',
  'deren',
  'welche',
  'welcher',
  'welchen',
  'welchem',
  'welches',
  'jede',
  'jeder',
  'jeden',
  'jedem',
  'jedes',
  'kein',
  'keine',
  'keiner',
  'keinen',
  'keinem',
  'manche',
  'mancher',
  'manchen',
  'solche',
  'solcher',
  'solchen',
  // Plural quantifiers: a plural noun follows them, never a first name ("in beiden Fällen Sutskever", round 24).
  'beide',
  'beiden',
  'beider',
  'alle',
  'allen',
  'mehreren',
  'vielen',
  'einigen',
  'wenigen',
  // "mit anderen Direktoren Altman entlassen": a plural noun (round 33, real text); "ein anderer Jan Leike" keeps his.
  'anderen',
  // Quantities of a mass noun: „wie viel Gewicht Altman der Sicherheitsforschung gibt“ (round 45).
  'viel',
  'wenig',
  'genug',
  // Round 111: "the same" and "my", "his", "her", "our" in forms no bare man's first name follows: a feminine's or a
  // plural's („in derselben Nacht Leike“, „in seiner Nacht Leike“), a neuter's („dasselbe Bild Altman“) or a
  // genitive's, which a first name would take with its "s" („desselben Abends Altman“).
  'dasselbe',
  'desselben',
  'derselben',
  'dieselben',
  'meiner',
  'deiner',
  'seiner',
  'ihrer',
  'unserer',
  'eurer',
] as const;

/**
 * German prepositions that govern the dative, and the determiners in -em they may take. After such a preposition,
 * a lower-case word in -em that is not a determiner is a bare adjective („nach gängigem Verständnis“, „unter neuem
 * Vorsitz“), and German puts a bare adjective before a noun, never before a first name (round 27). Lower case.
 */
export const dativePrepositions = [
  'nach',
  'mit',
  'bei',
  'von',
  'zu',
  'aus',
  'seit',
  'unter',
  'vor',
  'in',
  'an',
  'auf',
  'über',
] as const;
export const dativeDeterminers = [
  'dem',
  'einem',
  'meinem',
  'deinem',
  'seinem',
  'ihrem',
  'unserem',
  'unsrem',
  'eurem',
  'keinem',
  'diesem',
  'jenem',
  'jedem',
  'welchem',
  'manchem',
  'solchem',
  'allem',
  'vielem',
  // Round 76: "unter anderem" (among others) stands alone, as "vor allem" does: „unter anderem Jack Altman“.
  'anderem',
] as const;

/** The German indefinite article's forms. Lower case. */
export const germanIndefiniteArticles = ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'] as const;

/**
 * German possessive determiners in every case: before a compound led by a surname they make it a noun, as an article
 * does („Ihr Altman-Porträt“, „sein Leike-Zitat“; round 85). Lower case.
 */
export const germanPossessives = [
  ...['mein', 'dein', 'sein', 'ihr', 'unser'].flatMap((stem) =>
    ['', 'e', 'en', 'em', 'er', 'es'].map((ending) => stem + ending),
  ),
  ...['euer', 'eure', 'euren', 'eurem', 'eurer', 'eures'],
];

/** German articles and demonstratives: before a noun and a genitive surname ("der Abgang Leikes"). Lower case. */
export const germanArticles = [
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  ...germanIndefiniteArticles,
  'diese',
  'dieser',
  'diesen',
  'diesem',
  'dieses',
] as const;

/**
 * German prepositions joined to their article, which count as the article: before a noun and a genitive surname
 * ("zur Rolle Sutskevers") and before a compound noun ("im Altman-Interview"). Lower case.
 */
export const germanContractions = ['im', 'am', 'zum', 'zur', 'beim', 'vom', 'ins'] as const;

/**
 * English articles that, with the German ones, make a name joined by a hyphen to a capitalised word a compound
 * noun ("the Altman-Sutskever rift"), not a double surname ("sagt Leike-Hoffmann"): a person's name takes no
 * article. Lower case.
 */
export const compoundArticles = ['the', 'a', 'an', 'this', 'that'] as const;

/**
 * Round 172: English verbs that open a sentence as an order, capitalised right before a lone surname without being a
 * first name: "Write Pachocki’s appointment", "Ask Altman", "Spell Sutskever with an s". None is a first name anyone
 * bears ("Will" and "Mark" are). Lower case.
 */
export const imperativeVerbs = [
  'write',
  'spell',
  'ask',
  'call',
  'tell',
  'quote',
  'cite',
  'thank',
  'blame',
  'follow',
  'compare',
  'read',
  'see',
] as const;

/**
 * Capitalised words that stand before a lone surname in dates and times without being a first name
 * ("18:30 Uhr Leike", "5:30am PT Sutskever"). Lower case.
 */
export const timeWords = [
  'uhr',
  'h',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'pt',
  'pst',
  'pdt',
  'et',
  'est',
  'edt',
  'ct',
  'cst',
  'cdt',
  'utc',
  'gmt',
  'bst',
  'cet',
  'cest',
  'mez',
  'mesz',
  // Nouns for a day or a part of it, capitalised in German: "am selben Tag Pachocki", "Am Abend Altman".
  'tag',
  'tage',
  'abend',
  'morgen',
  'vormittag',
  'nachmittag',
  'mittag',
  'woche',
  // Round 91: a month's abbreviation after its day, as a timeline sets it: "20 Nov Sutskever says", "8 Mar Altman’s
  // seat". Not "Jan", Leike's first name.
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'okt',
  'nov',
  'dec',
  'dez',
  // Round 89: and their plurals after "seit", „seit Wochen Leikes Thread“.
  'wochen',
  'tagen',
  'monaten',
  'jahren',
] as const;

/**
 * Endings of German verbs in the third person whose stem ends in t or d ("arbeitet", "leitet", "antwortet",
 * "meldet"), or of strong verbs with their umlaut ("verrät", "verlässt"), which no first name shares ("Robert",
 * "Helmut" end in a single -t): capitalised first in a sentence, as a question has it, before a surname such a word
 * is the verb („Arbeitet Sutskever jetzt …?“; round 21). Lower case.
 */
export const germanVerbEndings = [
  'tet',
  'det',
  // Round 89: a strong verb's umlaut in the third person, which no first name ending in -t has: „Verrät Sutskever …?“,
  // „Verlässt Altman …?“, „Erhält Leike …?“.
  'ät',
  'ährt',
  'ält',
  'ägt',
  'äft',
  'äuft',
  'ässt',
  'äßt',
] as const;

/**
 * Round 133: endings of English verbs in the past, which no first name shares: capitalised first on a note's line
 * before a surname, such a word is the verb ("- Mentioned Leike's thread", "Asked about it, Reported Altman's …"). Not
 * a bare "-ed", which "Fred", "Ahmed" and "Javed" end in. Lower case.
 */
export const englishVerbEndings = ['ioned', 'ered', 'orted', 'ected', 'ested'] as const;

/**
 * Words that lead a common noun and never a first name in running text: a word the text writes after one, with no
 * name after it ("einen Teaser zu Sutskever", "an update on Leike"), is a noun, and no first name before a surname
 * either ("Betreff: Teaser Sutskever"; round 21). "a Robert Altman film" has a name after the first name. Lower case.
 */
export const indefiniteDeterminers = [
  'a',
  'an',
  'another',
  'each',
  'every',
  ...germanIndefiniteArticles,
  'kein',
  'keine',
  'keinen',
  'jede',
  'jeden',
  'jedes',
] as const;

/**
 * How Polish declines a first name beside a declined surname (round 21): a word before "Pachockiemu" is his first
 * name only in the same case ("Jakubowi", "Kubie", "Annie"), not a verb ("Gratulujemy Pachockiemu") or a greeting.
 * Each surname ending with the endings its case gives first names, lower case; a surname's other forms take none.
 */
export const polishCaseAgreement = [
  // Dative: Pachockiemu, Leikemu, Altmanowi, Sutskeverowi.
  { surname: ['emu', 'owi'], firstName: ['owi', 'u', 'ie', 'e'] },
  // Genitive: Pachockiego, Leikego; Altmana, Sutskevera.
  { surname: ['ego', 'a'], firstName: ['a', 'y', 'i'] },
  // Instrumental: Pachockim, Leikem, Altmanem, Sutskeverem.
  { surname: ['im', 'em'], firstName: ['em', 'ą'] },
  // Locative: Altmanie, Sutskeverze.
  { surname: ['ie', 'ze'], firstName: ['ie', 'u'] },
] as const;

/**
 * The same agreement in Russian (round 40): a first name before a declined Cyrillic surname takes its case ("Ильи
 * Суцкевера", "Сэму Альтману"), so a capitalised word without the case's ending is a noun that governs the surname:
 * "Уход Суцкевера из OpenAI". Surname endings, then the endings a first name takes in that case.
 */
export const russianCaseAgreement = [
  // Genitive: Суцкевера, Альтмана; Ильи, Сэма, Якуба.
  { surname: ['а'], firstName: ['и', 'ы', 'а', 'я'] },
  // Dative: Суцкеверу, Альтману; Илье, Сэму.
  { surname: ['у'], firstName: ['е', 'у', 'ю'] },
  // Instrumental: Суцкевером, Альтманом; Ильёй, Ильей, Сэмом.
  { surname: ['ом'], firstName: ['ой', 'ей', 'ёй', 'ом', 'ем'] },
] as const;

/**
 * Endings of nouns, which German capitalises: a word with one of these before a lone surname is a noun, not a
 * first name ("die Absetzung Altmans", "Kündigung Leikes"). Endings that first names share ("-nis" of Dennis,
 * "-ment" of Clement) are left out. Lower case.
 */
export const nounEndings = ['ung', 'heit', 'keit', 'schaft', 'tion', 'tät', 'ismus', 'ness', 'ship'] as const;

/**
 * Nouns for a matter, a sum, a piece of writing or a body that a surname follows as its subject or its object: "Betreff:
 * Porträt Pachocki", "# Summe Leike: 21", "Hätte ein Aufsichtsrat Altman halten können", "Subject: Profile Pachocki".
 * A capitalised word that is one, or a compound that ends in one ("Gesamtsumme", "Verwaltungsrat"), is no first name.
 * Lower case.
 */
export const matterNouns = [
  'porträt',
  // Round 41: a page about a person, „Personenseite Leike“, „Altman-Seite“.
  'seite',
  'portrait',
  'profil',
  'profile',
  'interview',
  'nachruf',
  'obituary',
  'steckbrief',
  'dossier',
  'zitat',
  'quote',
  'thema',
  'topic',
  'causa',
  // Round 84: a newsroom's word for a change of post, „die spannendere Personalie Pachocki“.
  'personalie',
  'akte',
  'summe',
  'gesamt',
  'total',
  'aufsichtsrat',
  'verwaltungsrat',
  'betriebsrat',
  'beirat',
  'vorstand',
  'board',
  // Pieces of writing a subject line names by their subject (round 19): "Betreff: AW: Text Sutskever", "Subject: Draft
  // Pachocki"; and the body politic: „dass unsere Politik Leike einlädt“.
  'text',
  'artikel',
  'article',
  // Round 140: an issue of the paper, „Porträt Sutskever (Wochenendausgabe)“; a look back, „Rückblick Altman-Rückkehr“;
  // the examples of a talk, „Beispiele Sutskever/Leike“.
  'ausgabe',
  'edition',
  'blick',
  'beispiel',
  'example',
  'beitrag',
  'bericht',
  'entwurf',
  'draft',
  'politik',
  // A keyword that names its matter (round 24): „Stichwort Leike“, „Schlagwort Altman“, "Keyword Sutskever".
  'wort',
  'keyword',
  // Round 70: a picture of someone, and a detail given of a statement, captioned or corrected by his name: „Foto:
  // Archivbild Altman“, "Photo Leike", „fix: Zeitangabe Sutskever-Post“.
  'bild',
  'foto',
  'photo',
  'angabe',
  // Round 105: an account of events in the order they came, „Chronik Altman-Rauswurf“, "Timeline Leike".
  'chronik',
  'chronicle',
  'timeline',
  // Round 118: a subject line's corrections to a piece about him, „Betreff: Korrekturen Sutskever-Meldung“,
  // „Korrektur Sutskever / Nachdreh Leike“.
  'korrektur',
  'korrekturen',
  'nachdreh',
  // Round 124: a source given by whose it is, „Quelle Leike: x.com/janleike/…“, "Source Altman".
  'quelle',
  'source',
  // Round 135: notes taken from a piece, „[Exzerpt Leike-Thread](../exzerpte/…)“, "Excerpt Altman interview".
  'exzerpt',
  'excerpt',
  // Round 161: what is new, said to be him, „die eigentliche Nachricht Pachocki“.
  'nachricht',
  'news',
] as const;

/**
 * Endings of German nouns for a person by trade or role ("Regisseur", "Lehrer", "Pianist", "Student", "Autor"):
 * after an article such a noun is an apposition that may name someone else ("der Regisseur Altman"), where any
 * other noun is a matter the surname belongs to ("der Fall Altman", "die Ära Altman"). Lower case.
 */
export const personNounEndings = ['er', 'eur', 'ist', 'ent', 'ant', 'or', 'in', 'ling', 'oge', 'at'] as const;

/** Number words that open a count (countNouns): 'elf Einträge', 'twelve entries'. Lower case. */
export const numberWords = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'ein',
  'eine',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
  'zwanzig',
  'dreißig',
  'vierzig',
  'fünfzig',
  'hundert',
] as const;

/**
 * Number words that count a plural noun, so that a capitalised word after them is that noun, never a first name
 * („zwölf Mitglieder Sutskevers …“, round 27): `numberWords` without the ones that also mean "a" ("ein Robert
 * Altman"). Lower case.
 */
export const pluralCountWords = numberWords.filter((word) => !['one', 'ein', 'eine'].includes(word));

/**
 * Prepositions of a place or an occasion, and the verbs of saying that may follow a surname. A capitalised word between
 * them is the place, no first name: "And in Davos Altman said he didn't know" ("in Robert Altman said" is no English)
 * (round 20, `engine/rules/other-first-names.ts`). Lower case.
 */
export const placePrepositions = ['in', 'at', 'from'] as const;
export const reportingVerbs = [
  'said',
  'says',
  'told',
  'tells',
  'wrote',
  'writes',
  'added',
  'asked',
  'replied',
  'posted',
  'admitted',
  'argued',
  'explained',
  'insisted',
  'warned',
  'claimed',
  'noted',
  'spoke',
  'announced',
] as const;
