import { findInBlockTexts } from '../../engine/match/block-texts';
import { createMatcher } from '../../engine/match/matcher';
import type { Matcher } from '../../engine/match/mention';
import { encodeMentions } from '../../engine/match/mention-wire';
import { namedPeople } from '../../knowledge/names';
import type { MatchAnswer, MatchRequest } from '../../model/match-messages';
import type { PersonId } from '../../model/person';

// Built at the first request and kept while the background lives: its patterns stay compiled from one page to the
// next, and no page's main thread compiles them.
let matcher: Matcher<PersonId> | undefined;

/** The candidates in the texts a page session sent: the matcher's, as plain data. */
export function matchTexts({ texts }: MatchRequest): MatchAnswer {
  const built = (matcher ??= createMatcher(namedPeople));
  return encodeMentions(findInBlockTexts(built, texts));
}
