import { kinshipWords } from '../../knowledge/lexicon/family-and-kinship';
import { standsForPlaceWords, standsForWords } from '../../knowledge/lexicon/names-as-words';
import type { NameForms } from '../../knowledge/types';
import { CLOSING_QUOTES } from '../text/quotation-marks';
import { anyOf, lazyPattern, lowerSet, SPACE, WORD_CHAR } from '../text/regex-parts';
import { isOtherScript } from '../text/scripts';
import { farTextAfter, sentenceBefore, textAfter, textBefore, UPPER_START, WORD_BEFORE } from '../text/words-around';
import { appositionReading, isCalledByCallingBefore, refersToNamesake } from './appositions';
import { citesPaperBeforeOurs, citesPaperOfHisAt } from './author-lists';
import { isDoubleBarrelled } from './double-barrelled';
import { affiliationAfter, hasTitleBefore, isPlacedAtEmployersSeat } from './employer-titles';
import { isPluralAfterArticle, namesFamily } from './families';
import { isPartOfOtherName, namesOwnersFirm, namesShopOrClub } from './firm-names';
import { isTitledByArticle } from './indefinitely-named';
import { hasLivelihoodAfter, isSheAfter } from './introduced-namesake';
import { saysPrintedBefore } from './spellings-said';
import { INDEX_PAGES, isQuotedFormSaidToBe, otherInvertedName } from './inverted-names';
import {
  deniesKinshipAfter,
  deniesKinshipToOursAfter,
  isComparedBefore,
  isDeniedKinByTitle,
  kinshipDeniedToNamesakeAfter,
  isNamedInPassing,
  isSaidRelatedToOurs,
  namesDoubledSpelling,
  saysQuotedDenialBefore,
} from './kinship-denials';
import { isAskedAsName, isNameEntry } from './name-entries';
import { isNameAsWord } from './names-as-words';
import { isComparedWithNamesake, isMixedUpWithNamesake, isReadThenMistaken } from './namesake-comparisons';
import { tellsOusterAndReturnAfter } from './story-words';
import { namesNamesakesWork } from './namesake-works';
import {
  deniesBeingOursAfter,
  isOtherOneApposed,
  hasGameResultBeside,
  hasGenerationAfter,
  hasOwnerBefore,
  isLateBefore,
  isAgedAsNoneOfOurs,
  isPlacedInCommunity,
  isResultOrAgeAfter,
} from './ordinary-person-signs';
import {
  fullNameLaterInClause,
  hasOtherInBrackets,
  fillsNamesakesBlank,
  hasQualifierInBrackets,
  isNamesakeInOneCase,
  isOtherBearersLabel,
} from './other-bearers';
import { isOtherFirstName, otherInitialBefore } from './other-first-names';
import { isDeniedInOwnFamily, isGivenAsOthersName } from './own-surnames';
import {
  clauseNamesEmployer,
  clauseNamesOurWorldPhrase,
  clauseSpeaksOfOurWorld,
  famousOneReading,
  isAnnouncedAsOther,
  isPickedOutLater,
  isPlacedInOtherWorld,
  otherOneReading,
  whichOneReading,
} from './picked-out-bearers';
import { hasKinWordBefore, isSpousedName } from './relatives';
import type { Bearers } from './search-lines';
import { isStringLookedFor } from './strings-looked-for';
import { isCaseFormNamed, isInDeclensionSentence, isTurnedIntoOwnForm, listsOwnForms } from './surname-forms';
import { NOT_FIRST_NAMES, isOrdinaryWord } from './word-classes';

/**
 * What the words around a lone surname say about it, read from the text alone:
 * - `other`: "the other" of two bearers, with no more said ("den anderen Leike"): a namesake's, which the document
 *   turns to ours where a namesake is its subject (`surname-rules.ts`, round 134);
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
  'namesake' | 'other' | 'firm' | 'relative' | 'kin' | 'plural' | 'word' | 'inverted' | 'title' | 'surname';

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
// What says whom a surname stands for, right after it: a closing quote perhaps, a place word perhaps, the verb
// (`verbs`, a pattern) and a place word perhaps: '"Altman" there is ', " here means ".
const standsForLead = (verbs: string) =>
  String.raw`^[${CLOSING_QUOTES}]?${SPACE}+(?:${anyOf(standsForPlaceWords)}${SPACE}+)?${verbs}${SPACE}+(?:${anyOf(standsForPlaceWords)}${SPACE}+)?`;
// Round 154: "any" after a preposition, before a lone surname that ends its clause, speaks of every bearer, no one:
// 'Jack here, and no relation to any Altman, before anyone asks'. Not a count's, "barely any Leike" (the tuned texts);
// nor before a noun it qualifies, "any Altman news".
const ANY_BEFORE = lazyPattern(
  () => /(?:^|[^\p{L}])(?:to|with|of|from|mit|von|zu)[^\S\n]+(?:any|irgendeinem|irgendeinen)[^\S\n]+$/iu,
);
const CLAUSE_END_AFTER = lazyPattern(() => /^(?:[,.;:!?)]|[^\S\n]*$)/u);
// A word of kinship right after the surname, perhaps with an adjective between: „Altmans jüngerer Bruder“, "Altman's
// younger sister"; not a verb's, „die beiden Altmans sind Brüder“.
const KIN_NOUN_AFTER = lazyPattern(
  () => String.raw`^(?:${SPACE}+\p{Ll}+(?:er|e|en|es))?${SPACE}+(?:${anyOf(kinshipWords)})(?![\p{L}])`,
  'iu',
);
// A bracket right after the surname.
const BRACKET_NEXT = lazyPattern(() => /^[^\S\n]?\(/u);

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
  // Round 167: a relative of his named in full, "Jack Altman", whose family a possessive before a word of kinship then
  // names: „Altmans jüngerer Bruder“ under him, „Altmans Bruder Jack Altman leitet Lattice“.
  const relativeNamed = lazyPattern(
    () => String.raw`(?<![\p{L}])${anyOf(names.relativesGiven ?? [])}${SPACE}+${anyOf(names.surnames)}(?![\p{L}])`,
    'u',
  );
  const forms = lowerSet(names.surnames);
  const ownSpelling = names.surnames[0]!.toLowerCase();
  // The measure's word after a space or a hyphen, and then no letter: "Altman Z-score", "Altman Z''", not "Altman Zeit".
  const eponyms = names.namesakeEponyms ?? [];
  const eponymAfter = lazyPattern(() => String.raw`^(?:${SPACE}+|-)${anyOf(eponyms)}(?![\p{L}])`, 'u');
  // Our person's first name or initial after the comma, at the end of the entry or before a co-author. An initial
  // before a surname and the list's next comma is the next person's: "M. Altman, S. Reyes, T. Nguyen" (round 16).
  // Round 52: or closing a BibTeX field, "author = {Sutskever, Ilya}", as another's first name does (round 51); round
  // 57: or before a book index's page numbers, "Altman, Sam 9, 14–19".
  // Round 117: or before a middle name's initial, a catalogue's "Pachocki, Jakub W.".
  const inverted = lazyPattern(
    () =>
      String.raw`^,${SPACE}*(?:[${initials}]\.(?!${SPACE}*\p{Lu}\p{Ll}+(?:,|;|${SPACE}+(?:and|und)${SPACE}))|${anyOf(names.given)}(?!${WORD_CHAR})(?=\t|${INDEX_PAGES}|${SPACE}*(?:[(;.,:\n&—–"”“»}]|and |und |et al|$)|${SPACE}+\p{Lu}\.))`,
    'iu',
  );
  // Round 70: the writer says whom the surname stands for, by our first name: '"Altman" there is Sam, not Jack
  // Altman', „„Leike“ ist hier Jan“. Not a possessive or a compound of the first name after it ("is Sam's brother").
  const standsForOurs = lazyPattern(
    () => String.raw`${standsForLead(anyOf(standsForWords))}${anyOf(names.given)}(?![\p{L}\p{N}'’-])`,
    'iu',
  );
  // Round 156: or by another first name after "means", the namesake: "In this section, Altman means Jack, and …".
  const standsForOther = lazyPattern(
    () =>
      String.raw`${standsForLead('(?:means|meint)')}(?!(?:${anyOf(names.given)})(?![\p{L}]))\p{Lu}\p{Ll}+(?=${SPACE}*[,.;:!?)]|${SPACE}+(?:and|und|not|nicht)${SPACE})`,
    'u',
  );
  const oursLaterInClause = fullNameLaterInClause(names.given, names.surnames);
  const unrelatedToNamesakeAfter = kinshipDeniedToNamesakeAfter(names.given, names.surnames);
  // Round 153: or set against our person named in full right after it, perhaps after an apposition of its own: "Yes,
  // that Altman: the director, not OpenAI's Sam Altman", „Altman, nicht Sam Altman“.
  const notOursAfter = lazyPattern(
    () =>
      String.raw`^(?:[,:]${SPACE}+[^,.!?;\n]{1,40})?,${SPACE}+(?:not|nicht)${SPACE}+(?:(?:\p{Lu}[\p{L}-]*['’]s|the|der|den|dem)${SPACE}+)?${anyOf(names.given)}${SPACE}+${anyOf(names.surnames)}(?![\p{L}])`,
    'iu',
  );
  // Round 126: said not to be a namesake of his surname right after it, he is ours, set apart: „Leike ist nicht der
  // Leike aus dem Gemeinderat“, "Altman is not the Altman of the hardware shop"; or asked about beside him, „Ist Leike
  // mit dem Leike vom Stadtrat verwandt?“, „Hat Leike was mit dem Leike aus unserem Stadtrat zu tun?“.
  // Round 175: or said not to be confused with one, „Sutskever ist nicht zu verwechseln mit dem jiddischen Dichter“,
  // "Altman is not to be confused with Robert Altman".
  const notTheOtherAfter = lazyPattern(
    () =>
      String.raw`^${SPACE}+(?:(?:ist|is|war|was)${SPACE}+(?:nicht|not)${SPACE}+(?:der|the)${SPACE}+${anyOf(names.surnames)}(?![\p{L}])|(?:ist|is)${SPACE}+(?:nicht${SPACE}+zu${SPACE}+verwechseln${SPACE}+mit|not${SPACE}+to${SPACE}+be${SPACE}+confused${SPACE}+with)${SPACE}|(?:\p{Ll}+${SPACE}+){0,2}?mit${SPACE}+dem${SPACE}+${anyOf(names.surnames)}(?![\p{L}])[^.!?\n]*\?)`,
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
    // Round 166: a later paper of one of ours who writes papers, cited by "et al.", is read by its support alone: the
    // capitalised word before it is no first name ("Revisits Leike et al. (2018)", „Paper Leike et al. 2018 lesen“).
    if (names.writesPapers && citesPaperOfHisAt(text, end, names.surnames)) return 'surname';
    // Round 54: an initial none of our person's first or middle names begins with is another bearer's, "K. Altman"
    // among a meeting's attendees, "O. Leike of the Institute for Mountain Hydrology".
    const initial = initialled ? (text[start + 1] === '.' ? text[start] : undefined) : otherInitialBefore(text, start);
    if (initial !== undefined && !namedInitials.includes(initial)) return 'namesake';
    // Round 165: with ours, named as the one his namesakes are relatives of, „Jack Altman und Annie Altman sind
    // Geschwister von S. Altman“, as his full name there is.
    if (initialled && initial !== undefined && isNamedInPassing(text, start, end)) return 'title';
    if (isDeniedKinByTitle(text, start, end)) return 'title';
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
    const invertedGiven = comma ? inverted().exec(after) : null;
    if (invertedGiven) {
      // Round 142: quoted and said to be someone, „„Altman, S.“ ist hier Sidney Altman“, the form is the word.
      if (isQuotedFormSaidToBe(text, start, end + invertedGiven[0].length)) return 'word';
      // Round 77: our first name after the comma, then a club and a time, is a results list's athlete: "1. Leike, Jan
      // (LG Nordheide) 17:05". Not an index's pages after a comma, "Altman, Sam, 9, 14".
      const givenEnd = end + invertedGiven[0].length;
      return text[givenEnd] !== ',' && isResultOrAgeAfter(text, givenEnd) ? 'namesake' : 'inverted';
    }
    if (isNamesakeInOneCase(text, start, end, namesakeGiven)) return 'namesake';
    // Round 161: a quiz's answer that fills a namesake's blank is his, and names no one after it: the next question's
    // answer may be ours.
    if (fillsNamesakesBlank(text, start, namesakeGiven)) return 'firm';
    if (namesShopOrClub(written, before, after, ours)) return 'firm';
    if (namesOwnersFirm(written, after) || isTitledByArticle(before)) return 'namesake';
    // Not "Altman, Brockman (OpenAI)": a colleague's surname or a firm is no first name, nor is another of ours
    // ("Leike, Pachocki (Chief Scientist)"), nor (round 163) a noun by its ending, a table cell's „Sutskever,
    // Belegschaft“.
    const other = comma ? otherInvertedName(text, start, before, after) : undefined;
    if (
      other &&
      !NOT_FIRST_NAMES.has(other.toLowerCase()) &&
      !isOrdinaryWord(other.toLowerCase()) &&
      !ours.has(other.toLowerCase()) &&
      !given.has(other.toLowerCase())
    )
      return 'namesake';
    if (isPluralAfterArticle(before, written, after)) return 'plural';
    if (isReadThenMistaken(after) || tellsOusterAndReturnAfter(after)) return 'title';
    if (
      relativesGiven.size &&
      written.length > ownSpelling.length &&
      KIN_NOUN_AFTER().test(after) &&
      relativeNamed().test(text) &&
      !isOtherFirstName(text, start, end, ours)
    )
      return 'title';
    if (
      (eponyms.length > 0 && eponymAfter().test(after)) ||
      listsOwnForms(text, start, end, forms) ||
      isNameEntry(text, start, end, after, bearers) ||
      isStringLookedFor(text, start, end, after, written.toLowerCase().startsWith(ownSpelling)) ||
      isNameAsWord(text, start, end, given) ||
      // A case form in another script is our person as that language writes him, marked where a note on its grammar
      // names the case (the marking rules' round 26): '"уход Суцкевера" … the genitive is Суцкевера'.
      (!isOtherScript(written) && isCaseFormNamed(text, start, end)) ||
      isInDeclensionSentence(text, start, end) ||
      (!isOtherScript(written) && isTurnedIntoOwnForm(text, start, end))
    ) {
      return 'word';
    }
    if (isDeniedInOwnFamily(before, after)) return 'word';
    if (isGivenAsOthersName(text, start, end, before, given, ours)) return 'namesake';
    if (namesFamily(before, written, after)) return 'plural';
    if (namesNamesakesWork(written, before, after)) return 'namesake';
    if (ANY_BEFORE().test(before) && CLAUSE_END_AFTER().test(after)) return 'word';
    // Round 120: not a misprint said so before it, 'his name was misspelled "Sutzkever", the spelling of the unrelated
    // poet', whose denial is the spelling's.
    if (unrelatedToNamesakeAfter().test(farTextAfter(text, end))) return 'title';
    // Round 171: a double-barrelled name after another first name is borne by someone whose lone surname is the
    // double one: she names no one ahead of her, "Dr. Leike … Prof. Anneke Leike-Brandt" leaves "Dr. Leike" ours.
    if (
      text[end] === '-' &&
      text[start - 1] !== '-' &&
      isDoubleBarrelled(text, start, end, ours) &&
      isOtherFirstName(text, start, end, ours)
    )
      return 'firm';
    if (
      deniesKinshipAfter(text, end) &&
      !namesDoubledSpelling(text, names.surnames) &&
      !isComparedBefore(text, start) &&
      !saysPrintedBefore(sentenceBefore(before))
    )
      return 'namesake';
    if (isSaidRelatedToOurs(before, after) || saysQuotedDenialBefore(before)) return 'namesake';
    // "S. Altman of Registry is no relation to the OpenAI chief": denied in his own clause to be ours (round 44).
    if (
      deniesBeingOursAfter(text, end) ||
      oursLaterInClause().test(after) ||
      notOursAfter().test(after) ||
      isOtherOneApposed(text, end) ||
      deniesKinshipToOursAfter(text, end)
    )
      return 'namesake';
    // "Jack Altman, the Lattice co-founder": the apposition is the full name's, read below.
    const apposed = appositionReading(after);
    if (apposed === 'namesake' || (apposed && !isOtherFirstName(text, start, end, ours))) return apposed;
    if (refersToNamesake(after, given) || isCalledByCallingBefore(before) || standsForOther().test(after))
      return 'namesake';
    // Round 130: not where his clause gives him a livelihood first, "the Altman who owns the bike shop on my road asked
    // ChatGPT …", whatever the rest of the sentence says.
    // Round 140: its clause naming our people's employer is his title, "whether this was the Altman who runs OpenAI".
    if (isAnnouncedAsOther(before, after)) {
      if (hasLivelihoodAfter(text, end)) return 'namesake';
      if (clauseNamesEmployer(after)) return 'title';
      return clauseSpeaksOfOurWorld(after, ours) || clauseNamesOurWorldPhrase(after) ? 'surname' : 'namesake';
    }
    if (isPlacedAtEmployersSeat(text, end) && !isOtherFirstName(text, start, end, ours)) return 'title';
    if (isPlacedInOtherWorld(before, after) || isSheAfter(text, end)) return 'namesake';
    // Round 58: after a firm's owner or a namesake's calling, as a full name is read: "restaurant owner Pachocki".
    if (hasOwnerBefore(text, start) || hasGameResultBeside(text, start, end) || isLateBefore(text, start))
      return 'namesake';
    // Round 102: or placed in an ordinary community after it, as a full name is read: „der Leike aus dem Kirchenchor“.
    if (isPlacedInCommunity(text, end)) return 'namesake';
    // Round 136: or given an age or a life none of ours has: "Mr. Altman is 79", "Altman, 79,". As with a full name so
    // aged, that bearer sets himself apart and names no one after him (the firm reading). Not a number in brackets,
    // which after a lone surname is a tally's: "Altman (14) Sutskever (9)"; nor a namesake's own spelling, whose
    // reading below gives him its lone surnames ("Sutzkever starb 2010").
    if (
      written.toLowerCase().startsWith(ownSpelling) &&
      !BRACKET_NEXT().test(after) &&
      isAgedAsNoneOfOurs(text, start, end)
    )
      return 'firm';
    // Picked out by a later clause, the one a reader asks about or remembers is no one the document is about: no
    // candidate, which would make the lone surnames of a thread that names ours by surname only his (round 18).
    if (isPickedOutLater(text, start, after) && !clauseSpeaksOfOurWorld(after, ours)) return 'word';
    if (isComparedWithNamesake(text, start, end, before, after, ours)) return 'title';
    if (isAskedAsName(before, after)) return 'word';
    const famous = famousOneReading(before, after);
    if (famous) return famous;
    if (isMixedUpWithNamesake(text, start, end, after)) return 'title';
    if ((standsForOurs().test(after) || notTheOtherAfter().test(after)) && !isOtherFirstName(text, start, end, ours))
      return 'title';
    const setApart = otherOneReading(text, start, end, after, given, ours) ?? whichOneReading(before, after, ours);
    if (setApart) return setApart;
    const affiliation = affiliationAfter(text, end);
    if (!affiliation && (hasOtherInBrackets(after, given, ours) || hasQualifierInBrackets(after))) return 'namesake';
    if (text[start - 2] === ')' && isSpousedName(before, given)) return 'namesake';
    if (!affiliation?.bracketed && isOtherFirstName(text, start, end, ours)) {
      // The word before the first name: "seine Schwester Annie Altman", "his sister, Annie Altman".
      const firstName = WORD_BEFORE.exec(before)!;
      if (hasKinWordBefore(text, start - firstName[0].length)) return 'relative';
      return relativesGiven.has(firstName[1]!.toLowerCase()) ? 'kin' : 'namesake';
    }
    // Round 137: a relative's first name is one even where German's article makes another word a noun: „ob der
    // OpenAI-Chef mit dem Jack Altman verwandt sei“. Round 169: so is a known namesake's, after a plural
    // quantifier too, „Drei Treffer aussortiert, alle Robert Altman im Feuilleton“.
    const wordBefore = WORD_BEFORE.exec(before)?.[1];
    if (!affiliation && wordBefore && UPPER_START().test(wordBefore)) {
      const first = wordBefore.toLowerCase();
      if (relativesGiven.has(first)) return 'kin';
      if (namesakeGiven.has(first)) return 'namesake';
    }
    // Round 174: a hashtag is no firm's part, „bei #Altman und Co.“.
    if (text[start - 1] !== '#' && isPartOfOtherName(text, start, end, ours)) return 'firm';
    if (isOtherBearersLabel(text, start, end, given, ours)) return 'namesake';
    if (isDoubleBarrelled(text, start, end, ours)) return 'namesake';
    return affiliation || hasTitleBefore(text, start) ? 'title' : 'surname';
  };
}
