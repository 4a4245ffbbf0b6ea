import type { PersonId } from '../../model/person';
import { findInBlockTexts } from '../match/block-texts';
import type { Matcher } from '../match/mention';
import type { MatchTexts } from './remote-match';

/**
 * `MatchTexts` by `matcher` in this thread, a batch read as the background reads it (`findInBlockTexts`): for the
 * bench's probe and the tests, which run the engine in a page. Kept out of `remote-match.ts`, which the page session
 * loads: the session never matches.
 */
export const localMatcher =
  (matcher: Matcher<PersonId>): MatchTexts =>
  async (texts) =>
    findInBlockTexts(matcher, texts);
