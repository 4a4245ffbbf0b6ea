import { clubAbbreviations } from '../knowledge/lexicon';
import { anyOf, lazyPattern } from './regex-parts';

// A results line after a name: a club or school in brackets, then a time or a height ("(Harbor Prep) 49.88",
// "(Central) 1.98 m", "(Lakeview) 5:02.41"), never a date ("(OpenAI) 14.05.2024").
const RESULT_AFTER = lazyPattern(() => /^[^\S\n]*\([^()\n]{1,40}\)[^\S\n]+\d{1,2}(?:[:.,]\d{2})+(?!\d|[.:,]\d)/);
// A reporter's age after a name, spaced as prose is, not a data row's field ("Jakub Pachocki, 41, said").
const AGE_AFTER = lazyPattern(() => /^,[^\S\n]+\d{1,3},[^\S\n]/);

// A sports club after a name: "jan leike vom tsv gellersen", "Sam Altman from SV Lindenau" (round 16).
const CLUB_AFTER = lazyPattern(
  () => String.raw`^[^\S\n]+(?:vom|von|from|of)[^\S\n]+${anyOf(clubAbbreviations)}[^\S\n]+\p{L}`,
  'iu',
);
// What `CLUB_AFTER` needs first, one byte: the first letter of "vom", "von", "from" or "of".
const CLUB_PREPOSITION_START = 'vVfFoO';

/**
 * Whether a results line, an age or a sports club follows the full name ending at `end`: an athlete's or a local
 * person's name, who is someone else unless the sentence speaks of AI (the caller checks).
 */
export function isResultOrAgeAfter(text: string, end: number): boolean {
  const next = text[end];
  if (next === ',') return AGE_AFTER().test(text.slice(end, end + 6));
  if (next === ' ' && CLUB_PREPOSITION_START.includes(text[end + 1] ?? ' ')) {
    return CLUB_AFTER().test(text.slice(end, end + 20));
  }
  return (next === ' ' || next === '(') && RESULT_AFTER().test(text.slice(end, end + 64));
}
