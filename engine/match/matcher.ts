import {
  academicTitles,
  contextTerms,
  courtesyTitles,
  employerTerms,
  namesakeNouns,
  nameFindingVerbs,
  namesakeWorldTerms,
  notThatOnePhrases,
  otherWorldRoles,
  spellingNouns,
  turnPhrases,
  unrelatedPhrases,
} from '../../knowledge/lexicon';
import type { NameForms } from '../../knowledge/types';
import { stripInvisible } from '../text/invisible-chars';
import { createLoneSurnameReader, type LoneSurnameReading } from '../rules/lone-surname';
import {
  deniesKinshipAfter,
  deniesKinshipNext,
  namesDoubledSpelling,
  deniesKinshipWithOther,
  isNamedInPassing,
} from '../rules/kinship-denials';
import { isIntroducedAsKin, isNamedAsKin, isKinOfSubject } from '../rules/relatives';
import { EMPLOYER_HINT } from '../rules/employer-titles';
import { isAskedWhich } from '../rules/picked-out-bearers';
import { isDoubleBarrelled } from '../rules/double-barrelled';
import { namesFirmWithLegalForm } from '../rules/firm-names';
import { isStoryEventAfter } from '../rules/story-words';
import { isExtendingStringList, isQuotedStringAt } from '../rules/strings-looked-for';
import { createNameScanner, personOf } from './name-scanner';
import { subjectFor } from '../text/one-byte-view';
import { isOtherScript } from '../text/scripts';
import {
  anyOf,
  APOSTROPHE,
  containingOneOf,
  endingInOneOf,
  hintOf,
  lazyPattern,
  lowerSet,
  oneByte,
  WORD_CHAR,
} from '../text/regex-parts';
import { sentencesOf, type Sentences } from '../text/sentences';
import { citedInitialBefore, citesAuthorAt, citesCoAuthoredPaperAt, citesPaperAt } from '../rules/author-lists';
import { bareHandleAt } from '../rules/bare-handles';
import { isChangelog } from '../rules/changelogs';
import { isNameTalkedOf } from '../rules/name-talk';
import { isLikenedToNamesake, isSaidOfSpelling, isSpellingSetAside } from '../rules/spellings-said';
import { isInChatLine, messageAnswered } from '../rules/chat-lines';
import { isOnRecordRow, personRecordRow } from '../rules/record-rows';
import { createMisspellingFinder, type Misspelling } from '../rules/misspellings';
import { cheeredSurnameStart, createGluedNameReader } from '../rules/glued-names';
import { createNicknameReader } from '../rules/nicknames';
import { isOnAttendanceLine, isOrdinaryTitled, isTitledBefore, isTitledTradesman } from '../rules/titled-people';
import { isAlternative, isDataString, isDisplayString, isQuotedListItem } from '../rules/code-values';
import { isIndefinitelyNamed, isOtherBearer } from '../rules/indefinitely-named';
import { isNameAsWord } from '../rules/names-as-words';
import { introducesNamesake } from '../rules/introduced-namesake';
import {
  isAgedAsNoneOfOurs,
  isSetApartFromOurs,
  isDescribedAsNamesake,
  isOrdinaryPersonAround,
  isPlacedInCommunity,
  isResultOrAgeAfter,
  mayNameNamesakeAgain,
} from '../rules/ordinary-person-signs';
import {
  everydayParagraphs,
  isFamilyHistory,
  isFamilyParagraph,
  isPlainlyOrdinary,
  isSearchedName,
  ordinaryWorldOf,
  type OrdinaryWorld,
} from '../rules/ordinary-news';
import { questionAnswered } from '../rules/quiz-answers';
import { isInQuotedQuery, isStorySearchLine } from '../rules/search-lines';
import { NAMED_AGAIN_REACH, namesSameManAfter } from '../rules/named-again';
import { ordinaryCast } from '../rules/ordinary-cast';
import { addressesCommenter, isSignedWithTown, isSignOff } from '../rules/sign-offs';
import { lineTellsTheOuster, tellsOurStory, tellsTheOuster } from '../rules/story-words';
import { STORY_CAST } from '../rules/document-topic';
import { addressReader, isCodeIdentifier, isInPathLikeToken, isInPattern } from '../rules/url-spans';
import { firstIndexWhere } from '../../utils/binary-search';
import { lineAround } from '../text/line-around';
import { isSomeoneElse, SUPPORT, type MentionKind, type Support } from './mention-kind';

export { isSomeoneElse, SUPPORT, type MentionKind, type Support } from './mention-kind';

export interface Mention<Id extends string = string> {
  readonly person: Id;
  /** Offsets into the text given to `find`, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  readonly support: Support;
  /** The index of the sentence it stands in, and how many sentences the text given to `find` has. */
  readonly sentence: number;
  readonly sentences: number;
  /** The index of the line it stands in: in plain text, its paragraph. */
  readonly paragraph: number;
  /** The surname as written, lower case, without its possessive ending ("sutzkever"); none for a handle. */
  readonly spelling?: string;
  /** A lone surname listed with another of our people's ("Pachocki und Leike"): `TITLE` support from the list alone. */
  readonly listed?: boolean;
  /**
   * A namesake that names no one ahead of it: a firm's or a place's name ("Leike Tiles"), no person, or a bearer who
   * sets himself apart from ours ("Jan Leike – „nicht verwandt“") or from AI ("Robert Altman hatte mit KI nichts zu
   * tun").
   */
  readonly firm?: boolean;
  /** A lone surname right after or before a quotation mark: a spelling or a headline quoted (NICHT „Sutzkever“). */
  readonly quoted?: boolean;
  /** A lone surname after a man's courtesy title, as ordinary people are named: "Herr Pachocki", "Mr. Altman". */
  readonly courtesy?: boolean;
  /** A name after any title, with at most its first name between: "Dr. Katrin Leike", "Dr. Leike", „Frau Leike“. */
  readonly titled?: boolean;
  /**
   * A full name in a role of ordinary people's worlds: "Goaltender Sam Altman", "Jan Leike (Beisitzer)"; in a text
   * with no AI word, also as someone's relative ("their son Jakub Pachocki") or in a sentence about a namesake's
   * world ("Sam Altman went 3-for-3 with two RBIs").
   */
  readonly role?: boolean;
  /** A handle without its "@", judged as a lone surname but no namesake's: "sama said …" (`bare-handles.ts`). */
  readonly bare?: boolean;
  /** A lone surname or bare handle in lower case in a chat message: "sutskever just posted" (`chat-lines.ts`). */
  readonly chat?: boolean;
  /** A namesake on a data row, who names no one on the rows after it (`record-rows.ts`). */
  readonly dataRow?: boolean;
  /**
   * A namesake with the first name of one of our person's relatives and no kin word ("Annie Altman"): his relative
   * where the document has named him first (`surname-rules.ts`, round 76).
   */
  readonly kin?: boolean;
  /** A lone surname spelled as no one else is known by (`NameForms.distinctSurnames`): his wherever no namesake is. */
  readonly distinct?: boolean;
  /**
   * A lone surname written as the text writes a key in code or a data row's field ("columns: outlet, sutskever,
   * altman" above "outlet,sutskever,altman"): never shown, but it tells whom the data is about, as a mention would.
   */
  readonly key?: boolean;
  /**
   * A lone surname the learned model (`surname-model.ts`) is sure of: `likely` ours, `unlikely` ours. Either
   * overrules the surname rules' reading of it (round 25).
   */
  readonly likely?: boolean;
  readonly unlikely?: boolean;
}

/** What the surname rules read of a mention: all but where it stands in its text. */
export type MentionReading<Id extends string = string> = Omit<Mention<Id>, 'start' | 'end'>;

export interface MatchablePerson<Id extends string = string> {
  readonly id: Id;
  readonly names: NameForms;
}

export interface Matcher<Id extends string = string> {
  /**
   * Every candidate mention in `text`, in order. Lone surnames preceded by another first name, or that
   * are part of another name, come as namesakes; the other lone surnames are kept with their `support`,
   * for the surname rules to decide.
   */
  find(text: string): Mention<Id>[];
}

/** How far after a surname someone indefinite bears our story's event is read as told of him, in characters. */
const STORY_REACH = 25;

/** How far from a lone surname a context term still supports it, in characters. */
const SUPPORT_WINDOW = 300;

const POSSESSIVE_END = new RegExp(`(?:${APOSTROPHE}s|s${APOSTROPHE}?)$`, 'u');
const KIND_BY_LETTER = { f: 'full', h: 'handle', s: 'surname', o: 'namesake' } as const;
const INITIAL = lazyPattern(() => /^\p{L}\.\s*/u);
// A full name's first word, its first name, before another word.
const GIVEN = lazyPattern(() => /^(\p{L}+)\s+\p{L}/u);
// A first name and a surname written as one word ("SamAltman"), which only hashtags do: "janleike" in code is
// an identifier or an account name without its "@".
const JOINED = /^[^\s._-]+$/u;

const termPattern = (terms: readonly string[]) =>
  lazyPattern(() => `(?<!${WORD_CHAR})${anyOf(terms)}s?(?!${WORD_CHAR})`, 'giu');
const CONTEXT = termPattern(contextTerms);
const EMPLOYERS = termPattern(employerTerms);
const NAMESAKE_WORLD = termPattern(namesakeWorldTerms);
// Most texts with a name have none of these words: the large pattern is then never compiled (V8: 11.6 KB of native
// code on the bench's page of 10,000 names).
const NAMESAKE_WORLD_HINT = hintOf(namesakeWorldTerms);
const FINDING = termPattern(nameFindingVerbs);
const QUESTION_END = lazyPattern(() => /\?[\s"“”»)]*$/u);

const SPELLING_BEFORE = lazyPattern(() => String.raw`(?:^|[^\p{L}])${anyOf(spellingNouns)}[^\S\n]+["„“”«»‚]$`, 'iu');

// Round 27: the answer right after such a question gives the find to him: 'A: Because that article means him.',
// „Antwort: Weil der Artikel ihn meint.“ A tool's FAQ then explains a misprint of him as printed, not a string.
const ANSWERED_HIM = containingOneOf(
  ['him', 'ihn'],
  () =>
    /^[^.!?]{0,60}?(?<!\p{L})(?:(?:means|meant|is about|was about|refers to|is|was)[^\S\n]+him|(?:meint|meinte|betrifft)[^\S\n]+ihn|ihn[^\S\n]+(?:meint|meinte|betrifft))(?!\p{L})/iu,
);

/**
 * Whether the quoted name at `start` stands in a sentence [from, to) that asks how a tool finds a name in text
 * ("Erkennt NamenFinder auch „Sutzkever“?"), not after a noun that makes it a spelling of our person's name.
 */
function asksHowNameIsFound(text: string, start: number, from: number, to: number): boolean {
  const sentence = text.slice(from, to);
  if (!QUESTION_END().test(sentence) || SPELLING_BEFORE().test(text.slice(Math.max(from, start - 20), start))) {
    return false;
  }
  const finding = FINDING();
  finding.lastIndex = 0;
  if (!finding.test(sentence)) return false;
  return !ANSWERED_HIM.test(text.slice(to, to + 120));
}

/** Where `terms` stand in `text`, in order. */
function positionsOf(terms: RegExp, text: string): number[] {
  const positions: number[] = [];
  terms.lastIndex = 0;
  const subject = subjectFor(terms, text);
  for (let m = terms.exec(subject); m; m = terms.exec(subject)) positions.push(m.index);
  return positions;
}

/** Where the terms of a namesake's world stand in `text`, in order. */
const namesakeWorldIn = (text: string) => (NAMESAKE_WORLD_HINT.test(text) ? positionsOf(NAMESAKE_WORLD(), text) : []);

// A topic denied right before a term: "The show is not about OpenAI", "es geht nicht um OpenAI", "has nothing to do
// with OpenAI" (round 17).
const DENIED_TOPIC_BEFORE = endingInOneOf(
  ['about', 'um', 'with', 'mit'],
  () =>
    /(?:(?<!\p{L})(?:not|nicht|never|nie)[^\S\n]+(?:about|um)|(?:nothing|nichts)[^\S\n]+(?:to[^\S\n]+do[^\S\n]+)?(?:with|mit))[^\S\n]+$/iu,
);

// German word order puts the denial after the term: "hatte mit KI nichts zu tun", "mit OpenAI hat er nichts zu tun"
// (round 18).
const WITH_BEFORE = endingInOneOf(['mit'], () => /(?<!\p{L})mit[^\S\n]+$/iu);
// Built and run only where "nichts" stands after the term.
const NOTHING_HINT = hintOf(['nichts']);
const NOTHING_TO_DO_AFTER = lazyPattern(
  () => /^[^\s.!?]+(?:[^\S\n]+[^\s.!?]+){0,2}?[^\S\n]+nichts[^\S\n]+zu[^\S\n]+tun(?!\p{L})/iu,
);

const isNothingToDoAt = (after: string) => NOTHING_HINT.test(after) && NOTHING_TO_DO_AFTER().test(after);

/** Whether the term at `at` in `text` is a topic denied: "not about OpenAI", "hatte mit KI nichts zu tun". */
function isDeniedAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  return DENIED_TOPIC_BEFORE.test(before) || (WITH_BEFORE.test(before) && isNothingToDoAt(text.slice(at, at + 60)));
}

/**
 * Whether any of the sorted `positions` of terms in `text` lies in [from, to) and is not a topic denied: a lone
 * surname's sentence that says it is "not about OpenAI" does not speak of our people's world. With `denied`, whether
 * any there is one denied.
 */
function anyAffirmedIn(text: string, positions: readonly number[], from: number, to: number, denied = false): boolean {
  for (let i = firstIndexWhere(positions.length, (j) => positions[j]! >= from); positions[i]! < to; i++) {
    if (isDeniedAt(text, positions[i]!) === denied) return true;
  }
  return false;
}

// What parts the items of a line of searches or links: "pachocki openai five · jakub pachocki dentist milwaukee".
const ITEM_SEPARATORS = ['·', '•'];

/** The item of the sentence [from, to) that holds [start, end): the sentence, or its part between separators. */
function itemBounds(text: string, start: number, end: number, [from, to]: readonly [number, number]) {
  let [itemFrom, itemTo] = [from, to];
  for (const separator of ITEM_SEPARATORS) {
    const before = text.slice(from, start).lastIndexOf(separator);
    const after = text.slice(end, to).indexOf(separator);
    if (before !== -1) itemFrom = Math.max(itemFrom, from + before + 1);
    if (after !== -1) itemTo = Math.min(itemTo, end + after);
  }
  return [itemFrom, itemTo] as const;
}

const TURN_HINT = hintOf(turnPhrases);
const TURN = lazyPattern(() => `(?<!${WORD_CHAR})${anyOf(turnPhrases)}(?!${WORD_CHAR})`, 'iu');

/**
 * Where the words that may support the lone surname ending at `end` end in its sentence, which ends at `to`, in a text
 * with a turn: at a turn after it ("…, until I realised …"), whose AI words speak of a mistake (round 18), else at the sentence's end.
 */
function supportEnd(text: string, end: number, to: number): number {
  const turn = TURN().exec(text.slice(end, to));
  return turn ? end + turn.index : to;
}

/** Whether any of the sorted `positions` lies in [from, to). */
function anyIn(positions: readonly number[], from: number, to: number): boolean {
  const lo = firstIndexWhere(positions.length, (i) => positions[i]! >= from);
  return lo < positions.length && positions[lo]! < to;
}

const KIND_BY_READING: Record<LoneSurnameReading, MentionKind | undefined> = {
  namesake: 'namesake',
  firm: 'namesake',
  relative: 'relative',
  kin: 'namesake',
  plural: undefined,
  word: undefined,
  inverted: 'full',
  title: 'surname',
  surname: 'surname',
};

// What joins the names of a list: "Sutskever, Leike und Pachocki", "Altman · Sutskever", "Leike/Altman"; also
// after a count, in a table of counts: "Leike 312, Sutskever 288".
const LIST_JOIN = /^(?:[^\S\n]+\d+(?:[.,]\d{3})*)?(?:\s*[,;·•|/&+]\s*|\s+(?:and|und|or|oder|sowie|&)\s+)$/u;

/** A candidate as the loop finds it, in the offsets of the text without invisible characters. */
interface Found<Id extends string> {
  readonly person: Id;
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  support: Support;
  readonly sentence: number;
  readonly paragraph: number;
  readonly spelling?: string;
  firm?: boolean;
  listed?: boolean;
  readonly quoted?: boolean;
  readonly courtesy?: boolean;
  readonly titled?: boolean;
  role?: boolean;
  readonly bare?: boolean;
  readonly chat?: boolean;
  readonly dataRow?: boolean;
  readonly distinct?: boolean;
  readonly kin?: boolean;
  key?: boolean;
}

// Quotation marks, not apostrophes, which may end a possessive: "Sutzkever", „Sutzkever“, «Altman».
const QUOTE = /["„“”«»‚]/u;
// A quoted spelling is capitalised: a lower-case quoted name is a key or a query in code ("altman").
const UPPER_START = /^\p{Lu}/u;

/** Whether the capitalised name at [start, end) stands right after or before a quotation mark. */
const isQuoted = (text: string, start: number, end: number) =>
  UPPER_START.test(text[start]!) && (QUOTE.test(text[start - 1] ?? '') || QUOTE.test(text[end] ?? ''));

// An academic title may stand between: "Herr Dr. Leike" (round 19).
const COURTESY_BEFORE = endingInOneOf(
  [...courtesyTitles, ...academicTitles],
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])${anyOf(courtesyTitles)}\.?[^\S\n]+(?:${anyOf(academicTitles)}\.?[^\S\n]+)?$`,
      'iu',
    ),
);

/** Whether a man's courtesy title stands right before `start`: "Herr Pachocki", "Mr. Altman", "Herr Dr. Leike". */
const hasCourtesyTitle = (text: string, start: number) =>
  COURTESY_BEFORE.test(text.slice(Math.max(0, start - 18), start));

// A club office or a sports position right before a full name, or first in brackets after it; "-in" for a woman's.
const ROLE = `${anyOf(otherWorldRoles)}(?:in)?`;
const ROLE_BEFORE = endingInOneOf(
  [...otherWorldRoles, ...otherWorldRoles.map((role) => `${role}in`)],
  () => new RegExp(String.raw`(?:^|[^\p{L}])${ROLE}[^\S\n]+$`, 'iu'),
);
const ROLE_AFTER = new RegExp(String.raw`^[^\S\n]*\(${ROLE}(?![\p{L}])`, 'iu');

// What `ROLE_AFTER` and `NOT_THAT_ONE_AFTER` start with. Most names have no bracket after them, and the two large
// patterns are then never compiled (V8: 30 and 24 KB of native code on the bench's page of 10,000 names).
const BRACKET_NEXT = /^[^\S\n]*\(/;
// The patterns read one-byte copies where they can: their two-byte code is 4-5 times larger (ROLE_BEFORE: 109 KB).
const oneByteAfter = (text: string, end: number, length: number) => oneByte(text.slice(end, end + length));

/** Whether the full name at [start, end) stands in a role of ordinary people's worlds: "Goaltender Sam Altman". */
const hasOtherWorldRole = (text: string, start: number, end: number) =>
  ROLE_BEFORE.test(oneByte(text.slice(Math.max(0, start - 24), start))) ||
  (BRACKET_NEXT.test(text.slice(end, end + 24)) && ROLE_AFTER.test(oneByteAfter(text, end, 24)));

// "(no, not that one …)", "(nicht der von Anthropic)" right after a full name.
const NOT_THAT_ONE_AFTER = new RegExp(
  String.raw`^[^\S\n]*\([^\S\n]*(?:(?:no|nein)[,;]?[^\S\n]+)?${anyOf(notThatOnePhrases)}(?![\p{L}])`,
  'iu',
);

/** The surname of `surnames` (lower case) that `written` ends with, possessive ending or not: its spelling. */
function spellingOf(written: string, surnames: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  const bare = lower.replace(POSSESSIVE_END, '');
  let found: string | undefined;
  for (const surname of surnames) {
    if ((bare.endsWith(surname) || lower.endsWith(surname)) && surname.length > (found?.length ?? 0)) found = surname;
  }
  return found;
}

/** Whether `written` is one of `ours` (lower case), capitalised, possessive or not: no misprint, no query's word. */
const isSpeltAsOurs = (written: string, ours: ReadonlySet<string>) =>
  written[0] !== written[0]!.toLowerCase() && ours.has(written.toLowerCase().replace(POSSESSIVE_END, ''));

/** Whether [from, to) is spaces on one line between two lower-case words: a query's "altman sutskever". */
const isLowerPairGap = (text: string, from: number, to: number) =>
  to > from &&
  text.slice(from, to).trim() === '' &&
  !text.slice(from, to).includes('\n') &&
  text[from - 1] !== text[from - 1]!.toUpperCase() &&
  text[to] !== text[to]!.toUpperCase();

/**
 * A lone surname listed with another of our people's names is theirs as surely as under its employer's
 * title: "zwischen Sutskever, Leike und Pachocki", "Altman · Sutskever · Leike". So is one that a lower-case query
 * pairs with another of ours: "altman sutskever board" (round 19).
 */
function markLists<Id extends string>(text: string, found: Found<Id>[]): void {
  const listed = (a: Found<Id> | undefined, b: Found<Id> | undefined) =>
    a !== undefined &&
    b !== undefined &&
    a.person !== b.person &&
    !isSomeoneElse(a.kind) &&
    !isSomeoneElse(b.kind) &&
    (LIST_JOIN.test(subjectFor(LIST_JOIN, text).slice(a.end, b.start)) ||
      (a.kind === 'surname' && b.kind === 'surname' && isLowerPairGap(text, a.end, b.start)));
  found.forEach((f, i) => {
    if (f.kind === 'surname' && f.support < SUPPORT.TITLE && (listed(found[i - 1], f) || listed(f, found[i + 1]))) {
      f.support = SUPPORT.TITLE;
      f.listed = true;
    }
  });
}

/**
 * A lone surname in a sentence that tells an event of our story between two of our people ("Sutskever voted to remove
 * Altman", „Warum war Sutskever bei der Abstimmung gegen Altman dabei?“) has its evidence in its own sentence, with our
 * people's employer's weight: a namesake named sentences before, across a heading ("Altman, R. (1975). Nashville. Yes,
 * a different Altman"), does not take it (round 20).
 */
function markStoryPairs<Id extends string>(text: string, found: Found<Id>[], sentences: Sentences): void {
  const ours = found.filter((f) => !isSomeoneElse(f.kind));
  const fullyNamed = new Set(found.filter((f) => f.kind === 'full').map((f) => f.person));
  for (const f of found) {
    if (f.kind !== 'surname' || f.support >= SUPPORT.EMPLOYER || f.bare) continue;
    const paired = ours.some((g) => g.sentence === f.sentence && g.person !== f.person);
    if (!paired && (f.support >= SUPPORT.SENTENCE || !fullyNamed.has(f.person))) continue;
    if (!tellsOurStory(text.slice(...sentences.bounds(f.sentence)))) continue;
    // Round 43: alone in its sentence, an event of the story speaks of our world as an AI word would, where the
    // document names him in full: "he was the one who voted to fire Altman in november" in a family chat that began
    // with the director.
    f.support = paired ? SUPPORT.EMPLOYER : SUPPORT.SENTENCE;
  }
}

/**
 * A lone surname that our person's handle or full name follows on its line, nothing between denying or relating them,
 * names him twice ("Bonus: Altman's account on X? (@sama)"): identified as a title or a list identifies him, which a
 * namesake named lines before does not outweigh (round 23, `named-again.ts`).
 */
function markNamedAgain<Id extends string>(text: string, found: Found<Id>[]): void {
  // One pass from the end, each person's next mention at hand: a page of thousands of surnames costs thousands of steps.
  const next = new Map<Id, Found<Id>>();
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    const g = next.get(f.person);
    next.set(f.person, f);
    // A quoted surname is a string or a spelling ('searched "altman player" … pages about Sam Altman').
    if (f.kind !== 'surname' || f.support >= SUPPORT.TITLE || f.bare || f.quoted || !g) continue;
    // A full name spelled otherwise is another bearer set beside it ("the poet is Sutzkever, the scientist Ilya
    // Sutskever").
    const again = g.kind === 'handle' || (g.kind === 'full' && g.spelling === f.spelling);
    if (again && g.start - f.end <= NAMED_AGAIN_REACH && namesSameManAfter(text.slice(f.end, g.start))) {
      f.support = SUPPORT.TITLE;
    }
  }
}

// "lists Sutskever as "Sutzkever"": a surname and the quoted spelling it is given as.
const RESPELLED_AS = lazyPattern(() => /^[^\S\n]+(?:as|als)[^\S\n]+["„“«‚]$/u);

/**
 * A lone surname given as a quoted other spelling of it ("the index lists Sutskever as "Sutzkever""): both are the
 * person, the one by his spelling, the other as some write it, however near the namesake's world the sentence goes.
 */
function markRespellings<Id extends string>(text: string, found: Found<Id>[], canonical: ReadonlySet<string>): void {
  // A lone surname said of the spelling of the name of one of ours whom the text names first, and in full (round 20):
  // not in a text about the namesake ("Abraham Sutzkever … Die Schreibung „Sutzkever“ folgt dem YIVO-Standard").
  const named = new Set<Id>();
  const first = new Set<Id>();
  for (const f of found) {
    if (!first.has(f.person) && f.kind === 'full') named.add(f.person);
    first.add(f.person);
  }
  // A misprint set against his surname as spelt, unquoted: „Sutskever, nicht Sutzkever“, "Sutzkever or Sutskever?"
  // (round 24). Both are his name, the one as spelt, the other as some print it, unless a namesake's world follows the
  // misprint in its sentence ("Sutskever, not Sutzkever (that's the poet)"). The correction names him as a full name
  // would: a misprint said of the spelling after it is his too.
  for (let i = 1; i < found.length; i++) {
    const [f, g] = [found[i - 1]!, found[i]!];
    if (f.kind !== 'surname' || g.kind !== 'surname' || f.person !== g.person || f.quoted || g.quoted) continue;
    if (f.spelling === g.spelling || !isSetAgainstMisprint(text, f, g, canonical)) continue;
    f.support = g.support = SUPPORT.TITLE;
    named.add(f.person);
  }
  for (const f of named.size ? found : []) {
    if (f.kind === 'surname' && named.has(f.person) && isSaidOfSpelling(text, f.start, f.end))
      f.support = SUPPORT.TITLE;
  }
  for (let i = 1; i < found.length; i++) {
    const [f, g] = [found[i - 1]!, found[i]!];
    if (f.kind !== 'surname' || g.kind !== 'surname' || f.person !== g.person || !g.quoted) continue;
    if (RESPELLED_AS().test(text.slice(f.end, g.start))) f.support = g.support = SUPPORT.TITLE;
    // A correction's shape: the right spelling unquoted, the wrong one quoted after "not" ("It's Sutskever, not
    // "Sutzkever" (that's the poet)", „Richtig ist Sutskever, nicht „Sutzkever““; round 22). The right one names the
    // person the text writes about, whatever namesake bears the wrong one, which stays as read.
    else if (!f.quoted && f.spelling !== g.spelling && CORRECTED_AGAINST().test(text.slice(f.end, g.start))) {
      f.support = SUPPORT.TITLE;
    }
  }
}

// "X, not "Y"", „X, nicht „Y““: between a right spelling and the quoted wrong one.
const CORRECTED_AGAINST = lazyPattern(() => /^,?[^\S\n]+(?:not|nicht)[^\S\n]+["„“«‚]$/iu);
// "X, not Y", „X, nicht Y“, "X or Y", „X oder Y“: between two unquoted spellings of one surname.
const SET_AGAINST = lazyPattern(() => /^(?:,?[^\S\n]+(?:not|nicht|statt)|[^\S\n]+(?:or|oder))[^\S\n]+$/iu);

/**
 * Whether the unquoted surnames `f` and `g`, spelt otherwise, are set against each other as spellings of one name:
 * "X, not Y" with his spelling first, or "X or Y" either way round; and no namesake's world follows in the sentence.
 */
function isSetAgainstMisprint<Id extends string>(
  text: string,
  f: Found<Id>,
  g: Found<Id>,
  canonical: ReadonlySet<string>,
): boolean {
  const between = text.slice(f.end, g.start);
  if (!SET_AGAINST().test(between)) return false;
  const spelt = (h: Found<Id>) => isSpeltAsOurs(text.slice(h.start, h.end), canonical);
  if (!spelt(f) && !(/^[^\S\n]+o/u.test(between) && spelt(g))) return false;
  const rest = text.slice(g.end, g.end + 60);
  const stop = rest.search(/[.!?\n]/u);
  return !NAMESAKE_WORLD_HINT.test(stop === -1 ? rest : rest.slice(0, stop));
}

/**
 * Gives a role of ordinary people's worlds to the full names of those of `found` whom a text with no AI word treats
 * as ordinary people (`ordinaryCast`), or whose full name it once gives an ordinary life (`signed`), unless the text
 * tells our story: the document then reads them as namesakes (namesakesInOtherRoles).
 */
function markOrdinaryCast<Id extends string>(text: string, found: Found<Id>[], signed?: ReadonlySet<Id>): void {
  const names = found
    .filter((f) => f.kind === 'full' || f.kind === 'surname')
    .map((f) => {
      // An inverted name ("Altman, Sam") is read as its surname alone, and has no first word before another.
      const written = text.slice(f.start, f.end);
      const given = f.kind === 'full' ? GIVEN().exec(written)?.[1] : undefined;
      const surname = given === undefined ? undefined : keyOf(written.split(/\s/u).pop()!);
      return { person: f.person, start: f.start, end: f.end, given, surname };
    });
  const ordinary = ordinaryCast(text, names);
  // A full name given a life of its own once, its bearer is the same neighbour wherever the text names him again:
  // "2. Jan Leike, 38, Schreinermeister" … "Jan Leike will sich für … einsetzen" (round 23).
  for (const person of signed ?? []) ordinary.add(person);
  if (!ordinary.size || tellsOurStory(text)) return;
  for (const f of found) if (f.kind === 'full' && ordinary.has(f.person)) f.role = true;
}

/** The people `found` names in full or by handle. */
const namedInFull = <Id extends string>(found: readonly Found<Id>[]) =>
  new Set(found.filter((f) => f.kind === 'full' || f.kind === 'handle').map((f) => f.person));

/**
 * `found` without the lone surnames in `cited` that cite a paper of one of ours who writes none: a namesake's, the
 * statistician's or the economist's, whatever its sentence says of AI; unless the text names him in full, where it is
 * the post he signed first: "(Altman et al., 2023)" under "Sam Altman, Greg Brockman and Ilya Sutskever" (round 28).
 */
function withoutCitedNamesakes<Id extends string>(found: Found<Id>[], cited: ReadonlySet<Found<Id>>): Found<Id>[] {
  const inFull = namedInFull(found);
  return found.filter((f) => !cited.has(f) || inFull.has(f.person));
}

/**
 * `found` without the lone surnames on an attendance line (`onAttendance`) that are not listed with another of ours,
 * and without that member's other lone surnames that only the text supports: the minutes name the same member again
 * ("Present: … S. Altman …" … "Treasurer's report (S. Altman)" … "Altman noted that …"), whatever else they say of AI
 * elsewhere (round 26). One whose sentence speaks of AI is read as before.
 */
function withoutMembers<Id extends string>(found: Found<Id>[], onAttendance: ReadonlySet<Found<Id>>): Found<Id>[] {
  const members = new Set([...onAttendance].filter((f) => !f.listed).map((f) => f.person));
  return found.filter(
    (f) =>
      f.listed ||
      !(onAttendance.has(f) || (f.kind === 'surname' && members.has(f.person) && f.support < SUPPORT.SENTENCE)),
  );
}

/** How many sentences after a lone surname a question which bearer it meant may stand: the chat's next lines. */
const WHICH_REACH = 2;

/**
 * `found` without the lone surnames that a question right after asks which bearer they meant ("did everyone finish the
 * altman book?" … "which altman lol" … "the robert altman biography"), when the next name of that person after the
 * question, its answer, is not ours: the one asked about is the answer's (round 20). With no answer, or ours as the
 * answer ("which altman?" "sam altman, obviously"), it stays as read.
 */
function withoutAskedWhich<Id extends string>(text: string, found: Found<Id>[]): Found<Id>[] {
  let asked: Set<Found<Id>> | undefined;
  found.forEach((f, i) => {
    if (f.kind !== 'namesake' || !isAskedWhich(text, f.start)) return;
    const before = found.slice(0, i).findLast((g) => g.person === f.person);
    const answer = found.slice(i + 1).find((g) => g.person === f.person);
    if (
      before?.kind === 'surname' &&
      before.support < SUPPORT.SENTENCE &&
      f.sentence - before.sentence <= WHICH_REACH &&
      answer !== undefined &&
      answer.kind !== 'full' &&
      answer.kind !== 'handle' &&
      answer.support < SUPPORT.TITLE
    ) {
      (asked ??= new Set()).add(before);
    }
  });
  return asked ? found.filter((f) => !asked!.has(f)) : found;
}

/**
 * `found` without the lone surnames of `worlds`, sentences about a namesake's world (films, poems, a league) with
 * no AI word, unless the sentence names one of ours in full ("Sutskever's farewell post, his successor Jakub
 * Pachocki … under a poet's spelling") or lists them.
 */
function withoutNamesakeWorlds<Id extends string>(found: Found<Id>[], worlds: Set<number>): Found<Id>[] {
  for (const f of found) if (f.kind === 'full') worlds.delete(f.sentence);
  return found.filter(
    (f) => f.kind !== 'surname' || f.listed || f.support >= SUPPORT.SENTENCE || !worlds.has(f.sentence),
  );
}

// Words by which a titled man is set apart from ours: his namesake, or a denial of kinship ("he is not related to the
// OpenAI CEO").
const SET_APART_WORDS = [...namesakeNouns, ...unrelatedPhrases];
const NAMESAKE_NOUN_HINT = hintOf(SET_APART_WORDS);
const NAMESAKE_NOUN = lazyPattern(() => `(?<!${WORD_CHAR})${anyOf(SET_APART_WORDS)}`, 'iu');

/**
 * `found` without the lone surnames after a man's courtesy title of a person whom a sentence with one of them says
 * has a namesake or is not related to ours: "der Kurs von Herrn Leike … Herr Leike möchte betonen, dass er mit seinem
 * Namensvetter weder verwandt noch bekannt ist" speaks of the teacher, not of ours (round 17). So do those of a
 * person the text has once titled plainly as someone ordinary, `ordinary` (round 19): "Anwesend: …, Herr Dr. Leike
 * (Betreuung) … Herr Dr. Leike besorgt Papier". Not where the text names a bearer of the surname's doubled spelling
 * ("Abg. Altmann: … zu Herrn Altman – nicht verwandt"): the denial is his, and sets ours apart (round 27).
 */
function withoutTitledNamesakes<Id extends string>(
  text: string,
  found: Found<Id>[],
  sentences: Sentences,
  ordinary: ReadonlySet<Id> = new Set(),
): Found<Id>[] {
  const titledNamesakes = new Set<Id>(ordinary);
  for (const f of NAMESAKE_NOUN_HINT.test(text) ? found : []) {
    if (
      f.courtesy &&
      NAMESAKE_NOUN().test(text.slice(...sentences.bounds(f.sentence))) &&
      !namesDoubledSpelling(text, [keyOf(text.slice(f.start, f.end))])
    ) {
      titledNamesakes.add(f.person);
    }
  }
  return titledNamesakes.size ? found.filter((f) => !(f.courtesy && titledNamesakes.has(f.person))) : found;
}

/** How many of our people a text's keys must name to make it a table about them. */
const KEYED_CAST = 2;

/** A lower-case name as a key: without its possessive ending. */
const keyOf = (written: string) => written.replace(POSSESSIVE_END, '');

/**
 * Flags the lone surnames written in lower case as the text writes its `keys`: the same key named in a comment or
 * a note on the data ("# columns: outlet, articles, sutskever, altman", "unter sutskever mitgezählt").
 */
function markKeys<Id extends string>(
  text: string,
  found: Found<Id>[],
  keys: ReadonlySet<string>,
  keyed: ReadonlySet<Id>,
  onStorySearchLine: (text: string, f: Found<Id>) => boolean,
): void {
  const people = new Set(keyed);
  for (const f of found) {
    const written = text.slice(f.start, f.end);
    // A handle without its "@" is written in lower case in prose too ("when sama replied to Leike"; round 18): its
    // spelling tells no key from prose, and `bareHandleAt` has found it in prose.
    // A search page's related searches about our story are searches for our people, though its query box quotes the
    // surname as code quotes a key ('Search: "sutskever"' above "sutskever leike · sutskever hinton"; round 22).
    // Round 70: so is a quoted query of several words in a search export keyed by the bare surname ('{"q": "leike"}',
    // '{"q": "leike resigned grund"}'): the words a reader typed, read as prose is read.
    if (
      f.kind === 'surname' &&
      !f.bare &&
      written === written.toLowerCase() &&
      keys.has(keyOf(written)) &&
      !onStorySearchLine(text, f) &&
      !isInQuotedQuery(text, f.start, f.end)
    ) {
      f.key = true;
      people.add(f.person);
    }
  }
  // Data whose keys name `CAST` of our people is about them, and its comment lines are prose about them: "# note:
  // techwire ran a profile of Jakub Pachocki", "# Summe Leike: 21". A full name there needs no AI word, and a
  // capitalised surname that is one of the keys is the person the key counts.
  if (people.size < KEYED_CAST) return;
  for (const f of found) {
    if (isSomeoneElse(f.kind) || f.key) continue;
    if (f.kind !== 'surname' || keys.has(keyOf(text.slice(f.start, f.end).toLowerCase()))) f.support = SUPPORT.TITLE;
  }
}

/** The most support any mention of `person` in `found` has that is not someone else's. */
const supportOf = <Id extends string>(found: readonly Found<Id>[], person: Id): Support =>
  found.reduce<Support>(
    (most, f) => (f.person === person && !isSomeoneElse(f.kind) && !f.role && f.support > most ? f.support : most),
    SUPPORT.NONE,
  );

/** Whether `f` is a namesake's surname inside the quoted misprint of a full name `m`. */
const isCoveredNamesake = <Id extends string>(f: Found<Id>, m: Misspelling) =>
  f.kind === 'namesake' && !m.prose && m.start <= f.start && f.end <= m.end && m.start < f.start;

/**
 * `found` with the quoted misspellings of the surnames of the people it names in full ('not "Pachoki"', „Jakob
 * Pachoki“), as quoted lone surnames, or full names with our person's first name, in order.
 */
function withMisspellings<Id extends string>(
  text: string,
  found: Found<Id>[],
  people: readonly MatchablePerson<Id>[],
  misspellings: ReturnType<typeof createMisspellingFinder>,
  sentences: Sentences,
  isFamilysParagraph: (start: number, end: number) => boolean,
): Found<Id>[] {
  // By handle too (round 17): "@merettm … asking whether the chief scientist is "Pachoki"".
  const fullyNamed = namedInFull(found);
  // By surname only, a quoted misprint of his full name, our first name with it: 'called him "Jakub Pachoki". It's
  // Pachocki.' (round 19).
  const named = new Set(found.filter((f) => !isSomeoneElse(f.kind)).map((f) => f.person));
  // Round 22: a quoted misprint of a full name, our first name with it, names him in a text about another of ours
  // too: „Sutskever … wartet, bis ihr „Jan Leicke“ lest“. So all are looked for, and the others kept only so.
  const among = new Set(people.map((_, i) => i));
  const quotedFull = (m: Misspelling) => named.size > 0 && !m.prose && /\s/u.test(text.slice(m.start, m.end));
  // Round 21 (decision): by his surname, unquoted, in the misprint's paragraph or the line above it, as a chat answers:
  // 'It's Pachocki. I've seen "Pachoki"', „„Pachoki“ → Pachocki“. A surname only quoted there is a catalogue's or a
  // tool's string, not him named.
  const namedInParagraph = (person: Id, at: number) => {
    const paragraph = sentences.paragraphOf(sentences.indexAt(at));
    return found.some(
      (f) =>
        f.person === person &&
        f.kind === 'surname' &&
        !f.quoted &&
        f.support > SUPPORT.NONE &&
        [paragraph, paragraph - 1].includes(sentences.paragraphOf(f.sentence)),
    );
  };
  // Round 23: his surname spelled right, unquoted, with AI words near it, names him as his full name does: a comment's
  // „Pachoki oder so?“ in a thread that writes „Pachocki … bei OpenAI“; quoted right in the misprint's sentence too,
  // as a correction sets the two side by side („einheitlich „Pachocki“, in der Meldung stand „Pachoki““).
  // Round 72: the correction's right spelling, quoted in its sentence, needs only AI words in the text where the text
  // also names him so unquoted, as its own mention does: 'please spell it "Pachocki", the draft has "Pachoki" twice'
  // under "Pachocki named the same day". Not a list of a family's spellings, „"Sutskever", "Sutzkever" … turn up“.
  const spelledRight = (m: Misspelling) => {
    const { id, names } = people[m.person]!;
    const spelling = names.surnames[0]!.toLowerCase();
    const sentence = sentences.indexAt(m.start);
    const ofHim = found.filter((f) => f.person === id && f.kind === 'surname' && f.spelling === spelling);
    const namedUnquoted = ofHim.some((f) => !f.quoted && f.support > SUPPORT.NONE);
    return ofHim.some((f) =>
      f.quoted && f.sentence === sentence
        ? f.support >= SUPPORT.NEAR || (namedUnquoted && f.support > SUPPORT.NONE)
        : f.support >= SUPPORT.NEAR && !f.quoted,
    );
  };
  const added = misspellings(text, among).filter(
    (m) =>
      (named.has(people[m.person]!.id) || quotedFull(m)) &&
      (fullyNamed.has(people[m.person]!.id) ||
        /\s/u.test(text.slice(m.start, m.end)) ||
        (m.prose && spelledRight(m)) ||
        (!m.prose &&
          (namedInParagraph(people[m.person]!.id, m.start) || spelledRight(m)) &&
          !isQuotedStringAt(text, m.start, m.end))) &&
      // Nor a lone one that code holds as data, or a tool flags or counts as a string: a correction table's `"Pachoki":
      // "Pachocki"`, 'flags the string "Pachoki"' (round 48); nor one a pattern holds, `ILIKE '%pachocky%'` (round 70);
      // round 70: nor a people table's short form of its own record's person, `"short": "Leiker"`; round 74: nor one a
      // search list is extended by, „Suchliste um „Pachoki“ erweitern“.
      (/\s/u.test(text.slice(m.start, m.end)) ||
        !(
          isDataString(text, m.start, m.end) ||
          isInPattern(text, m.start, m.end) ||
          isDisplayString(text, m.start, m.end) ||
          isExtendingStringList(text, m.start) ||
          isNameAsWord(text, m.start, m.end, lowerSet(people[m.person]!.names.given))
        )) &&
      // Nor one in a path or a file's name, as a spelling right is not (round 54): "rename img/pachoki-headshot.jpg".
      !isInPathLikeToken(text, m.start, m.end) &&
      // Round 68: nor one in a family history's paragraph of its families, where a lone surname is the family's too (round
      // 18): "the census lists the household as Pachocki, Pachotski and Pachoki" above a reply on ours.
      !isFamilysParagraph(m.start, m.end) &&
      // In prose, only where his other mentions have our world's support (round 21): a misspelt namesake in a
      // family's records ("Found a Jakub Pachocky, laborer") is no more ours than the family's names are.
      (!m.prose || supportOf(found, people[m.person]!.id) > SUPPORT.NONE) &&
      // A lone one quoted too, only where a mention of him stands outside ordinary people's roles (round 53): a club's
      // news that names its player „Jan Leike“ corrects „Leicke“ on its score sheets, the player's name.
      (/\s/u.test(text.slice(m.start, m.end)) ||
        found.some((f) => f.person === people[m.person]!.id && !isSomeoneElse(f.kind) && !f.role)) &&
      !found.some((f) => f.start < m.end && m.start < f.end && !isCoveredNamesake(f, m)),
  );
  if (!added.length) return found;
  // A quoted misprint of his full name takes the place of the namesake its misspelt first name made of his surname:
  // "Jakóbem Pachockim" (round 24).
  found = found.filter((f) => !added.some((m) => isCoveredNamesake(f, m)));
  const more = added.map((m): Found<Id> => {
    const sentence = sentences.indexAt(m.start);
    const full = /\s/u.test(text.slice(m.start, m.end));
    return {
      person: people[m.person]!.id,
      start: m.start,
      end: m.end,
      kind: full ? 'full' : 'surname',
      // Quoted, the text gives it as his name; in prose, it is read as his other mentions there are.
      support: m.prose ? supportOf(found, people[m.person]!.id) : SUPPORT.TITLE,
      sentence,
      paragraph: sentences.paragraphOf(sentence),
      spelling: m.spelling,
      quoted: !full,
    };
  });
  return [...found, ...more].sort((a, b) => a.start - b.start);
}

export function createMatcher<Id extends string>(people: readonly MatchablePerson<Id>[]): Matcher<Id> {
  const nextName = createNameScanner(people);
  /** Whether `text` names `STORY_CAST` or more of our people in full. */
  const namesStoryCast = (text: string) => {
    const cast = new Set<number>();
    for (let m = nextName(text, 0); m && cast.size < STORY_CAST; m = nextName(text, m.index + m.text.length)) {
      if (m.group.endsWith('f')) cast.add(personOf(m.group));
    }
    return cast.size >= STORY_CAST;
  };
  const misspellings = createMisspellingFinder(people);
  const ourSurnames = people.flatMap((p) => p.names.surnames);
  const ourSet = lowerSet(ourSurnames);
  // Each surname as his own texts spell it, without the misprints and case forms the knowledge also gives.
  const canonical = lowerSet(people.map((p) => p.names.surnames[0] ?? ''));
  // Round 26: and as another script writes it ("Пахоцкий", "סוצקבר"): how that language spells him, no misprint and no
  // query's word, whatever its sentence says of its sound.
  const otherScripts = lowerSet(ourSurnames.filter(isOtherScript));
  const readers = people.map((p) => createLoneSurnameReader(p.names, ourSurnames));
  const nicknames = people.map((p) => createNicknameReader(p.names));
  const gluedNames = people.map((p) => createGluedNameReader(p.names));
  const surnames = people.map((p) => p.names.surnames.map((s) => s.toLowerCase()));
  const givenOf = new Map(people.map((p) => [p.id, lowerSet(p.names.given)]));
  // Round 73: each person's first names and surnames, in lower case, by which a gloss names his relative.
  const ownNames = people.map((p) => lowerSet([...p.names.given, ...p.names.surnames]));
  const bareHandles = people.map((p) => lowerSet(p.names.bareHandles));
  const writesPapers = people.map((p) => p.names.writesPapers);
  const distinctSpellings = people.map((p) => lowerSet(p.names.distinctSurnames ?? []));
  // A line of searches a search page sets off with its dots ("sutskever leike · sutskever net worth"), not a data
  // row's commas or semicolons.
  const onStorySearchLine = (text: string, f: Found<Id>) =>
    lineAround(text, f.start, f.end, 300).some((side) => /[·•]/u.test(side)) &&
    isStorySearchLine(text, f.start, f.end, givenOf.get(f.person)!, ourSet);

  return {
    find(original) {
      const { text, toOriginal } = stripInvisible(original);
      // These read the whole text, and most texts name nobody: found on the first candidate only.
      let inAddress: ((start: number, end: number) => boolean) | undefined;
      let context: number[] | undefined;
      let employers: number[] | undefined;
      let namesakeWorld: number[] | undefined;
      // Read only of a text with a full name and no AI word: whether it is a changelog's (round 20).
      let changelog: boolean | undefined;
      // The sentences about a namesake's world that have a lone surname: unless they name one of ours in full.
      let namesakeWorldSentences: Set<number> | undefined;
      // The people whose first full name here introduced a namesake's own story (round 27).
      let introduced: Set<Id> | undefined;
      // Round 71: the people whose last full name here was given a namesake's life, by where it ended.
      let livesHere: Map<Id, number> | undefined;
      // Read only of a text with no AI word: whether it is a family history or a club's or family's news (null: none).
      let ordinaryWorld: OrdinaryWorld | null | undefined;
      let plainlyOrdinary: boolean | undefined;
      const ordinaryWorldHere = () => (ordinaryWorld ??= ordinaryWorldOf(text) ?? null);
      // Whether it is a family history, whatever else it speaks of: asked of a text with AI words (round 18).
      let familyHistory: boolean | undefined;
      const familyHistoryHere = () => (familyHistory ??= isFamilyHistory(text));
      // Whether a name's paragraph is about an ordinary world, a craft's, a farm's, an obituary's, with no AI word
      // (round 20).
      // Round 52: nor is one that names three or more of ours in full, the cast of our story: a newsroom's count of
      // its articles on them, whose „Treffer“ and „Newsletter“ are a club's words too.
      let everyday: ((start: number, end: number) => boolean) | undefined;
      const isEverydayHere = (start: number, end: number) =>
        (everyday ??= everydayParagraphs(text, context!, (p) => tellsOurStory(p) || namesStoryCast(p)))(start, end);
      // Round 75: a surname that opens a record of a person with no AI word on its row, a club's member list or its
      // results ("0207;Leike;Jan;2003;Bogen", "Leike, Jan - 3:12"), names the member, whatever the text says of AI
      // elsewhere; a record of ours names his employer on the row ("Sutskever,Ilya,OpenAI,2015").
      // Its member is the one the text names in full again, where it tells no story of ours ("Thanks to Sam Altman
      // for the marshalling"), as one given an ordinary life is.
      const isOrdinaryRecord = (start: number, end: number, person: Id) => {
        const row = personRecordRow(text, start, end);
        if (row === undefined || anyIn((context ??= positionsOf(CONTEXT(), text)), ...row)) return false;
        (signedOrdinary ??= new Set()).add(person);
        return true;
      };
      // Our people whose surname the text gives once to a titled man plainly someone ordinary (round 19).
      let ordinaryTitled: Set<Id> | undefined;
      // Our people whose full name the text gives an ordinary life of its own, an age, a trade, a results line, where
      // its item has no AI word (round 23).
      let signedOrdinary: Set<Id> | undefined;
      // The lone surnames on an attendance line with no AI word: dropped unless listed with another of ours.
      let onAttendance: Set<Found<Id>> | undefined;
      // The namesakes quoted as items of a list in code or data: `exclude: - "Robert Altman"` (round 20).
      let listItems: Found<Id>[] | undefined;
      // The lone surnames that cite a paper's first author, of ours who write none (round 28).
      let cited: Set<Found<Id>> | undefined;
      // Whether the text has a turn by which a writer sees that someone else was meant (round 18).
      let turns: boolean | undefined;
      let sentences: Sentences | undefined;
      // The lower-case names the text uses as keys in code or fields of data rows ("sutskever,1874").
      let keys: Set<string> | undefined;
      let keyed: Set<Id> | undefined;
      let found: Found<Id>[] = [];
      for (let m = nextName(text, 0); m; m = nextName(text, m.index + m.text.length)) {
        let start = m.index;
        const end = start + m.text.length;
        inAddress ??= addressReader(text);
        if (inAddress(start, end) || isInPathLikeToken(text, start, end)) continue;
        const index = personOf(m.group);
        // A handle without its "@" ("sama said …") is weak evidence, judged as a lone surname is.
        // A handle without its "@" that joins first name and surname ("janleike") is found as the full name is: a bare
        // handle where the knowledge gives it as one, not a hashtag (round 23).
        const bare =
          m.group.endsWith('b') ||
          (m.group.endsWith('f') && text[start - 1] !== '#' && bareHandles[index]!.has(m.text.toLowerCase()));
        let kind: MentionKind | undefined = bare
          ? 'surname'
          : KIND_BY_LETTER[m.group.at(-1) as keyof typeof KIND_BY_LETTER];
        // Round 74: a hashtag that cheers for the surname ("#TeamLeike") names him alone, no namesake.
        const cheered = kind === 'namesake' ? cheeredSurnameStart(m.text, start) : undefined;
        if (cheered !== undefined) {
          start = cheered;
          kind = 'surname';
        }
        if (kind !== 'handle' && isCodeIdentifier(text, start, end)) {
          (keys ??= new Set()).add(keyOf(m.text));
          (keyed ??= new Set()).add(people[index]!.id);
          continue;
        }
        if (kind !== 'handle' && kind !== 'full' && (isInPattern(text, start, end) || isAlternative(text, start, end)))
          continue;
        // A spelling in a code's list literal or a key's value, or an id named as one ("handle sama"), is data.
        if (kind === 'surname' && isDataString(text, start, end)) continue;
        // So is a paper cited with its co-author and year by the surname of one of ours who writes none, "Altman and
        // Reyes (2021)", whatever else the text names: a post he signed is cited without one (round 56).
        if (kind === 'surname' && !bare && !writesPapers[index] && citesCoAuthoredPaperAt(text, start, end)) continue;
        // So is a surname anyone indefinite bears: "a family named Altman"; unless our story's event is told of him
        // right after it: "someone named Leike resigned" is the one the news is about (round 21).
        if (
          kind === 'surname' &&
          !bare &&
          isIndefinitelyNamed(text, start, end) &&
          !tellsOurStory(text.slice(end, end + STORY_REACH).split('\n')[0]!)
        )
          continue;
        // So is one that signs off a message, its writer's: „Nein, nicht verwandt … Gruß, Leike" (round 23); or one
        // spelt as ours but set aside for a respelling of someone else's name: "Tom Altmann, not Altman" (round 26).
        // Round 70: or one that addresses a reply to a commenter named so above, "@Agnes Leike 😂": no one the thread
        // speaks of, it neither takes the lone surnames after it nor makes the namesake its subject.
        if (
          kind === 'surname' &&
          !bare &&
          (isSignOff(text, start, end) ||
            addressesCommenter(text, start, end) ||
            (isSpellingSetAside(text, start, end) && isSpeltAsOurs(text.slice(start, end), canonical)))
        )
          continue;
        sentences ??= sentencesOf(text);
        const bareCase = bare
          ? bareHandleAt(text, start, end, ...sentences.bounds(sentences.indexAt(start)), isInChatLine(text, start))
          : undefined;
        if (bare && !bareCase) continue;
        if (kind === 'full' && JOINED.test(subjectFor(JOINED, text).slice(start, end)) && text[start - 1] !== '#')
          continue;
        // An initial stands for many first names: "S. Altman" is weak evidence, judged as the surname alone. A
        // lower-case "s." in "(s. Altman 2023)" is German for "see", and no part of the mention.
        let initial = kind === 'full' && m.text.includes('.') ? INITIAL().exec(m.text)?.[0] : undefined;
        if (initial) {
          if (initial[0] === initial[0]!.toLowerCase()) start += initial.length;
          kind = 'surname';
        } else if (kind === 'surname' && !bare) {
          // "J Leike" in a citation's author list: the initial is part of the mention, as in "J. Leike".
          initial = citedInitialBefore(text, start);
          if (initial) start -= initial.length;
          // "Samuel Harris „Sam“ Altman": the full name, its quoted nickname inside; "PodcastIlya Sutskever": the full
          // name, glued to the word before it (round 31).
          const nicknamed = initial ? undefined : (nicknames[index]!(text, start) ?? gluedNames[index]!(text, start));
          if (nicknamed !== undefined) {
            start = nicknamed;
            kind = 'full';
          }
        }
        let support: Support = kind === 'namesake' ? SUPPORT.NONE : SUPPORT.TITLE;
        const sentence = sentences.indexAt(start);
        if (kind === 'full' && isNamedInPassing(text, start, end)) kind = 'passing';
        // "Jan Leike-Hoffmann" is someone else; "Sam-Altman-Interview", first name joined too, is a compound. So is
        // "Sam Altman (no, not that one …)".
        if (
          kind === 'full' &&
          ((!m.text.includes('-') && isDoubleBarrelled(text, start, end, ourSet)) ||
            (BRACKET_NEXT.test(text.slice(end, end + 40)) && NOT_THAT_ONE_AFTER.test(oneByteAfter(text, end, 40))))
        ) {
          kind = 'namesake';
          support = SUPPORT.NONE;
        }
        let firm = false;
        // An age or a birth year none of ours has, "Jan Leike, 84, of Milwaukee passed away", gives the full name to
        // someone else, whatever its sentence says of AI (round 23, a marking rule).
        // So does the writer who sets him apart from ours: "my late husband Sam Altman", "(not the AI guy)" (round 40),
        // or signs a letter with a town (round 67).
        const aged = kind === 'full' && isAgedAsNoneOfOurs(text, start, end);
        if (kind === 'full' && (aged || isSetApartFromOurs(text, start, end) || isSignedWithTown(text, start, end))) {
          kind = 'namesake';
          support = SUPPORT.NONE;
          firm = true;
          (signedOrdinary ??= new Set()).add(people[index]!.id);
        }
        // Round 71: so is a later full name of one given a life none of ours has, with no AI word from there to its
        // own item's end: the namesake named again („Abschied von Jan Leike * 3. Februar 1939 … allen, die Jan Leike
        // … begleitet haben“).
        const person = people[index]!.id;
        if (kind === 'full' && livesHere?.has(person) && mayNameNamesakeAgain(text, start)) {
          context ??= positionsOf(CONTEXT(), text);
          const [, itemEnd] = itemBounds(text, start, end, sentences.bounds(sentence));
          if (!anyIn(context, livesHere.get(person)!, itemEnd)) {
            kind = 'namesake';
            support = SUPPORT.NONE;
            firm = true;
          }
        }
        if (aged || (kind === 'namesake' && livesHere?.has(person))) (livesHere ??= new Map()).set(person, end);
        else if (kind === 'full') livesHere?.delete(person);
        let role = false;
        let courtesy = false;
        let chat = false;
        let attendance = false;
        let listItem = false;
        let kin = false;
        // "Jan Leike – „nicht verwandt, nicht verschwägert“" in a sentence with no AI word sets himself apart from
        // ours: a namesake who takes no lone surname after him. With one, the writer sets ours apart from someone
        // else ("Sam Altman of OpenAI, no relation").
        // So does a full name in a results line or with an age ("1. Jan Leike (Harbor Prep) 49.88", "Jakub
        // Pachocki, 41, said"): a local athlete or shop owner, unless the sentence speaks of AI.
        // Round 73: not an age that is his own by the birth year a source gives ("Sam Altman, 39, answered with his
        // mother").
        // So is one after a minor's age or before a professional's licence or an everyday trade ("der 17-jährige
        // Jakub Pachocki", "Dr. Jakub Pachocki, DDS", "jakub pachocki dentist"), unless its item speaks of AI (round 18).
        if (
          kind === 'full' &&
          (deniesKinshipAfter(text, end) ||
            isResultOrAgeAfter(text, end, people[index]!.id) ||
            isOrdinaryPersonAround(text, start, end) ||
            isDescribedAsNamesake(text, end) ||
            isOtherBearer(text, start, end))
        ) {
          context ??= positionsOf(CONTEXT(), text);
          if (!anyIn(context, ...itemBounds(text, start, end, sentences.bounds(sentence)))) {
            kind = 'namesake';
            support = SUPPORT.NONE;
            firm = true;
            (signedOrdinary ??= new Set()).add(people[index]!.id);
          }
        }
        // A namesake's own story: the text's first naming of the person gives him a livelihood or a home town, and
        // the text speaks of the one he is taken for. He is its subject (no firm namesake: its lone surnames are his),
        // and so is each later full name of the person whose item has no AI word ("SAM ALTMAN (guest):"; round 27).
        if (kind === 'full') {
          const id = people[index]!.id;
          // The cheap reading of its neighbours first: a page of thousands of names walks its candidates only here.
          if (introduced?.has(id) || (introducesNamesake(text, end) && !found.some((f) => f.person === id))) {
            context ??= positionsOf(CONTEXT(), text);
            if (!anyIn(context, ...itemBounds(text, start, end, sentences.bounds(sentence)))) {
              kind = 'namesake';
              support = SUPPORT.NONE;
              (introduced ??= new Set()).add(id);
            }
          }
        }
        if (kind === 'full' || kind === 'passing') {
          context ??= positionsOf(CONTEXT(), text);
          // A changelog's people are those its app shows: ours by their names, with no AI word (round 20).
          if (!context.length && !(changelog ??= isChangelog(text))) support = SUPPORT.NONE;
          // A family history that speaks of AI somewhere: a full name in a paragraph of its families, or quoted as
          // searched for ('when I googled "Jan Leike"'), is theirs (round 18).
          // So is one in a paragraph about an ordinary world, where another paragraph, or another block of the page,
          // speaks of AI (round 20); unless it sets ours apart from a namesake there ("Sam Altman ist mit dem
          // Tischler nicht verwandt").
          if (
            kind === 'full' &&
            ((context.length &&
              familyHistoryHere() &&
              (isFamilyParagraph(text, start, end, context) || isSearchedName(text, start))) ||
              (isEverydayHere(start, end) && !deniesKinshipWithOther(text, end)))
          ) {
            kind = 'namesake';
            support = SUPPORT.NONE;
            firm = true;
          }
          role = kind === 'full' && hasOtherWorldRole(text, start, end);
          // With no AI word near, a family or a ball game is the world the name lives in.
          // "Sam Altman ist mit dem Regisseur nicht verwandt" sets ours apart from the namesake's world (round 17).
          if (kind === 'full' && !role && support === SUPPORT.NONE && !deniesKinshipWithOther(text, end)) {
            namesakeWorld ??= namesakeWorldIn(text);
            role =
              isNamedAsKin(text, start) ||
              anyIn(namesakeWorld, ...sentences.bounds(sentence)) ||
              ordinaryWorldHere() !== null;
          }
          // Round 58: in a text plainly about an ordinary world, with no AI word, a full name is its member's even
          // where three of ours are named: a bowling league's roundup, a youth team's report.
          if (kind === 'full' && role && !context.length && (plainlyOrdinary ??= isPlainlyOrdinary(text))) {
            kind = 'namesake';
            support = SUPPORT.NONE;
          }
        } else if (kind === 'surname') {
          const reading = bare ? 'surname' : readers[index]!(text, start, end, initial !== undefined);
          firm = reading === 'firm';
          kin = reading === 'kin';
          kind = KIND_BY_READING[reading];
          if (!kind) continue;
          // Written alone or inverted ("Leike,Jan,1712"), a surname that opens a record of a person (round 75).
          if (
            !bare &&
            (reading === 'surname' || reading === 'inverted') &&
            isOrdinaryRecord(start, end, people[index]!.id)
          )
            kind = 'namesake';
          if (isSomeoneElse(kind)) {
            support = SUPPORT.NONE;
            // "Herr Dr. Altman (Mathematik)": a titled man his own words make someone else (round 19).
            if (hasCourtesyTitle(text, start)) (ordinaryTitled ??= new Set()).add(people[index]!.id);
          } else if (reading === 'surname') {
            courtesy = hasCourtesyTitle(text, start);
            // Chat writes names in lower case: "sutskever just posted" under "maya 8:02 PM".
            const written = text.slice(start, end);
            chat = written === written.toLowerCase() && isInChatLine(text, start);
            const [from, to] = sentences.bounds(sentence);
            if (isQuoted(text, start, end) && asksHowNameIsFound(text, start, from, to)) continue;
            context ??= positionsOf(CONTEXT(), text);
            // In a family history with no AI word, a surname is the family's: "my own Leike line", "nothing under
            // Pachocki", "Altman / Pachocki families of Łódź" (round 17).
            // So is one in a family history's paragraph of its families, where another speaks of AI (round 18).
            if (familyHistoryHere() && (!context.length || isFamilyParagraph(text, start, end, context))) continue;
            // So is one in a paragraph about another ordinary world, with no AI word (round 20).
            if (isEverydayHere(start, end)) continue;
            employers ??= EMPLOYER_HINT.test(text) ? positionsOf(EMPLOYERS(), text) : [];
            turns ??= TURN_HINT.test(text);
            const supportTo = turns ? supportEnd(text, end, to) : to;
            if (anyAffirmedIn(text, employers, from, supportTo)) support = SUPPORT.EMPLOYER;
            else if (anyAffirmedIn(text, context, from, supportTo)) {
              // A paper cited in a sentence that speaks of AI, besides the citation's own "et al.", is our
              // person's, even in a namesake's CV: "RLHF foundations (Christiano, Leike et al., 2017)".
              const aiBesides = anyIn(context, from, start) || anyIn(context, end + 2, to);
              support = aiBesides && citesPaperAt(text, end) ? SUPPORT.TITLE : SUPPORT.SENTENCE;
            } else if (anyAffirmedIn(text, context, start - SUPPORT_WINDOW, end + SUPPORT_WINDOW))
              support = SUPPORT.NEAR;
            else support = context.length ? SUPPORT.TEXT : SUPPORT.NONE;
            // A genitive before an event of our story, in a text that speaks of AI, is ours beside a namesake:
            // „worum es bei Leikes Rücktritt ging" (round 17).
            // Round 71: so is one whose relative is the one just named: "Is Jack Altman part of OpenAI? No. He is
            // Altman's brother".
            if (
              support < SUPPORT.EMPLOYER &&
              context.length &&
              (isStoryEventAfter(text, start, end) || isKinOfSubject(text, start, end))
            ) {
              support = SUPPORT.EMPLOYER;
            }
            // A chat's message that is the surname alone answers the message above: ours with our employer's weight
            // where that one speaks of AI or tells our story ("mom: the one who got fired and came back" / "dad:
            // altman"; round 22).
            if (support < SUPPORT.EMPLOYER) {
              const asked = messageAnswered(text, start, end);
              if (asked && (anyIn(context, ...asked) || tellsOurStory(text.slice(...asked))))
                support = SUPPORT.EMPLOYER;
            }
            // With no AI word in the text, our surnames before a legal form name a firm: "Leike & Pachocki GbR".
            if (support === SUPPORT.NONE && namesFirmWithLegalForm(text, end, ourSet)) {
              kind = 'namesake';
              firm = true;
            }
            // "Mr. Leike (advisor)", "Led by Mr. Altman and Ms. Grell": a titled man plainly someone ordinary; not where
            // his sentence names our people's employer, as news styles name ours: "gemeinsam mit Herrn Altman, Herrn
            // Brockman und anderen OpenAI zu gründen" (round 37, real text).
            if (
              courtesy &&
              support < SUPPORT.EMPLOYER &&
              isOrdinaryTitled(text, start, end, givenOf.get(people[index]!.id), ourSet)
            ) {
              (ordinaryTitled ??= new Set()).add(people[index]!.id);
              continue;
            }
            // "Zahnarztpraxis Dr. Pachocki – Ihr Zahnarzt": a titled tradesman, unless his sentence speaks of AI (round 23).
            if (support < SUPPORT.SENTENCE && isTitledBefore(text, start) && isTitledTradesman(text, start, end)) {
              kind = 'namesake';
              support = SUPPORT.NONE;
            }
            // "Leike from down our street": placed in an ordinary community, someone else, unless his sentence speaks
            // of AI (round 20).
            if (support < SUPPORT.SENTENCE && isPlacedInCommunity(text, end)) {
              kind = 'namesake';
              support = SUPPORT.NONE;
            }
            attendance = support < SUPPORT.SENTENCE && isOnAttendanceLine(text, start, end, context);
            // In capitals it may be an acronym ("SAMA", a central bank): ours only with AI words near it.
            if (bareCase === 'capitals' && support < SUPPORT.NEAR) continue;
            // A sentence about a namesake's world, films or poems or a league, and not about AI, is about him: no
            // mention, though too weak to make the lone surnames around it his. A quoted spelling and a hashtag are
            // judged as such.
            const quoted = isQuoted(text, start, end);
            // A quoted spelling not his own, likened to a namesake right after it, is the namesake's (round 23): „Oder
            // „Sutzkever“ wie der jiddische Dichter?“. Said of what was written about ours („„Sutzkever“ – so hieß
            // der Dichter“), it stays his, as the round 20 rule has it.
            if (
              quoted &&
              support < SUPPORT.SENTENCE &&
              !isSpeltAsOurs(written, canonical) &&
              isLikenedToNamesake(text, end)
            )
              continue;
            if (support < SUPPORT.SENTENCE && !quoted && text[start - 1] !== '#') {
              namesakeWorld ??= namesakeWorldIn(text);
              // A quiz's answer is judged by its question: "The Yiddish poet … was Abraham ____. → Sutzkever" (round 18).
              const question = namesakeWorld.length ? questionAnswered(text, start) : undefined;
              if (
                anyIn(namesakeWorld, from, to) ||
                (question && anyIn(namesakeWorld, ...question) && !anyIn(context, ...question))
              ) {
                (namesakeWorldSentences ??= new Set()).add(sentence);
              }
            }
          }
        }
        // A namesake of whom his sentence says he had nothing to do with AI is set apart from our people's world:
        // he names no one ahead of him ("…, Altman habe ‚die KI-Branche geprägt‘. Der Regisseur Robert Altman hatte
        // mit KI nichts zu tun"; round 18). Round 71: so is one whose own denial of kinship the next sentence
        // reports: "… signed by one D. Altman of Fairview, asks why … (No relation, he adds.)".
        if (kind === 'namesake' && !firm) {
          context ??= positionsOf(CONTEXT(), text);
          const [from, to] = sentences.bounds(sentence);
          firm =
            anyAffirmedIn(text, context, end, to, true) ||
            isIntroducedAsKin(text, from, start, end, ownNames[index]!) ||
            deniesKinshipNext(text, to);
          listItem = !firm && isQuotedListItem(text, start, end);
        }
        const spelling = kind === 'handle' ? undefined : spellingOf(text.slice(start, end), surnames[index]!);
        const candidate: Found<Id> = {
          person: people[index]!.id,
          start,
          end,
          kind,
          support,
          sentence,
          paragraph: sentences.paragraphOf(sentence),
          spelling,
          ...(firm && { firm }),
          ...(kin && { kin }),
          quoted: kind === 'surname' && isQuoted(text, start, end),
          ...(kind === 'surname' && courtesy && { courtesy }),
          ...((kind === 'surname' || kind === 'full' || isSomeoneElse(kind)) &&
            isTitledBefore(text, start) && { titled: true }),
          ...(role && { role }),
          ...(bare && { bare }),
          ...(chat && { chat }),
          ...(isSomeoneElse(kind) && isOnRecordRow(text, start) && { dataRow: true }),
          // Round 65 (real text): not in a text that speaks of a namesake's world, where the poet's life is told
          // under his YIVO spelling ("Sutskever was born in Smorgon … wrote poetry in Hebrew").
          ...(kind === 'surname' &&
            distinctSpellings[index]!.has(spelling!) &&
            !(namesakeWorld ??= namesakeWorldIn(text)).length && { distinct: true }),
        };
        found.push(candidate);
        if (kind === 'surname' && !bare && !writesPapers[index] && citesAuthorAt(text, end))
          (cited ??= new Set()).add(candidate);
        if (attendance) (onAttendance ??= new Set()).add(candidate);
        if (listItem) (listItems ??= []).push(candidate);
      }
      // A list that sets namesakes apart from one of ours named in full here, strings a tool leaves out, names no one
      // ahead of them: "# NB: Altman's handle …" under `exclude: - "Robert Altman"` is ours (round 20).
      for (const f of listItems ?? []) f.firm ||= found.some((g) => g.kind === 'full' && g.person === f.person);
      if (cited) found = withoutCitedNamesakes(found, cited);
      // A text with no AI word and no word of our story that treats a bearer of our full name as an ordinary person
      // elsewhere, by his first name alone, an age or an apposition, names a namesake (round 21).
      if (context?.length === 0 && !changelog && found.some((f) => f.kind === 'full'))
        markOrdinaryCast(text, found, signedOrdinary);
      // A text that tells our story with no AI word, a comment thread under it, speaks of our world: its lone surnames
      // count as in a text that speaks of AI (round 17); whether or not it names one of ours in full, which a comment
      // under the story need not (round 20): the document decides whether they are ours (surname-rules.ts).
      if (found.some((f) => f.kind === 'surname' && f.support < SUPPORT.TEXT) && tellsOurStory(text)) {
        found = found.map((f) =>
          f.kind === 'surname' && f.support < SUPPORT.TEXT ? { ...f, support: SUPPORT.TEXT } : f,
        );
      }
      // A thread on the ouster, board and deed, with no AI word: a lone surname on a line of it stands as near AI words
      // (round 39, real text): "if the board learned some things not from Altman …, less than candid …". Round 64
      // (real text): where the thread names our people's employer too, which says whose board it was, on any line;
      // and on a line of the ouster as in a sentence of AI, as a report calls him "Mr. Altman" ("the company said
      // that Mr. Altman “was not consistently candid” with the board").
      if (found.some((f) => f.kind === 'surname' && f.support < SUPPORT.SENTENCE) && tellsTheOuster(text)) {
        const employerNamed = EMPLOYER_HINT.test(text) && text.search(EMPLOYERS()) !== -1;
        found = found.map((f) => {
          if (f.kind !== 'surname' || f.support >= SUPPORT.SENTENCE) return f;
          const ousterLine = lineTellsTheOuster(text, f.start, f.end);
          const support =
            employerNamed && ousterLine ? SUPPORT.SENTENCE : employerNamed || ousterLine ? SUPPORT.NEAR : f.support;
          return support > f.support ? { ...f, support } : f;
        });
      }
      if (found.some((f) => f.kind === 'surname' && f.support < SUPPORT.EMPLOYER))
        markStoryPairs(text, found, sentences!);
      if (found.some((f) => f.kind === 'surname' && f.support < SUPPORT.TITLE)) markNamedAgain(text, found);
      // A handle without its "@" is read only in a text that names one of ours otherwise, as a misspelling is: the
      // prefilter has no stem for it (prefilter.ts), so a page wakes the engine only where another name stands.
      if (found.some((f) => f.bare) && found.every((f) => f.bare)) found = [];
      // A family history with no AI word spells its families' names as its registers did („auch als „Leicke“ und
      // „Laike““): no misspellings of ours, whose full names there are the families' too (round 21).
      if (
        found.some((f) => f.kind === 'full' || f.kind === 'handle' || f.kind === 'surname') &&
        !(context?.length === 0 && familyHistoryHere())
      ) {
        found = withMisspellings(
          text,
          found,
          people,
          misspellings,
          sentences!,
          (start, end) =>
            familyHistoryHere() && isFamilyParagraph(text, start, end, (context ??= positionsOf(CONTEXT(), text))),
        );
      }
      // A surname, misprint or handle talked of as a word: pronounced, an alias, searched, declined (round 22). His
      // surname as spelt is his there only in a text that names him in full: 'googling "Leike" gives you pages about
      // the AI researcher' in a family's forum is the family's name typed (round 23).
      // Nor where it names another bearer of his surname in full: a search for the word finds them all (round 24).
      const named = namedInFull(found);
      for (const f of found) if (isSomeoneElse(f.kind)) named.delete(f.person);
      found = found.filter(
        (f) =>
          f.kind !== 'surname' ||
          !isNameTalkedOf(
            text,
            f.start,
            f.end,
            named.has(f.person) &&
              (isSpeltAsOurs(text.slice(f.start, f.end), canonical) ||
                otherScripts.has(text.slice(f.start, f.end).toLowerCase())),
            canonical,
          ),
      );
      if (keys) markKeys(text, found, keys, keyed ?? new Set(), onStorySearchLine);
      if (found.some((f) => f.courtesy)) found = withoutTitledNamesakes(text, found, sentences!, ordinaryTitled);
      markLists(text, found);
      if (onAttendance) found = withoutMembers(found, onAttendance);
      markRespellings(text, found, canonical);
      if (namesakeWorldSentences) found = withoutNamesakeWorlds(found, namesakeWorldSentences);
      if (found.some((f) => f.kind === 'namesake')) found = withoutAskedWhich(text, found);
      return found.map((f) => ({
        ...f,
        start: toOriginal(f.start),
        end: toOriginal(f.end - 1) + 1,
        sentences: sentences!.count,
      }));
    },
  };
}
