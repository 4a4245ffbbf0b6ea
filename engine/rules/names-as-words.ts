import { gradingWords, questionNouns } from '../../knowledge/lexicon/document-forms';
import { numberWords } from '../../knowledge/lexicon/grammar-words';
import { hashtagMetricWords } from '../../knowledge/lexicon/handles-and-hashtags';
import {
  catchingVerbs,
  googlingVerbs,
  searchHitNouns,
  searchStringNouns,
  stringEdgeParticiples,
  stringEdgeParticiplesGerman,
  stringEdgeVerbs,
  titledStringNouns,
} from '../../knowledge/lexicon/name-searches';
import {
  christeningVerbs,
  christeningVerbsGerman,
  namedKindNouns,
  namedThingNouns,
  namingAdverbs,
  unnamedBearerWords,
  titleNouns,
  languageNames,
  wordNouns,
  wordPluralNouns,
} from '../../knowledge/lexicon/names-as-words';
import {
  lookedForWords,
  matchingVerbs,
  textHandlingVerbs,
  textUnitNouns,
  withoutFirstNamePhrases,
} from '../../knowledge/lexicon/strings-and-code';
import { exampleNameNouns, surnameNouns } from '../../knowledge/lexicon/name-entries';
import { shopNouns } from '../../knowledge/lexicon/trades-and-shops';
import { lineAround, shortLineAt } from '../text/line-around';
import { isCallingNamedBefore } from './indefinitely-named';
import { isFileName } from './url-spans';
import { asksAboutWordInQuote } from './search-lines';
import { tellsOurStory } from './story-words';
import { editDistance } from './misspellings';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../text/quotation-marks';
import { anyOf, containingOneOf, endingInOneOf, hintOf, lazyPattern, SPACE } from '../text/regex-parts';

/**
 * Names as words, not people (round 21): a surname that a sentence matches, searches, counts, grades or says someone
 * bears is the thing talked about, the string, whoever it may name elsewhere: `ent.text == "Altman"`, `"Sutskever"
 * OR "Sutzkever"`, „#Leike 188“, „Bei Frage 7 zählt „Altman““, „Nur weil wir Altman heißen“, "a German politician
 * called Leike". Twenty rounds of phrases did not carry to new authors; what carries is the grammar that makes a name
 * the object of naming: an operator or a count beside it, a question's number and a grade, a noun or a verb of
 * text handling before it, a first person's naming verb, an indefinite calling of another walk of life. Quotation
 * marks alone say nothing: „Richtig ist Sutskever“ and 'wires wrote "Sutzkever"' stay ours.
 */

/** How far on its line the words around a name are read. */
const REACH = 60;

// Code's comparison right before the opening quote, after an operand: `ent.text == "`, `x != '` (a wiki's heading
// `== "Sutzkever" ==` has none); a query's operator, `OR "`, `AND "`, in capitals, which prose writes in lower case.
// Round 73: or a plus between two quoted strings, as a query combines its terms or code joins strings: `"Altman" +
// "OpenAI"`; prose quotes no word on both sides of a plus.
const OPERATOR_BEFORE = lazyPattern(
  () => String.raw`(?:[\p{L}\p{N}_$)\]]${SPACE}*[=!]==?|(?<![\p{L}])(?:OR|AND)|["“”»'’]${SPACE}*\+)${SPACE}*["„“«‚']$`,
  'u',
);
// Or right after the closing quote: `"Altman" == x`, `"Sutskever" OR`, `"Altman" in doc.text`, `"Altman" + "`.
// Round 144: or "in" a code span, "'Altman' in `match` catches him too"; or an alert's "NOT" after it, not before,
// where a style guide rules out a misprint of his name: `“Altman” NOT “Robert”`, not 'NOT "Sutzkever"'.
const OPERATOR_AFTER = lazyPattern(
  () =>
    String.raw`^["“”»'](?:${SPACE}*[=!]==?${SPACE}*[^\s=]|${SPACE}+(?:OR|AND|NOT)${SPACE}|${SPACE}*\+${SPACE}*["„“«‚']|${SPACE}+(?:not${SPACE}+)?in${SPACE}+(?:\x60|[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$]|\[)))`,
  'u',
);
// Round 72: not a file's name after "in", which a commit or a note names as where the string stands: 'fix typo
// "Sutzkever" in sutskever.md alt text'. Code's member ends before a space only where its name is no file's.
const IN_FILE_AFTER = lazyPattern(() => /^["“”»'][^\S\n]+in[^\S\n]+([\p{L}\p{N}_/-]+\.\p{L}+)(?![\p{L}\p{N}_.([])/u);
const isInFileAfter = (after: string) => {
  const file = IN_FILE_AFTER().exec(after)?.[1];
  return file !== undefined && isFileName(file);
};
// Round 48: a query's "OR" in capitals beside a bare surname too: `"Jan Leike" OR Sutskever OR Pachocki`. Not "AND",
// which prose sets in capitals for emphasis ("Sutskever AND Leike in one night?"), nor in a heading set in capitals.
// Round 92: a truncation's star may end the term, `Суцкевер* OR סוצקבר`.
const BARE_OPERATOR_BEFORE = lazyPattern(() => /(?<![\p{L}])OR[^\S\n]+$/u);
const BARE_OPERATOR_AFTER = lazyPattern(() => /^\*?[^\S\n]+OR[^\S\n]/u);
const CAPITALS = lazyPattern(() => /^\p{Lu}+$/u);
// Round 71: "AND" too, beside a lower-case surname, where the line holds nothing but the query's terms and operators:
// `sutskever AND openai AND 2024` typed into an archive's box. Lower-case chat stresses an "AND" between names in a
// sentence ("leike AND sutskever in one night??"), which has more words than terms.
const BARE_AND_BEFORE = lazyPattern(() => /(?<![\p{L}])AND[^\S\n]+$/u);
const BARE_AND_AFTER = lazyPattern(() => /^[^\S\n]+AND[^\S\n]/u);
const QUERY_TERM = String.raw`(?:"[^"\n]*"|[\p{L}\p{N}_.-]+)`;
const QUERY_LINE = lazyPattern(
  () => String.raw`^${SPACE}*${QUERY_TERM}(?:${SPACE}+(?:AND|OR|NOT)${SPACE}+${QUERY_TERM})+${SPACE}*$`,
  'u',
);
/** The longest line read as a query. */
const MAX_QUERY_LINE = 200;
// Round 74: or a numbered or bulleted item that is nothing but the lower-case surname, quoted or not, and its count in
// brackets, as a site's report ranks what readers typed: "7. altman (611)", '- "leikes" (21): unclear intent'. A
// ranking of people writes them capitalised ("1. Altman (611)").
const COUNTED_ITEM_BEFORE = lazyPattern(() => String.raw`(?:^|\n)${SPACE}*(?:\d+[.)]|[-*•])${SPACE}+["“„]?$`, 'u');
const COUNTED_ITEM_AFTER = lazyPattern(() => String.raw`^["“”]?${SPACE}+\(\d[\d.,]*\)(?:${SPACE}*(?:[:;,]|$|\n))`, 'u');
// Round 73: a lower-case surname, then an arrow or a colon and the count of its search's hits, as a search log lists
// what was typed: „1. sutskever → 214 Treffer“, "leike: 73 hits". A report's capitalised "Leike: 140 articles" counts
// the man's coverage.
const TYPED_HITS_AFTER = containingOneOf(
  searchHitNouns,
  () =>
    new RegExp(String.raw`^${SPACE}*(?:→|->|=>|:)${SPACE}*\d[\d.,]*${SPACE}+${anyOf(searchHitNouns)}(?![\p{L}])`, 'iu'),
);
// Round 49: a noun that calls the surname after it a word: "highlights the word Leike", „Das Wort Pachocki“. Round 72:
// quoted too, „über das Wort „Leike“ reden“, 'the word "Altman" comes from'. Round 145: or the plural before a quoted
// list, each item a word, „Nachrichtenalarme laufen auf die Wörter „Sutskever“, „Sutzkever“ und „Leike““.
const QUOTED_ITEMS_BEFORE = String.raw`(?:[^${CLOSING_QUOTES}\n]{1,40}[${CLOSING_QUOTES}]${SPACE}*(?:,|and|or|und|oder)${SPACE}*[${OPENING_QUOTES}])*`;
const WORD_NOUN_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:(?:the|das)${SPACE}+${anyOf(wordNouns)}(?:${SPACE}+|${SPACE}*[${OPENING_QUOTES}])|(?:the|die)${SPACE}+${anyOf(wordPluralNouns)}${SPACE}*[${OPENING_QUOTES}]${QUOTED_ITEMS_BEFORE})$`,
  'iu',
);
// Round 135: a name given as an example of its kind, „der Genitiv eines Namens wie Pachocki“, "a surname like Leike".
const NAME_LIKE_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:${anyOf(exampleNameNouns)}|namens|${anyOf(surnameNouns)}s?)${SPACE}+(?:like|wie)${SPACE}+$`,
  'iu',
);

/** Whether `before` ends in a noun that calls the name after it a word: "the word ", „das Wort „". */
export const isCalledWordBefore = (before: string) => WORD_NOUN_BEFORE().test(before);
// Round 71: a title's noun sets the name after it in apposition where the name ends its phrase: "articles associated
// with the title Altman."; "holds the title Sutskever gave up" begins a clause with him.
const TITLE_NOUN_BEFORE = lazyPattern(
  () => String.raw`(?<![\p{L}])(?:the|den|dem|der)${SPACE}+${anyOf(titleNouns)}${SPACE}+$`,
  'iu',
);
const PHRASE_END_AFTER = lazyPattern(() => /^(?:[.,;:!?)]|[^\S\n]*(?:\n|$))/u);
// Round 71: or strings said to begin or end with it: "pages with titles beginning with Pachocki", „Einträge beginnend
// mit „Altman““; German's verb after, „deren Titel mit Sutskever beginnen“.
const STRING_EDGE_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])${anyOf(titledStringNouns)}${SPACE}+(?:${anyOf(stringEdgeParticiples)}${SPACE}+(?:with|in)|${anyOf(stringEdgeParticiplesGerman)}${SPACE}+(?:mit|auf))${SPACE}*[${OPENING_QUOTES}]?$`,
  'iu',
);
const STRING_EDGE_MIT_BEFORE = lazyPattern(
  () => String.raw`(?<![\p{L}])${anyOf(titledStringNouns)}${SPACE}+mit${SPACE}*[${OPENING_QUOTES}]?$`,
  'iu',
);
const STRING_EDGE_VERB_AFTER = lazyPattern(
  () => String.raw`^[${CLOSING_QUOTES}]?${SPACE}+${anyOf(stringEdgeVerbs)}(?![\p{L}])`,
  'iu',
);
/** Whether the name with `before` and `after` it on its line is a title in apposition or a string's beginning or end. */
const isTitleOrStringEdge = (before: string, after: string) =>
  (TITLE_NOUN_BEFORE().test(before) && PHRASE_END_AFTER().test(after)) ||
  STRING_EDGE_BEFORE().test(before) ||
  (STRING_EDGE_MIT_BEFORE().test(before) && STRING_EDGE_VERB_AFTER().test(after));
// A function's quoted argument whose result is compared: `person_for("Sutzkever") == "sutskever"`.
const CALL_BEFORE = lazyPattern(() => /[\p{L}\p{N}_$]\(["']$/u);
const CALL_COMPARED_AFTER = lazyPattern(() => /^["']\)[^\S\n]*[=!]==?/u);
// Round 48: a count of its hits right after the quoted string: '„Leike“ 14 Treffer', '"Altman": 388 results'.
// Round 119: or the new ones in brackets, an alert's, 'You also follow "Sutskever" (0 new matches)'; not a count of a
// misprint's occurrences in a draft, '"Sutzkever" (2 occurrences)'.
const QUOTED_COUNT_AFTER = lazyPattern(
  () =>
    String.raw`^["“”»'‘’]${SPACE}*(?::?${SPACE}*\d[\d.,]*${SPACE}+|\(${SPACE}*\d[\d.,]*${SPACE}+(?:new|neue|neuen)${SPACE}+)${anyOf(textUnitNouns)}(?![\p{L}])`,
  'iu',
);
// A count right after a hashtag: „#Leike 188“, "#Pachocki: 57 posts". Round 174: not a thread's numbering, "#OpenAI
// #Sutskever 4/5".
const COUNT_AFTER = lazyPattern(() => /^[^\S\n]*:?[^\S\n]*\d(?![\d.,]*\/\d)/u);
// Round 27: a hashtag an analytics note measures in its clause, with no number right after it: „Hashtag #sutskever
// hatte Mi die beste Reichweite“, "#altman, with 9,400 impressions"; "#sutskever is trending" is the story's tag.
const METRIC_IN_CLAUSE = containingOneOf(
  hashtagMetricWords,
  () => new RegExp(String.raw`^[^.!?;\n]{0,60}?(?<![\p{L}])${anyOf(hashtagMetricWords)}(?![\p{L}])`, 'iu'),
);
// Round 27: a lower-case surname right after the noun of a kind of thing, perhaps quoted or as a channel's hashtag,
// is that thing's name: "GPU-Cluster „sutskever“", "the compute node pachocki", „Besprechungsraum leike“. A house
// writes a machine's or a room's name in lower case after its kind; prose about the man puts a person's word, a verb
// or an article there ("the new chief is pachocki"), and our names capitalised stay his.
// Read only at a lower-case surname, which few pages have.
const KIND_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}]|\p{L}-?)${anyOf(namedKindNouns)}${SPACE}+[„"“'‚\x60#]?$`,
  'iu',
);
// A quiz's numbered question on the line: "question 7", „Frage 7“, "Q7".
const QUESTION_NOUN = anyOf(questionNouns);
const NUMBERED_QUESTION = lazyPattern(
  () => String.raw`(?<!\p{L})(?:${QUESTION_NOUN}${SPACE}*(?:(?:nr|no)\.?${SPACE}*)?|Q)(\d+)(?![\p{L}\p{N}])`,
  'iu',
);
// A capitalised word right before the surname in the question's lines: a first name, perhaps another's.
const WORD_BEFORE = lazyPattern(() => /(\p{Lu}[\p{L}-]*)[^\S\n]+$/u);
const GRADING_HINT = hintOf(gradingWords);
const QUESTION_HINT = hintOf([...questionNouns, 'q']);
const GRADING = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(gradingWords)}(?![\p{L}])`, 'iu');
// A noun or a verb of text handling right before the opening quote: 'mentions of "', 'disambiguate "', 'flags the
// string "' (round 48). Round 120: „Treffer zu „Altman“ ohne OpenAI-Bezug“.
const TEXT_HANDLING_BEFORE = endingInOneOf(
  ['of', 'von', 'for', 'für', 'zu', ...textHandlingVerbs],
  () =>
    new RegExp(
      String.raw`(?<![\p{L}])(?:${anyOf(textUnitNouns)}${SPACE}+(?:of|von|for|für|zu)|${anyOf(textHandlingVerbs)}(?:${SPACE}+(?:the|die)${SPACE}+(?:string|zeichenkette))?)${SPACE}*$`,
      'iu',
    ),
);
// German puts the verb after: 'wie kann ich „Leike“ disambiguieren'.
const TEXT_HANDLING_AFTER = lazyPattern(
  () => String.raw`^["“”»'‘’]${SPACE}+${anyOf(textHandlingVerbs)}(?![\p{L}])`,
  'iu',
);
// Or a verb of matching whose subject it is, perhaps with an adverb between: '"Altman" also hits …' (round 44).
const MATCHING_AFTER = lazyPattern(
  () =>
    String.raw`^["“”»'‘’]${SPACE}+(?:(?:alone|also|too|still|only|even|on${SPACE}+its${SPACE}+own|by${SPACE}+itself|allein|auch|nur|sogar|noch)${SPACE}+){0,2}${anyOf(matchingVerbs)}(?![\p{L}])`,
  'iu',
);
// Or typed into a search engine: „Wer heute „Altman“ in eine Suchmaschine tippt“, 'typing "Leike" into Google' (round 45).
const TYPED_INTO_SEARCH_AFTER = lazyPattern(
  () =>
    String.raw`^["“”»'‘’]${SPACE}+(?:in|into|bei|auf)${SPACE}+(?:(?:eine|die|der|a|the)${SPACE}+)?(?:suchmaschine|suchfeld|suchleiste|google|search${SPACE}+(?:engine|box|bar))(?![\p{L}])`,
  'iu',
);
// Round 68: or googled, German's verb last in its clause: „Wenn ich heute „Altman“ google“, „wer „Leike“ googelt“. Case
// matters: a verb is lower case, and „„Altman“ Google-Aktien“ names the firm.
const GOOGLED_AFTER = lazyPattern(
  () => String.raw`^["“”»'‘’]${SPACE}+(?:(?:nur|mal|einfach|bloß)${SPACE}+)?${anyOf(googlingVerbs)}(?![\p{L}-])`,
  'u',
);
// Round 68: or a count of its search's hits later in its clause, words between: „Bei „Altman“ geht es in neun von
// zehn Treffern um …“, 'For "Leike", nine of the first ten results were …'. What a search finds is the string's.
const HITS_COUNTED_AFTER = containingOneOf(
  searchHitNouns,
  () =>
    new RegExp(
      String.raw`^["“”»'‘’][^.!?;\n]{0,40}?(?<![\p{L}\p{N}])(?:\d[\d.,]*|${anyOf(numberWords)})(?:${SPACE}+[\p{L}-]+){0,4}?${SPACE}+${anyOf(searchHitNouns)}n?(?![\p{L}])`,
      'iu',
    ),
);
// Round 68: or said to have caught a number of texts, up to two words between (a noun for it): 'the "Sutzkever" variant
// caught 61 articles', 'Our "Leike" query pulled in 37 items'. A person catches no count: '"Altman" caught everyone'.
const CAUGHT_COUNT_AFTER = containingOneOf(
  catchingVerbs,
  () =>
    new RegExp(
      String.raw`^["“”»'‘’](?:${SPACE}+[\p{L}-]+){0,2}?${SPACE}+${anyOf(catchingVerbs)}${SPACE}+(?:\d|${anyOf(numberWords)}(?![\p{L}]))`,
      'iu',
    ),
);
// Or searched for in prose: 'search library databases or the web for "Altman"', „sucht im Archiv nach „Leike““ (round 46).
// The string searched takes in every bearer.
const SEARCHED_FOR_BEFORE = containingOneOf(
  ['search', 'such', 'googl'],
  () =>
    /(?<!\p{L})(?:search(?:es|ed|ing)?|such(?:e|en|t|te|ten)|googl\p{L}*)(?!\p{L})(?:[^\n"“„.!?]{0,50}?(?<!\p{L})(?:for|nach))?[^\S\n]*["“„]$/iu,
);
// Round 80: or the bare surname alone in a search box, after its label: „Suche: „leike““, 'Search: "leike"'. A query
// with more words in the box ("Suche: „pachocki openai“") is about whom it pairs him with. Round 144: or the box's
// own name, „Suchfeld: „pachocki““, 'Search box: "leike"'.
const SEARCH_LABEL_BEFORE = lazyPattern(
  () => /(?<!\p{L})(?:suche|such(?:feld|leiste|maske)|search(?:[^\S\n]+(?:box|field|bar))?)[^\S\n]*:[^\S\n]*["“„]$/iu,
);
// Round 80: or the subject of German's separable "anschlagen", a pattern's or an alert's hit: „„Altman“ schlägt auch bei
// Filmkritiken an“.
const STRIKES_AFTER = lazyPattern(
  () => String.raw`^["“”»'‘’]${SPACE}+(?:schlägt|schlagen)(?:${SPACE}+[^\s.!?,;:]+){0,4}?${SPACE}+an(?![\p{L}])`,
  'u',
);
// Round 119: or the verb before and the string after "bei", „Der Alarm schlägt bisher nur bei „Sutskever“ an“.
const STRIKES_AT_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:schlägt|schlagen|schlug|schlugen)(?:${SPACE}+[^\s.!?,;:]+){0,4}?${SPACE}+bei${SPACE}*["„“]$`,
  'u',
);
// Round 120: or what a search brings up for it, „Bei „Leike“ kommen viele Traueranzeigen, bei „Pachocki“ fast nur
// Polnisches“.
const AT_QUOTE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])bei[^\S\n]*["„“]$/iu);
const RESULTS_COME_AFTER = lazyPattern(
  () =>
    String.raw`^["“”]${SPACE}+(?:kommen|kommt|erscheinen|erscheint|landen|landet|liefert|liefern|findet${SPACE}+man|gibt${SPACE}+es)(?![\p{L}])`,
  'iu',
);
// Round 120: or said to stand in an alert or a filter, „In meinem Alert steht noch „Pachoky“ als Tippfehler“.
const STANDS_IN_ALERT_BEFORE = lazyPattern(
  () =>
    /(?<!\p{L})(?:alert|alarm|filter|suchauftrag|suchliste|muster)[^\S\n]+(?:steht|stehen|stand|standen)(?:[^\S\n]+\p{Ll}+){0,2}[^\S\n]*["„“]$/iu,
);
// Round 120: or a record's id, quoted after the word, "Sam Altman stays id 'altman'".
const ID_BEFORE = lazyPattern(() => /(?<![\p{L}\p{N}_])id[^\S\n]*[:=]?[^\S\n]*['"]$/u);
const AN_AFTER = lazyPattern(() => String.raw`^["“”]${SPACE}+an(?![\p{L}])`, 'u');
// Round 119: or what an alert of its own is set up for, the clause opening on it: „Für „Leike“ gibt es seit heute
// Morgen einen eigenen Alarm“, 'For "Leike" there is now a separate alert'.
const FOR_BEFORE = lazyPattern(() => /(?:^|[.!?:;][^\S\n]+|\n[^\S\n]*)(?:für|for)[^\S\n]*["„“]$/iu);
const ALERT_LATER_AFTER = lazyPattern(
  () => /^["“”][^.!?\n]{0,50}?(?<!\p{L})(?:alarm|alert|filter|suchauftrag|watchlist)(?!\p{L})/iu,
);
// Round 119: or taken into a list by German's verb after it, „die IT gebeten, zusätzlich „Sutzkever“ aufzunehmen“.
const TAKEN_IN_AFTER = lazyPattern(
  () =>
    String.raw`^["“”]${SPACE}+(?:mit${SPACE}+)?(?:aufzunehmen|aufnehmen|aufgenommen|hinzuzufügen|hinzufügen|hinzugefügt|einzutragen|eintragen|eingetragen)(?![\p{L}])`,
  'u',
);
// Round 80: or searched for with German's verb last in its clause: „Ich habe im CMS nach „Pachocki“ gesucht“, „wer nach
// „Leike“ sucht“.
const NACH_BEFORE = lazyPattern(() => /(?<!\p{L})nach[^\S\n]*["“„]$/iu);
const SEARCHED_AFTER = lazyPattern(
  () =>
    String.raw`^["“”»'‘’](?:${SPACE}+[\p{L}-]+){0,3}?${SPACE}+(?:gesucht|suche|suchen|sucht|suchte|suchten)(?![\p{L}])`,
  'u',
);
// Round 71: or given as an example of searches or alerts, after their noun and an example's marker: „Suchen als Alarm
// anlegen, z. B. „Leike““, 'set up alerts, e.g. "Leike"'. An example of people („Gäste, z. B. „Altman““) is one of them.
const SEARCH_EXAMPLE_BEFORE = containingOneOf(
  ['such', 'search', 'alert', 'alarm', 'quer'],
  () =>
    /(?<!\p{L})(?:such(?:e|en)|searche?s?|alerts?|alarme?|quer(?:y|ies))(?!\p{L})[^\n"“„.!?]{0,40}?(?:z\.[^\S\n]?B\.|e\.[^\S\n]?g\.|etwa|zum[^\S\n]+Beispiel|for[^\S\n]+example|such[^\S\n]+as)[^\S\n]*["“„]$/iu,
);
// Round 72: or said to be what a filter or an alert went off on, its noun (a compound's head too) and then the cause's
// preposition: „vom Stichwortfilter wegen „Altman“ mitgenommen“, 'the alert fires on "Leike"', „Der Alert auf
// „Leike“ liefert …“. A filter takes in every bearer of the string.
const FILTERED_ON_BEFORE = containingOneOf(
  ['filter', 'alert', 'alarm'],
  () =>
    /(?<!\p{L})\p{L}*(?:filter|alerts?|alarme?)(?!\p{L})[^\n"“„.!?]{0,40}?(?<!\p{L})(?:wegen|because[^\S\n]+of|on|auf)[^\S\n]*["“„]$/iu,
);

// Or a key in code whose value is a pattern that looks for it: `"Sutskever": re.compile(r"\bSuts?z?kever\b")`,
// `'Leike': /\bLei[ck]k?e\b/` (round 45).
const PATTERN_VALUE_AFTER = lazyPattern(
  () => String.raw`^["']${SPACE}*:${SPACE}*(?:re\.compile\(|new${SPACE}+RegExp\(|\/)`,
  'u',
);
// A first person's naming verb before the name: „ich heiße (auch) Leike“, „heißen wir“, "my last name is Altman",
// "I'm called Leike"; round 52: with any of the lexicon's naming adverbs, „ich heiße wirklich Altman“. Round 54: as
// speech clips the verb, „Ich heiß zwar Leike mit Nachnamen“; and one who bears the full name too, "I am also Jakub
// Pachocki". Round 140: or one the writer speaks for, "my dad, whose surname is also Altman". Round 155: or "the other"
// one, as a namesake's headline quotes him, "I'm the other Sam Altman", „Ich bin der andere Jan Leike“.
const OWN_NAME_BEFORE = containingOneOf(
  [
    'heiße',
    'heisse',
    'heißen',
    'heissen',
    'ich heiß',
    'ich heiss',
    'name',
    'called',
    'named',
    'also',
    'other',
    'andere',
  ],
  () =>
    new RegExp(
      String.raw`(?<![\p{L}])(?:(?:ich${SPACE}+)?hei(?:ß|ss)e|ich${SPACE}+hei(?:ß|ss)['’]?|(?:i${SPACE}+am|i['’]m)${SPACE}+also|hei(?:ß|ss)en${SPACE}+wir|wir${SPACE}+hei(?:ß|ss)en|(?:mein|unser)${SPACE}+(?:nach|familien)?name${SPACE}+ist|(?:my|our)${SPACE}+(?:(?:last|family|sur)${SPACE}*)?name(?:${SPACE}+is|['’]s)|(?:whose|dessen|deren)${SPACE}+(?:(?:last|family|sur)${SPACE}*|nach|familien)?name${SPACE}+(?:is|ist)|(?:i|we)(?:['’]m|['’]re|${SPACE}+am|${SPACE}+are)${SPACE}+(?:also${SPACE}+)?(?:called|named)|(?:i['’]m|i${SPACE}+am|ich${SPACE}+bin)${SPACE}+(?:the${SPACE}+other|der${SPACE}+andere))${SPACE}+(?:(?:also|too|auch|ja|doch|selbst|zwar|${anyOf(namingAdverbs)})${SPACE}+){0,2}$`,
      'iu',
    ),
);
// Round 72: or a naming verb whose subject is no one, perhaps "of them": "Neither is called Leike", „Keiner von
// beiden heißt Altman“. The name is said of no bearer.
const NOBODY_CALLED_BEFORE = containingOneOf(
  ['called', 'named', 'heißt', 'heisst', 'hieß'],
  () =>
    new RegExp(
      String.raw`(?<![\p{L}])${anyOf(unnamedBearerWords)}(?:${SPACE}+(?:of|von)${SPACE}+(?:them|us|the${SPACE}+\p{L}+|ihnen|uns|beiden))?${SPACE}+(?:(?:is|was|are|were)${SPACE}+(?:called|named)|hei(?:ß|ss)t|hieß)${SPACE}+(?:(?:also|auch)${SPACE}+)?$`,
      'iu',
    ),
);
// Round 149: or one who has borne it somewhere for years, the perfect of being before it and a place or a time after:
// "I've been Altman on this street for forty years", as a shopkeeper says it. Not a possessive, "I've been Altman's
// critic".
const BEEN_BEFORE = lazyPattern(
  () => /(?<![\p{L}])(?:i['’]ve|i[^\S\n]+have|we['’]ve|we[^\S\n]+have)[^\S\n]+been[^\S\n]+$/iu,
);
const PLACE_OR_TIME_AFTER = lazyPattern(() => /^[^\S\n]+(?:on|in|at|here|around|for)(?![\p{L}])/u);
const hasBorneItFor = (before: string, after: string) =>
  PLACE_OR_TIME_AFTER().test(after) && BEEN_BEFORE().test(before);
/** Whether `before` ends in a first person's naming verb: the name after it is the writer's own (round 48: in full too). */
export const isOwnNameBefore = (before: string) => OWN_NAME_BEFORE.test(before);
// German puts it after: „weil wir Altman heißen“, „seit ich auch Leike heiße“.
const FIRST_PERSON_BEFORE = lazyPattern(() => String.raw`(?<![\p{L}])(?:ich|wir)${SPACE}+(?:\p{L}+${SPACE}+)?$`, 'iu');
const OWN_VERB_AFTER = lazyPattern(() => /^[^\S\n]+hei(?:ß|ss)(?:e|en)(?!\p{L})/iu);
// The name said, then someone said to bear it, within its line: „Leike, Leike … Mein Nachbar heißt so“, "Altman? My
// dentist is called that too", "my aunt has the same name".
const BORNE_LATER = containingOneOf(
  ['heißt', 'heisst', 'heißen', 'hieß', 'called that', 'same name', 'same surname', 'same last name'],
  () =>
    /(?<!\p{L})(?:(?:heißt|heisst|heißen|hieß)[^\S\n]+(?:auch[^\S\n]+|genauso|ebenfalls[^\S\n]+)?so(?!\p{L})|called[^\S\n]+that|same[^\S\n]+(?:sur|last[^\S\n]+)?name)/iu,
);
// Round 70: or anyone's „heißt“ or „hieß“ that ends the clause after it, as German sets the verb last in a clause
// that says who bears the name: „dass einer von euch Pachocki heißt“, „weil unser Trainer Leike heißt“. Not „Muss
// Leike heißen“, a correction's infinitive, which names ours as spelt.
const BORNE_VERB_LAST_AFTER = lazyPattern(() => /^[^\S\n]+(?:heißt|heisst|hieß|hiess)[^\S\n]*(?:[.,;:!?…)]|$)/iu);
// Round 161: not the object of a preposition, which „heißt“ then gives a meaning: „Was das für Altman heißt“.
const PREPOSITION_BEFORE = lazyPattern(() => /(?<!\p{L})(?:für|mit|von|bei|über|gegen|ohne|um|zu)[^\S\n]+$/iu);
// Round 165: nor where its clause names the bearer by our story's post, which says who holds it: „dass Ilyas Nachfolger
// Pachocki heißt“.
const CLAUSE_BEFORE = lazyPattern(() => /[^,.;:!?\n]*$/u);
/** Whether a naming verb follows the name, read only where "hei" or "hie" stands right after it. */
const isBorneVerbAfter = (after: string, before: string) => {
  const next = after.slice(0, 12).toLowerCase();
  if (!next.includes('hei') && !next.includes('hie')) return false;
  return (
    (OWN_VERB_AFTER().test(after) && FIRST_PERSON_BEFORE().test(before)) ||
    (BORNE_VERB_LAST_AFTER().test(after) &&
      !PREPOSITION_BEFORE().test(before) &&
      !tellsOurStory(CLAUSE_BEFORE().exec(before)![0]))
  );
};
// A search's strings, bare words in a list after their noun and a colon, a few words between: „# Suchbegriffe der
// Abfrage: Sutskever, Leike, Altman“ (round 43). Read on the line, which such a list may run past `REACH` on. Round 48:
// quoted too, joined by semicolons or a query's operators, an exclusion after one: `"Sutskever" OR "Sutzkever";
// "Altman" -Robert; "Leike"`.
const LIST_ITEM = String.raw`(?:[${OPENING_QUOTES}][^${OPENING_QUOTES}${CLOSING_QUOTES}\n]*[${CLOSING_QUOTES}]|[\p{L}-]+)(?:${SPACE}+-\p{L}+)*`;
// Round 67: a parenthesis may follow the noun („Suchbegriffe (einzeln und kombiniert): Altman; Sutskever“), and the
// header may stand alone on its line, the list on the lines below it, an item or a few to each, bulleted or not:
// „Suchbegriffe (je ein Alert):\n- "Leike" -Gärtnerei\n- "Altman" OpenAI“, "Word list for the dictation app:\nSutskever,
// Pachocki". Round 118: a list line may end in a bracket and a full stop, „„Leike“, „Altman“ (ohne „Altmann“).“
const HEADER = String.raw`(?<![\p{L}])${anyOf(searchStringNouns)}(?:e|s|n|en|er|ern)?(?:${SPACE}+[\p{L}-]+){0,4}(?:${SPACE}*\([^()\n]{0,40}\))?${SPACE}*:${SPACE}*`;
const SEARCH_STRINGS_BEFORE = containingOneOf(
  searchStringNouns,
  () =>
    new RegExp(
      String.raw`${HEADER}(?:${LIST_ITEM}${SPACE}*(?:[,;]|${SPACE}(?:OR|AND))${SPACE}*)*[${OPENING_QUOTES}]?$`,
      'iu',
    ),
);
const SEARCH_STRINGS_HEADER = containingOneOf(searchStringNouns, () => new RegExp(`${HEADER}$`, 'iu'));
// Each item ends where its word does, so that a long word is never split into items in every possible way.
const LIST_LINE = lazyPattern(
  () =>
    String.raw`^${SPACE}*(?:[-*•]${SPACE}+)?${LIST_ITEM}(?![\p{L}-])(?:(?:${SPACE}*[,;]${SPACE}*|${SPACE}+)${LIST_ITEM}(?![\p{L}-])){0,7}(?:${SPACE}*\([^()\n]{0,40}\))?${SPACE}*[,;.]?${SPACE}*$`,
  'u',
);
/** How many lines of a list are read back for its header. */
const MAX_LIST_LINES = 12;
/** The longest line read back for such a list. */
const MAX_LIST_LINE = 400;

// A thing named after a namesake: the surname, perhaps in the possessive, then a model's code ("Altman M7", "Leike
// X200") or up to two capitalised words ending in a thing's noun ("Pachocki Station", "Leike's Field Kit"). Case
// matters: a name's part is capitalised. A code has one or two capitals, so "GPT-4" after a name is none.
const MODEL_CODE_AFTER = lazyPattern(() => /^(?:['’]s)?[^\S\n]+\p{Lu}{1,2}\d{1,4}(?![\p{L}\p{N}-])/u);
// Round 73: or up to two capitalised words and then a lower-case noun for a shop or a firm, the firm's name before its
// noun: "the Leike Timber sawmill", "the Altman Hardware store". Prose about the man has a verb or a lower-case word
// after his name.
const FIRM_AFTER = lazyPattern(
  () => String.raw`^(?:['’]s)?(?:${SPACE}+\p{Lu}\p{Ll}+){1,2}${SPACE}+${anyOf(shopNouns)}(?![\p{L}])`,
  'u',
);
const THING_AFTER = lazyPattern(
  () =>
    new RegExp(
      String.raw`^(?:['’]s)?(?:${SPACE}+\p{Lu}\p{Ll}+){0,2}?${SPACE}+${anyOf(namedThingNouns)}(?![\p{L}])`,
      'u',
    ),
);

// A quoted name given to someone or something by a verb of christening (round 43): „den unser Team „Altman“ getauft
// hat“, 'the robot we christened "Leike"', 'they dubbed him "Altman"'. A name given is a word; "named after" and
// „nach … benannt“, which point at a bearer, are not among the verbs.
const CHRISTENED_AFTER = lazyPattern(
  () => String.raw`^["“”»'‘’][^.!?\n]{0,20}?(?<![\p{L}])${anyOf(christeningVerbsGerman)}(?![\p{L}])`,
  'iu',
);
const CHRISTENED_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:${anyOf(christeningVerbs)}(?:${SPACE}+(?:it|him|her|them))?|(?:named|called|nicknamed)${SPACE}+(?:it|him|her|them))${SPACE}*["„“«‚'‘]$`,
  'iu',
);

// Round 121: the whole of a quoted string right after a kind of thing a house names, capitalised too: 'her lab calls its
// scheduling bot "Altman"', „unser Drucker „Leike““. The thing's name; our people are no bot, server or pet.
const QUOTED_KIND_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}]|\p{L}-?)${anyOf(namedKindNouns)}${SPACE}+[${OPENING_QUOTES}]$`,
  'iu',
);

// Round 70: a quoted name right after a noun for a shop or a firm, perhaps said to be its name: 'my cousin's bakery is
// "Leike's Bakes"', „das Café „Leike““: the shop's name, after its owner. Not a team's, whose name may allude to ours:
// 'the winning team was "Sutskever's Cat"'.
const SHOP_NAMED_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])${anyOf(shopNouns)}(?:${SPACE}+(?:is|was|called|named|heißt|hieß|namens)){0,2}${SPACE}*[${OPENING_QUOTES}]$`,
  'iu',
);

// Round 72: a case's "bei" or "for" right before the quoted name and its lack of a first name right after it take the
// name as the bare form that meets a tool or a count: „Bei „Altman“ ohne Vornamen zählen wir auch …“, 'for "Leike"
// without a first name'. A writer's verb ("nennt ihn „Pachocki“ ohne Vornamen") gives the man as written, and a
// quiz's points for it grade an answer on him ('one point for "Pachocki" without the first name').
const CASE_OF_BEFORE = lazyPattern(
  () => String.raw`(?<![\p{L}])(?<!(?:punkte?|points?)${SPACE}+)(?:bei|for)${SPACE}*[${OPENING_QUOTES}]$`,
  'iu',
);
// Round 138: or the quoted name opens its sentence or list item, a rule of thumb's subject: „- „Sutzkever“ ohne
// Vornamen ist in Meldungen über OpenAI fast immer ein Tippfehler“; not an answer its clause grades, „„Pachocki“ ohne
// Vornamen gibt volle Punkte“.
const OPENS_SENTENCE_BEFORE = lazyPattern(
  () => String.raw`(?:^|[\n.!?:])${SPACE}*(?:[-–•*]${SPACE}*)?[${OPENING_QUOTES}]$`,
  'u',
);
const GRADED_AFTER = lazyPattern(() => /^[^.!?\n]{0,60}?(?<![\p{L}])(?:punkte?|points?|marks?)(?![\p{L}])/iu);
const WITHOUT_FIRST_NAME_AFTER = lazyPattern(
  () => String.raw`^[${CLOSING_QUOTES}]${SPACE}+${anyOf(withoutFirstNamePhrases)}(?![\p{L}])`,
  'iu',
);

// Round 77: a quoted name glossed as a word of some language, what it means or that it is one: 'in Polish "sama"
// just means "alone"', „das zweite „sama“ ist ein ganz normales Wort“, '"Altman" means "old man"'. A word's meaning
// is the word's, whoever bears it; unquoted, "Altman meant every word" is a person. Round 80: or the word it means
// quoted right after „heißt“, „„sama“ heißt „selbst““; or a language's word for a quoted one later in its clause,
// '"sama" a lot, but that's just Polish for "herself"'. Round 83: „heißt hier „selbst““ too, and a bare handle unquoted,
// "sama is an ordinary word in Polish". Round 98: or "the word for", '«sama» is just the word for "herself"'. Round 107:
// adverbs after „heißt“ too, „„sama“ heißt da einfach „selbst““. Round 114: or a place's adverb before the verb, "The sama
// there is the Polish word for “itself”". Round 146: or what it comes to, „„sama“ heißt da so viel wie
// „allein““. Round 158: „„sama“ heißt schlicht „selbst““. Round 164: „„sama“ heißt übrigens „selbst““.
const GLOSSED_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}]?${SPACE}+(?:(?:just|simply|only|also|really|actually|here|there|hier|da|dort|einfach|nur|auch|eigentlich|bloß)${SPACE}+)?(?:means|bedeutet|bedeutete|heißt${SPACE}+(?:(?:auf|im)${SPACE}+\p{L}+|(?:(?:hier|da|dort|einfach|schlicht|nur|bloß|eigentlich|übrigens|so${SPACE}+viel${SPACE}+wie|etwa|ungefähr)${SPACE}+){0,2}(?=[${OPENING_QUOTES}]))|(?:is|ist)${SPACE}+(?:(?:just|also|hier|auch|einfach|nur)${SPACE}+)?(?:a|an|ein|eine|the|das)${SPACE}+(?:[\p{L}-]+${SPACE}+){0,3}?${anyOf(wordNouns)})(?![\p{L}])`,
  'iu',
);
const LANGUAGES_WORD_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}]?[^.!?\n${CLOSING_QUOTES}]{0,40}?(?:is|'s|’s|ist)${SPACE}+(?:(?:just|simply|only|einfach|nur)${SPACE}+)?${anyOf(languageNames)}${SPACE}+(?:for|für)${SPACE}+[${OPENING_QUOTES}]`,
  'iu',
);

// Round 161: or, quoted, said not to mean what some take it for, '"sama" doesn't mean what tech Twitter thinks'.
const NOT_MEANT_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}]${SPACE}+(?:(?:doesn['’]t|does${SPACE}+not|didn['’]t|did${SPACE}+not)${SPACE}+mean|bedeutet${SPACE}+nicht)(?![\p{L}])`,
  'iu',
);

/** Whether the quoted name closing `after` is glossed as a word: what it means, or that it is a word (round 77). */
export const isGlossedAsWord = (after: string) =>
  GLOSSED_AFTER().test(after) || LANGUAGES_WORD_AFTER().test(after) || NOT_MEANT_AFTER().test(after);

/**
 * Whether the quoted name with `before` and `after` it on its line is matched, searched or handled as a string, or given
 * as a name.
 */
function isQuotedAsWord(before: string, after: string): boolean {
  const closed = CLOSING_QUOTES.includes(after[0] ?? '');
  return (
    OPERATOR_BEFORE().test(before) ||
    (closed && OPERATOR_AFTER().test(after) && !isInFileAfter(after)) ||
    (CALL_BEFORE().test(before) && CALL_COMPARED_AFTER().test(after)) ||
    // Round 118: a query of more words in the quote is about whom it pairs him with, „47 Ergebnisse für „altman
    // sutskever streit““, unless it asks about the word or a namesake: 'results for "altman director"'.
    (TEXT_HANDLING_BEFORE.test(before.slice(0, -1)) && (closed || asksAboutWordInQuote(after))) ||
    SEARCHED_FOR_BEFORE.test(before) ||
    (closed && NACH_BEFORE().test(before) && SEARCHED_AFTER().test(after)) ||
    (closed && SEARCH_LABEL_BEFORE().test(before)) ||
    (closed && STRIKES_AFTER().test(after)) ||
    (closed && STRIKES_AT_BEFORE().test(before) && AN_AFTER().test(after)) ||
    (closed && TAKEN_IN_AFTER().test(after)) ||
    (closed && FOR_BEFORE().test(before) && ALERT_LATER_AFTER().test(after)) ||
    (closed && AT_QUOTE_BEFORE().test(before) && RESULTS_COME_AFTER().test(after)) ||
    (closed && STANDS_IN_ALERT_BEFORE().test(before)) ||
    (closed && ID_BEFORE().test(before)) ||
    SEARCH_EXAMPLE_BEFORE.test(before) ||
    FILTERED_ON_BEFORE.test(before) ||
    (closed &&
      (TEXT_HANDLING_AFTER().test(after) ||
        QUOTED_COUNT_AFTER().test(after) ||
        MATCHING_AFTER().test(after) ||
        TYPED_INTO_SEARCH_AFTER().test(after) ||
        GOOGLED_AFTER().test(after) ||
        HITS_COUNTED_AFTER.test(after) ||
        CAUGHT_COUNT_AFTER.test(after) ||
        PATTERN_VALUE_AFTER().test(after))) ||
    CHRISTENED_BEFORE().test(before) ||
    (closed && CHRISTENED_AFTER().test(after)) ||
    (closed && QUOTED_KIND_BEFORE().test(before)) ||
    SHOP_NAMED_BEFORE().test(before) ||
    (closed &&
      WITHOUT_FIRST_NAME_AFTER().test(after) &&
      (CASE_OF_BEFORE().test(before) || (OPENS_SENTENCE_BEFORE().test(before) && !GRADED_AFTER().test(after)))) ||
    isGlossedAsWord(after)
  );
}

/**
 * Whether a model's code, a thing's noun or a firm's noun ends the capitalised words after the name: a thing or a firm
 * named after its bearer.
 * Read only where a capital follows the name, perhaps after its possessive: most names have a lower-case word after.
 */
function isThingAfter(after: string): boolean {
  const gap = after.startsWith("'s") || after.startsWith('’s') ? 2 : 0;
  const capital = after[gap + 1] ?? '';
  if (after[gap] !== ' ' || capital === capital.toLowerCase()) return false;
  return MODEL_CODE_AFTER().test(after) || THING_AFTER().test(after) || FIRM_AFTER().test(after);
}

/**
 * Whether the quoted name at [start, end), with `line` around it, is a quiz's answer graded for a numbered question
 * that names a namesake: 'your "Altman" for question 7 was accepted' where question 7's lines end "— Sidney Altman".
 * A graded answer to a question about ours is his ('For Q1 accept "Sutskever" on its own').
 */
function isGradedForNamesake(text: string, start: number, end: number, line: string, given: ReadonlySet<string>) {
  if (!QUESTION_HINT.test(line) || !GRADING_HINT.test(line) || !GRADING().test(line)) return false;
  const number = NUMBERED_QUESTION().exec(line)?.[1];
  if (number === undefined) return false;
  const question = new RegExp(
    String.raw`(?:^|\n)[^\S\n]*(?:Q|${QUESTION_NOUN})?[^\S\n]*${number}[.):][^\n]*(?:\n[^\n]*)?`,
    'iu',
  ).exec(text);
  if (!question || (question.index <= start && start < question.index + question[0].length)) return false;
  const surname = text.slice(start, end).toLowerCase();
  const lines = question[0];
  for (let at = lines.toLowerCase().indexOf(surname); at !== -1; at = lines.toLowerCase().indexOf(surname, at + 1)) {
    const first = WORD_BEFORE().exec(lines.slice(0, at))?.[1];
    if (first !== undefined && !given.has(first.toLowerCase())) return true;
  }
  return false;
}

// Round 74: an unquoted list of one surname's spellings after a word for what a pattern or a search looks for: 'I want
// to match Sutskever, Sutzkever and Sutskevers'. Spellings of one name side by side are forms a tool is to take, of
// every bearer; the people a sentence matches against each other are different names ("no one could match Sutskever
// and Leike"). The word, then up to three earlier items; after the name, up to three later ones.
const LOOKED_FOR_HINT = hintOf(lookedForWords);
const SPELLINGS_JOIN = String.raw`(?:,|${SPACE}+(?:and|or|und|oder))${SPACE}+`;
const SPELLINGS_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf(lookedForWords)}${SPACE}+((?:\p{L}+${SPELLINGS_JOIN}){0,3})$`,
  'iu',
);
const SPELLINGS_AFTER = lazyPattern(() => String.raw`^(?:${SPELLINGS_JOIN}\p{L}+){1,3}`, 'iu');
const SPELLING_JOIN_WORDS = new Set(['and', 'or', 'und', 'oder']);
/** How many letters another item may differ by from the surname to be a spelling of it, never another name. */
const SPELLING_EDITS = 2;

/** Whether the surname at [start, end) is listed, unquoted, with a spelling of it as what a tool looks for. */
function isListedWithSpellings(text: string, start: number, end: number, before: string, after: string): boolean {
  if (!LOOKED_FOR_HINT.test(before)) return false;
  const earlier = SPELLINGS_BEFORE().exec(before)?.[1];
  if (earlier === undefined) return false;
  const items = `${earlier} ${SPELLINGS_AFTER().exec(after)?.[0] ?? ''}`.toLowerCase().split(/[^\p{L}]+/u);
  const word = text.slice(start, end).toLowerCase();
  return items.some(
    (item) =>
      item !== '' &&
      item !== word &&
      !SPELLING_JOIN_WORDS.has(item) &&
      editDistance(item, word, SPELLING_EDITS) <= SPELLING_EDITS,
  );
}

/** Whether the lower-case surname at [start, end) names a thing of the kind just before it (`before`: its line). */
const isNamedKind = (text: string, start: number, end: number, before: string) =>
  text.slice(start, end) === text.slice(start, end).toLowerCase() && KIND_BEFORE().test(before);

/** Whether the surname at `start` is an item of a search's list of strings, on its line or below its header. */
function isSearchString(text: string, start: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - MAX_LIST_LINE);
  if (SEARCH_STRINGS_BEFORE.test(text.slice(lineStart, start))) return true;
  let item = shortLineAt(text, start, MAX_LIST_LINE);
  if (!item || !LIST_LINE().test(item.line)) return false;
  for (let lines = 0; item.start > 0 && lines < MAX_LIST_LINES; lines++) {
    item = shortLineAt(text, item.start - 1, MAX_LIST_LINE);
    if (!item) return false;
    if (!LIST_LINE().test(item.line)) return SEARCH_STRINGS_HEADER.test(item.line);
  }
  return false;
}

/**
 * Whether the surname at [start, end) is a term of a query joined by its operators in capitals, or a lower-case term
 * whose hits are counted after it.
 */
function isQueryTerm(text: string, start: number, end: number, before: string, after: string): boolean {
  const written = text.slice(start, end);
  if ((BARE_OPERATOR_BEFORE().test(before) || BARE_OPERATOR_AFTER().test(after)) && !CAPITALS().test(written)) {
    return true;
  }
  if (written !== written.toLowerCase()) return false;
  if (TYPED_HITS_AFTER.test(after) || (COUNTED_ITEM_AFTER().test(after) && COUNTED_ITEM_BEFORE().test(before))) {
    return true;
  }
  if (!(BARE_AND_BEFORE().test(before) || BARE_AND_AFTER().test(after))) return false;
  const line = shortLineAt(text, start, MAX_QUERY_LINE)?.line;
  return line !== undefined && QUERY_LINE().test(line);
}

/**
 * Whether the lone surname at [start, end) is a word, not a person: quoted as a string code or a query matches, a
 * tool handles or a quiz grades; a hashtag counted; a surname a first person bears or an indefinite namesake of
 * another walk of life is called by.
 */
// Round 137: one bearer of it said to occur in texts, the name as a word there: „aller Artikel, in denen irgendwo ein
// Altman vorkommt“, "every story in which an Altman appears".
const ONE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:ein|a|an)[^\S\n]+$/iu);
const OCCURS_AFTER = lazyPattern(
  () =>
    /^[^\S\n]+(?:vorkommt|vorkommen|vorkam|auftaucht|auftauchen|auftauchte|appears|appear|occurs|occur)(?![\p{L}])/iu,
);

export function isNameAsWord(text: string, start: number, end: number, given: ReadonlySet<string>): boolean {
  const [before, after] = lineAround(text, start, end, REACH);
  const previous = before.at(-1) ?? '';
  if (
    previous !== '' &&
    OPENING_QUOTES.includes(previous) &&
    (isQuotedAsWord(before, after) || isGradedForNamesake(text, start, end, `${before} ${after}`, given))
  ) {
    return true;
  }
  if (isNamedKind(text, start, end, before)) return true;
  if (
    isSearchString(text, start) ||
    WORD_NOUN_BEFORE().test(before) ||
    NAME_LIKE_BEFORE().test(before) ||
    isTitleOrStringEdge(before, after) ||
    (ONE_BEFORE().test(before) && OCCURS_AFTER().test(after))
  )
    return true;
  if (isQueryTerm(text, start, end, before, after) || isListedWithSpellings(text, start, end, before, after))
    return true;
  if (previous === '#') return COUNT_AFTER().test(after) || METRIC_IN_CLAUSE.test(after);
  return (
    isThingAfter(after) ||
    isOwnNameBefore(before) ||
    hasBorneItFor(before, after) ||
    NOBODY_CALLED_BEFORE.test(before) ||
    isBorneVerbAfter(after, before) ||
    BORNE_LATER.test(after) ||
    isCallingNamedBefore(before)
  );
}
