import { employerSeats, employerTerms } from '../../knowledge/lexicon/story-and-employers';
import { affiliationWords } from '../../knowledge/lexicon/titles-and-roles';
import { anyOf, hintOf, SPACE, LETTERS, lazyPattern, WORD_CHAR, APOSTROPHE, lowerSet } from '../text/regex-parts';
import { textBefore, wordsOf, textAfter } from '../text/words-around';
import { isRole } from './word-classes';

/**
 * Our people's employer as a title before a lone surname ("OpenAI-Chef Altman") or an affiliation after it ("Altman
 * (OpenAI)").
 */

export const EMPLOYER = anyOf(employerTerms);
/** Whether a text may name an employer: the patterns with `EMPLOYER` in them run only where this holds. */
export const EMPLOYER_HINT = hintOf(employerTerms);
const JOIN = `(?:-|${SPACE}+)`;
// An employer with at most two role words after it, ending right before the surname: "OpenAI-Chef ",
// "OpenAI’s chief scientist ", "Ex-OpenAI-Forscher ".
const TITLE_BEFORE = lazyPattern(
  () => `(?<!${WORD_CHAR})${EMPLOYER}(?:${APOSTROPHE}?s)?((?:${JOIN}${LETTERS}){0,2})${JOIN}$`,
  'iu',
);
// An employer right after the surname, in brackets, in an apposition or after a preposition, with at most
// three role or linking words before it: "(OpenAI)", ", CEO von OpenAI", " (ehemals OpenAI)".
const AFFILIATION_AFTER = lazyPattern(
  () => String.raw`^(${SPACE}*\(|,${SPACE}*|${SPACE}+)((?:${LETTERS}${JOIN}){0,3}?)${EMPLOYER}(?!${WORD_CHAR})`,
  'iu',
);
const LINKS = lowerSet(affiliationWords);
/** Whether an employer stands in the title right before the surname: "OpenAI-Chef Altman". */
export function hasTitleBefore(text: string, start: number): boolean {
  const before = textBefore(text, start);
  const found = EMPLOYER_HINT.test(before) ? TITLE_BEFORE().exec(before) : null;
  return found !== null && wordsOf(found[1]!).every(isRole);
}

/** The employer affiliation right after the surname, if any: "Altman (OpenAI)", "Altman, CEO von OpenAI". */
export function affiliationAfter(text: string, end: number): { readonly bracketed: boolean } | undefined {
  const after = textAfter(text, end);
  const found = EMPLOYER_HINT.test(after) ? AFFILIATION_AFTER().exec(after) : null;
  if (!found || !wordsOf(found[2]!).every((w) => isRole(w) || LINKS.has(w.toLowerCase()))) return undefined;
  return { bracketed: found[1]!.endsWith('(') };
}

// Round 176: or placed where it sits, right after the surname: „Herr Pachocki in San Francisco ist meines Wissens
// Pole“, „außer dem Namen verbindet uns mit Altman aus San Francisco nichts“, "Leike from California".
const SEAT_AFTER = lazyPattern(
  () => String.raw`^${SPACE}+(?:in|im|aus|from)${SPACE}+${anyOf(employerSeats)}(?![\p{L}])`,
  'u',
);
/** Whether the lone surname ending at `end` is placed where our people's employer sits (above). */
export const isPlacedAtEmployersSeat = (text: string, end: number) => SEAT_AFTER().test(textAfter(text, end));
