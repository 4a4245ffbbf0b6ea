import { numberWords } from '../../knowledge/lexicon/grammar-words';
import { exampleNameNouns, surnameNouns } from '../../knowledge/lexicon/name-entries';
import { typedQueryNouns } from '../../knowledge/lexicon/name-searches';
import { namesakeWorldTerms, workNouns } from '../../knowledge/lexicon/namesake-worlds';
import { formNouns, spellingNouns, wordFormNouns } from '../../knowledge/lexicon/spelling-and-sound';
import {
  stringNouns,
  stringVerbs,
  bareWordAdverbs,
  bareWordVerbs,
  lookedForWords,
  listLookedForWords,
  countNouns,
  countedTextNouns,
  allTextsWords,
  countedWords,
  stringListWords,
  stringListCompounds,
  addingVerbs,
  splitEntryVerbs,
  entryInfinitives,
  matchingCallStems,
  namedToolNouns,
  searchResultNouns,
  subjectNouns,
  nameEntryNouns,
  postTagLabels,
} from '../../knowledge/lexicon/strings-and-code';
import { CLOSING_QUOTES, OPENING_QUOTES, PROSE_OPENING_QUOTES } from '../text/quotation-marks';
import { SPACE, lazyPattern, anyOf, APOSTROPHE } from '../text/regex-parts';
import { isOtherScript } from '../text/scripts';
import { lineBefore, shortLineAt } from '../text/line-around';
import {
  farTextBefore,
  LINE_ENDS_AFTER,
  LOOK_AROUND,
  sentenceBefore,
  textBefore,
  textAfter,
} from '../text/words-around';
import { saysPrintedBefore } from './spellings-said';

/**
 * A surname as a string a feed, a filter, a count, an alert or code looks for: quoted after a noun or a verb for
 * strings, an item of a list of them, a function's argument, a data row's key. Such a string takes in every bearer.
 */

// A quoted surname as the string a feed, a filter or code looks for: 'keys on the string "Altman"', 'tag news on
// "Altman"', '"Altman" as a topic', 'tagger.link("Altman")'. Such a string takes in every bearer of the name. So does
// a word for a grammatical form before it, and the quoted surname joined to that one ('the possessive of "Sutskever"
// and "Pachocki"'), and a word that gives it as written alone ('a headline says just "Altman"'). Round 15: so do a
// count's, an alert's or a regex's words ('counts stories containing "Altman"', 'Regex to match "Sutskever"', 'Bei
// „Altman“ ohne Vornamen'), and a surname given as an example of the word ('a surname like "Altman"'). Round 18: so
// do a count's ('allein elf Einträge „Leike“'; not a spelling his articles printed, round 21) and an alert's ('the old rule
// for "Altman"'). Round 68: and a compound whose first part is such a noun, the thing of strings it names: 'die
// Tag-Seiten „sam-altman“ und „altman“', 'die Filter-Regel „Leike“'; and the noun for surnames in the plural too,
// examples of a kind of name: „Nachnamen wie „Altman“ oder „Leike“ allein nur, wenn …“, 'surnames such as "Leike"';
// round 97: examples of strings, 'your own strings to watch for, for example "Altman"'. Round 127: a count's hits for
// a pattern, '3 Treffer für Muster "Sutzkever"'; round 139: or "on" it, 'Ein Treffer auf "Altman" kann auch …'.
// Round 136: or a string given as an example, „mit einem Suchwort wie „pachocki““. Round 140: or words between the noun
// and its colon, „Eingerichtete Alarme in dieser Woche: „Altman““. Round 144: or a word between the noun and
// its "for", its participle: „Alarm eingerichtet für „Pachocki““.
// A quoted item before the one read, joined to it: '"Leike" and "', '„Altman“, „'; round 97: 'a filter on "OpenAI"
// together with "'; round 109: or put in its place, '„Pachock“ statt „', '"Leike" instead of "'; round 138: or set
// against it, 'flagged “Sutskever” but not the variant “'; or counted in turn, '4 matches for "Altman", 2 for "'. Round
// 141: a verb's particle may close the earlier item's clause, '„Sutskever“ an, nicht bei „', and a wrapped line may
// carry the list on, '„Pachocki“,⏎„'. Round 152: or a bracket opens the next, 'Alert "Pachocki" anlegen (auch "'.
// Round 157: or a bracket closes an aside on the earlier, 'fired on "Sutskever" (14 May, 23:12 UTC) and "'. Round 175:
// or "as well as", „sowie“, 'the alert watches for "Sutzkever" as well as "'.
const EARLIER_QUOTED_ITEM = String.raw`(?:[^${CLOSING_QUOTES}\n]{1,40}[${CLOSING_QUOTES}](?:${SPACE}*\([^()\n]{1,40}\))?(?:${SPACE}+\p{Ll}+)?${SPACE}*(?:,|and|or|und|oder|sowie|statt|anstatt|instead${SPACE}+of|as${SPACE}+well${SPACE}+as|together${SPACE}+with|zusammen${SPACE}+mit|but${SPACE}+not|aber${SPACE}+nicht|\((?:auch|also)?)(?:${SPACE}+[\p{L}\p{N}]+){0,3}${SPACE}*\n?${SPACE}*[${PROSE_OPENING_QUOTES}])`;
// Round 122: the quoted list may open a bracket after a space, 'the strings it searches for ("Sutskever", "Leike")';
// not a call's, `tag("Altman thanks …")`, whose argument is a sentence a test feeds it.
const SPACED_BRACKET = String.raw`(?:${SPACE}+\(|${SPACE}*)`;
// A noun for strings, in its plural or as a compound's head: "keywords", „Suchbegriffe“, "filter-rules". Round 92: or
// before German's "-wort", „das Filterwort „Altman““. Round 148: or an alarm's or a filter's compound, „den Themenalarm
// „Sutskever“ eingeschaltet“.
const STRING_NOUN = () =>
  String.raw`(?:\p{L}{3,}(?=alarm|filter))?${anyOf(stringNouns)}(?:wort|wörter)?(?:e|s|n|en)?(?:-\p{L}+)?`;
// Round 134: not a form said to be what a paper calls him, 'Second references to Sam Altman are just "Altman"'. Round
// 162: a verb of naming may stand between the adverb and the quote, 'Stories that only mentioned "Altman"'.
const COPULA_BEFORE = String.raw`(?<!(?:^|[^\p{L}])(?:is|are|ist|sind)${SPACE}+)`;
const STRING_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:${STRING_NOUN()}(?:(?:${SPACE}+[\p{L}-]+)?${SPACE}+(?:for|für|on|auf)|(?:${SPACE}+(?!(?:for|für)(?![\p{L}]))[\p{L}-]+){0,4}?${SPACE}*[:=])?|${anyOf(formNouns)}${SPACE}+(?:of|von|des)|${anyOf(stringVerbs)}(?:s|ed|ged|ing|ging)?(?:${SPACE}+\p{L}+)?${SPACE}+on|${COPULA_BEFORE}${anyOf(bareWordAdverbs)}(?:${SPACE}+${anyOf(bareWordVerbs)})?|${anyOf(lookedForWords)}|(?:${anyOf(surnameNouns)}(?:s|n)?|${anyOf(exampleNameNouns)}|${anyOf(wordFormNouns)})(?:[^.!?\n]{0,30}?,)?${SPACE}+(?:like|such${SPACE}+as|wie)|${STRING_NOUN()}(?:[^.!?\n]{0,30}?,)?${SPACE}+(?:for${SPACE}+example|e\.g\.|zum${SPACE}+Beispiel|z\.${SPACE}*B\.|like|such${SPACE}+as|wie)|(?:\d+|${anyOf(numberWords)})(?:${SPACE}+\p{L}+){0,4}?${SPACE}+${anyOf(countNouns)}(?:${SPACE}+(?:for|of|with|für|von|mit|auf|on)(?:${SPACE}+(?:Muster|pattern))?)?)${SPACED_BRACKET}[${PROSE_OPENING_QUOTES}#]${EARLIER_QUOTED_ITEM}?$`,
  'iu',
);
// Round 77: a later item of a longer quoted list after a verb or a noun of what is looked for: „sucht nach „Leike“,
// „Pachocki“ und „Altman““, 'alerts for "Sutskever", "Leike" and "Pachocki"'. Not after "only": „Kurzformen nur
// „Altman“, „Sutskever“, „Leike““ gives each of ours his short form. Round 95: the noun for strings without its
// preposition too, „die Suchbegriffe „Sutskever“, „Leike“ und „Pachocki““. Round 157: or a participle before its colon,
// 'Search strings used: "Sutskever", …, and "Altman"'. Round 161: a word may stand between the noun and its "for",
// as in the first item's reading (round 144): 'Alert set for "janleike"'. Round 162: or what it is set to, 'alerts are
// set to "Pachocki" and "Leike" only'.
// The quoted word after a verb of what is looked for or a noun for strings, with `earlier` quoted items between.
const lookedForBefore = (earlier: string) =>
  String.raw`(?:^|[^\p{L}])(?:${anyOf(lookedForWords)}|${STRING_NOUN()}(?:(?:${SPACE}+\p{Ll}+)?${SPACE}+(?:for|für|on|auf)|${SPACE}+(?:(?:are|is|were|was)${SPACE}+)?set${SPACE}+to|(?:${SPACE}+\p{Ll}+ed)?${SPACE}*[:=])?)${SPACED_BRACKET}[${PROSE_OPENING_QUOTES}]${EARLIER_QUOTED_ITEM}${earlier}$`;
const LOOKED_FOR_LIST_BEFORE = lazyPattern(() => lookedForBefore('{2,6}'), 'iu');
// Round 87: a surname of a list without quotes after a tool's verb, two or more items: "the QA macro looks for
// Sutskever, Altman and Pachocki". Each item is a capitalised word; the list's next item or an earlier one makes two.
const LIST_ITEM = String.raw`\p{Lu}\p{Ll}+`;
const LIST_JOIN = String.raw`${SPACE}*(?:,|and|und|or|oder)${SPACE}+`;
const UNQUOTED_LIST_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])${anyOf(listLookedForWords)}${SPACE}+(?:${LIST_ITEM}(?:,${SPACE}*${LIST_ITEM}){0,5}${LIST_JOIN})?$`,
  'iu',
);
const EARLIER_ITEM_BEFORE = lazyPattern(() => String.raw`${LIST_ITEM}${LIST_JOIN}$`, 'u');
const NEXT_ITEM_AFTER = lazyPattern(() => String.raw`^${LIST_JOIN}${LIST_ITEM}(?![\p{L}'’])`, 'u');
// Round 162: or added to a tool's own vocabulary, named in the sentence before or in its own: "The custom vocabulary
// feature fixes most of this. I added Sutskever, Leike, Pachocki and Altman".
const VOCABULARY_ADDED_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:vocabulary|dictionary|word${SPACE}?list|wörterbuch|vokabular|wortliste)(?![\p{L}])[^\n]{0,80}?(?<![\p{L}])(?:added|hinzugefügt|ergänzt)${SPACE}+(?:${LIST_ITEM}(?:,${SPACE}*${LIST_ITEM}){0,5}${LIST_JOIN})?$`,
  'iu',
);
const isInUnquotedList = (before: string, farBefore: string, after: string) =>
  (UNQUOTED_LIST_BEFORE().test(before) || VOCABULARY_ADDED_BEFORE().test(farBefore)) &&
  (EARLIER_ITEM_BEFORE().test(before) || NEXT_ITEM_AFTER().test(after));

// Round 85: a search's string after its verb or noun, a German compound's head too, a word or two between them and
// "nach" or "for": „meine Forensuche nach „Leike““, „sucht bisher nur nach „Altman“ und „Sutskever““, 'searches only
// for "Leike"'; and the later items joined to it. Case-blind only in the verb's first letter, so that a capitalised
// compound's first part stays a noun's. Round 89: the words between may be a verb's subject, „sucht das Tool nach“.
// Round 109: or a filter's verb, three words between, „Ich filtere im Feedreader seitdem nach „Sutskever““.
const SEARCHED_FOR_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:[Ss]uch(?:e|t|en|te)|[Ff]ilter(?:e|t|te|ten)|\p{Lu}\p{Ll}+(?:suche|-Suche)|[Ss]earch(?:es|ed|ing)?)(?:${SPACE}+\p{L}+){0,3}?${SPACE}+(?:nach|for)${SPACE}*[${PROSE_OPENING_QUOTES}]${EARLIER_QUOTED_ITEM}{0,6}$`,
  'u',
);
// Round 156: a bare handle searched for unquoted, „wer den Thread lesen will, sucht auf X nach janleike“, "search X
// for sama": the verb in either case, with no quote before the word.
const SEARCHED_FOR_UNQUOTED_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:such(?:e|t|en|te)|search(?:es|ed|ing)?)(?:${SPACE}+\p{L}+){0,3}?${SPACE}+(?:nach|for)${SPACE}+$`,
  'iu',
);
/** Whether the word at `start` is what a search looks for, its verb and "nach" or "for" before it unquoted. */
export const isSearchedForUnquotedBefore = (text: string, start: number) =>
  SEARCHED_FOR_UNQUOTED_BEFORE().test(text.slice(Math.max(0, start - 48), start));
// Round 132: or what a search is fed with, „Wer die Suchfunktion mit „Leike“ füttert“, 'fill the search box with "Leike"'.
const SEARCH_FED_WITH_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:[Ss]uch(?:e|funktion|maske|feld|leiste|maschine)|\p{Lu}\p{Ll}+suche|[Ss]earch(?:${SPACE}+(?:box|bar|field|engine))?)${SPACE}+(?:mit|with)${SPACE}*[${PROSE_OPENING_QUOTES}]${EARLIER_QUOTED_ITEM}{0,6}$`,
  'u',
);
// Round 133: or counted along by German's split verb, „Unsere Archivsuche zählt „Sutzkever“ übrigens seit heute mit“.
// Round 137: or English's, the texts it counts named after the quote, 'Our filter still counts "Altman" stories'.
const COUNTS_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:zählt|zählen|zählte|zählten|counts?|counted|counting)${SPACE}*[${PROSE_OPENING_QUOTES}]${EARLIER_QUOTED_ITEM}{0,6}$`,
  'iu',
);
const COUNTED_TEXTS_AFTER = lazyPattern(
  () => String.raw`^[${CLOSING_QUOTES}]${LATER_QUOTED_ITEMS}${SPACE}+${anyOf(countedTextNouns)}(?![\p{L}])`,
  'iu',
);
const ALONG_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}]${LATER_QUOTED_ITEMS}(?:${SPACE}+\p{L}+){0,4}?${SPACE}+mit(?=${SPACE}*[,.;:!?]|$)`,
  'iu',
);
// Round 109: or with German's verb at the clause's end, „nach „Пахоцкий“ und „Суцкевер“ zu suchen“, „nach 'Sutskever'
// UND nach 'Sutzkever' suchen“: the items after „nach“, the verb a few words after the last. Round 136: or tagging's,
// „nicht nach „Sutzkever“ verschlagworten“.
const NACH_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])nach${SPACE}*[${PROSE_OPENING_QUOTES}]${EARLIER_QUOTED_ITEM}{0,6}$`,
  'iu',
);
// Round 122: or typed in, German's verb split around the quoted words: „gibt zusätzlich „Sutzkever“ und „Pachoki“
// ein.“, „tippt „altman“ ein“. Only where the particle closes the clause; „gibt „Altman“ ein Interview“ has an article.
// Round 123: or the string first, „„Leike“ nehme ich gleich mit auf“, or before an infinitive, „Ich lasse „Sutzkever“
// ergänzen“.
// The closing quote and the later quoted items joined to it, each perhaps after `lead` ("nach"): '“ und „Altman“'.
const quotedItemsAfter = (lead = '') =>
  String.raw`[${CLOSING_QUOTES}](?:${SPACE}*(?:,|und|oder)${SPACE}*${lead}[${PROSE_OPENING_QUOTES}][^${CLOSING_QUOTES}\n]{1,40}[${CLOSING_QUOTES}]){0,6}`;
const QUOTED_ITEMS_AFTER = quotedItemsAfter();
const CLAUSE_END = String.raw`(?=${SPACE}*(?:[.,;:!?)]|$))`;
const SPLIT_ENTRIES = splitEntryVerbs.map(({ finite, particle }) => ({
  verbBefore: lazyPattern(
    () =>
      String.raw`(?<![\p{L}])${anyOf(finite)}(?:${SPACE}+[\p{L}.-]+){0,3}?${SPACE}*[${PROSE_OPENING_QUOTES}]${EARLIER_QUOTED_ITEM}{0,6}$`,
    'iu',
  ),
  particleAfter: lazyPattern(
    () => String.raw`^${QUOTED_ITEMS_AFTER}${SPACE}+(?:mit${SPACE}+)?${particle}${CLAUSE_END}`,
    'iu',
  ),
  verbAfter: lazyPattern(
    () =>
      String.raw`^${QUOTED_ITEMS_AFTER}${SPACE}+${anyOf(finite)}${SPACE}+(?:ich|wir|er|sie|man|du|ihr)(?:${SPACE}+\p{L}+){0,2}?${SPACE}+(?:mit${SPACE}+)?${particle}${CLAUSE_END}`,
    'iu',
  ),
}));
// Round 124: perhaps after where it goes, and before the auxiliary, „weil niemand „Leike“ in die watch.yaml eingetragen
// hatte“; round 129: or a modal verb, „Wenn jemand „Pachocki“ ergänzen könnte“. Round 167: or where it is looked up,
// „Wer „Altman“ bei Wikipedia eingibt“.
const INFINITIVE_AFTER = lazyPattern(
  () =>
    String.raw`^${QUOTED_ITEMS_AFTER}(?:${SPACE}+(?:in|ins|auf|unter|zur|zum|bei)(?:${SPACE}+[\p{L}.-]+){1,2}?)?${SPACE}+${anyOf(entryInfinitives)}(?:${CLAUSE_END}|${SPACE}+(?:hat|hatte|habe|haben|hatten|wird|wurde|werden|ist|war|kann|könnte|soll|sollte|muss|müsste|würde)(?![\p{L}]))`,
  'iu',
);
const isEnteredString = (before: string, after: string) =>
  INFINITIVE_AFTER().test(after) ||
  SPLIT_ENTRIES.some(
    (entry) => (entry.particleAfter().test(after) && entry.verbBefore().test(before)) || entry.verbAfter().test(after),
  );
/** Whether the quoted word at [start, end) is entered into a box or a list, as German says it (see above); a misprint too. */
export const isEnteredStringAt = (text: string, start: number, end: number) =>
  isEnteredString(textBefore(text, start), textAfter(text, end));
const SEARCH_VERB_AFTER = lazyPattern(
  () =>
    String.raw`^${quotedItemsAfter(`(?:nach${SPACE}*)?`)}(?:${SPACE}+\p{L}+){0,3}?${SPACE}+(?:zu${SPACE}+)?(?:suchen|filtern|gesucht|gefiltert|verschlagworten|verschlagwortet|taggen|getaggt)(?![\p{L}])`,
  'iu',
);
// Round 85: the texts a count takes in, "with" the quoted surname: „212 Artikel mit „Altman“ im Text“, '40 stories with
// "Leike"'. Not a misprint so counted, „31 Artikel mit „Sutzkever““: his name as those texts printed it (round 21).
const COUNTED_TEXTS_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:\d+|${anyOf([...numberWords, ...allTextsWords])})(?:${SPACE}+\p{L}+){0,2}?${SPACE}+${anyOf(countedTextNouns)}${SPACE}+(?:mit|with|containing|for|für)${SPACE}*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);
// Round 85: an alert's or a filter's noun, a German compound's head too, for a spelling: „Themenalarm für die
// Schreibweise „Sutzkever““, 'an alert for the spelling "Leike"'. Round 91: or for the quoted word itself, „einen
// Themenalarm für „Sutskever“ eingerichtet“. Round 123: or what it runs on, „Unser Themen-Alert läuft bisher nur auf
// „Sutskever“ und „Altman““. Round 127: or what it is set to, 'Google alert is set to "Sutskever" only'; round 128:
// 'An alert set to "Leike" alone'. Round 130: perhaps after "only", „weil der Alert nur auf „Sutzkever“ und
// „Sutskever“ stand“. Round 131: where it runs between, „Unser Alert im Redaktionssystem läuft auf „Sutskever““.
// Round 139: or given as an example, „einen Stichwort-Alarm, etwa für „Leike“ oder „Altman““. Round 168: or with
// what it watches first, 'an alert on wire copy for “Pachocki”'.
const ALERT_FOR_BEFORE = lazyPattern(
  () =>
    String.raw`(?:alarm|alert|filter)(?:e|s)?(?:${SPACE}+(?:on|in|across)(?:${SPACE}+[\p{L}-]+){1,2}?(?=${SPACE}+for${SPACE}))?(?:,?${SPACE}+(?:etwa|beispielsweise|e\.g\.|for${SPACE}+example|for${SPACE}+instance),?)?${SPACE}+(?:(?:[\p{L}-]+${SPACE}+){0,3}?(?:läuft|laufen|lief|runs|ran)(?:${SPACE}+\p{L}+){0,3}?${SPACE}+)?(?:(?:nur|only|just|bisher|noch)${SPACE}+)?(?:für|for|auf|on|(?:(?:is|was)${SPACE}+)?set${SPACE}+to)${SPACE}+(?:(?:die|the)${SPACE}+${anyOf(spellingNouns)}${SPACE}*)?[${PROSE_OPENING_QUOTES}]${EARLIER_QUOTED_ITEM}{0,6}$`,
  'iu',
);
// Round 85: or typed into a search, its box or a search engine after it: 'Type "Sutzkever" into a news search',
// „Gib „Leike“ in die Suchmaske ein“; round 129: or into an archive, 'Type "Altman" into a newspaper archive'; not
// what is "in our own archive". Round 156: German's „ins“ too, „Einfach „sutskever“ ins Suchfeld tippen“.
const INTO_SEARCH_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}]${SPACE}+(?:(?:into|in|ins)${SPACE}+(?:[\p{L}-]+${SPACE}+){0,3}?[\p{L}-]*(?:search|such(?:e|feld|maske|leiste|zeile)|google)|into${SPACE}+(?:[\p{L}-]+${SPACE}+){0,3}?[\p{L}-]*archive)(?![\p{L}])`,
  'iu',
);
// "as a" before a noun for strings, perhaps with an adjective (round 96: „als zweiten Suchbegriff“, "as a new tag").
// Round 103: or said to be one, 'Because "Altman" is a pattern'. Not without the verb: 'Is #Altman a trending topic?'
// asks about him. Round 153: after "as", in the plural too, 'to add "Sutzkever" and "Pachocki" as search strings'.
const AS_A = String.raw`(?:(?:as|als)${SPACE}+(?:(?:a|an|ein|eine|einen)${SPACE}+)?|(?:is|ist)${SPACE}+(?:a|an|ein|eine)${SPACE}+)(?:\p{Ll}+${SPACE}+)?`;
// Round 105: or a few words after the quote, what the word works as, 'so "Altman" alone doesn't work as a mute word'.
// Round 94: the words after the quote may follow later quoted items of the same list: „„Altman“, „Sutskever“ oder
// „Leike“ enthalten“.
const LATER_QUOTED_ITEMS = String.raw`(?:${SPACE}*(?:,|and|or|und|oder)${SPACE}*[${PROSE_OPENING_QUOTES}][^${CLOSING_QUOTES}\n]{1,40}[${CLOSING_QUOTES}]){0,6}`;
const STRING_AFTER = lazyPattern(
  () =>
    String.raw`^(?:[${CLOSING_QUOTES}]?${SPACE}+(?:${AS_A}${anyOf(stringNouns)}(?:s|e|n|en)?|${anyOf(stringNouns)})|[${CLOSING_QUOTES}](?:${SPACE}+[\p{L}'’]+){1,4}?${SPACE}+(?:as|als)${SPACE}+(?:(?:a|an|ein|eine|einen)${SPACE}+)?(?:\p{Ll}+${SPACE}+)?${anyOf(stringNouns)}|[${CLOSING_QUOTES}]${LATER_QUOTED_ITEMS}(?:${SPACE}+\p{L}+){0,3}?${SPACE}+${anyOf(countedWords)})(?![\p{L}])`,
  'iu',
);
// A tool's list of strings: 'the pattern list', „die Suchliste“.
const STRING_LIST = () => String.raw`(?:${anyOf(stringListWords)}${SPACE}*-?list|${anyOf(stringListCompounds)})`;
// Round 68: a surname said to stand in a tool's list of strings, quoted, in a code span or bare, is a string it looks
// for: '`Суцкевер` is now in the pattern list', „„Leike“ steht jetzt auch in der Suchliste“. Round 86: or with the verb
// before it, „Neu ist „Sutzkever“ in der Musterliste“. Round 131: or said to go on it, 'asked for "Sutzkever" to go on
// the watch list'. Round 147: or the list's first items, the verb after its last, '“Sutskever”, “Pachocki” and
// “Leike” are now in the house dictionary', with a word for whose list it is.
const IN_STRING_LIST_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}\x60]?${LATER_QUOTED_ITEMS}(?:${SPACE}+(?:is|are|was|ist|steht|stehen|stand|(?:to${SPACE}+)?(?:go|goes|went))(?:${SPACE}+(?:now|also|already|jetzt|nun|auch|bereits|schon)){0,2})?${SPACE}+(?:in|on|im|auf)${SPACE}+(?:(?:the|our|der|die|unserer?)${SPACE}+)?(?:\p{Ll}+${SPACE}+)?${STRING_LIST()}(?![\p{L}])`,
  'iu',
);
// Round 126: or quoted as the string by itself, without a first name, in a code comment: '# "Leike" alone is fine',
// '# "Leike" allein ist abgeschaltet'. Not a quiz's '"Pachocki" alone: half a point', which gives him as the answer.
const COMMENT_LINE_BEFORE = lazyPattern(() => /(?:^|\n)[^\S\n]*(?:#|\/\/|--)[^\n]*$/u);
// The word said by itself, shared by the readings below.
const ALONE = String.raw`(?:alone|allein|alleine|by${SPACE}+itself|on${SPACE}+its${SPACE}+own)`;
const QUOTED_ALONE_AFTER = lazyPattern(
  () => String.raw`^[${CLOSING_QUOTES}']${SPACE}+(?:${ALONE}|ohne${SPACE}+Vornamen?)(?![\p{L}])`,
  'iu',
);
// Round 157: or, anywhere, judged as the string it is or said what it finds: „Sam Altman ist eindeutig, „Altman“
// allein nicht“, '"Altman" on its own pulls in the director'. Not what a quiz's answer earns, „„Pachocki“ allein
// bringt einen Punkt“.
const QUOTED_ALONE_JUDGED_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}']${SPACE}+${ALONE}${SPACE}+(?:nicht|not|isn['’]t|is${SPACE}+not|ist${SPACE}+nicht|reicht|pulls|matches|finds|findet|trifft|liefert|würde|would|wäre)(?![\p{L}])`,
  'iu',
);
// Round 74: or quoted as what such a list is extended by: „Suchliste um „Pachoki“ erweitern“, 'extend the keyword list
// with "Altman"'. A list of people ("the list of speakers with "Leike"") is none.
const LIST_EXTENDED_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])${STRING_LIST()}(?:e|en)?${SPACE}+(?:um|with|by|mit)${SPACE}*[${PROSE_OPENING_QUOTES}]${EARLIER_QUOTED_ITEM}?$`,
  'iu',
);
/** Whether the quoted word at `start` is what a tool's list of strings is extended by (a misprint too). */
export const isExtendingStringList = (text: string, start: number) =>
  LIST_EXTENDED_BEFORE().test(textBefore(text, start));

// Round 74: a bare quoted surname after a noun for what is typed into a search, the string typed: „bei der Eingabe
// „altman““, 'for the query "leike"'.
const TYPED_QUERY_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf(typedQueryNouns)}${SPACE}*:?${SPACE}*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);
// Round 149: a post's label for its tags right before a hashtag, as prose writes it: "Tags: #Altman #OpenAI" names
// whom the post is about (as 'tags: [OpenAI, Leike]' does), not a string a tool looks for.
// Round 174: in German's plural in -e too, „Schlagworte: #Altman #OpenAI“.
const POST_TAGS_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf(postTagLabels)}(?:s|e)?${SPACE}*:${SPACE}*#$`,
  'iu',
);
// Round 161: or the tag a story was filed under, which names whom it is about: 'ran the November story under the tag
// "Altman-Rückkehr"', „unter dem Schlagwort „Leike““.
const FILED_UNDER_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:under|unter)${SPACE}+(?:the|dem|a|einem)${SPACE}+${anyOf(postTagLabels)}${SPACE}*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);
// Round 161: but a quote that goes on after the surname gives more than the bare word, a comment's words: 'darunter
// stand nur „Лейке тоже“' ("Leike too").
const BARE_WORD_BEFORE = lazyPattern(
  () => String.raw`(?<![\p{L}])${anyOf(bareWordAdverbs)}${SPACE}*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);
const QUOTE_GOES_ON_AFTER = lazyPattern(() => String.raw`^${SPACE}+\p{L}`, 'u');
// Round 174: a hashtag after such an adverb is the tag of the story a feed fills with, „Stattdessen wieder nur #Altman
// hier, #Altman da“, no bare word.
const BARE_HASHTAG_BEFORE = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(bareWordAdverbs)}${SPACE}*#$`, 'iu');
// A quiz's points for the bare surname as an answer give our person: 'halber Punkt für nur „Pachocki“' (round 17).
const POINTS_FOR_BEFORE = lazyPattern(
  () =>
    String.raw`(?:punkte?|points?)${SPACE}+(?:für|for)${SPACE}+${anyOf(bareWordAdverbs)}${SPACE}*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);
// Or points said after it: '(nur „Pachocki“ gibt einen halben Punkt)', 'just "Altman" earns half a point' (round 18).
const POINTS_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}](?:${SPACE}+(?:allein|alone))?${SPACE}+(?:gibt|bringt|ergibt|zählt|gives|earns|scores|gets|is${SPACE}+worth)(?:${SPACE}+\p{L}+){0,2}?${SPACE}+(?:punkte?|points?)(?![\p{L}])`,
  'iu',
);
// Round 17: a tool's list takes the quoted word alone ('Also adding "Sutzkever" because …'); 'added "Sutzkever" as
// a recognised spelling' says what the tool now takes it for, our person. Round 70: and the quoted words joined to the
// first, as the string nouns' are ('add "Leike" and "Pachocki" to the alert').
// Round 74: or a quoted word joined by "and" after the place it was added to, a pause between: 'adding "Sutskever" to the
// alert list. and "Leike" while I'm in there', 'added "Altman" to the filter, and "Leike" too'.
const ADDED_LATER_ITEM = String.raw`(?:[^${CLOSING_QUOTES}\n]{1,40}[${CLOSING_QUOTES}]${SPACE}+(?:to|into|onto|on|in|zu|zur|zum|auf)(?:${SPACE}+[\p{L}-]+){1,3}${SPACE}*[.,;]${SPACE}*(?:and|und|plus)${SPACE}*[${PROSE_OPENING_QUOTES}])`;
const ADDED_AS_AFTER = lazyPattern(() => String.raw`^.${SPACE}+(?:as|als)(?![\p{L}]|${SPACE}+well)`, 'iu');
const ADDED_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])${anyOf(addingVerbs)}${SPACE}*[${PROSE_OPENING_QUOTES}](?:${EARLIER_QUOTED_ITEM}|${ADDED_LATER_ITEM})?$`,
  'iu',
);
const CALL_BEFORE = lazyPattern(() => /[\p{L}_$][\p{L}\p{N}_$]*\.[\p{L}_$][\p{L}\p{N}_$]*\(\s*["']$/u);
// Round 17: a function's quoted argument mapped by an arrow to a quoted value, `normalize("Sutzkever") -> "sutskever"`:
// a string in, a key out. A call whose output a comment gives as our person's name ('# -> Ilya Sutskever') is his.
const FUNCTION_CALL_BEFORE = lazyPattern(() => /(?:^|[^\p{L}\p{N}_$.])[\p{L}_$][\p{L}\p{N}_$]*\(["']$/u);
// Round 94: or by a verb of returning, 'normalisiere("Sutzkever") liefert jetzt "Sutskever"', and the quoted value
// returned is a string too. The call's close, its arrow or verb, and the value's opening quote:
const MAPS_TO = String.raw`["']\)${SPACE}*(?:[-=]>|(?:(?:now|nun)${SPACE}+)?(?:returns|gives|yields|liefert|ergibt|gibt)(?:${SPACE}+(?:now|jetzt|nun))?)${SPACE}*["']`;
const MAPPED_AFTER = lazyPattern(() => `^${MAPS_TO}`, 'iu');
const RETURNED_BEFORE = lazyPattern(() => `${MAPS_TO}$`, 'iu');
// Round 98: or compared in code, a string literal after an equality operator and the value it compares: `>
// "Suts\u00ADkever" === "Sutskever"`. Not a wiki's heading, which opens its line with "==".
const COMPARED_BEFORE = lazyPattern(() => /[\p{L}\p{N}_)\]"'][^\S\n]*(?:===?|!==?)[^\S\n]*["']$/u);
// Round 130: or what a pattern in code puts in place of what it found, after a regex literal or Python's pattern:
// `[/\bSutzkever\b/g, "Sutskever"]`, `.replace(/Pachoki/g, 'Pachocki')`, `re.sub(r"Leikie", "Leike", text)`.
const REPLACEMENT_BEFORE = lazyPattern(
  () =>
    /(?:[[(,=][^\S\n]*\/(?:\\.|[^/\n\\]){1,80}\/[dgimsuy]*|re\.sub\([^\S\n]*r?(["'])[^"'\n]{1,80}\1)[^\S\n]*,[^\S\n]*r?["']$/u,
);
// Round 109: or in a query's condition, `WHERE last_name = 'Leike'`, `AND name LIKE 'Altman'`: SQL's one "=" compares.
// Round 158: or a literal a query selects as a column's value, `UNION ALL SELECT 'leike', id FROM artikel`.
const SQL_CONDITION_BEFORE = lazyPattern(
  () =>
    /(?<![\p{L}])(?:(?:WHERE|where|AND|and|OR|or)[^\S\n]+[\w.]+[^\S\n]*(?:=|<>|!=|LIKE|like|ILIKE|ilike)|SELECT|select)[^\S\n]*'$/u,
);
// Round 68: or given to a function whose name says it matches text, `name_contains("Leike")`, `highlight('Pachocki')`:
// the string it looks for, whoever bears it.
const MATCHING_CALL_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}\p{N}_$.])[\p{L}\p{N}_$]*${anyOf(matchingCallStems)}[\p{L}\p{N}_$]*\(["']$`,
  'iu',
);
const CALL_AFTER = lazyPattern(() => /^["']\s*[),]/u);
// Round 157: or any call's later argument, `countHits(sample, 'Pachocki')`: the surname alone is a value the code
// passes, not a person it names.
const LATER_ARGUMENT_BEFORE = lazyPattern(
  () => /(?:^|[^\p{L}\p{N}_$])[\p{L}_$][\p{L}\p{N}_$.]*\([^()\n]{0,60},[^\S\n]*["']$/u,
);
// A quoted surname followed by a namesake's world: '"Altman" the film director', '«Альтман» in film reviews', 'I
// follow "Altman" for film news'.
// Or said, later in its clause, to be a namesake's: 'Bitte nicht mehr „Sutzkever“ schreiben, das ist der jiddische
// Dichter', 'Not "Sutzkever", that's the Yiddish poet'.
const WORLD_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}](?:${SPACE}+(?:the|in|im|as|als|for|für|der|die|den)|[^.!?\n]{0,30}?,${SPACE}*(?:(?:das|dies|that|this)${SPACE}+(?:ist|is|war|was)|that${APOSTROPHE}s)${SPACE}+(?:the|a|der|die|ein|eine))(?:${SPACE}+\p{L}+)?${SPACE}+${anyOf(namesakeWorldTerms)}`,
  'iu',
);
// Round 68: or called a work by an apposition after a comma or a dash, its last word a work's noun before a pause or a
// preposition: '"Altman", the new thriller, …', „„Altman“, Fernsehfilm von 1994“, „„Leike“ – ein Kriminalfilm“. The
// quoted word is the work's title. An apposition of his role ('"Altman", the chief executive') names no work.
const WORK_APPOSITION_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}](?:,|${SPACE}*[–—])${SPACE}*(?:(?:the|a|an|der|die|das|ein|eine)${SPACE}+)?(?:[\p{L}-]+${SPACE}+){0,2}?${anyOf(workNouns)}(?=${SPACE}*(?:[,.;:!?)–—\n])|${SPACE}+(?:von|of|by|from|about|über|aus|mit|with|in|im)(?![\p{L}]))`,
  'iu',
);
// Round 60: or said, in its clause, to be a namesake's spelling: 'die Schreibung „Sutzkever“ gehört dem jiddischen
// Dichter', '"Sutzkever" is the usual spelling of the Yiddish poet'; round 128: „„Sutzkever“ mit tz ist der Name des
// jiddischen Dichters“. Not „so hieß der Dichter“, which a reader writes
// of our person's misprint as often as of a spelling set aside.
const SPELLING_OWNED_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}]?[^.!?\n]{0,24}?(?:gehört|gehörte|belongs|belonged|is${SPACE}+the(?:${SPACE}+usual)?${SPACE}+spelling|(?:ist|is)${SPACE}+(?:der|the)${SPACE}+Name)(?:${SPACE}+[\p{L}-]+){0,4}?${SPACE}+${anyOf(namesakeWorldTerms)}`,
  'iu',
);

// Round 19: a quoted citation's year after the surname names the author, our person: 'not just "Leike, 2024"'.
const CITATION_AFTER = lazyPattern(() => /^,[^\S\n]*(?:19|20)\d\d(?!\d)/u);
// Round 19: a later item of a quoted, comma-separated list after a noun for strings: '# Suchbegriffe: "Sutskever",
// "Leike", "Altman"', 'Keywords: "Pachocki", "Altman"'. Every item is a string; read on the line, as such a list runs
// past LOOK_AROUND. Round 55: or on the line after its noun, a word between them: 'Search strings used:\n"Ilya
// Sutskever", "Sutskever", …'; an item may have a remark in brackets: '"Altman" (ohne "Altmann"), "Pachocki"'.
const LIST_OF_STRINGS_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])${anyOf(stringNouns)}(?:e|s|n|en)?(?:${SPACE}+\p{Ll}+)?${SPACE}*[:=]\s*(?:[${PROSE_OPENING_QUOTES}][^${CLOSING_QUOTES}\n]{1,40}[${CLOSING_QUOTES}](?:${SPACE}*\([^()\n]{1,40}\))?${SPACE}*,${SPACE}*)+[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);
// The longest line read back for such a list.
const MAX_LIST_LINE = 400;
const ITEM_COMMA_BEFORE = lazyPattern(() => String.raw`[${CLOSING_QUOTES})]${SPACE}*,${SPACE}*.$`, 'u');
// Round 19: a quoted phrase with the surname given as a string's noun, a puzzle's clue: 'gave "Altman of Hollywood"
// as a clue'.
const PHRASE_AS_STRING_AFTER = lazyPattern(
  () => String.raw`^[^${CLOSING_QUOTES}\n]{1,30}[${CLOSING_QUOTES}]${SPACE}+${AS_A}${anyOf(stringNouns)}(?![\p{L}])`,
  'iu',
);
// Round 54: or quoted, alone or in a list of quoted forms, as what a search finds: 'damit auch "Altmans" oder "Leikes"
// gefunden werden', '"Leike" is not found'. Round 117: or takes hold as a rule's word does, 'damit auch "Altmans"
// greift'.
// Round 127: or listed with a count of what it found, as an alerts dashboard lists its strings: '“Leike” 14 new items'.
// Round 128: or said to bring hits, „„Альтман“ dagegen auch Treffer zu anderen Personen“.
const COUNTED_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}](?:${SPACE}+\d+${SPACE}+(?:(?:new|neue)${SPACE}+)?(?:${anyOf(countNouns)}|items?|results?|matches|Artikel|Ergebnisse)|(?:${SPACE}+\p{L}+){0,3}?${SPACE}+(?:Treffer|hits|matches))(?![\p{L}])`,
  'iu',
);
// Round 131: or found at a line of a file, as a tool's alert gives it: '[alert] "Sutzkever" in feeds/wire-0515.xml (line
// 12)'. Not a commit's 'Fix typo "Pachoki" -> "Pachocki" in people/pachocki.md', which gives his name as corrected.
const IN_FILE_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}]${SPACE}+(?:in|im)${SPACE}+[\w./-]*\w\.[a-z]{2,5}(?:${SPACE}*\((?:line|zeile)${SPACE}+\d+\)|:\d+)`,
  'iu',
);
// Round 128: a string said to stand in a list, as a watch list's comment says: '# TODO: "Pachocki" steht erst seit dem
// 14.05. in der Liste'.
const IN_LIST_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}](?:${SPACE}+[\p{L}\d.]+){0,6}?${SPACE}+(?:in|auf|on)${SPACE}+(?:der|die|the|our|unserer)${SPACE}+(?:Liste|list|watchlist|Watchlist)(?![\p{L}])`,
  'iu',
);
// Round 128: the string a tool fires on at each occurrence, „ein Bot, der bei jedem „Altman“ anspringt“, 'replies on
// every "Altman"', or a search finds things for, „Die Volltextsuche findet bei „Sutskever“ die Artikel nicht“. Round
// 130: or a filter goes off on, German's verb split around it, „Er schlägt zum Beispiel bei „Sutzkever“ an“.
const FIRED_ON_BEFORE = lazyPattern(
  () =>
    String.raw`(?:(?:bei|on|at|for)${SPACE}+(?:jedem|jeder|jedes|every|each)|(?<![\p{L}])(?:schlägt|schlagen|schlug|schlugen)(?:${SPACE}+\p{L}+){0,3}?${SPACE}+bei|(?:suche|search|filter|alert|alarm)\p{L}*${SPACE}+(?:findet|finds|liefert|returns|zeigt|shows)${SPACE}+(?:bei|for|on|zu))${SPACE}*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);
// Or said after it to be found or matched; round 164: or to have picked up texts, 'In our tests “Altman” also picked
// up film reviews' (not '"Leike" picked up the phone').
const FOUND_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}](?:${SPACE}*(?:,|or|and|oder|und)${SPACE}*[${PROSE_OPENING_QUOTES}][^${CLOSING_QUOTES}\n]{1,30}[${CLOSING_QUOTES}])*${SPACE}+(?:(?:is|are|was|were|wird|werden|wurde|wurden|also|auch|too|not|nicht|nur|only)${SPACE}+){0,2}(?:gefunden|found|matched|greift|greifen|anschlägt|picked${SPACE}+up${SPACE}+(?:\p{L}+${SPACE}+)?(?:reviews|reports|stories|articles|posts|texts))(?![\p{L}])`,
  'iu',
);
// Round 116: or said to catch, alone, more than the one meant, perhaps on a comment's next line: '"Altman" allein⏎#
// trifft auch Berichte über Robert Altman', '"Leike" alone also returns the councillor'. Round 131: „„Altman“ allein
// holt auch Robert Altman“.
const ALONE_MATCHES_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}]${SPACE}+(?:allein|alone|by${SPACE}+itself|on${SPACE}+its${SPACE}+own)[\s#/]+(?:(?:also|auch|still|noch)${SPACE}+)?(?:trifft|findet|liefert|holt|matcht|matches|finds|returns|hits|catches)(?![\p{L}])`,
  'iu',
);

// Round 131: or said to mean, on its own, one bearer: "Altman on its own means the director", „Leike allein meint hier
// den Handballer“. The word is spoken of, not a bearer named.
const ALONE_MEANS_AFTER = lazyPattern(
  () =>
    String.raw`^${SPACE}+(?:${ALONE}|für${SPACE}+sich)${SPACE}+(?:means|meant|refers${SPACE}+to|meint|bedeutet|heißt)(?![\p{L}])`,
  'iu',
);

// Round 59: or an item of a bracketed list without quotes after such a key, as YAML writes it: 'highlight_terms:
// [Altman, Sutskever, Leike, Pachocki]'. Not a post's tags or topics, 'tags: [OpenAI, Leike]', which name who it is about.
const LOOKED_FOR_NOUNS = stringNouns.filter((noun) => !(subjectNouns as readonly string[]).includes(noun));
// Round 82: or of a list without brackets after such a noun for a tool, its colon then the items: "keywords for the
// monitoring tool: Sutskever, Sutzkever, Leike (case-insensitive)", „Suchbegriffe für den Alarm: Altman, Leike“.
const FLOW_LIST_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])${anyOf(LOOKED_FOR_NOUNS)}(?:e|s|n|en)?(?:${SPACE}*:${SPACE}*\[|${SPACE}+(?:for|für)(?:${SPACE}+[\p{L}-]+){1,4}${SPACE}*:${SPACE}*)(?:[^\[\],\n]{1,40},${SPACE}*)*$`,
  'iu',
);
const FLOW_ITEM_AFTER = lazyPattern(() => /^[^\S\n]*(?:[,\](]|$|\n|(?:and|und|or|oder)[^\S\n])/u);

// Round 151: or, written in lower case as a tool keeps them, after such a noun or an entry's and its colon, a bracket
// perhaps between, the last item ending the line: "-- Search aliases (rebuilt nightly by cron): leike, janleike,
// sutzkever."
const LOWER_FLOW_LIST_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])${anyOf([...LOOKED_FOR_NOUNS, ...nameEntryNouns])}(?:e|s|n|en)?(?:${SPACE}*\([^()\n]{1,40}\))?${SPACE}*:${SPACE}*(?:[^\[\],\n]{1,40},${SPACE}*)*$`,
  'iu',
);
const LOWER_ITEM_AFTER = lazyPattern(() => /^[^\S\n]*(?:[,(]|\.?[^\S\n]*(?:$|\n)|(?:and|und|or|oder)[^\S\n])/u);

/** Whether the lower-case name at [start, end) is an item of such a list (see above); a bare handle too. */
export const isLowerItemOfStrings = (text: string, start: number, end: number) =>
  text[start] !== text[start]!.toUpperCase() &&
  LOWER_ITEM_AFTER().test(text.slice(end, end + 8)) &&
  LOWER_FLOW_LIST_BEFORE().test(lineBefore(text, start));

/** Whether the surname at `start` is an item of a list under a key for strings: 'terms: [Altman, Leike]'. */
const isInFlowListOfStrings = (text: string, start: number, end: number, after: string) =>
  (FLOW_ITEM_AFTER().test(after) && FLOW_LIST_BEFORE().test(lineBefore(text, start))) ||
  isLowerItemOfStrings(text, start, end);

// Round 100: or an item of a block list under such a key, as YAML writes it: 'begriffe:⏎  - "sutskever openai"'.
const BLOCK_ITEM_BEFORE = lazyPattern(() => /^[^\S\n]*-[^\S\n]+["']?$/u);
const BLOCK_ITEM = lazyPattern(() => /^[^\S\n]*-[^\S\n]/u);
// Round 154: or under a tool's list's own word, a watch list's `watch:`, `match_list:`; not an alias list, whose
// items name the person.
const LIST_KEY_WORDS = stringListWords.filter((word) => word !== 'alias');
const BLOCK_KEY = lazyPattern(
  () =>
    String.raw`^[^\S\n]*(?:[\p{L}_-]*${anyOf(LOOKED_FOR_NOUNS)}(?:e|s|n|en)?|${anyOf(LIST_KEY_WORDS)}(?:[-_]?list)?)[^\S\n]*:[^\S\n]*$`,
  'iu',
);
// The items read up to the key: a longer list is data of another kind.
const MAX_BLOCK_ITEMS = 20;

/**
 * Whether the first line above the one starting at `lineStart` that `isItem` does not take is a list's key by `isKey`,
 * read up to `MAX_BLOCK_ITEMS` lines.
 */
function isUnderListKey(
  text: string,
  lineStart: number,
  isItem: (line: string) => boolean,
  isKey: (line: string) => boolean,
): boolean {
  for (let lines = 0; lineStart > 0 && lines < MAX_BLOCK_ITEMS; lines++) {
    const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(previous, lineStart - 1);
    if (!isItem(line)) return isKey(line);
    lineStart = previous;
  }
  return false;
}

// Round 162: or under a comment of the file's own that calls them strings, between the key and the items: "authors:⏎  #
// Strings the bot looks for in arXiv author lists.⏎  - "Leike, J"". Another comment is passed over.
const COMMENT_LINE = lazyPattern(() => /^[^\S\n]*#/u);
const STRINGS_COMMENT = lazyPattern(
  () => String.raw`^[^\S\n]*#[^\n]*(?<![\p{L}])${anyOf(LOOKED_FOR_NOUNS)}(?:e|s|n|en)?(?![\p{L}])`,
  'iu',
);

/** Whether the surname at `start` opens an item of a block list under a key for strings (see above). */
function isInBlockListOfStrings(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return (
    BLOCK_ITEM_BEFORE().test(text.slice(lineStart, start)) &&
    isUnderListKey(
      text,
      lineStart,
      (line) => BLOCK_ITEM().test(line) || (COMMENT_LINE().test(line) && !STRINGS_COMMENT().test(line)),
      (line) => BLOCK_KEY().test(line) || STRINGS_COMMENT().test(line),
    )
  );
}

// Round 157: or an indented line under a line of prose that ends in such a noun and its colon, a blank line perhaps
// between: "the keyword list is now:⏎⏎  Altman⏎  Sutskever OR Sutzkever". Each line short, one string and its variants.
const INDENTED_ITEM_BEFORE = lazyPattern(() => /^(?:[^\S\n]{2,}|\t)$/u);
const INDENTED_ITEM = lazyPattern(() => /^(?:[^\S\n]{2,}|\t)[^\s][^\n]{0,40}$/u);
const PROSE_LIST_KEY = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])${anyOf(LOOKED_FOR_NOUNS)}(?:e|s|n|en)?(?:[-_ ]?(?:list|liste))?(?:${SPACE}+\p{L}+){0,3}${SPACE}*:${SPACE}*$`,
  'iu',
);

/** Whether the surname at `start` opens an indented line of such a list (see above). */
function isInIndentedListOfStrings(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!INDENTED_ITEM_BEFORE().test(text.slice(lineStart, start))) return false;
  const lineEnd = text.indexOf('\n', start);
  return (
    INDENTED_ITEM().test(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd)) &&
    isUnderListKey(
      text,
      lineStart,
      (line) => line.trim() === '' || INDENTED_ITEM().test(line),
      (line) => PROSE_LIST_KEY().test(line),
    )
  );
}

// Round 59: a lower-case surname that keys a row of data, its full name in the next cell: 'sutskever;Ilya Sutskever;148'.
const ROW_KEY_AFTER = lazyPattern(() => /^[;,\t|][^\S\n]*\p{Lu}\p{L}+[^\S\n]+(\p{L}+)/u);
// Round 102: or after a comment's mark, the rows pasted into code: '-- sutskever;Ilya Sutskever;@ilyasut;left 14 May'.
const COMMENT_MARK_BEFORE = lazyPattern(() => /(?:^|\n)[^\S\n]*(?:--|#|\/\/)[^\S\n]*$/u);
const isRowKey = (text: string, start: number, end: number, after: string) => {
  if (text[start] !== text[start]!.toLowerCase()) return false;
  if (start > 0 && text[start - 1] !== '\n' && !COMMENT_MARK_BEFORE().test(text.slice(Math.max(0, start - 12), start)))
    return false;
  return ROW_KEY_AFTER().exec(after)?.[1]?.toLowerCase() === text.slice(start, end).toLowerCase();
};

// Round 59: a quoted surname set beside another family's spelling, its own with an "n" added, as strings a search
// tells apart: 'weil die Suchfunktion „Altman“ und „Altmann“ nicht unterscheidet'. Not our own misspellings beside it
// ('"Sutskever" or "Sutzkever"'), which stand for him.
const SPELLING_PAIR_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}]${SPACE}+(?:and|or|und|oder|vs\.?)${SPACE}+[${PROSE_OPENING_QUOTES}](\p{L}+)[${CLOSING_QUOTES}]`,
  'iu',
);
const isBesideOtherSpelling = (text: string, start: number, end: number, after: string) =>
  SPELLING_PAIR_AFTER().exec(after)?.[1]?.toLowerCase() === `${text.slice(start, end).toLowerCase()}n`;

// Round 110: or a query a search engine's operators shape, inside its quotes: 'Tried "altman -sam -openai"', „„leike
// site:heise.de““. Prose puts no minus sign before a word, nor "site:".
const QUERY_OPERATOR_AFTER = lazyPattern(
  () =>
    String.raw`^[^${CLOSING_QUOTES}\n]{0,40}?(?:${SPACE}-[\p{L}\p{N}]|(?<![\p{L}])(?:site|intitle|inurl):)[^${CLOSING_QUOTES}\n]{0,40}[${CLOSING_QUOTES}]`,
  'u',
);

/** Whether the quoted surname at `start` is a later item of a quoted list of strings: '# Tags: "Leike", "Altman"'. */
function isInListOfStrings(text: string, start: number, before: string): boolean {
  if (!ITEM_COMMA_BEFORE().test(before)) return false;
  const lineStart = Math.max(text.lastIndexOf('\n', text.lastIndexOf('\n', start - 1) - 1) + 1, start - MAX_LIST_LINE);
  return LIST_OF_STRINGS_BEFORE().test(text.slice(lineStart, start));
}

/**
 * Whether the quoted surname or hashtag at [start, end) is a string looked for ("my #Altman tag"), or a namesake's name
 * by the world after it.
 */
// Round 82: a form of his name in another script, its case named or given as an example ('the genitive of «Суцкевер»',
// 'forms like "Суцкевера"'), is him as that language writes him (the marking rules' round 26 decision), not a word's
// form in general.
const FORM_OF_QUOTE_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:${anyOf(formNouns)}${SPACE}+(?:of|von|des)|${anyOf(wordFormNouns)}${SPACE}+(?:like|such${SPACE}+as|wie))${SPACE}*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);

// Round 132: or a list said to hold it, as a watch list's strings are: 'Because the list includes "Altman",
// "Sutskever" and "Leike"', „die Liste enthält „Leike““.
const LIST_HOLDS_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:list|liste)${SPACE}+(?:includes|included|contains|contained|enthält|enthielt|umfasst)${SPACE}*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);

// Round 164: or what a grep over some files looks for, the files between, 'grepping my notes for "Sutskever"'.
const GREP_FOR_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])grep(?:ping|ped|s)?(?:${SPACE}+\p{L}+){1,3}?${SPACE}+for${SPACE}*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);

// Round 135: or everything "with" it, as a filter marks or a feed collects: „Ich lasse mir alles mit „Sutskever“
// oder „Pachocki“ markieren“, 'show me everything with "Leike"'.
const EVERYTHING_WITH_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:alles|everything|anything)${SPACE}+(?:mit|with|containing)${SPACE}*[${PROSE_OPENING_QUOTES}]${EARLIER_QUOTED_ITEM}{0,6}$`,
  'iu',
);
// Round 135: or what a search's string let through or threw out, opening its sentence: „Bei „Leike“ flogen zwei
// Lokalberichte über einen Gemeinderat raus“, „Bei „Altman“ ohne Vornamen haben wir jeden Treffer … geprüft“. Round
// 136: or a list item's, after its dash, „- Bei „Leike“ fielen 11 Lokalmeldungen heraus“.
const AT_STRING_BEFORE = lazyPattern(
  () => String.raw`(?:^|[.!?:;]${SPACE}+|\n${SPACE}*(?:[-*•]${SPACE}+)?)Bei${SPACE}*„$`,
  'u',
);
const SIFTED_AFTER = lazyPattern(
  () => String.raw`^“[^.!?\n]{0,80}?(?<![\p{L}])(?:raus|heraus|treffer|ergebnisse)(?![\p{L}])`,
  'iu',
);

// Round 139: or what a relative clause says its texts held, German's verb last: „jede Antwort, die „Altman“,
// „Sutskever“ oder „Sutzkever“ enthielt“.
const RELATIVE_BEFORE = lazyPattern(
  () => String.raw`(?<![\p{L}])(?:die|der|das|welche[rs]?)${SPACE}*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);
const HELD_AFTER = lazyPattern(
  () =>
    String.raw`^${QUOTED_ITEMS_AFTER}(?:${SPACE}+\p{L}+){0,3}?${SPACE}+(?:enthielt|enthält|enthielten|enthalten|enthalte)(?![\p{L}])`,
  'iu',
);

/** Whether the words before a quoted word say that it, and the quoted words joined to it, are looked for. */
const isListLookedForBy = (before: string, after: string) =>
  TOOL_STRING_BEFORE().test(before) ||
  GREP_FOR_BEFORE().test(before) ||
  EVERYTHING_WITH_BEFORE().test(before) ||
  (AT_STRING_BEFORE().test(before) && SIFTED_AFTER().test(after)) ||
  LIST_HOLDS_BEFORE().test(before) ||
  (RELATIVE_BEFORE().test(before) && HELD_AFTER().test(after)) ||
  SEARCH_FED_WITH_BEFORE().test(before) ||
  (COUNTS_BEFORE().test(before) && (ALONG_AFTER().test(after) || COUNTED_TEXTS_AFTER().test(after))) ||
  SEARCHED_FOR_BEFORE().test(before) ||
  (NACH_BEFORE().test(before) && SEARCH_VERB_AFTER().test(after)) ||
  isEnteredString(before, after) ||
  ALERT_FOR_BEFORE().test(before) ||
  FIRED_ON_BEFORE().test(before);

// Round 131: a later item of a quoted list whose head stands further back than the words read before a surname reads
// as its first item does: „Volltextsuche im Archiv nach „Sutskever“, „Sutzkever“, „Altman“, „Leike“ und „Pachocki““.
// Not after "only", which gives each of ours his short form (round 77): „in Grafiken nur „Altman“, „Sutskever“, „Leike““.
// Round 157: English's last comma before its "and", 'Search strings used: "Sutskever", "Sutzkever", "Leike",
// "Pachocki", and "Altman"'.
const EARLIER_ITEM_RIGHT_BEFORE = lazyPattern(
  () =>
    String.raw`[${PROSE_OPENING_QUOTES}][^${PROSE_OPENING_QUOTES}${CLOSING_QUOTES}\n]{1,40}[${CLOSING_QUOTES}]${SPACE}*(?:,(?:${SPACE}*(?:and|or))?|and|or|und|oder)${SPACE}*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);
/** The most items a quoted list is walked back over to its head. */
const MAX_LIST_ITEMS = 8;

/** Where the first item of the quoted list whose item opens at `start` opens: `start` itself if none is before it. */
function listHeadStart(text: string, start: number): number {
  let at = start;
  for (let n = 0; n < MAX_LIST_ITEMS; n++) {
    const item = EARLIER_ITEM_RIGHT_BEFORE().exec(text.slice(Math.max(0, at - LOOK_AROUND), at));
    if (!item) break;
    at -= item[0].length - 1;
  }
  return at;
}

function isQuotedString(text: string, start: number, after: string): boolean {
  const opened = start > 0 && (PROSE_OPENING_QUOTES.includes(text[start - 1]!) || text[start - 1] === '#');
  if (!opened && !CLOSING_QUOTES.includes(after[0] ?? '')) return false;
  const before = textBefore(text, start);
  if (isOtherScript(text[start]!) && FORM_OF_QUOTE_BEFORE().test(before)) return false;
  const head = opened ? listHeadStart(text, start) : start;
  return (
    (opened &&
      (STRING_BEFORE().test(before) ||
        LOOKED_FOR_LIST_BEFORE().test(before) ||
        isListLookedForBy(before, after) ||
        (head < start && isListLookedForBy(textBefore(text, head), after))) &&
      !POINTS_FOR_BEFORE().test(before) &&
      !POST_TAGS_BEFORE().test(before) &&
      !BARE_HASHTAG_BEFORE().test(before) &&
      !FILED_UNDER_BEFORE().test(before) &&
      !(QUOTE_GOES_ON_AFTER().test(after) && BARE_WORD_BEFORE().test(before)) &&
      !POINTS_AFTER().test(after) &&
      !(after.startsWith(',') && CITATION_AFTER().test(after))) ||
    (opened &&
      (isInListOfStrings(text, start, before) ||
        PHRASE_AS_STRING_AFTER().test(after) ||
        FOUND_AFTER().test(after) ||
        COUNTED_AFTER().test(after) ||
        IN_LIST_AFTER().test(after) ||
        IN_FILE_AFTER().test(after) ||
        ALONE_MATCHES_AFTER().test(after) ||
        QUERY_OPERATOR_AFTER().test(after))) ||
    (opened &&
      CLOSING_QUOTES.includes(after[0] ?? '') &&
      ((ADDED_BEFORE().test(before) && !ADDED_AS_AFTER().test(after)) || TYPED_QUERY_BEFORE().test(before))) ||
    (opened && isExtendingStringList(text, start)) ||
    (MAPPED_AFTER().test(after) && FUNCTION_CALL_BEFORE().test(before)) ||
    RETURNED_BEFORE().test(before) ||
    COMPARED_BEFORE().test(before) ||
    REPLACEMENT_BEFORE().test(before) ||
    SQL_CONDITION_BEFORE().test(before) ||
    (CALL_AFTER().test(after) && MATCHING_CALL_BEFORE().test(before)) ||
    STRING_AFTER().test(after) ||
    (opened && INTO_SEARCH_AFTER().test(after)) ||
    WORLD_AFTER().test(after) ||
    // Round 118: not a misprint of ours said so before it, 'misspelt the surname as "Sutzkever", which is the spelling
    // of the unrelated poet'.
    (SPELLING_OWNED_AFTER().test(after) && !saysPrintedBefore(sentenceBefore(before))) ||
    WORK_APPOSITION_AFTER().test(after) ||
    ((CALL_BEFORE().test(before) || LATER_ARGUMENT_BEFORE().test(before)) && CALL_AFTER().test(after))
  );
}

/** Whether the quoted word at [start, end) is a string a tool, a count or an alert looks for (a misprint too). */
export const isQuotedStringAt = (text: string, start: number, end: number) =>
  isQuotedString(text, start, textAfter(text, end));

// Round 116: an order to watch for it that opens its sentence, 'Watch for "Pachoki" and "Pachocky" in agency copy': a
// style guide asks its editors to catch his name misprinted, which is his name as printed, not a tool's string.
const WATCH_ORDERED_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[.!?:]${SPACE}+|\n[^\S\n]*)(?:watch|look)${SPACE}+(?:out${SPACE}+)?for${SPACE}*[${PROSE_OPENING_QUOTES}]${EARLIER_QUOTED_ITEM}{0,6}$`,
  'iu',
);

// Round 116: the quoted word, perhaps a later one of a quoted list, after a noun for strings or a tool's verb.
const TOOL_STRING_BEFORE = lazyPattern(() => lookedForBefore('{0,6}'), 'iu');

/**
 * Round 116: whether the quoted word at `start` is what a tool looks for by the words before it, a string's noun, a
 * tool's verb, a search, an alert or an addition to its list: 'Our alerts now watch for “Pachocky”', „Suchbegriffe
 * „Suzkewer“, „Sutskewer““, 'I added "Pachoki"'. Not an order to editors to watch for it (see above): a misprint so
 * spoken of is his name as printed.
 */
export function isToolStringBefore(text: string, start: number): boolean {
  if (start === 0 || !PROSE_OPENING_QUOTES.includes(text[start - 1]!)) return false;
  const before = farTextBefore(text, start);
  return (
    (TOOL_STRING_BEFORE().test(before) ||
      SEARCHED_FOR_BEFORE().test(before) ||
      ALERT_FOR_BEFORE().test(before) ||
      ADDED_BEFORE().test(before)) &&
    !WATCH_ORDERED_BEFORE().test(before)
  );
}

/**
 * Round 153: whether the quoted word at `start` is what a tool looks for by a string's noun or a searching verb before
 * it, not by an addition to a list: 'the strings "ilyasut", "janleike", "sama" or "merettm"', not 'do not add "sama"
 * as a separate entry', which names a handle of his.
 */
export const isSearchStringBefore = (text: string, start: number) =>
  start > 0 &&
  PROSE_OPENING_QUOTES.includes(text[start - 1]!) &&
  (TOOL_STRING_BEFORE().test(farTextBefore(text, start)) || SEARCHED_FOR_BEFORE().test(farTextBefore(text, start)));

// Round 137: an alert's title, its string ending the line: "Betreff: Google Alert – Leike".
const ALERT_TITLE_BEFORE = lazyPattern(
  () => String.raw`(?:^|[\n:])${SPACE}*(?:google${SPACE}+)?alerts?${SPACE}*[–—:-]${SPACE}*$`,
  'iu',
);

// Round 135: a wire's slug for its pictures or story, 'Photos available under the slug OPENAI-SUTSKEVER'.
const SLUG_BEFORE = lazyPattern(() => String.raw`(?<![\p{L}])slug${SPACE}*:?${SPACE}+(?:[\p{L}\p{N}]+-)*$`, 'iu');

// Round 77: a word of a shell loop's list, `for name in Altman Sutskever Leike; do`: each word is a string the loop's
// body handles, whoever bears it.
const SHELL_LOOP_BEFORE = lazyPattern(
  () => /(?:^|[\n;])[^\S\n]*for[^\S\n]+[A-Za-z_]\w*[^\S\n]+in(?:[^\S\n]+[^\s;]+)*[^\S\n]+["']?$/u,
);
const SHELL_LOOP_AFTER = lazyPattern(() => /^["']?(?:[^\S\n]+[^\s;]+)*[^\S\n]*;[^\S\n]*do(?![\p{L}])/u);
/** Whether the word at `start`, with `after` it, is a word of a shell loop's list (see above). */
export const isShellLoopWord = (text: string, start: number, after: string) =>
  SHELL_LOOP_AFTER().test(after) && SHELL_LOOP_BEFORE().test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));

// Round 100: the word a command-line search looks for, `grep -ci leike thread-comments.txt`, `rg -i "altman"`: it
// finds every bearer's name.
const SEARCH_COMMAND_BEFORE = lazyPattern(
  () => /(?:^|[\s;|&(`$])(?:grep|egrep|fgrep|rg|ack)(?:[^\S\n]+-{1,2}[\w-]+(?:=[^\s]+)?)*[^\S\n]+["']?$/u,
);

/** Whether the word at [start, end) is written all in lower case, as typed into a tool. */
const isWrittenLowerCase = (text: string, start: number, end: number) => {
  const written = text.slice(start, end);
  return written === written.toLowerCase();
};

// Round 123: a command-line option's value in lower case, a list of them too: `newswatch --only sutskever,leike`,
// `--name=altman`. The option takes the string, whoever bears it.
const OPTION_VALUE_BEFORE = lazyPattern(() => /(?:^|\s)--?[a-z][\w-]*(?:=|[^\S\n]+)(?:[\p{Ll}\d_-]+,)*$/u);
const isOptionValue = (text: string, start: number, end: number) =>
  isWrittenLowerCase(text, start, end) && OPTION_VALUE_BEFORE().test(text.slice(Math.max(0, start - 80), start));

// Round 107: an item of a filter's condition, written as typed, all in lower case after "contains:": "Headline
// contains: altman · sutskever · leike · pachocki", „Titel enthält: leike, pachocki“.
const FILTER_CONDITION_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:contains|enthält|includes)${SPACE}*:${SPACE}*(?:[\p{Ll}\d-]+${SPACE}*[,;·|]${SPACE}*){0,8}$`,
  'u',
);
function isInFilterCondition(text: string, start: number, end: number): boolean {
  return (
    isWrittenLowerCase(text, start, end) &&
    FILTER_CONDITION_BEFORE().test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))
  );
}

// Round 109: a tool's key in lower case, its count and then the name as printed, on a row of its output: "sutskever
// 41  Sutskever 37, Sutzkever 4", „altman 388 Sam Altman“. The key is the tool's; the printed name after it is his.
const DISPLAY_AFTER_COUNT = lazyPattern(
  () => String.raw`^${SPACE}+\d[\d.,]*${SPACE}+(?:\p{Lu}\p{Ll}+${SPACE}+)?(\p{Lu}\p{Ll}+)(?![\p{L}])`,
  'u',
);
const isKeyBeforeDisplay = (text: string, start: number, end: number, after: string) =>
  isWrittenLowerCase(text, start, end) &&
  DISPLAY_AFTER_COUNT().exec(after)?.[1]?.toLowerCase() === text.slice(start, end);

// Round 131: or on a tool's log row, which opens with a date or gives one after the key, '2024-05-17 19:02
// example.net  "Jan Leike verlässt OpenAI"  leike', '"Sam Altman kehrt zurück"  altman  2024-05-22'; or an item of a
// tool's tally, each key with a small count, "2 hits: sutskever 1, pachocki 1". Not a lone "pachocki   3" on a line
// of its own, which no neighbour makes a table's (round 68). Round 159: or a key given its count by "=", as a tool's
// output writes it, "matched: sutskever=41 pachocki=12 leike=19".
const STAMP_OR_TALLY_AFTER = lazyPattern(
  () => /^(?:[^\S\n]+(?:\d{4}-\d{2}-\d{2}(?!\d)|\d{1,3}[^\S\n]*[,;])|=\d{1,6}(?![\d.]))/u,
);
const TALLY_ITEM_BEFORE = lazyPattern(() => /\p{Ll}+[^\S\n]+\d{1,3}[,;][^\S\n]*$/u);
const TALLY_COUNT_AFTER = lazyPattern(() => /^[^\S\n]+\d{1,3}(?!\d)/u);
// Not a word of a quoted query on such a row, 'SEARCH q="sutskever leaving openai"', which a reader typed about him.
const LOG_ROW_START = lazyPattern(() => /^[^\S\n]*\d{4}-\d{2}-\d{2}(?!\d)[^"\n]*(?:"[^"\n]*"[^"\n]*)*$/u);
// Round 164: or after a log's word for a hit in capitals, "01:04 TREFFER sutskever „OpenAI-Mitgründer …“".
const HIT_LABEL_BEFORE = lazyPattern(() => /(?<![\p{L}])(?:TREFFER|HIT|MATCH|ALERT|ALARM)[^\S\n]+$/u);
function isLogOrTallyKey(text: string, start: number, end: number, after: string): boolean {
  if (!isWrittenLowerCase(text, start, end)) return false;
  const lineBefore = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return (
    STAMP_OR_TALLY_AFTER().test(after) ||
    (TALLY_COUNT_AFTER().test(after) && TALLY_ITEM_BEFORE().test(lineBefore)) ||
    LOG_ROW_START().test(lineBefore) ||
    HIT_LABEL_BEFORE().test(lineBefore)
  );
}

// Round 119: a row of a command's output that gives a count for each string it looked for, under the prompt's line:
// "$ pressewache run …\n37 Treffer\n  Sutskever   21\n  Pachocki     9". Round 132: perhaps with its unit after the
// count, "sutskever   143 Artikel"; a name printed there is no key ("sutskever   58   Sutskever").
const COUNT_ROW = lazyPattern(() => /^[^\S\n]*\S+[^\S\n]{2,}\d[\d.,]*(?:[^\S\n]+\p{L}+)?[^\S\n]*$/u);
const PROMPT_LINE = lazyPattern(() => /^[^\S\n]*\$[^\S\n]+\S/u);
/** How many lines above its row a command's prompt is looked for, and the longest line read. */
const MAX_OUTPUT_LINES = 8;
const MAX_LINE_READ = 200;

/** Whether the surname at `start` opens such a row (see above). */
function isCommandOutputCount(text: string, start: number): boolean {
  const row = shortLineAt(text, start, MAX_LINE_READ);
  if (!row || text.slice(row.start, start).trim() !== '' || !COUNT_ROW().test(row.line)) return false;
  let lineStart = row.start;
  for (let n = 0; n < MAX_OUTPUT_LINES && lineStart > 0; n++) {
    const above = shortLineAt(text, lineStart - 1, MAX_LINE_READ);
    if (!above) return false;
    if (PROMPT_LINE().test(above.line)) return true;
    lineStart = above.start;
  }
  return false;
}

// Round 133: the first word of a quoted boolean query, its operator in capitals and a bracket or a second operator
// after it: `query: 'Altman AND (OpenAI OR "Chief Executive")'`. Not a forum title's shout, „"Sutskever AND Leike
// gone??"“.
const BOOLEAN_QUERY_AFTER = lazyPattern(
  () => /^[^\S\n]+(?:AND|OR)(?:[^\S\n]+NOT)?[^\S\n]+(?:\(|[^\n]{0,60}?[^\S\n](?:AND|OR|NOT)[^\S\n])/u,
);
// Round 157: unquoted too where a bracket groups what follows the operator: "Better: Altman AND (OpenAI OR ChatGPT)".
const GROUPED_QUERY_AFTER = lazyPattern(() => /^[^\S\n]+(?:AND|OR)(?:[^\S\n]+NOT)?[^\S\n]+\(/u);
const isBooleanQueryHead = (text: string, start: number, after: string) =>
  (OPENING_QUOTES.includes(text[start - 1] ?? ' ') && BOOLEAN_QUERY_AFTER().test(after)) ||
  GROUPED_QUERY_AFTER().test(after);

// Round 138: unquoted after a web search's "nach", its verb last in the clause: „Wer online nach Altman sucht, landet
// bei …“, „im Netz nach Leike gesucht“. The word typed finds every bearer; the police's „sucht nach Leike“ has its verb
// first.
const WEB_SEARCH_NACH_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])(?:online|im${SPACE}+(?:netz|internet|web)|bei${SPACE}+google)${SPACE}+nach${SPACE}+$`,
  'iu',
);
const SEARCHES_AFTER = lazyPattern(
  () => String.raw`^${SPACE}+(?:sucht|suchen|suche|gesucht|googelt|googeln|gegoogelt)(?![\p{L}])`,
  'iu',
);

// Round 146: or named unquoted by a tool's noun after it, "Subject: Leike alert is useless".
const TOOL_NAMED_AFTER = lazyPattern(() => String.raw`^${SPACE}+${anyOf(namedToolNouns)}(?![\p{L}-])`, 'iu');
// Round 160: or, in lower case, a column's alias in SQL, `count(*) FILTER (WHERE body ILIKE '%leike%') AS leike`.
const SQL_ALIAS_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])AS[^\S\n]+$/u);
const isSqlAlias = (text: string, start: number, end: number) =>
  isWrittenLowerCase(text, start, end) && SQL_ALIAS_BEFORE().test(text.slice(Math.max(0, start - 8), start));
// Round 162: or a quoted value of a row SQL inserts after its number, `VALUES (1, 'Sutzkever'), (1, 'Суцкевер')`.
const SQL_VALUE_BEFORE = lazyPattern(
  () => /(?:VALUES[^\S\n]*\n?[^\S\n]*|\),[^\S\n]*)\([^\S\n]*\d+[^\S\n]*,[^\S\n]*'$/u,
);
// Round 157: or by what a search returns for it, the article before, "none of the Leike hits was about anyone else".
// Round 164: quoted too, after "every", 'Every "Altman" result this month is about the other one'.
const RESULTS_NAMED_AFTER = lazyPattern(
  () => String.raw`^[${CLOSING_QUOTES}]?${SPACE}+${anyOf(searchResultNouns)}(?![\p{L}-])`,
  'iu',
);
const RESULTS_ARTICLE_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:the|these|those|every|each|die|den|der|jeder|jedes)${SPACE}+[${PROSE_OPENING_QUOTES}]?$`,
  'iu',
);

/**
 * Whether the surname at [start, end) is a string a tool, a count or an alert looks for: quoted as one, an item of a
 * list of them, a data row's key, or one spelling a search tells from another. `spelledRight`: it is written as his
 * own surname is, so that a count of texts "with" it counts the word and not a misprint of him.
 */
export const isStringLookedFor = (text: string, start: number, end: number, after: string, spelledRight: boolean) =>
  isQuotedString(text, start, after) ||
  (spelledRight &&
    PROSE_OPENING_QUOTES.includes(text[start - 1] ?? '') &&
    COUNTED_TEXTS_BEFORE().test(textBefore(text, start))) ||
  isInFlowListOfStrings(text, start, end, after) ||
  isInUnquotedList(textBefore(text, start), farTextBefore(text, start), after) ||
  IN_STRING_LIST_AFTER().test(after) ||
  TOOL_NAMED_AFTER().test(after) ||
  isSqlAlias(text, start, end) ||
  (text[start - 1] === "'" && SQL_VALUE_BEFORE().test(text.slice(Math.max(0, start - 40), start))) ||
  (RESULTS_NAMED_AFTER().test(after) && RESULTS_ARTICLE_BEFORE().test(textBefore(text, start))) ||
  (`${PROSE_OPENING_QUOTES}'`.includes(text[start - 1] ?? '') &&
    ((QUOTED_ALONE_AFTER().test(after) && COMMENT_LINE_BEFORE().test(text.slice(Math.max(0, start - 200), start))) ||
      QUOTED_ALONE_JUDGED_AFTER().test(after))) ||
  isRowKey(text, start, end, after) ||
  isShellLoopWord(text, start, after) ||
  isInBlockListOfStrings(text, start) ||
  isInIndentedListOfStrings(text, start) ||
  isInFilterCondition(text, start, end) ||
  isKeyBeforeDisplay(text, start, end, after) ||
  SEARCH_COMMAND_BEFORE().test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) ||
  SLUG_BEFORE().test(textBefore(text, start)) ||
  (ALERT_TITLE_BEFORE().test(textBefore(text, start)) && LINE_ENDS_AFTER().test(after)) ||
  isOptionValue(text, start, end) ||
  isBesideOtherSpelling(text, start, end, after) ||
  isCommandOutputCount(text, start) ||
  isLogOrTallyKey(text, start, end, after) ||
  isBooleanQueryHead(text, start, after) ||
  ALONE_MEANS_AFTER().test(after) ||
  (SEARCHES_AFTER().test(after) && WEB_SEARCH_NACH_BEFORE().test(textBefore(text, start)));
