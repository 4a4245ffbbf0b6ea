import { people } from '../../../knowledge/people';
import { createMatcher } from '../../../engine/match/matcher';
import { findInDocument } from '../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** What the engine marks in `text`, a whole document, as written. */
export const markedInDocument = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));
