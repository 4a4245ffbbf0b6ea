import {
  nameNouns,
  nameEntryWords,
  entryThingWords,
  surnameNouns,
  nameFrequencyWords,
  nameSpreadWords,
  nameSpreadAdverbs,
  commonSurnames,
  surnameCrumbs,
  redirectPhrases,
  eponymNouns,
} from '../../knowledge/lexicon/name-entries';
import { lazyPattern, SPACE, anyOf, startingWithOneOf, APOSTROPHE, endingInOneOf } from '../text/regex-parts';
import { POSSESSIVE_END, textBefore } from '../text/words-around';
import { type Bearers, isSearchForWord } from './search-lines';
import { isRole } from './word-classes';

/**
 * A lone surname as the name itself: the title of an article or an entry on it, its definition, a redirect, an eponym,
 * a search for the word, a question about the name.
 */

// The surname asked about as a name: "Is Leike a German name?", "Ist Pachocki ein polnischer Name?".
const ASKED_AS_NAME_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:is|ist)\s+$/iu);
const ASKED_AS_NAME_AFTER = lazyPattern(
  () =>
    String.raw`^${SPACE}+(?:a|an|ein|eine)(?:${SPACE}+[\p{L}-]+){0,2}?${SPACE}+${anyOf(nameNouns)}(?![\p{L}])[^.!\n]*\?`,
  'iu',
);

// Round 72: or on a place or a work of the name, "Leike (river)", „Altman (Film)“.
const NAME_ENTRY_AFTER = startingWithOneOf(
  ['('],
  () => new RegExp(String.raw`^${SPACE}*\(${anyOf([...nameEntryWords, ...entryThingWords])}\)`, 'iu'),
);
// The surname defined as a word, the lemma of an article on it: "Pachocki ist ein polnischer Familienname",
// "Leike is a surname of German origin".
// Or said to be common or rare, denied too: "Leike isn't a rare name in Hesse", „Altman ist kein seltener Name“ (round 24);
// round 87: "enough" after it, "a common enough name in Hesse".
// Round 70: or so reported, with its place before the article: „Pachocki sei in Polen ein ganz normaler Name“, "Leike is
// here a common name". Round 171: or two places, „in Thüringen und Sachsen“.
const DEFINED_VERB = String.raw`^${SPACE}+(?:is|ist|was|war|sei|wäre)(?:n${APOSTROPHE}t|${SPACE}+not|${SPACE}+nicht)?`;
const DEFINED_AS = String.raw`${DEFINED_VERB}(?:${SPACE}+(?:(?:in|im|bei)${SPACE}+[\p{L}-]+(?:${SPACE}+(?:und|and)${SPACE}+[\p{L}-]+)?|hier|dort|here|there))?${SPACE}+`;
const DEFINED_AS_HINT = new RegExp(`${DEFINED_VERB}${SPACE}`, 'iu');
const NAME_DEFINED_AFTER = lazyPattern(
  () =>
    String.raw`${DEFINED_AS}(?:a|an|ein|eine|kein|keine|the|der)(?:(?:${SPACE}+[\p{L}-]+){0,3}?${SPACE}+${anyOf(surnameNouns)}|(?:${SPACE}+[\p{L}-]+){0,2}?${SPACE}+${anyOf(nameFrequencyWords)}\p{L}*(?:${SPACE}+(?:enough|genug))?${SPACE}+(?:name|surname))(?![\p{L}])`,
  'iu',
);
// Round 71: or said to be spread so, a degree perhaps before it and a place or a comparison after it: "Leike is more
// common in northern Germany than …", „Pachocki ist in Polen weit verbreitet.“; not "common ground". Round 169: or
// rare or common by an adverb that ends its clause, „Leike ist im Elbe-Weser-Dreieck nicht selten.“ Round 171: or
// „gar nicht so selten, …“.
const NAME_SPREAD_AFTER = lazyPattern(
  () =>
    String.raw`${DEFINED_AS}(?:(?:more|less|quite|very|fairly|pretty|really|so|sehr|ziemlich|recht|weit|viel)${SPACE}+)?(?:${anyOf(nameSpreadWords)}(?:er)?(?=${SPACE}*[.,;:!?]|${SPACE}+(?:in|im|than|als|across|around|throughout|here|there|hier|dort)(?![\p{L}]))|(?:(?:gar${SPACE}+)?nicht${SPACE}+(?:so${SPACE}+)?|so${SPACE}+)?${anyOf(nameSpreadAdverbs)}(?=${SPACE}*[.,;!?]))`,
  'iu',
);
// Or likened to a common surname, as a word of a country: "Pachocki is like Smith there", „Leike ist bei uns wie
// Müller“ (round 27): said of the name, not of a bearer.
const NAME_LIKENED_AFTER = lazyPattern(
  () => String.raw`${DEFINED_AS}(?:[\p{L}-]+${SPACE}+){0,4}?(?:wie|like)${SPACE}+${anyOf(commonSurnames)}(?![\p{L}])`,
  'iu',
);
// The title of a wiki page on the surname alone, "Pachocki – Wikipedia", or its breadcrumb, "wiki › Pachocki":
// a page on our person carries his full name.
const WIKI_TITLE_AFTER = startingWithOneOf(
  ['-', '–', '—', '|'],
  () => /^[^\S\n]*[-–—|][^\S\n]*wiki(?:pedia)?(?![\p{L}])/iu,
);
const WIKI_CRUMB_BEFORE = /(?:^|[^\p{L}])wiki(?:pedia)?[^\S\n]*[›>»/:][^\S\n]*$/iu;

// The title of an article on the surname, "Leike – Familienname, Herkunft", the surname after a noun for it, "der
// Familienname Leike", and the last crumb of a name dictionary's alphabet, "namen.example.org › L › Leike".
// Round 68: or the noun right after it, as a search result's title has it: "Pachocki surname meaning and origin".
// Round 132: not after his possessive, which names a bearer's name: "misspelled Pachocki’s surname as "Pachoki"".
const SURNAME_TITLE_AFTER = startingWithOneOf(
  ['-', '–', '—', ':', ...surnameNouns],
  () => new RegExp(String.raw`^(?:${SPACE}*[-–—:]${SPACE}*|${SPACE}+)${anyOf(surnameNouns)}(?![\p{L}])`, 'iu'),
);
// Round 163: or the page a hatnote sends the reader to for the surname's other bearers, „Zu weiteren Trägern des
// Familiennamens siehe Leike.“, "For other people with the surname, see Altman.".
const SURNAME_HATNOTE_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])${anyOf(surnameNouns)}s?[,:]?${SPACE}+(?:siehe|see)(?:${SPACE}+(?:also|auch))?${SPACE}+$`,
  'iu',
);
// Round 128: or given as an example of one, "A surname like Pachocki is just an adjective form".
const SURNAME_NOUN_BEFORE = endingInOneOf(
  [...surnameNouns, 'like', 'as', 'wie'],
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])${anyOf(surnameNouns)}(?:${SPACE}+(?:like|such${SPACE}+as|wie))?${SPACE}+$`,
      'iu',
    ),
);
// Round 133: or German's noun „Name“ before it, said to be common or rare a few words on: „Der Name Leike ist in
// Norddeutschland nicht selten“. Elsewhere „der Name Sutskever“ is his ("Der Name Sutskever ist vielen vom November
// bekannt"), as "the name" is. Round 160: up to six words between, „Der Name Leike ist vor allem in Niedersachsen und
// Westfalen verbreitet“.
const NAME_NOUN_BEFORE = endingInOneOf(['name'], () => /(?:^|[^\p{L}])[Dd]er[^\S\n]+Name[^\S\n]+$/u);
const FREQUENCY_SAID_AFTER = lazyPattern(
  () =>
    String.raw`^${SPACE}+(?:ist|war|sei)(?:${SPACE}+[\p{L}-]+){0,6}?${SPACE}+${anyOf(nameFrequencyWords)}(?![\p{L}])`,
  'iu',
);
const LETTER_CRUMB_BEFORE = endingInOneOf(['›', '>', '»'], () => /[›>»][^\S\n]*\p{Lu}[^\S\n]*[›>»][^\S\n]*$/u);
// The crumb of a name dictionary's surnames: "names.example.org › surnames › pachocki".
const SURNAMES_CRUMB_BEFORE = endingInOneOf(
  ['›', '>', '»'],
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(surnameCrumbs)}${SPACE}*[›>»]${SPACE}*$`, 'iu'),
);

// A plural possessive ending a quotation or a bracket, "Sutskevers'" in a style question, "(not Leikes')": a form
// named, as one person's name takes none ("Sutskever's"); before a noun, "the Altmans' house", a family's.
const PLURAL_POSSESSIVE = /[^'’]s['’]$/u;
const FORM_END_AFTER = lazyPattern(() => /^["“”„«»‘’)\]?]/u);

// A wiki's redirect note: '"Sutskever" redirects here'.
const REDIRECT_AFTER = startingWithOneOf(
  [...'"“”»«‘’'],
  () => new RegExp(String.raw`^["“”»«‘’]${SPACE}*${anyOf(redirectPhrases)}(?![\p{L}])`, 'iu'),
);
// Round 57: a disambiguation page's opening, "Sutskever may refer to:", „Altman steht für:“, before its list of bearers.
// Round 77: or its German opening for a full name, „Jan Leike ist der Name folgender Personen:“, "Sam Altman is the
// name of several people:".
const DISAMBIGUATION_AFTER = lazyPattern(
  () =>
    String.raw`^${SPACE}+(?:(?:may|can|might)${SPACE}+refer${SPACE}+to|steht${SPACE}+für|bezeichnet|(?:ist|is)${SPACE}+(?:der|the)${SPACE}+name${SPACE}+(?:folgender|mehrerer|verschiedener|of${SPACE}+(?:several|the${SPACE}+following|these))${SPACE}+(?:personen|people|persons))${SPACE}*:`,
  'iu',
);

/**
 * Whether the full name ending at `end` titles or opens a disambiguation: "Jan Leike (Begriffsklärung)", "Sam Altman
 * may refer to:". It names the name, whoever bears it; the list after it names the people (round 77).
 */
export const isFullNameEntry = (text: string, end: number) => {
  const after = text.slice(end, end + 64);
  return NAME_ENTRY_AFTER.test(after) || DISAMBIGUATION_AFTER().test(after);
};

// A hyphenated pair of surnames before a method's noun: "the Bland-Altman method", „Bland-Altman-Diagramm“. The word
// before is a capitalised name, not a role ("Chef-Altman").
const EPONYM_PAIR_BEFORE = lazyPattern(() => /(?:^|[^\p{L}-])(\p{Lu}\p{Ll}+)[-–]$/u);
const EPONYM_NOUN_AFTER = lazyPattern(() => String.raw`^(?:[-–]|${SPACE}+)${anyOf(eponymNouns)}(?![\p{L}])`, 'iu');

// Round 53: or the pair's first, another surname after it, before a method's or a family's noun: "the Leike–Sandoval
// method", "the Leike–Sauer family reunion". Not a pair of ours, "the Altman–Sutskever split".
const EPONYM_PAIR_AFTER = lazyPattern(
  () => String.raw`^[-–](\p{Lu}\p{Ll}+)(?:[-–]|${SPACE}+)(?:${anyOf(eponymNouns)}|family|families|familie)(?![\p{L}])`,
  'u',
);

/** Whether the surname at [start, end) is one of a hyphenated pair of surnames that names a method or a family. */
function isEponym(text: string, start: number, after: string, ours: ReadonlySet<string>): boolean {
  if ('-–'.includes(after[0] ?? ' ')) {
    const second = EPONYM_PAIR_AFTER().exec(after)?.[1];
    return second !== undefined && !isRole(second) && !ours.has(second.toLowerCase());
  }
  if (!'-–'.includes(text[start - 1] ?? ' ') || !EPONYM_NOUN_AFTER().test(after)) return false;
  const pairedWith = EPONYM_PAIR_BEFORE().exec(textBefore(text, start))?.[1];
  return pairedWith !== undefined && !isRole(pairedWith);
}

/** Whether the surname at [start, end) is the word itself, the title of an article or entry on the name. */
export const isNameEntry = (text: string, start: number, end: number, after: string, bearers: Bearers) =>
  (PLURAL_POSSESSIVE.test(text.slice(start, end)) && FORM_END_AFTER().test(after)) ||
  NAME_ENTRY_AFTER.test(after) ||
  REDIRECT_AFTER.test(after) ||
  DISAMBIGUATION_AFTER().test(after) ||
  (DEFINED_AS_HINT.test(after) &&
    (NAME_DEFINED_AFTER().test(after) || NAME_LIKENED_AFTER().test(after) || NAME_SPREAD_AFTER().test(after))) ||
  WIKI_TITLE_AFTER.test(after) ||
  (SURNAME_TITLE_AFTER.test(after) && !POSSESSIVE_END().test(text.slice(start, end))) ||
  WIKI_CRUMB_BEFORE.test(textBefore(text, start)) ||
  SURNAME_NOUN_BEFORE.test(textBefore(text, start)) ||
  SURNAME_HATNOTE_BEFORE().test(textBefore(text, start)) ||
  (NAME_NOUN_BEFORE.test(textBefore(text, start)) && FREQUENCY_SAID_AFTER().test(after)) ||
  LETTER_CRUMB_BEFORE.test(textBefore(text, start)) ||
  SURNAMES_CRUMB_BEFORE.test(textBefore(text, start)) ||
  isEponym(text, start, after, bearers.ours) ||
  isSearchForWord(text, start, end, after, bearers);

/** Whether the surname is asked about as a name: "Is Leike a German name?" (see above). */
export const isAskedAsName = (before: string, after: string) =>
  after.includes('?') && ASKED_AS_NAME_BEFORE().test(before) && ASKED_AS_NAME_AFTER().test(after);
