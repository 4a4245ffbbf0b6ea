import { standsForPlaceWords, standsForWords } from '../../knowledge/lexicon';
import { type NameForms } from '../../knowledge/types';
import { CLOSING_QUOTES } from '../text/quotation-marks';
import { lazyPattern, SPACE, lowerSet, anyOf, WORD_CHAR } from '../text/regex-parts';
import {
  textAfter,
  textBefore,
  NEXT_NOUN,
  withoutOpeningQuote,
  POSSESSIVE_ENDING,
  GENITIVE,
  questionAfter,
  WORD_BEFORE,
} from '../text/words-around';
import { appositionReading, REFERS_HINT, REFERS_TO_NAMESAKE_AFTER } from './appositions';
import { citesPaperBeforeOurs } from './author-lists';
import { isDoubleBarrelled } from './double-barrelled';
import { affiliationAfter, hasTitleBefore } from './employer-titles';
import {
  PLURAL_ARTICLE,
  PLURAL_ENDING,
  FAMILY_BEFORE,
  PLURAL_LEAD,
  PLURAL_COPULA_BEFORE,
  PREDICATE_END_AFTER,
  FAMILY_AFTER,
} from './families';
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
import { INDEX_PAGES, otherInvertedName } from './inverted-names';
import {
  UNRELATED_HINT,
  UNRELATED_AFTER,
  namesDoubledSpelling,
  RELATED_HINT,
  RELATED_TO_OURS_AFTER,
} from './kinship-denials';
import { isNameEntry, ASKED_AS_NAME_BEFORE, ASKED_AS_NAME_AFTER } from './name-entries';
import { isNameAsWord } from './names-as-words';
import {
  COMPARED_AFTER,
  VERSUS_AFTER,
  COMPARED_LATER_AFTER,
  IF_BEFORE,
  COMPARED_IS_AFTER,
  COMPARED_FRAME_AFTER,
  DEED_DENIED_AFTER,
  isMixedUpWithNamesake,
} from './namesake-comparisons';
import { isNamesakeWorkAfter, STYLE_NOUN_AFTER, INDEFINITE_LEAD } from './namesake-works';
import { hasGenerationAfter, deniesBeingOursAfter, hasOwnerBefore } from './ordinary-person-signs';
import { isNamesakeInLowerCase, namesOtherBearer, hasOtherInBrackets, isOtherBearersLabel } from './other-bearers';
import { otherInitialBefore, isOtherFirstName } from './other-first-names';
import { isOthersQuotedName, OWN_NAME_BEFORE, NOT_OURS_LABEL_BEFORE, isOwnFamilyName } from './own-surnames';
import {
  ANNOUNCED_AFTER,
  ANNOUNCED_BEFORE,
  FROM_AFTER,
  IDENTITY_ASKED_BEFORE,
  clauseSpeaksOfOurWorld,
  WORLD_NAMED_BEFORE,
  NEIGHBOUR_AFTER,
  isPickedOutLater,
  FAMOUS_ONE_BEFORE,
  LOWER_CASE_WRONG_BEFORE,
  unquotedBefore,
  TITLES_BEFORE_NAME,
  OTHER_ONE_BEFORE,
  DENIED_OURS_BEFORE,
  COMMUNITY_OWN_BEFORE,
  isOursPickedOut,
  CLAUSE,
  WHICH_BEFORE,
  DENIAL,
} from './picked-out-bearers';
import { isSpousedName, KIN } from './relatives';
import { type Bearers } from './search-lines';
import {
  isQuotedString,
  isInFlowListOfStrings,
  IN_STRING_LIST_AFTER,
  isRowKey,
  isBesideOtherSpelling,
} from './strings-looked-for';
import { listsOwnForms, FORM_IS_BEFORE, isFormNamedAfter } from './surname-forms';
import { NOT_FIRST_NAMES } from './word-classes';

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
// A quoted nickname right before a surname, after a space: 'Bartek "Bartix" '. Read only after one of its closing marks.
const NICKNAME_CLOSERS = `"”“'’`;
const NICKNAME_BEFORE = lazyPattern(
  () => String.raw`(?<=\p{L}${SPACE}+)["“„'‘][\p{L}\p{N}._-]{2,20}[${NICKNAME_CLOSERS}]${SPACE}+$`,
  'u',
);
const NOT_LETTERS = lazyPattern(() => /[^\p{L}]/gu);
// A number and a slash, perhaps with hyphenated words after it, right before a surname: "GI 2025/", "2025/Sutskever-".
const NUMBER_SLASH_BEFORE = lazyPattern(() => /\d\/(?:\p{L}+-)*$/u);
// Round 64 (real text): a hyphen and a number, perhaps after capitals, after a surname in capitals: a record's or a
// ticket's key, "**SUTSKEVER-C001**", "ALTMAN-42".
const KEY_NUMBER_AFTER = lazyPattern(() => /^-\p{Lu}{0,3}\d+(?![\p{L}\p{N}])/u);

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
