import { namesakeWorldTerms, styleNouns } from '../../knowledge/lexicon/namesake-worlds';
import { lowerSet, lazyPattern, SPACE, anyOf } from '../text/regex-parts';
import { WORD_AFTER } from '../text/words-around';
import { GENITIVE } from '../text/words-around';

/**
 * A lone surname before a namesake's work or in his manner: "Altmans Episodenfilm", "an Altman movie".
 */

// The one-word terms of a namesake's world, lower case, that a German compound may end in: "Episodenfilm".
const WORLD_WORDS = [...lowerSet(namesakeWorldTerms)].filter((term) => term.length >= 4 && !term.includes(' '));

// An indefinite article, perhaps an adjective between, before a surname that qualifies a noun of a work or a style:
// "feel like an Altman movie", "a decent Altman character" (round 45): the director's manner. Round 99: or "any",
// "more overlapping dialogue than any Altman picture".
const INDEFINITE_LEAD = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])(?:an?|any|ein|eine)(?:${SPACE}+\p{Ll}+)?${SPACE}+$`,
  'iu',
);
// Round 137: or a German compound's head that ends in one, „ein Altman-Ensemblefilm über die Vorstandsetage“.
const STYLE_NOUN_AFTER = lazyPattern(() => String.raw`^(?:-\p{L}*?|${SPACE})${anyOf(styleNouns)}(?![\p{L}])`, 'iu');
// Round 96: or the definite article before the surname that qualifies a plural of works, "a watch party for both, the
// Altman films and the OpenAI stream": a body of work, which none of ours has made. Round 102: or of books, "read
// the Altman books first".
const DEFINITE_LEAD = lazyPattern(() => String.raw`(?:^|[^\p{L}])the${SPACE}+$`, 'iu');
const WORKS_AFTER = lazyPattern(
  () => String.raw`^${SPACE}(?:films|movies|pictures|poems|books|novels)(?![\p{L}])`,
  'iu',
);

/**
 * Whether the capitalised word right after a German genitive is a work of a namesake's world, a compound ending in
 * one of its terms: "„Short Cuts“ (1993). Altmans Episodenfilm nach Raymond Carver" is the director's (round 16).
 */
function isNamesakeWorkAfter(after: string): boolean {
  const next = WORD_AFTER.exec(after)?.[1]?.toLowerCase();
  return next !== undefined && !after.startsWith('-') && WORLD_WORDS.some((term) => next.endsWith(term));
}

/**
 * Whether the surname, `written`, qualifies a namesake's work or his manner: "Altmans Episodenfilm", "an Altman movie",
 * "the Altman films".
 */
export const namesNamesakesWork = (written: string, before: string, after: string) =>
  (GENITIVE().test(written) && isNamesakeWorkAfter(after)) ||
  (STYLE_NOUN_AFTER().test(after) && INDEFINITE_LEAD().test(before)) ||
  (WORKS_AFTER().test(after) && DEFINITE_LEAD().test(before));
