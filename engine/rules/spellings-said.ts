import { namesakeWorldTerms } from '../../knowledge/lexicon/namesake-worlds';
import {
  printedObjectNouns,
  printingVerbs,
  pronunciationWords,
  spellingNouns,
} from '../../knowledge/lexicon/spelling-and-sound';
import { anyOf, containingOneOf, hintOf, lazyPattern } from '../text/regex-parts';
import { PROSE_OPENING_QUOTES } from '../text/quotation-marks';
import { sentenceBefore } from '../text/words-around';
import { editDistance } from './misspellings';

/**
 * A surname said of the spelling of a name: given as a way to write it („erscheint der Name gelegentlich als
 * „Sutzkever““, „die Schreibweise „Sutzkever““, "some wires spell him Sutzkever") or called a misspelling after it
 * („Im Artikel steht „Sutzkever“, das ist falsch geschrieben“). In a text that names our person in full it is his name
 * as some write it, however near the poet whose name it also is (round 20). A spelling of the sound ("pronounced
 * as …", „ausgesprochen als …“) is none.
 */

// How far before and after the surname its sentence is read.
const REACH = 60;
// Pieces one of which the words before must hold, caseless, before the pattern is built and run.
const BEFORE_HINT = hintOf(['schreib', 'spell', 'spelt', 'written', 'name']);
// Round 117: or a misspelling said so before it, 'His name is sometimes misspelled "Sutzkever"', 'news agencies
// misspelt the surname as "Sutzkever"', however near the poet named after it.
const SPELLING_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:${anyOf(spellingNouns)}(?:en|s)?|(?:mis)?(?:spell|spells|spelled|spelt)|written|geschrieben|(?:name|namen)(?:[^\S\n]+\p{L}+){0,3}?[^\S\n]+(?:als|as))(?:[^\S\n]+(?:him|it|(?:the|his)[^\S\n]+(?:sur)?name)(?:[^\S\n]+as)?)?[^\S\n]*["„“”«»‚‘]?$`,
  'iu',
);
// Round 118: or printed so by a text, right before the quote, what it printed between: 'news reports have printed the
// surname as "Sutzkever"', „Die Agenturmeldung schrieb seinen Namen „Sutzkever““, 'called him "Sutzkever"'. Round 120:
// where it printed it between, „schrieb den Namen im Fließtext „Sutzkever““.
const PRINTED_BEFORE = containingOneOf(
  printingVerbs,
  () =>
    new RegExp(
      String.raw`(?<![\p{L}])${anyOf(printingVerbs)}(?:[^\S\n]+(?:him|ihn|(?:the|his|seinen|den|unseren)(?:[^\S\n]+[\p{L}-]+){0,2}?[^\S\n]+${anyOf(printedObjectNouns)}|unseren[^\S\n]+mann))?(?:[^\S\n]+(?:in|im|in[^\S\n]+(?:the|its|der|dem))(?:[^\S\n]+[\p{L}-]+){1,2}?)?(?:[^\S\n]+(?:as|als))?[^\S\n]*[${PROSE_OPENING_QUOTES}]$`,
      'iu',
    ),
);

// Round 130: or said to appear so in print, its subject between: „In deutschsprachigen Medien erscheint der Name auch
// als „Sutzkever““, 'his name sometimes appears as "Sutzkever"'.
const APPEARS_AS_BEFORE = lazyPattern(
  () =>
    /(?<![\p{L}])(?:erscheint|erschien|erscheinen|appears|appeared)(?:[^\S\n]+[\p{L}-]+){0,4}?[^\S\n]+(?:als|as)[^\S\n]*["„“”«»‚‘]$/iu,
);

/**
 * Whether the clause ending at the quote before a surname says that a text printed it so: then the quoted misprint is
 * the name as printed, whichever namesake that spelling also belongs to.
 */
export const saysPrintedBefore = (clause: string): boolean =>
  PRINTED_BEFORE.test(clause) || APPEARS_AS_BEFORE().test(clause);

const SOUND_HINT = hintOf(pronunciationWords);
// A namesake's world before it says whose spelling it is: "For the Yiddish poet often spelled Sutzkever, see …".
const NAMESAKE_WORLD_HINT = hintOf(namesakeWorldTerms);
const AFTER_HINT = hintOf([
  'falsch',
  'misspel',
  'typo',
  'tippfehler',
  'mistake',
  'irrtüm',
  'versehentlich',
  'in error',
]);
const MISSPELT_AFTER = lazyPattern(
  () =>
    /^["“”»‘’]?[^.!?\n]{0,40}?(?<![\p{L}])(?:falsch[^\S\n]+geschrieben|misspell(?:ed|ing)|misspelt|eine?[^\S\n]+(?:falschschreibung|tippfehler)|a[^\S\n]+typo|by[^\S\n]+mistake|in[^\S\n]+error|mistakenly|irrtümlich|versehentlich|fälschlich(?:erweise)?)(?![\p{L}])/iu,
);

/**
 * Whether the surname at [start, end) of `text` is said of the spelling of a name, by the words of its sentence.
 * `misprint`: it is spelt otherwise than his name, so that a text that printed it so printed a misprint.
 */
export function isSaidOfSpelling(text: string, start: number, end: number, misprint: boolean): boolean {
  const clause = sentenceBefore(text.slice(Math.max(0, start - REACH), start));
  if (
    !SOUND_HINT.test(clause) &&
    !NAMESAKE_WORLD_HINT.test(clause) &&
    ((BEFORE_HINT.test(clause) && SPELLING_BEFORE().test(clause)) || (misprint && saysPrintedBefore(clause)))
  ) {
    return true;
  }
  const after = text.slice(end, end + REACH);
  return AFTER_HINT.test(after) && MISSPELT_AFTER().test(after);
}

// A likening right after a quoted spelling, then a namesake's world within three words: „“ wie der jiddische
// Dichter“, '" like the Yiddish poet', '", as in the films' (round 23). Round 165: or the spelling given to him,
// „„Sutzkever“ schreibt sich der jiddische Dichter, nicht der Forscher“.
const LIKENED_AFTER = lazyPattern(
  () =>
    String.raw`^["“”»‘’]?,?[^\S\n]+(?:wie|like|as|(?:schreibt|schrieb)[^\S\n]+sich)[^\S\n]+(?:(?:bei|in|beim)[^\S\n]+)?(?:(?:der|die|das|dem|den|the)[^\S\n]+)?(?:[\p{L}-]+[^\S\n]+){0,2}?${anyOf(namesakeWorldTerms)}(?![\p{L}])`,
  'iu',
);

/**
 * Whether the quoted spelling ending at `end` is likened to a namesake right after it: a spelling offered as his
 * („Oder „Sutzkever“ wie der jiddische Dichter?“), not one said of what was written about ours (round 23).
 */
export const isLikenedToNamesake = (text: string, end: number): boolean => {
  const after = text.slice(end, end + 60);
  return NAMESAKE_WORLD_HINT.test(after) && LIKENED_AFTER().test(after);
};

// A word, then a correction's "not" right before the surname: "Tom Altmann, not ", „Leicke und nicht “, "Pachowski
// rather than ", „Altmann statt “.
const SET_ASIDE_ENDS = ['not', 'nicht', 'than', 'statt', 'of'];
const SET_ASIDE_BEFORE = lazyPattern(
  () =>
    /(?<![\p{L}])(\p{L}{4,})[,;]?[^\S\n]+(?:(?:and|und|but|aber)[^\S\n]+)?(?:not|nicht|rather[^\S\n]+than|(?:an)?statt|instead[^\S\n]+of)[^\S\n]+$/iu,
);
/** How many letters the word before may differ by from ours: a respelling, never another name. */
const SET_ASIDE_EDITS = 2;

/**
 * Whether our spelling of the surname at [start, end) is set aside, right after it is named, for a respelling of it:
 * "he is Tom Altmann, not Altman", „heißt Petra Leicke und nicht Leike“ (round 26). A writer corrects a misspelt name
 * of someone else so; who corrects ours puts his spelling first ("Altman, not Altmann"), and another name before the
 * "not" ("Brockman, not Altman") is no respelling.
 */
export function isSpellingSetAside(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const tail = before.trimEnd().toLowerCase();
  if (!SET_ASIDE_ENDS.some((word) => tail.endsWith(word))) return false;
  const other = SET_ASIDE_BEFORE().exec(before)?.[1]?.toLowerCase();
  const surname = text.slice(start, end).toLowerCase();
  return other !== undefined && other !== surname && editDistance(other, surname, SET_ASIDE_EDITS) <= SET_ASIDE_EDITS;
}
