import type { Matcher } from './matcher';
import { findInDocument } from './surname-rules';

/** Whether two ranges share any text; ranges in different trees (a shadow root and its page) do not. */
export function rangesOverlap(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_END, b) > 0 && a.compareBoundaryPoints(Range.END_TO_START, b) < 0;
  } catch {
    return false;
  }
}

/**
 * The people a selected text names, by the same rules as the marks: full names and handles, and lone
 * surnames that the selection itself supports. `marked` adds the people whose marks the selection
 * covers, so that selecting a surname the page has already accepted ("Altman" on a page that names
 * Sam Altman) answers the same as hovering it.
 */
export function peopleNamedIn<Id extends string>(matcher: Matcher<Id>, text: string, marked: Iterable<Id> = []): Id[] {
  return [...new Set([...findInDocument(matcher, text).map((m) => m.person), ...marked])];
}
