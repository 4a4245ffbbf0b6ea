import {
  monthsLikeNames,
  femaleTitles,
  academicTitles,
  chairTitles,
  familyWords,
  pluralLeads,
  pluralCopulas,
  relativePrepositions,
  dativePrepositions,
  nounDeterminers,
  pluralCountWords,
  dativeDeterminers,
  germanArticles,
  germanContractions,
  oneLetterWords,
  placePrepositions,
  reportingVerbs,
  personNounEndings,
  polishCaseAgreement,
  russianCaseAgreement,
  indefiniteDeterminers,
  namesakeWorldTerms,
  contextTerms,
  comparedPhrases,
  questionAdverbs,
  comparedFrames,
  deedDenials,
  namesakeDeeds,
  otherOneWords,
  courtesyTitles,
  famousOneWords,
  wrongOneWords,
  whichWords,
  styleNouns,
  namesakeAppositionCallings,
  ourAppositionCallings,
  storyEventNouns,
  englishStoryEventNouns,
  standsForPlaceWords,
  standsForWords,
} from '../../knowledge/lexicon';
import { type NameForms } from '../../knowledge/types';
import { formPattern } from '../text/name-pattern';
import { CLOSING_QUOTES } from '../text/quotation-marks';
import {
  lowerSet,
  lazyPattern,
  anyOf,
  SPACE,
  APOSTROPHES,
  APOSTROPHE,
  startingWithOneOf,
  WORD_CHAR,
  endingInOneOf,
  hintOf,
  LETTERS,
} from '../text/regex-parts';
import {
  textBefore,
  textAfter,
  WORD_BEFORE,
  POSSESSIVE_END,
  GENITIVE,
  LOWER_WORD_AFTER,
  NEXT_NOUN,
  LOWER_WORD_BEFORE,
  TITLE_CASE,
  WORD_AFTER,
  withoutOpeningQuote,
  POSSESSIVE_ENDING,
  questionAfter,
} from '../text/words-around';
import { citesPaperBeforeOurs } from './author-lists';
import { isDoubleBarrelled } from './double-barrelled';
import { affiliationAfter, hasTitleBefore } from './employer-titles';
import {
  KNOWN_AS_AFTER,
  SHOP_AFTER,
  SHOP_ARTICLE_BEFORE,
  isPartnerAfter,
  PLACE_POSSESSIVE,
  PAUSE_AFTER,
  AT_BEFORE,
  FIRM_NAMED_BEFORE,
  isPartnersFirmAfter,
  isClubName,
  isPartOfOtherName,
} from './firm-names';
import { hasHomeTownAfter } from './introduced-namesake';
import {
  UNRELATED_HINT,
  UNRELATED_AFTER,
  namesDoubledSpelling,
  RELATED_HINT,
  RELATED_TO_OURS_AFTER,
} from './kinship-denials';
import { isNameEntry, ASKED_AS_NAME_BEFORE, ASKED_AS_NAME_AFTER } from './name-entries';
import { isNameAsWord } from './names-as-words';
import { hasGenerationAfter, deniesBeingOursAfter, hasOwnerBefore } from './ordinary-person-signs';
import { isOthersQuotedName, OWN_NAME_BEFORE, NOT_OURS_LABEL_BEFORE, isOwnFamilyName } from './own-surnames';
import { isLetteredItem } from './quiz-answers';
import { KINSHIP_WORDS, isSpousedName, KIN } from './relatives';
import { type Bearers } from './search-lines';
import { tellsOurStory } from './story-words';
import {
  isQuotedString,
  isInFlowListOfStrings,
  IN_STRING_LIST_AFTER,
  isRowKey,
  isBesideOtherSpelling,
} from './strings-looked-for';
import { listsOwnForms, FORM_IS_BEFORE, isFormNamedAfter } from './surname-forms';
import { NOT_FIRST_NAMES, isRole, isOrdinaryWord, FUNCTION_WORDS } from './word-classes';

/**
 * What the words around a lone surname say about it, read from the text alone:
 * - `namesake`: someone else's, after another first name ("Robert Altman", "Altman, Robert") or as part of
 *   another name ("Altman Hardware", "den Altman-Brüdern");
 * - `relative`: a namesake of our person's family, named as such ("his sister Annie Altman");
 * - `kin`: after the first name of one of our person's relatives, with no kin word: "Annie Altman", a namesake
 *   until the document has named our person (`surname-rules.ts`);
 * - `plural`: a family or a band ("the Altmans", "an die Altmans", "the Altman family"), no one person;
 * - `word`: the name itself, as the title of a reference entry ("Sutskever (surname)", "Pachocki – Wikipedia",
 *   "Pachocki ist ein polnischer Familienname");
 * - `inverted`: our person's name turned round in a reference list ("Altman, Sam", "Sutskever, I.");
 * - `title`: with our person's employer as title or affiliation ("OpenAI-Chef Altman", "Altman (OpenAI)");
 * - `surname`: none of these; the document and the context decide.
 */
export type LoneSurnameReading =
  'namesake' | 'firm' | 'relative' | 'kin' | 'plural' | 'word' | 'inverted' | 'title' | 'surname';

const MONTHS = lowerSet(monthsLikeNames);
const WOMEN = lowerSet(femaleTitles);
const ACADEMIC = lowerSet(academicTitles);
const CHAIRS = lowerSet(chairTitles);
// A woman's title before academic ones, ending right before the last of them: "Frau " before "Dr. Altman", "Frau
// Prof. " before "Dr. Leike".
const WOMAN_BEFORE_ACADEMIC = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf(femaleTitles)}\.?(?:${SPACE}+${anyOf(academicTitles)}\.)*${SPACE}+$`,
  'iu',
);
// A lower-case letter and its full stop that start an abbreviation spelt with spaces: the "z. " of „z. B.“.
const ABBREVIATION_START_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])\p{Ll}\.[^\S\n]*$/u);
// The rest of a table's cell after a surname: a word after a space, before any tab.
const CELL_GOES_ON = lazyPattern(() => /^[^\S\t\n]+[\p{L}\p{N}]/u);
const UPPER_START = /^\p{Lu}/u;
/** `word` without the apostrophes before it, a quotation's opening mark: "'Robert" (round 19). */
function withoutLeadingApostrophes(word: string): string {
  let from = 0;
  while (from < word.length && APOSTROPHES.includes(word[from]!)) from++;
  return word.slice(from);
}
const DAY_BEFORE = lazyPattern(() => /(?:^|\s)\d{1,2}\.?\s+$/u);
const ALL_CAPS = lazyPattern(() => /^[\p{Lu}\p{M}]{2,}$/u);
// A time that starts a line of show notes or a live blog, in brackets too: "17:45 ", "(33:40) ".
const TIMESTAMP_END = lazyPattern(() => /(?:^|\s)[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?[^\S\n]+$/u);
// A negative contraction, "Wasn’t", "Didn't": a verb, never a first name (round 16).
const CONTRACTION = lazyPattern(() => `n${APOSTROPHE}t$`, 'iu');
const SENTENCE_END = lazyPattern(() => /(?:^|[.!?:;…>•·*–—([«»"“„‘‚'])$/u);
// A line that runs on, as wrapped prose does; a heading or a table row stops at its end.
const RUNS_ON = lazyPattern(() => /[,;]/);
// An article before the surname with a plural "s": "the Altmans", "an die Altmans" name a family or a band.
// In German the article may also be a relative pronoun before a genitive: "die Altmans Rückkehr forderte".
const PLURAL_ARTICLE = /(?:^|[^\p{L}])(the|die|den|der)\s+$/iu;
const FAMILY_AFTER = startingWithOneOf(
  [...familyWords, ...familyWords.map((word) => `-${word}`)],
  () => new RegExp(String.raw`^(?:${SPACE}+|-)${anyOf(familyWords)}(?!${WORD_CHAR})`, 'iu'),
);
// "die Familie Altman", "the family Altman".
const FAMILY_BEFORE = endingInOneOf(
  familyWords,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(familyWords)}${SPACE}+$`, 'iu'),
);
const PLURAL_ENDING = lazyPattern(() => /[^'’]s['’]?$/u);
// An adjective or a number before a plural: "actual Altmans from Maple St.", "zwei Leikes".
const PLURAL_LEAD = endingInOneOf(
  pluralLeads,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(pluralLeads)}${SPACE}+$`, 'iu'),
);
// Round 73: a plural copula before a plural that ends its clause or comes before a place or a time is a family named
// as what people are: "my in-laws have been Altmans since 1890", „sie sind Leikes, seit jeher“; not a genitive, „das
// waren Leikes eigene Worte“.
const PLURAL_COPULA_BEFORE = endingInOneOf(
  pluralCopulas,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(pluralCopulas)}${SPACE}+$`, 'iu'),
);
const PREDICATE_END_AFTER = lazyPattern(
  () => String.raw`^(?:[.,;:!?]|${SPACE}+${anyOf([...relativePrepositions, ...dativePrepositions])}(?![\p{L}])|$)`,
  'iu',
);
// Another person's first name or initial after the comma, ending a reference-list entry: "Altman, Robert (dir.)",
// or before the page numbers of a book index: "Altman, Jack, 203". A year is a citation's: "Sutskever, Hinton, 2012".
// Or closing a quoted entry: 'the index lists "Altman, Sam" next to "Altman, Robert"'. Or before a catalogue's life
// dates: "Director: Altman, Robert, 1925-2006" (round 47). Or with a middle initial before the entry's end, as BibTeX
// and indexes write it: "author = {Altman, Naomi S.}" (round 50); a co-author list has no initial after a surname.
// Round 51: closing a BibTeX field without an initial, "author = {Altman, Rick}", or a quoted CSV field with one.
// Round 54: or before a catalogue's middle dot, "Related subjects: Altman, Sidney · Leike family". Round 55: or with a
// middle initial before the year's bracket, "Altman, Roger C. (2009). The great crash". Round 57: or before a book
// index's page numbers, "Altman, Robert 212, 215–217". Round 58: after a doctor's title, "LEIKE, Dr. Corinna ·".
// Round 65 (real text): or before a colon and the years of a life, as a biographical dictionary heads its entries:
// "Sutskever, Abraham: 1913-?". Round 68: or before an index's cross-reference, "Leike, Ulla, see acknowledgements".
// Round 70: the pages with the index's "f." or "ff." for those after, or a note in brackets after them, "Altman, Hedda
// 203 f. (Filmregisseurin)", "Leike, Wilhelmine 12 (Großmutter der Autorin)".
const INDEX_PAGES = String.raw`${SPACE}+\d{1,4}(?:[-–]\d{1,4})?(?:${SPACE}+ff?\.)?(?:,|\n|$|${SPACE}+\()`;
const OTHER_INVERTED = lazyPattern(
  () =>
    String.raw`^,${SPACE}*(?:(?:Dr|Prof)\.${SPACE}*)?(\p{Lu}\.|\p{Lu}\p{Ll}+(?=\t|${INDEX_PAGES}|${SPACE}*[(;·•]|:${SPACE}*\d{4}(?!\d)|,${SPACE}*\d{1,3}(?!\d)|,${SPACE}*(?:see|siehe)(?![\p{L}])|,${SPACE}*\d{4}[-–](?:\d{4})?(?!\d)|["”“»}])|\p{Lu}\p{Ll}+(?:${SPACE}+\p{Lu}\.)+(?=${SPACE}*(?:[},;\n"”(]|$)))`,
  'u',
);
// Round 68: or before "and" and the next author in a BibTeX author field, which inverts every author's name: "author =
// {Altman, Robert and Fenwick, Clara}". Prose's "Leike, Brockman and Murati" has no such field before it.
const BIB_AUTHORS_BEFORE = lazyPattern(
  () => String.raw`(?<![\p{L}])author${SPACE}*=${SPACE}*[{"](?:[^{}"\n]*${SPACE}and${SPACE}+)?$`,
  'iu',
);
const CO_AUTHOR_INVERTED = lazyPattern(
  () => String.raw`^,${SPACE}*(\p{Lu}\p{Ll}+)(?:${SPACE}+\p{Lu}\.)*${SPACE}+and${SPACE}`,
  'u',
);
// Round 68: a data row that opens with the surname, its first name the next field: "Leike,Ottilie,Univ. of Kessel".
const CSV_FIRST_NAME = lazyPattern(() => /^,(\p{Lu}\p{Ll}+),/u);
const csvFirstNameAfter = (text: string, start: number, after: string) =>
  start === 0 || text[start - 1] === '\n' ? CSV_FIRST_NAME().exec(after) : null;
// Round 70: or the whole value of a record's field, a catalogue's "Verfasser:   Pachocki, Waldemar": a label opens
// the line, and the first name ends it.
const FIELD_LABEL_BEFORE = lazyPattern(() => /(?:^|\n)[^\S\n]*\p{Lu}[\p{L}-]*:[^\S\n]*$/u);
const FIELD_FIRST_NAME = lazyPattern(() => /^,[^\S\n]*(\p{Lu}\p{Ll}+)[^\S\n]*(?:\n|$)/u);
const fieldFirstNameAfter = (before: string, after: string) =>
  FIELD_LABEL_BEFORE().test(before) ? FIELD_FIRST_NAME().exec(after) : null;

// Round 71: or a catalogue's entry that opens its line, perhaps after its number, the first name before a colon and
// the title: "3. Leike, Hartmut: Die Mühlen am Oberlauf". Not mid-line, where German capitalises the noun before a
// colon: „ein Text zu Leike, Schwerpunkt: Superalignment“. Round 72: or after a list's bullet, "- Altman, Berta:
// Heimatbuch", or a headword that is the whole line, as a style guide or a who's who heads its entries: "Leike,
// Frieda" above her entry.
const ENTRY_OPENS_BEFORE = lazyPattern(() => /(?:^|\n)[^\S\n]*(?:(?:\d{1,3}\.|[-*•])[^\S\n]*)?$/u);
const TITLE_FIRST_NAME = lazyPattern(() => /^,[^\S\n]*(\p{Lu}\p{Ll}+)(?::[^\S\n]*\p{Lu}|[^\S\n]*(?:\n|$))/u);
const entryFirstNameAfter = (before: string, after: string) =>
  ENTRY_OPENS_BEFORE().test(before) ? TITLE_FIRST_NAME().exec(after) : null;

// Round 74: not a data row's field between commas with no space after them, `leike,Jan Leike,Leike,Leicke,4`: there
// the comma after the surname parts fields, and the capitalised word after it is the next field, not a first name
// before an index's pages; an index spaces its commas.
const UNSPACED_COMMA = lazyPattern(() => /^,\S/u);
const isUnspacedField = (text: string, start: number, after: string) =>
  text[start - 1] === ',' && UNSPACED_COMMA().test(after);

/**
 * The other first name after the inverted surname at `start`, `before` and `after` being the text either side: an
 * entry's, a BibTeX author's, a data row's, a field's or a catalogue entry's (see above).
 */
const otherInvertedName = (text: string, start: number, before: string, after: string) =>
  ((isUnspacedField(text, start, after) ? null : OTHER_INVERTED().exec(after)) ??
    (BIB_AUTHORS_BEFORE().test(before) ? CO_AUTHOR_INVERTED().exec(after) : null) ??
    csvFirstNameAfter(text, start, after) ??
    fieldFirstNameAfter(before, after) ??
    entryFirstNameAfter(before, after))?.[1];

// Before a capitalised word: a determiner that makes it a noun, or an article, which does so before a genitive.
const DETERMINER_BEFORE = lazyPattern(() => String.raw`(?:^|[^\p{L}])${anyOf(nounDeterminers)}${SPACE}+$`, 'iu');
// Words only a noun follows (round 27): a German dative preposition's bare adjective („nach gängigem Verständnis
// Altman“), and a count, in digits that are no year („700 Angestellte Altmans Rückkehr“) or in words („zwölf
// Mitglieder Sutskevers Teams“), before a genitive surname: German sets no bare adjective before a first name, and
// the genitive belongs to the counted noun. A count before a first name and a plain surname counts things named
// after a man ("10 Robert Altman films"), and keeps the first name.
const COUNT_BEFORE = lazyPattern(
  () => String.raw`(?:(?:^|[^\p{L}\p{N}.,])\d{1,3}(?:\.\d{3})*|(?:^|[^\p{L}])${anyOf(pluralCountWords)})${SPACE}+$`,
  'iu',
);
const BARE_ADJECTIVE_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:${anyOf(dativePrepositions)})${SPACE}+(?!${anyOf(dativeDeterminers)}${SPACE})\p{Ll}{3,}em${SPACE}+$`,
  'u',
);
const ARTICLE_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf([...germanArticles, ...germanContractions])}${SPACE}+$`,
  'iu',
);
const LATIN = lazyPattern(() => /^\p{Script=Latin}/u);
const ONE_LETTER_WORDS = new Set<string>(oneLetterWords);
const PLACE_BEFORE = endingInOneOf(
  placePrepositions,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(placePrepositions)}${SPACE}+$`, 'iu'),
);
const REPORTING = lowerSet(reportingVerbs);
// What leads a noun: a lower-case word (an article, an adjective, a preposition) or the start of a line or table cell.
const NOUN_LEAD = lazyPattern(() => /(?:(?:^|[^\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*|[\n|])[^\S\n]*$/u);

/**
 * Whether the line that ends at `end` reads as a heading, so that a line break after it starts a new
 * paragraph: the first line of the text, or a line without the commas of running prose.
 */
function isHeadingLine(text: string, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  return lineStart === 0 || !RUNS_ON().test(text.slice(lineStart, end));
}

// An initial, and an account name addressed right before it: "@Karl-Heinz B." in a reply.
const ADDRESSED_INITIAL = /^\p{Lu}\.$/u;
const ADDRESS_BEFORE = lazyPattern(() => /(?:^|\s)@[^\s@]+[^\S\n]+$/u);

const CAPS_WORD_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])[\p{Lu}\p{M}]{2,}[^\S\n]+$/u);
const CAPS_WORD_AFTER = lazyPattern(() => /^[^\S\n]+[\p{Lu}\p{M}]{2,}(?![\p{Ll}])/u);

/**
 * Whether `word`, right before the surname at [start, end), may be a first name though in capitals, as the surname
 * is: a name set apart ("HANNAH LEIKE" heading a CV, an answer "SIDNEY ALTMAN"), not a word inside a headline in
 * capitals ("OPENAI GENIUS SUTSKEVER QUITS").
 */
function isNameInCapitals(text: string, start: number, end: number, word: string, wordStart: number): boolean {
  return (
    ALL_CAPS().test(text.slice(start, end)) &&
    ALL_CAPS().test(word) &&
    !CAPS_WORD_BEFORE().test(textBefore(text, wordStart)) &&
    !CAPS_WORD_AFTER().test(textAfter(text, end))
  );
}

/**
 * Whether the text names someone in full with `word` as his surname: "Arne Wittkopf" for "Wittkopf"; not "Regisseur
 * Robert Altman", where a name follows it.
 */
function isSurnameOfOneNamed(text: string, word: string): boolean {
  const named = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)${SPACE}+${word}(?![\p{L}]|${SPACE}+\p{Lu})`, 'gu');
  // A word for a relative is no first name: "seinem Bruder Jack … in Jack Altmans Podcast" (round 36, real text).
  for (const [, first] of text.matchAll(named)) {
    const lower = first!.toLowerCase();
    if (!NOT_FIRST_NAMES.has(lower) && !KINSHIP_WORDS.has(lower)) return true;
  }
  return false;
}

const ABBREVIATION_LED = lazyPattern(() => /^\p{Lu}{2,}-\p{L}/u);

/**
 * Whether the word right before a lone surname at `start` is probably someone else's first name, or a
 * woman's title ("Frau Leike", "Kursleiterin Leike"): our four people are men.
 */
// A capital's initial right before a surname, first on its line, in a bracket or a list: "K. Altman". Not a platform
// closing a sentence, "wrote on X. Sutskever", nor a user's initial, "@Holger P. Leike".
const OTHER_INITIAL_BEFORE = lazyPattern(() => /[\n(,;][^\S\n]*(\p{Lu})\.[^\S\n]?$/u);
const otherInitialBefore = (text: string, start: number) =>
  text[start - 1] === '.' || text[start - 2] === '.'
    ? OTHER_INITIAL_BEFORE().exec(textBefore(text, start))?.[1]
    : undefined;

function isOtherFirstName(text: string, start: number, end: number, ours: ReadonlySet<string>): boolean {
  const before = textBefore(text, start);
  const from = start - before.length;
  const found = WORD_BEFORE.exec(before);
  if (!found) return false;
  const [, word, gap] = found as unknown as [string, string, string];
  const wordEnd = from + found.index + word.length;
  // An account name ("@ShannonR leike") is no first name.
  if (text[from + found.index - 1] === '@') return false;
  // Nor is an initial that ends an addressed user's name: "@Karl-Heinz B. Altman hält keine Anteile".
  if (ADDRESSED_INITIAL.test(word) && ADDRESS_BEFORE().test(before.slice(0, found.index))) return false;
  // Round 71: nor is the letter of an answer sheet's item, "A Sutskever · B Leike · C Altman".
  if (word.length === 1 && isLetteredItem(text, start)) return false;
  if (gap.includes('\n') && isHeadingLine(text, wordEnd)) return false;
  // Round 72: nor is the last word of a table's cell, a tab before the surname, where the surname's own cell goes on
  // as prose, a headline's: "Abendpost Hamm<tab>Pachocki leitet …". A name table's surname cell holds the surname.
  if (gap.includes('\t') && CELL_GOES_ON().test(textAfter(text, end))) return false;
  // A quotation's opening apostrophe is no part of the first name: "['Robert Altman', 'Jack Altman']" (round 19).
  const last = withoutLeadingApostrophes(word.slice(word.lastIndexOf('-') + 1));
  const bareLast = last.replace(/\.+$/, '').toLowerCase();
  if (WOMEN.has(bareLast) || (bareLast.endsWith('in') && isRole(bareLast))) return true;
  if (ACADEMIC.has(bareLast) && WOMAN_BEFORE_ACADEMIC().test(before.slice(0, found.index))) return true;
  if (CHAIRS.has(bareLast)) return true;
  if (!UPPER_START.test(last)) return false;
  // A compound led by an abbreviation is a noun, never a double first name: "KI-Sicherheitsprobleme Altman" (round 29).
  if (ABBREVIATION_LED().test(word)) return false;
  const capitals = isNameInCapitals(text, start, end, last, wordEnd - last.length);
  // A German compound that ends in the surname ("Als Traum-Altman") names our person, as "Altman-Rauswurf"
  // does; a double surname is someone else's when a name stands before it ("Anna Müller-Leike", "Frau
  // Müller-Leike"). A compound that goes on ("Robert-Altman-Reihe") keeps its first name.
  if (gap === '-' && text[end] !== '-') return isOtherFirstName(text, wordEnd - last.length, wordEnd, ours);
  // Another script cannot hold the first name: "the Cyrillic Суцкевер".
  if (LATIN().test(last) !== LATIN().test(text[start]!)) return false;
  // After a day, "May" is a month: "On 17 May Leike".
  if (MONTHS.has(last.toLowerCase()) && DAY_BEFORE().test(before.slice(0, found.index))) return false;
  // In capitals, as headings are set, every word looks like a name; a word in capitals before a name is an
  // abbreviation ("PT Sutskever", "KI Altman").
  if (ALL_CAPS().test(last) && !capitals) return false;
  // "OpenAI's Altman" names an owner, "GPT-4 Altman" a product: neither is a first name.
  if (POSSESSIVE_END().test(last) || /\d/.test(word) || CONTRACTION().test(last)) return false;
  if (last.endsWith('.')) {
    const bare = last.replace(/\.+$/, '');
    // "R. Altman" is an initial; "Mr. Altman" a title; "…Research. Pachocki" the end of a sentence. Round 72: nor is
    // an abbreviation's second letter after its lower-case first, „z. B. Pachocki“ ("for example").
    return (
      bare.length === 1 &&
      !ONE_LETTER_WORDS.has(bare) &&
      !ABBREVIATION_START_BEFORE().test(before.slice(0, found.index))
    );
  }
  const lower = last.toLowerCase();
  // Another of our people's surnames is no first name: "Sutskever Leike Pachocki & Altman".
  if (ours.has(lower)) return false;
  // With a German genitive too: "OpenAIs Altman", "des Chefs Altman".
  if ([word.toLowerCase(), lower.replace(/s$/, '')].some((w) => NOT_FIRST_NAMES.has(w)) || isOrdinaryWord(lower)) {
    return false;
  }
  // A Polish first name takes the case of the declined surname after it: "Gratulujemy Pachockiemu" has none.
  if (disagreesInCase(text.slice(start, end).toLowerCase(), lower, ours)) return false;
  const beforeWord = before.slice(0, found.index);
  // Round 64 (real text): the department of a title before the surname, "Head of Research Pachocki", "VP of
  // Research Leike".
  const roleOf = ROLE_OF_BEFORE().exec(beforeWord);
  if (roleOf && isRole(roleOf[1]!)) return false;
  // Round 68: in a compound that goes on, an article belongs to its last word, the noun: „der Lew-Altman-Thread“.
  const inCompound = gap === '-' && text[end] === '-';
  if (!inCompound && (DETERMINER_BEFORE().test(beforeWord) || BARE_ADJECTIVE_BEFORE().test(beforeWord))) return false;
  if (COUNT_BEFORE().test(beforeWord) && GENITIVE().test(text.slice(start, end))) return false;
  // A place between a preposition and a verb of saying: "And in Davos Altman said …" (round 20).
  if (PLACE_BEFORE.test(beforeWord) && REPORTING.has(LOWER_WORD_AFTER().exec(textAfter(text, end))?.[1] ?? '')) {
    return false;
  }
  // "wenn Wittkopf Sutskevers Innenleben ausdeutet": a German genitive after the surname of someone the text names
  // in full ("von Arne Wittkopf"), who is no first name.
  if (GENITIVE().test(text.slice(start, end)) && isSurnameOfOneNamed(text, last)) return false;
  // After a German article the capitalised word is a noun, since standard German puts no article before a first
  // name. A genitive surname belongs to it ("die Rückkehr Altmans"), and so does any surname after a noun for a
  // matter ("der Fall Altman", "die Ära Altman"); a noun for a person is an apposition ("der Regisseur Altman").
  if (
    !inCompound &&
    ARTICLE_BEFORE().test(beforeWord) &&
    (GENITIVE().test(text.slice(start, end)) || !personNounEndings.some((ending) => lower.endsWith(ending)))
  ) {
    return false;
  }
  // A genitive with no noun after it follows the noun it belongs to, which a lower-case word or a table cell leads:
  // "beim jähen Sturz Altmans im Herbst", "| Weggang Leikes; …" (round 16). A genitive before a noun is a first name's
  // ("Robert Altmans Film"), and so is one after a noun that another noun leads ("das Werk Robert Altmans").
  if (
    !gap.includes('\n') &&
    GENITIVE().test(text.slice(start, end)) &&
    (from + found.index === 0 || NOUN_LEAD().test(beforeWord)) &&
    !NEXT_NOUN().test(textAfter(text, end))
  ) {
    return false;
  }
  // A sentence's first word is capitalised whatever it is: "Reading Leike’s thread" starts with a verb.
  // Short words ending in "ing" ("King", "Ming") are left to be names.
  // So is the first word after a timestamp that starts a line of show notes or a live blog: "17:45 Reading".
  // So is a line's first word, as a title or a list item starts: "45 min\nReading Altman's Blog" (round 21).
  const sentenceStart =
    from + found.index === 0 ||
    LINE_START().test(before.slice(0, found.index)) ||
    SENTENCE_END().test(before.slice(0, found.index).trimEnd()) ||
    TIMESTAMP_END().test(before.slice(0, found.index));
  // Round 66 (real text): so is a gerund after a capitalised function word, as a headline's title case sets them: "From
  // Ousting Altman To Bringing Him Back"; not after one in lower case, „von Henning Altman“.
  const gerund = lower.length > 4 && lower.endsWith('ing');
  const titleCased = LAST_WORD().exec(beforeWord)?.[1];
  const inTitleCase =
    titleCased !== undefined && UPPER_START.test(titleCased) && FUNCTION_WORDS.has(titleCased.toLowerCase());
  // Round 67: a German present participle opening a sentence is its adverb: „Ergänzend Sutskevers Abschiedsbeitrag“,
  // „Abschließend Altman“.
  const participle = lower.length > 5 && lower.endsWith('end');
  return !((gerund || participle) && sentenceStart) && !(gerund && inTitleCase) && !isUsedAsNoun(text, start, last);
}

// The end of the text before a line's first word, after a list's bullet or a gloss's arrow if any: "→ Following
// Sutskever, …" under the original it translates (round 26).
const LINE_START = lazyPattern(() => /\n[^\S\n]*(?:(?:[→⇒•▪◦*>–—-]|->|=>)[^\S\n]*)?$/u);

const CASE_AGREEMENT = [...polishCaseAgreement, ...russianCaseAgreement];

/** Whether `word` before `surname`, one of `ours` in a Polish or Russian case, lacks the ending a first name takes in it. */
function disagreesInCase(surname: string, word: string, ours: ReadonlySet<string>): boolean {
  if (!ours.has(surname)) return false;
  const agreement = CASE_AGREEMENT.find((c) => c.surname.some((ending) => surname.endsWith(ending)));
  return agreement !== undefined && !agreement.firstName.some((ending) => word.endsWith(ending));
}

// Round 26: a German article or a contraction leads only a noun in running text ("im Teaser steht", "der Vorspann
// fehlt"), as German puts no article before a first name with no surname after it.
const NOUN_LEADS = lowerSet([...indefiniteDeterminers, ...germanArticles, ...germanContractions]);
// The word before a word, and whether a capitalised word follows it: "einen Teaser zu", not "a Robert Altman film".
const DETERMINER_WORD_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(\p{L}+)[^\S\n]+$/u);
const NAME_NEXT = lazyPattern(() => /^[^\S\n]+\p{Lu}/u);
// How many of the word's places in the text are read, and how far from the surname: a namesake's first name may
// stand hundreds of times, and a long text's other end is another text's.
const USES_READ = 20;
const USES_REACH = 3_000;
// After a comma an article's form is mostly a relative pronoun, which a name may follow: "eine Massage, die Jack vorher
// bekommen hatte" (round 36, real text).
const RELATIVE_BEFORE = lazyPattern(() => /,[^\S\n]*(?:der|die|das|den|dem)[^\S\n]+$/iu);

/**
 * Whether the text writes `word` elsewhere as a common noun, after an indefinite article or a word like it, or after
 * a German definite article or contraction (round 26: "im Teaser steht"), with no name after it ("einen Teaser zu
 * Sutskever", "an update on Leike"): then it is that noun before a surname too ("Betreff: Teaser Sutskever"; round
 * 21). A first name takes no indefinite article but before a name ("a Robert
 * Altman film"). Read as written, capitalised: as German writes nouns; English writes them in lower case, and many
 * English first names are nouns there ("a frank talk", "a guy"), so an English noun before a surname is left.
 */
function isUsedAsNoun(text: string, start: number, word: string): boolean {
  const near = text.slice(Math.max(0, start - USES_REACH), start + USES_REACH);
  let read = 0;
  for (let at = near.indexOf(word); at >= 0 && read < USES_READ; at = near.indexOf(word, at + 1), read++) {
    const end = at + word.length;
    // A compound's first part shares its determiner with the compound: „ein Lew-Altman-Thread“ (round 68).
    if (/[\p{L}\p{M}-]/u.test(near[end] ?? '') || NAME_NEXT().test(near.slice(end, end + 3))) continue;
    const lead = near.slice(Math.max(0, at - 12), at);
    const before = DETERMINER_WORD_BEFORE().exec(lead)?.[1];
    if (before !== undefined && NOUN_LEADS.has(before.toLowerCase()) && !RELATIVE_BEFORE().test(lead)) return true;
  }
  return false;
}
// "the Leike who runs my gym", "the same Altman who directed MASH": another of that name, introduced as such. Round 56:
// or placed in the writer's own world or one indefinite, "the Leike in my office", "the Leike on our sports pages",
// "the Leike on a new marine-science author list"; his clause decides, as for "who".
const ANNOUNCED_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:the|a|an|another|that)(?:\s+(?:same|other))?\s+$/iu);
const ANNOUNCED_AFTER = /^\s+(?:(?:who|whom)(?![\p{L}])|(?:in|on|at)\s+(?:my|our|your|a|an)\s)/iu;
// Round 58: or placed next door to the writer, „Herr Pachocki von gegenüber“, "the Altman next door".
const NEIGHBOUR_AFTER = lazyPattern(
  () =>
    /^[^\S\n]+(?:von[^\S\n]+gegenüber|von[^\S\n]+nebenan|next[^\S\n]+door|across[^\S\n]+the[^\S\n]+(?:street|road|hall))(?![\p{L}])/iu,
);
// Round 57: or asked about by where he is from, "Is this the Altman from the hedge-fund story?", „Ist das der Leike aus
// der ARD-Quizshow?“; his clause decides, as for "who" ("Ist das der Altman von ChatGPT?").
const IDENTITY_ASKED_BEFORE = lazyPattern(
  () => /(?:^|[^\p{L}])(?:is|ist)\s+(?:this|that|it|he|das|dies|er|es)\s+(?:the|der)\s+$/iu,
);
const FROM_AFTER = lazyPattern(() => /^\s+(?:from|aus|vom|von)\s[^.!?\n]*\?/iu);
// Round 57: or named by a namesake's world right before, "Are the film Altman and the OpenAI Altman related?".
const WORLD_NAMED_BEFORE = endingInOneOf(
  namesakeWorldTerms,
  () => new RegExp(String.raw`(?:^|[^\p{L}])(?:the|der|den|dem)${SPACE}+${anyOf(namesakeWorldTerms)}${SPACE}+$`, 'iu'),
);
// The same with the clause set off or later (round 18): „ob das derselbe Leike ist, der bei Werder trainiert“, "the
// same Leike, who coaches", "the Altman everyone talked about was the one who made Nashville", „der Altman, den alle
// zitierten, war der, der …“ is written otherwise and not read.
const SAME_BEFORE = endingInOneOf(
  ['the', 'same', 'derselbe', 'dieselbe', 'denselben', 'demselben'],
  () => /(?:^|[^\p{L}])(?:the(?:\s+same)?|derselbe|dieselbe|denselben|demselben)\s+$/iu,
);
const CLAUSE_LATER_AFTER = lazyPattern(
  () =>
    String.raw`^(?:(?:${SPACE}+(?:ist|war|sei|is|was))?${SPACE}*,${SPACE}*(?:der|die|den|dem|who|whom)|(?:${SPACE}+\p{L}+){1,4}${SPACE}+(?:was|is)${SPACE}+the${SPACE}+one${SPACE}+(?:who|that))(?![\p{L}])`,
  'iu',
);
/** Whether the surname at `start` is one bearer picked out by a clause later in its sentence (round 18). */
const isPickedOutLater = (text: string, start: number, after: string) =>
  SAME_BEFORE.test(textBefore(text, start)) && CLAUSE_LATER_AFTER().test(after);
// The clause after "who": up to its sentence's end.
const CLAUSE = lazyPattern(() => /^[^.!?\n]*/u);
// A word that denies what its clause says: "not", „nicht“, „kein“.
const DENIAL = lazyPattern(() => /(?<![\p{L}])(?:not|never|nicht|nie|kein(?:e[mnrs]?)?)(?![\p{L}])/iu);
const CONTEXT_WORDS = lowerSet(contextTerms);
// A question that compares the surname's bearer with someone named after it: "Is Sutskever related to the poet …?"
const COMPARED_AFTER = startingWithOneOf(
  comparedPhrases,
  () => new RegExp(String.raw`^${SPACE}+${anyOf(comparedPhrases)}(?![\p{L}])[^.!\n]*\?`, 'iu'),
);
// The same with an adverb between: "Ist dieser Altman eigentlich verwandt mit dem Nobelpreisträger …?" (round 15).
const COMPARED_LATER_AFTER = startingWithOneOf(
  questionAdverbs,
  () =>
    new RegExp(
      String.raw`^${SPACE}+${anyOf(questionAdverbs)}${SPACE}+${anyOf(comparedPhrases)}(?![\p{L}])[^.!\n]*\?`,
      'iu',
    ),
);
// The same asked indirectly: "One student asked if Leike is related to Coach Leike."
// Also with a demonstrative and a casual noun for a man: "if this Altman fellow is the same one who made those movies".
const IF_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:if|whether|ob)\s+(?:(?:this|that|dieser|der)\s+)?$/iu);
const COMPARED_IS_AFTER = lazyPattern(
  () =>
    String.raw`^(?:${SPACE}+(?:fellow|guy|man|chap|Typ|Mann))?${SPACE}+(?:is|was|ist|war|sei)${SPACE}+${anyOf(comparedPhrases)}(?![\p{L}])`,
  'iu',
);
// The same in German word order: "ob Altman mit dem Nobelpreisträger Sidney Altman verwandt ist".
const COMPARED_FRAME_AFTER = startingWithOneOf(
  comparedFrames.map(({ before }) => before),
  () =>
    new RegExp(
      String.raw`^${SPACE}+(?:${comparedFrames.map(({ before, after }) => String.raw`${formPattern(before)}${SPACE}[^.!?\n]{1,60}?${SPACE}${formPattern(after)}`).join('|')})(?![\p{L}])`,
      'iu',
    ),
);
// A namesake's deed denied: "remembered Altman didn't direct anything", "Sutskever hat nie Gedichte geschrieben"; not
// "Altman didn't direct so much as eavesdrop", which grants it in other words.
const DEED_DENIED_AFTER = startingWithOneOf(
  deedDenials,
  () =>
    new RegExp(
      String.raw`^${SPACE}+${anyOf(deedDenials)}(?:${SPACE}+(?:ever|je))?${SPACE}+${anyOf(namesakeDeeds)}(?![\p{L}])(?!${SPACE}+so${SPACE}+much)`,
      'iu',
    ),
);
// Set against a namesake: "Same trick works for Sutskever vs. the Yiddish poet Abraham Sutzkever".
const VERSUS_AFTER = lazyPattern(() => /^["”“»’]?[^\S\n]+(?:vs\.?|versus)(?![\p{L}])/iu);

/**
 * Whether the clause after "the same Sutskever who" or "which Altman," speaks of our people's world: another of our
 * surnames, an AI word ("who voted to fire Altman") or our story's events, which makes the one asked about ours.
 */
function clauseSpeaksOfOurWorld(after: string, ours: ReadonlySet<string>): boolean {
  const clause = CLAUSE().exec(after)![0];
  return (
    clause
      .split(/[^\p{L}\p{N}-]+/u)
      .some((word) => ours.has(word.toLowerCase()) || CONTEXT_WORDS.has(word.toLowerCase())) ||
    // Or our story's deed: "the same Altman who got fired last year?" (round 40).
    tellsOurStory(clause)
  );
}
// A quoted nickname right before a surname, after a space: 'Bartek "Bartix" '. Read only after one of its closing marks.
const NICKNAME_CLOSERS = `"”“'’`;
const NICKNAME_BEFORE = lazyPattern(
  () => String.raw`(?<=\p{L}${SPACE}+)["“„'‘][\p{L}\p{N}._-]{2,20}[${NICKNAME_CLOSERS}]${SPACE}+$`,
  'u',
);
const NOT_LETTERS = lazyPattern(() => /[^\p{L}]/gu);
// A number and a slash, perhaps with hyphenated words after it, right before a surname: "GI 2025/", "2025/Sutskever-".
const NUMBER_SLASH_BEFORE = lazyPattern(() => /\d\/(?:\p{L}+-)*$/u);
// The last word of a text, and the space after it.
const LAST_WORD = lazyPattern(() => /(?:^|[^\p{L}])(\p{L}+)[^\S\n]+$/u);
// A word and "of" right before a capitalised word: "Head of ", a title whose department follows.
const ROLE_OF_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(\p{L}+)[^\S\n]+of[^\S\n]+$/u);
// Round 64 (real text): a hyphen and a number, perhaps after capitals, after a surname in capitals: a record's or a
// ticket's key, "**SUTSKEVER-C001**", "ALTMAN-42".
const KEY_NUMBER_AFTER = lazyPattern(() => /^-\p{Lu}{0,3}\d+(?![\p{L}\p{N}])/u);
// "the other Altman", "der andere Altman", "our Altman": someone set apart from our person.
const OTHER_ONE_BEFORE = endingInOneOf(
  otherOneWords,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(otherOneWords)}${SPACE}+$`, 'iu'),
);
// A closing quotation mark right before the space before a name: „Ist „unser“ Leike …?“ (round 19).
const QUOTE_BEFORE_NAME = lazyPattern(() => /["“”‚‘’»«](?=[^\S\n]+$)/u);
// A community's possessive, which owns a bearer rather than setting him apart: "our", „unser“ (round 22).
const COMMUNITY_OWN_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:our|unser\p{L}*)[^\S\n]+$/iu);
// Round 27: "our" after a denial sets the other bearer apart from ours, as "not that Altman" does: 'Because it isn't
// our Altman' (a tool's FAQ on a film review), „weil es nicht unser Leike ist“. A community's own needs no denial.
const DENIED_OURS_BEFORE = lazyPattern(
  () => /(?<!\p{L})(?:not|isn['’]t|wasn['’]t|aren['’]t|nicht|kein)[^\S\n]+(?:our|unser)[^\S\n]+$/iu,
);
// Round 72: unless the community's own is picked out among bearers as the one of our world, the predicate alone
// naming it: "Our Pachocki is the GPT-4 one"; not "Our Leike is the bakery one, not the AI researcher".
const PICKED_OUT_AFTER = lazyPattern(
  () => /^[^\S\n]+(?:is|was)[^\S\n]+the[^\S\n]+([\p{L}\p{N}-]+(?:[^\S\n]+(?:one|guy|man))?)(?![\p{L}\p{N}-])/iu,
);
const isOursPickedOut = (after: string, ours: ReadonlySet<string>) => {
  const predicate = PICKED_OUT_AFTER().exec(after)?.[1];
  return predicate !== undefined && clauseSpeaksOfOurWorld(` ${predicate}`, ours);
};
/** The text before `start` without a closing quotation mark around the word before it: "„unser“ " reads "„unser ". */
const unquotedBefore = (text: string, start: number) => textBefore(text, start).replace(QUOTE_BEFORE_NAME(), '');
// Round 72: titles between "the other" and the surname, which set the bearer apart all the same when a home town
// follows, as a namesake is known: "the other Dr. Leike from Utrecht", „der andere Herr Altman aus Celle“. Without
// one, "the other Mr. Pachocki" said by a namesake's family is ours.
const TITLES_BEFORE_NAME = lazyPattern(
  () => String.raw`(?<=[^\S\n])(?:${anyOf([...courtesyTitles, ...femaleTitles, ...academicTitles])}\.?${SPACE}+){1,2}$`,
  'iu',
);

// "not that Altman": set apart from a namesake as the famous one, our person; so is "Wrong Altman", the one a tool
// showed for a namesake (round 15).
const FAMOUS_ONES = [...famousOneWords, ...wrongOneWords];
const FAMOUS_ONE_BEFORE = endingInOneOf(
  FAMOUS_ONES,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(FAMOUS_ONES)}${SPACE}+$`, 'iu'),
);
// Round 59: in a sentence, not as a heading's or a reply's first word, "wrong" is said of the namesake taken for ours:
// "it is the wrong Altman (a stock photo of a dentist)", "Wonderful man, wrong Pachocki".
const LOWER_CASE_WRONG_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:wrong|falsche[nr]?)[^\S\n]+$/u);
// After a comma, a dash, a bracket or a preposition, a "which" is a relative pronoun and asks nothing ("the team — which
// Leike co-led —"; rounds 26 and 29).
const WHICH_BEFORE = endingInOneOf(
  whichWords,
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?<!(?:[,—–(-]|(?:^|[^\p{L}])${anyOf(relativePrepositions)})${SPACE}*)${anyOf(whichWords)}${SPACE}+$`,
      'iu',
    ),
);

/** Whether a question which bearer is meant stands right before the lone surname at `start`: "which altman lol". */
export const isAskedWhich = (text: string, start: number) => WHICH_BEFORE.test(textBefore(text, start));

/**
 * Whether the lower-case surname at `start` follows a namesake's first name in lower case, as chat writes names:
 * "das war robert altman", "was that robert altman's son" (round 17). A capitalised first name is read elsewhere.
 */
function isNamesakeInLowerCase(text: string, start: number, namesakeGiven: ReadonlySet<string>): boolean {
  const first = text[start]!;
  if (first === first.toUpperCase() || !namesakeGiven.size) return false;
  const word = LOWER_WORD_BEFORE().exec(textBefore(text, start))?.[1];
  return word !== undefined && namesakeGiven.has(word);
}

// A capitalised word alone in brackets right after a surname: "Mr. Sutskever (Morris)", "Leike (Westfield)".
const BRACKETED_WORD = new RegExp(String.raw`^${SPACE}*\((\p{Lu}\p{Ll}+)\)`, 'u');

/**
 * Whether the word in brackets right after a surname is another first name or a place, which sets its bearer
 * apart ("Mr. Sutskever (Morris)", "Leike (Westfield)"): not a role, an AI word or a time word, not our person's
 * first name ("Altman (Sam)") nor another of our surnames. Our people's employer there is read as an affiliation.
 */
function hasOtherInBrackets(after: string, given: ReadonlySet<string>, ours: ReadonlySet<string>): boolean {
  const word = BRACKETED_WORD.exec(after)?.[1]?.toLowerCase();
  return word !== undefined && !given.has(word) && !ours.has(word) && !NOT_FIRST_NAMES.has(word) && !isRole(word);
}

/** Whether `clause` names `surname` after a first name none of ours bears: ", club treasurer Edward Pachocki". */
function namesOtherBearer(
  clause: string,
  surname: string,
  given: ReadonlySet<string>,
  ours: ReadonlySet<string>,
): boolean {
  const at = clause.indexOf(surname);
  const word = at > 0 ? WORD_BEFORE.exec(clause.slice(0, at))?.[1] : undefined;
  if (word === undefined || !TITLE_CASE().test(word)) return false;
  const lower = word.toLowerCase();
  return !given.has(lower) && !ours.has(lower) && !NOT_FIRST_NAMES.has(lower) && !isRole(word);
}

/** How far into a text its introduction of a transcript's speakers is looked for. */
const TRANSCRIPT_HEAD = 2_000;

/**
 * Round 56: whether the surname at [start, end) is a transcript's speaker label in capitals, "LEIKE: …" at a line's
 * start, and the text has named a bearer with another first name before it ("a conversation with Dr. Hanna Leike",
 * "Moderator: Dr. Ruth Altman"): a transcript introduces its speakers so, and the label is hers.
 */
function isOtherBearersLabel(
  text: string,
  start: number,
  end: number,
  given: ReadonlySet<string>,
  ours: ReadonlySet<string>,
): boolean {
  const label = text.slice(start, end);
  if (text[end] !== ':' || (start > 0 && text[start - 1] !== '\n') || label !== label.toUpperCase()) return false;
  const surname = label[0] + label.slice(1).toLowerCase();
  // A transcript introduces its speakers at its head: a page of thousands of labels reads only that far for each.
  const head = Math.min(start, TRANSCRIPT_HEAD);
  for (let at = text.indexOf(surname); at !== -1 && at < head; at = text.indexOf(surname, at + 1)) {
    if (namesOtherBearer(text.slice(Math.max(0, at - 40), at + surname.length), surname, given, ours)) return true;
  }
  return false;
}

// The one-word terms of a namesake's world, lower case, that a German compound may end in: "Episodenfilm".
const WORLD_WORDS = [...lowerSet(namesakeWorldTerms)].filter((term) => term.length >= 4 && !term.includes(' '));

// An indefinite article, perhaps an adjective between, before a surname that qualifies a noun of a work or a style:
// "feel like an Altman movie", "a decent Altman character" (round 45): the director's manner.
const INDEFINITE_LEAD = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])(?:an?|ein|eine)(?:${SPACE}+\p{Ll}+)?${SPACE}+$`,
  'iu',
);
const STYLE_NOUN_AFTER = lazyPattern(() => String.raw`^(?:-|${SPACE})${anyOf(styleNouns)}(?![\p{L}])`, 'iu');

/**
 * Whether the capitalised word right after a German genitive is a work of a namesake's world, a compound ending in
 * one of its terms: "„Short Cuts“ (1993). Altmans Episodenfilm nach Raymond Carver" is the director's (round 16).
 */
function isNamesakeWorkAfter(after: string): boolean {
  const next = WORD_AFTER.exec(after)?.[1]?.toLowerCase();
  return next !== undefined && !after.startsWith('-') && WORLD_WORDS.some((term) => next.endsWith(term));
}

// A definite apposition after the surname that gives its bearer's calling: "Altman the director", „Sutskever, der
// Informatiker“ (round 41). "the director of research" is an office of ours, not a film director.
const APPOSITION_CALLINGS = [...namesakeAppositionCallings, ...ourAppositionCallings];
// What every apposition starts with, read first: most surnames have none.
const APPOSITION_LEAD = lazyPattern(() => /^,?[^\S\n]+(?:the|der|die)[^\S\n]/iu);
const APPOSITION_AFTER = lazyPattern(
  () =>
    String.raw`^,?${SPACE}+(?:the|der|die)${SPACE}+(?:[\p{L}-]+${SPACE}+)?(${anyOf(APPOSITION_CALLINGS)})(?![\p{L}-])(?!${SPACE}+(?:of|von|des)(?![\p{L}]))`,
  'iu',
);
const NAMESAKE_CALLINGS = lowerSet(namesakeAppositionCallings);

// Round 68: a relative clause after the surname, or after the quoted phrase it stands in, that says whom it refers to,
// a namesake by his calling: 'the name tags will say "ALTMAN SESSION", which refers to the director', „„ALTMAN-ABEND“,
// womit der Regisseur gemeint ist“. A calling of ours ("which refers to the chief executive") is no namesake's.
const REFERS_HINT = hintOf(['refer', 'gemeint']);
const REFERS_TO_NAMESAKE_AFTER = lazyPattern(
  () =>
    String.raw`^[^,.!?\n]{0,30}?,${SPACE}*(?:(?:which|that)${SPACE}+(?:refers|referred)${SPACE}+to${SPACE}+(?:the|a)${SPACE}+(?:[\p{L}-]+${SPACE}+)?${anyOf(namesakeAppositionCallings)}(?![\p{L}-])(?!${SPACE}+of(?![\p{L}]))|womit${SPACE}+(?:der|die)${SPACE}+(?:[\p{L}-]+${SPACE}+)?${anyOf(namesakeAppositionCallings)}${SPACE}+gemeint(?![\p{L}]))`,
  'iu',
);

/** The reading a definite apposition of a calling gives the surname: a namesake's or ours, or none. */
function appositionReading(after: string): 'namesake' | 'title' | undefined {
  const calling = APPOSITION_LEAD().test(after) ? APPOSITION_AFTER().exec(after)?.[1] : undefined;
  if (calling === undefined) return undefined;
  return NAMESAKE_CALLINGS.has(calling.toLowerCase()) ? 'namesake' : 'title';
}

// A reader who thinks of a namesake at our surname: „Bin ich der Einzige, der bei Altman immer an den MASH-Regisseur
// denkt?“, „Ich dachte bei Altman zuerst an den Regisseur.“ The surname is the one in the news, ours (round 17).
const THINK_OF_AFTER = lazyPattern(
  () =>
    String.raw`^[^.!?\n]{0,30}?(?<![\p{L}])an${SPACE}+(?:den|die|das)(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:denken|denkt|denke|dachte|dachten)(?![\p{L}])`,
  'iu',
);

// The verb before: „Ich dachte bei Altman zuerst an den Regisseur.“
const THINK_BEFORE = lazyPattern(
  () => String.raw`(?<![\p{L}])(?:denken|denkt|denke|dachte|dachten)(?![\p{L}])[^.!?\n]{0,30}$`,
  'iu',
);
const OF_AFTER = lazyPattern(() => String.raw`^[^.!?\n]{0,30}?(?<![\p{L}])an${SPACE}+(?:den|die|das)(?![\p{L}])`, 'iu');

const BEI_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])bei[^\S\n]$/u);

// A reader who took our surname for a namesake's for a moment, told after it in its sentence: "Everyone is talking about
// Altman and I thought for one beautiful second it was a Robert Altman retrospective", „Als ihr ‚Altman‘ gesagt habt,
// dachte ich kurz, ihr macht jetzt eine Filmfolge“. The surname is the one in the news, ours (round 20); not the one who
// thinks ("Leike thought for a second").
const MOMENT = String.raw`(?:for${SPACE}+(?:a|one)${SPACE}+(?:\p{L}+${SPACE}+)?(?:second|moment|minute)|briefly|at${SPACE}+first)`;
const MOMENT_DE = String.raw`(?:kurz|erst|zuerst|im${SPACE}+ersten${SPACE}+moment|für${SPACE}+einen${SPACE}+moment)`;
const THOUGHT_FOR_A_MOMENT_AFTER = lazyPattern(
  () =>
    String.raw`^[^\S\n]*[^\s.!?][^.!?\n]{0,40}?(?<![\p{L}])(?:${MOMENT}${SPACE}+(?:i${SPACE}+)?thought|thought${SPACE}+${MOMENT}|dachte${SPACE}+ich${SPACE}+(?:\p{L}+${SPACE}+)?${MOMENT_DE}|${MOMENT_DE}${SPACE}+(?:dachte${SPACE}+ich|gedacht))(?![\p{L}])`,
  'iu',
);
// Pieces, not words: "dacht" is in „dachte“ and „gedacht“.
const THOUGHT_HINT = hintOf(['thought', 'dacht']);

/**
 * Whether the lone surname at `start`, after "bei", is one the reader mixes up with a namesake's; or one after which
 * the reader says he took it for a namesake's for a moment.
 */
function isMixedUpWithNamesake(text: string, start: number, after: string): boolean {
  if (THOUGHT_HINT.test(after) && THOUGHT_FOR_A_MOMENT_AFTER().test(after)) return true;
  // "bei" and a space first, a check of a few letters: most surnames have none before them.
  const before = text.slice(Math.max(0, start - 5), start).toLowerCase();
  if (!/bei[^\S\n]$/.test(before) || !BEI_BEFORE().test(before)) return false;
  return THINK_OF_AFTER().test(after) || (OF_AFTER().test(after) && THINK_BEFORE().test(textBefore(text, start)));
}

const STORY_EVENTS = lowerSet(storyEventNouns);
const POSSESSED_EVENTS = lowerSet(englishStoryEventNouns);

export function isStoryEventAfter(text: string, start: number, end: number): boolean {
  if (text[end - 1] !== 's') return false;
  // An English possessive before a lower-case event: "investors are pushing for Altman's return" (round 18).
  if (POSSESSIVE_END().test(text.slice(start, end))) {
    const event = LOWER_WORD_AFTER().exec(textAfter(text, end))?.[1];
    return (event !== undefined && POSSESSED_EVENTS.has(event)) || isOwnEventAfter(text, end);
  }
  if (!GENITIVE().test(text.slice(start, end))) return false;
  const next = WORD_AFTER.exec(textAfter(text, end))?.[1]?.toLowerCase();
  return (next !== undefined && STORY_EVENTS.has(next)) || isOwnEventAfter(text, end);
}

// A noun, at most two words, and "his" before an event of the story, its genitive ending too: " Begründung seines
// Rücktritts", " account of his firing", " Erklärung zu seinem Abgang" (round 22).
const OWN_EVENT_AFTER = lazyPattern(
  () =>
    String.raw`^${SPACE}+${LETTERS}(?:${SPACE}+\p{Ll}+){0,2}?${SPACE}+(?:his|seine[snmr]?|sein)${SPACE}+(${LETTERS})`,
  'u',
);
const OWN_HINT = hintOf(['his', 'sein']);

/**
 * Whether the noun after a genitive speaks of the bearer's own event of our story: "Leikes Begründung seines
 * Rücktritts", "Altman's account of his firing". Any noun a writer puts there (an account, a reason, a view) is about
 * his event; someone else's event ("Leikes Protokoll zum Rücktritt des Bürgermeisters") has no "his".
 */
function isOwnEventAfter(text: string, end: number): boolean {
  const after = textAfter(text, end);
  if (!OWN_HINT.test(after)) return false;
  const event = OWN_EVENT_AFTER().exec(after)?.[1]?.toLowerCase();
  if (event === undefined) return false;
  const bare = event.replace(/e?s$/u, '');
  return [event, bare].some((word) => STORY_EVENTS.has(word) || POSSESSED_EVENTS.has(word));
}

/**
 * Reads the lone surnames of one person: the inverted form needs to know their first names, and the words around a
 * surname are read knowing `ourSurnames`, the surnames of all our people.
 */
export function createLoneSurnameReader(
  names: NameForms,
  ourSurnames: readonly string[] = names.surnames,
): (text: string, start: number, end: number, initialled?: boolean) => LoneSurnameReading {
  const ours = lowerSet(ourSurnames);
  const given = lowerSet(names.given);
  const initials = [...new Set(names.given.map((g) => g[0]!))].join('');
  const namedInitials = initials + names.middle.map((m) => m[0]!).join('');
  const namesakeGiven = lowerSet(names.namesakeGiven ?? []);
  const relativesGiven = lowerSet(names.relativesGiven ?? []);
  const bearers: Bearers = { given, ours, namesakeGiven };
  const forms = lowerSet(names.surnames);
  // The measure's word after a space or a hyphen, and then no letter: "Altman Z-score", "Altman Z''", not "Altman Zeit".
  const eponyms = names.namesakeEponyms ?? [];
  const eponymAfter = lazyPattern(() => String.raw`^(?:${SPACE}+|-)${anyOf(eponyms)}(?![\p{L}])`, 'u');
  // Our person's first name or initial after the comma, at the end of the entry or before a co-author. An initial
  // before a surname and the list's next comma is the next person's: "M. Altman, S. Reyes, T. Nguyen" (round 16).
  // Round 52: or closing a BibTeX field, "author = {Sutskever, Ilya}", as another's first name does (round 51); round
  // 57: or before a book index's page numbers, "Altman, Sam 9, 14–19".
  const inverted = lazyPattern(
    () =>
      String.raw`^,${SPACE}*(?:[${initials}]\.(?!${SPACE}*\p{Lu}\p{Ll}+(?:,|;|${SPACE}+(?:and|und)${SPACE}))|${anyOf(names.given)}(?!${WORD_CHAR})(?=\t|${INDEX_PAGES}|${SPACE}*(?:[(;.,\n&—–"”“»}]|and |und |et al|$)))`,
    'iu',
  );
  // Round 70: the writer says whom the surname stands for, by our first name: '"Altman" there is Sam, not Jack
  // Altman', „„Leike“ ist hier Jan“. Not a possessive or a compound of the first name after it ("is Sam's brother").
  const standsForOurs = lazyPattern(
    () =>
      String.raw`^[${CLOSING_QUOTES}]?${SPACE}+(?:${anyOf(standsForPlaceWords)}${SPACE}+)?${anyOf(standsForWords)}${SPACE}+(?:${anyOf(standsForPlaceWords)}${SPACE}+)?${anyOf(names.given)}(?![\p{L}\p{N}'’-])`,
    'iu',
  );
  // With its initial ("J. Leike, D. Krueger"), a name is in natural order: what follows it is no first name.
  return (text, start, end, initialled = false) => {
    const after = textAfter(text, end);
    const before = textBefore(text, start);
    const written = text.slice(start, end);
    // Both forms start with the comma: a pre-check, as most surnames have none after them.
    const comma = !initialled && after.startsWith(',');
    // A paper from before any of ours could write one is a namesake's, inverted or not: "Altman, S. (1990)" (round 41).
    if (citesPaperBeforeOurs(text, end)) return 'namesake';
    // Round 54: an initial none of our person's first or middle names begins with is another bearer's, "K. Altman"
    // among a meeting's attendees, "O. Leike of the Institute for Mountain Hydrology".
    const initial = initialled ? (text[start + 1] === '.' ? text[start] : undefined) : otherInitialBefore(text, start);
    if (initial !== undefined && !namedInitials.includes(initial)) return 'namesake';
    // Round 56: a generation's suffix, "Altman senior bleibt Ehrenmitglied", a family's father or son.
    if (hasGenerationAfter(text, end)) return 'namesake';
    // Round 59: a quoted nickname between another first name and the surname, 'Bartek "Bartix" Pachocki'; not one of
    // our first names, 'Samantha "Sam" Altman', which the full name's rules read.
    const nickname = NICKNAME_CLOSERS.includes(before.trimEnd().at(-1) ?? '') ? NICKNAME_BEFORE().exec(before) : null;
    if (nickname && !given.has(nickname[0].replace(NOT_LETTERS(), '').toLowerCase())) {
      const from = start - nickname[0].length;
      if (isOtherFirstName(text.slice(0, from) + text.slice(start), from, from + end - start, ours)) return 'namesake';
    }
    // Round 59: after a number and a slash, a shelf mark's or a path's part, "Signatur GI 2025/Sutskever-Leike".
    if ((text[start - 1] === '/' || text[start - 1] === '-') && NUMBER_SLASH_BEFORE().test(before)) {
      return 'word';
    }
    if (text[end] === '-' && written === written.toUpperCase() && KEY_NUMBER_AFTER().test(after)) return 'word';
    if (comma && inverted().test(after)) return 'inverted';
    // Not "Altman, Brockman (OpenAI)": a colleague's surname or a firm is no first name, nor is another of ours
    // ("Leike, Pachocki (Chief Scientist)").
    if (isNamesakeInLowerCase(text, start, namesakeGiven)) return 'namesake';
    if (
      KNOWN_AS_AFTER.test(after) ||
      (SHOP_AFTER().test(after) &&
        SHOP_ARTICLE_BEFORE().test(before) &&
        (!after.startsWith(' &') || isPartnerAfter(after, ours))) ||
      (PLACE_POSSESSIVE().test(written) && PAUSE_AFTER().test(after) && AT_BEFORE().test(before)) ||
      (after.startsWith(' &') && isPartnerAfter(after, ours) && FIRM_NAMED_BEFORE().test(before)) ||
      isPartnersFirmAfter(after, ours) ||
      isClubName(before, after)
    ) {
      return 'firm';
    }
    const other = comma ? otherInvertedName(text, start, before, after) : undefined;
    if (
      other &&
      !NOT_FIRST_NAMES.has(other.toLowerCase()) &&
      !ours.has(other.toLowerCase()) &&
      !given.has(other.toLowerCase())
    )
      return 'namesake';
    const article = PLURAL_ARTICLE.exec(before)?.[1];
    if (article && PLURAL_ENDING().test(written) && (/the/i.test(article) || !NEXT_NOUN().test(after))) {
      return 'plural';
    }
    if (
      (eponyms.length > 0 && eponymAfter().test(after)) ||
      listsOwnForms(text, start, end, forms) ||
      isNameEntry(text, start, end, after, bearers) ||
      isQuotedString(text, start, after) ||
      isInFlowListOfStrings(text, start, after) ||
      IN_STRING_LIST_AFTER().test(after) ||
      isRowKey(text, start, end, after) ||
      isBesideOtherSpelling(text, start, end, after) ||
      isNameAsWord(text, start, end, given) ||
      FORM_IS_BEFORE.test(withoutOpeningQuote(before)) ||
      isFormNamedAfter(before, after)
    ) {
      return 'word';
    }
    if (
      isOthersQuotedName(text, start, ours) ||
      OWN_NAME_BEFORE.test(before) ||
      NOT_OURS_LABEL_BEFORE().test(withoutOpeningQuote(before)) ||
      isOwnFamilyName(text, start, end, given)
    ) {
      return 'namesake';
    }
    if (FAMILY_BEFORE.test(before)) return 'plural';
    // The ending first: most surnames have none, and the leads' alternation is then never compiled.
    if (
      PLURAL_ENDING().test(written) &&
      ((PLURAL_LEAD.test(before) && !NEXT_NOUN().test(after)) ||
        (PLURAL_COPULA_BEFORE.test(before) && PREDICATE_END_AFTER().test(after)))
    ) {
      return 'plural';
    }
    if (FAMILY_AFTER.test(after) && !(POSSESSIVE_ENDING().test(written) && !after.startsWith('-'))) {
      return 'plural';
    }
    if (GENITIVE().test(written) && isNamesakeWorkAfter(after)) return 'namesake';
    if (STYLE_NOUN_AFTER().test(after) && INDEFINITE_LEAD().test(before)) return 'namesake';
    if (UNRELATED_HINT.test(after) && UNRELATED_AFTER().test(after) && !namesDoubledSpelling(text, names.surnames)) {
      return 'namesake';
    }
    if (RELATED_HINT.test(after.slice(0, 24)) && RELATED_TO_OURS_AFTER().test(after)) return 'namesake';
    // "S. Altman of Registry is no relation to the OpenAI chief": denied in his own clause to be ours (round 44).
    if (deniesBeingOursAfter(text, end)) return 'namesake';
    // "Jack Altman, the Lattice co-founder": the apposition is the full name's, read below.
    const apposed = appositionReading(after);
    if (apposed === 'namesake' || (apposed && !isOtherFirstName(text, start, end, ours))) return apposed;
    if (REFERS_HINT.test(after) && REFERS_TO_NAMESAKE_AFTER().test(after)) return 'namesake';
    if (
      (ANNOUNCED_AFTER.test(after) && ANNOUNCED_BEFORE().test(before)) ||
      (FROM_AFTER().test(after) && IDENTITY_ASKED_BEFORE().test(before))
    ) {
      return clauseSpeaksOfOurWorld(after, ours) ? 'surname' : 'namesake';
    }
    if (WORLD_NAMED_BEFORE.test(before) || NEIGHBOUR_AFTER().test(after)) return 'namesake';
    // Round 58: after a firm's owner or a namesake's calling, as a full name is read: "restaurant owner Pachocki".
    if (hasOwnerBefore(text, start)) return 'namesake';
    // Picked out by a later clause, the one a reader asks about or remembers is no one the document is about: no
    // candidate, which would make the lone surnames of a thread that names ours by surname only his (round 18).
    if (isPickedOutLater(text, start, after) && !clauseSpeaksOfOurWorld(after, ours)) return 'word';
    // "Is Altman related to Robert Altman?" asks about our person; "Is Jack Altman related to …?" about Jack (round 16).
    if (
      (COMPARED_AFTER.test(questionAfter(text, end)) ||
        VERSUS_AFTER().test(after) ||
        COMPARED_LATER_AFTER.test(questionAfter(text, end))) &&
      !isOtherFirstName(text, start, end, ours)
    ) {
      return 'title';
    }
    if (IF_BEFORE().test(before) && COMPARED_IS_AFTER().test(after)) return 'title';
    if (COMPARED_FRAME_AFTER.test(after) && IF_BEFORE().test(before)) return 'title';
    // Not after another first name: "Sidney Altman did not make films" denies the namesake his deed (round 43).
    if (DEED_DENIED_AFTER.test(after) && !isOtherFirstName(text, start, end, ours)) return 'title';
    if (after.includes('?') && ASKED_AS_NAME_BEFORE().test(before) && ASKED_AS_NAME_AFTER().test(after)) {
      return 'word';
    }
    if (FAMOUS_ONE_BEFORE.test(before)) {
      return LOWER_CASE_WRONG_BEFORE().test(before) ? 'namesake' : 'title';
    }
    if (isMixedUpWithNamesake(text, start, after)) return 'title';
    if (standsForOurs().test(after) && !isOtherFirstName(text, start, end, ours)) return 'title';
    // Set apart from the one just spoken of, he is ours when his own clause names our world: "the other Altman",
    // the OpenAI one", „der andere Altman, der von OpenAI“ (round 22); "our Altman, the club's treasurer" is not, nor
    // a family: "Our Pachockis make donuts, not GPT".
    // "Ist „unser“ Pachocki der neue Chefwissenschaftler von OpenAI?" asks about a community's own: not set apart.
    const unquoted = unquotedBefore(text, start);
    const otherOne = hasHomeTownAfter(text, end) ? unquoted.replace(TITLES_BEFORE_NAME(), '') : unquoted;
    if (OTHER_ONE_BEFORE.test(otherOne)) {
      if (DENIED_OURS_BEFORE().test(otherOne)) return 'title';
      const one =
        !PLURAL_ENDING().test(written) && (!COMMUNITY_OWN_BEFORE().test(otherOne) || isOursPickedOut(after, ours));
      // Round 43: not where its clause gives him another first name, "the other Pachocki, club treasurer Edward
      // Pachocki", whose surname is no word of our world there.
      const renamed = namesOtherBearer(CLAUSE().exec(after)![0], written, given, ours);
      return one && !renamed && clauseSpeaksOfOurWorld(after, ours) ? 'title' : 'namesake';
    }
    // Asked which one is meant, the asker's own answer may name our world: „welcher altman, der von openai?“ (round 40);
    // not one that denies it, „Welcher Altman ist NICHT bei OpenAI?“ (round 42).
    if (WHICH_BEFORE.test(before)) {
      return clauseSpeaksOfOurWorld(after, ours) && !DENIAL().test(CLAUSE().exec(after)![0]) ? 'surname' : 'namesake';
    }
    const affiliation = affiliationAfter(text, end);
    if (!affiliation && hasOtherInBrackets(after, given, ours)) return 'namesake';
    if (text[start - 2] === ')' && isSpousedName(before, given)) return 'namesake';
    if (!affiliation?.bracketed && isOtherFirstName(text, start, end, ours)) {
      // The word before the first name: "seine Schwester Annie Altman", "his sister, Annie Altman".
      const firstName = WORD_BEFORE.exec(before)!;
      if (KIN.test(textBefore(text, start - firstName[0].length))) return 'relative';
      return relativesGiven.has(firstName[1]!.toLowerCase()) ? 'kin' : 'namesake';
    }
    if (isPartOfOtherName(text, start, end, ours)) return 'firm';
    if (isOtherBearersLabel(text, start, end, given, ours)) return 'namesake';
    if (isDoubleBarrelled(text, start, end, ours)) return 'namesake';
    return affiliation || hasTitleBefore(text, start) ? 'title' : 'surname';
  };
}
