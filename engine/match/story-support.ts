import { EMPLOYER_HINT } from '../rules/employer-titles';
import { lineTellsTheOuster, tellsOurStory, tellsTheOuster } from '../rules/story-words';
import type { Found } from './candidates';
import { SUPPORT } from './mention-kind';
import { EMPLOYERS } from './support-words';

/**
 * The support a text that tells our story gives its lone surnames where it has no AI word: as a whole, and on the
 * lines of a thread on the ouster.
 */

/**
 * `found` with the support a text that tells our story with no AI word, a comment thread under it, gives its lone
 * surnames: they count as in a text that speaks of AI (round 17); whether or not it names one of ours in full, which a
 * comment under the story need not (round 20): the document decides whether they are ours (surname-rules.ts).
 */
export function withStoryTold<Id extends string>(text: string, found: Found<Id>[]): Found<Id>[] {
  if (!(found.some((f) => f.kind === 'surname' && f.support < SUPPORT.TEXT) && tellsOurStory(text))) return found;
  return found.map((f) => (f.kind === 'surname' && f.support < SUPPORT.TEXT ? { ...f, support: SUPPORT.TEXT } : f));
}

/**
 * `found` with the support a thread on the ouster, board and deed, with no AI word, gives a lone surname on a line of
 * it: it stands as near AI words (round 39, real text): "if the board learned some things not from Altman …, less than
 * candid …". Round 64 (real text): where the thread names our people's employer too, which says whose board it was, on
 * any line; and on a line of the ouster as in a sentence of AI, as a report calls him "Mr. Altman" ("the company said
 * that Mr. Altman “was not consistently candid” with the board").
 */
export function withOusterTold<Id extends string>(text: string, found: Found<Id>[]): Found<Id>[] {
  if (!(found.some((f) => f.kind === 'surname' && f.support < SUPPORT.SENTENCE) && tellsTheOuster(text))) return found;
  const employerNamed = EMPLOYER_HINT.test(text) && text.search(EMPLOYERS()) !== -1;
  return found.map((f) => {
    if (f.kind !== 'surname' || f.support >= SUPPORT.SENTENCE) return f;
    const ousterLine = lineTellsTheOuster(text, f.start, f.end);
    const support =
      employerNamed && ousterLine ? SUPPORT.SENTENCE : employerNamed || ousterLine ? SUPPORT.NEAR : f.support;
    return support > f.support ? { ...f, support } : f;
  });
}
