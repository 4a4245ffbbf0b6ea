import { spellingNouns } from '../../knowledge/lexicon/spelling-and-sound';
import { nameFindingVerbs } from '../../knowledge/lexicon/strings-and-code';
import { notThatOnePhrases } from '../../knowledge/lexicon/telling-bearers-apart';
import { academicTitles, courtesyTitles, otherWorldRoles } from '../../knowledge/lexicon/titles-and-roles';
import { anyOf, containingOneOf, endingInOneOf, lazyPattern, oneByte } from '../text/regex-parts';
import { UPPER_START } from '../text/words-around';
import { termPattern } from './support-words';

/**
 * What stands right around a candidate: quotation marks, a courtesy title, a role of ordinary people's worlds, a
 * bracket that says it is not that one, a question how a tool finds a name.
 */

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
export function asksHowNameIsFound(text: string, start: number, from: number, to: number): boolean {
  const sentence = text.slice(from, to);
  if (!QUESTION_END().test(sentence) || SPELLING_BEFORE().test(text.slice(Math.max(from, start - 20), start))) {
    return false;
  }
  const finding = FINDING();
  finding.lastIndex = 0;
  if (!finding.test(sentence)) return false;
  return !ANSWERED_HIM.test(text.slice(to, to + 120));
}

// Quotation marks, not apostrophes, which may end a possessive: "Sutzkever", „Sutzkever“, «Altman».
const QUOTE = /["„“”«»‚]/u;

/** Whether the capitalised name at [start, end) stands right after or before a quotation mark. */
export const isQuoted = (text: string, start: number, end: number) =>
  // A quoted spelling is capitalised: a lower-case quoted name is a key or a query in code ("altman").
  UPPER_START().test(text[start]!) && (QUOTE.test(text[start - 1] ?? '') || QUOTE.test(text[end] ?? ''));

// Round 80: a quotation that opens at the name and goes on past it on its line is a title's, no spelling's: „Altman,
// Nashville und das Ensemble“.
const TITLE_GOES_ON = lazyPattern(() => /^[^"„“”«»‚\n]{2,80}(?=["“”»‘])/u);

/** Where the quoted title that the capitalised name at [start, end) opens ends, if it opens one. */
export function quotedTitleEnd(text: string, start: number, end: number): number | undefined {
  if (!QUOTE.test(text[start - 1] ?? '') || QUOTE.test(text[end] ?? '')) return undefined;
  const rest = TITLE_GOES_ON().exec(text.slice(end, end + 82));
  return rest ? end + rest[0].length : undefined;
}

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
export const hasCourtesyTitle = (text: string, start: number) =>
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
export const hasOtherWorldRole = (text: string, start: number, end: number) =>
  ROLE_BEFORE.test(oneByte(text.slice(Math.max(0, start - 24), start))) ||
  (BRACKET_NEXT.test(text.slice(end, end + 24)) && ROLE_AFTER.test(oneByteAfter(text, end, 24)));

// "(no, not that one …)", "(nicht der von Anthropic)" right after a full name.
const NOT_THAT_ONE_AFTER = new RegExp(
  String.raw`^[^\S\n]*\([^\S\n]*(?:(?:no|nein)[,;]?[^\S\n]+)?${anyOf(notThatOnePhrases)}(?![\p{L}])`,
  'iu',
);

/** Whether a bracket right after the full name ending at `end` says it is not that one: "Sam Altman (no, not that one …)". */
export const isNotThatOneAfter = (text: string, end: number) =>
  BRACKET_NEXT.test(text.slice(end, end + 40)) && NOT_THAT_ONE_AFTER.test(oneByteAfter(text, end, 40));
