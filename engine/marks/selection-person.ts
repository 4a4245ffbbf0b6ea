import type { Mention } from '../match/mention';
import { acceptInDocument } from '../rules/surname-rules';

/** Whether two ranges share any text; ranges in different trees (a shadow root and its page) do not, nor does none. */
export function rangesOverlap(a: Range | undefined, b: Range): boolean {
  try {
    return (
      !!a && a.compareBoundaryPoints(Range.START_TO_END, b) > 0 && a.compareBoundaryPoints(Range.END_TO_START, b) < 0
    );
  } catch {
    return false;
  }
}

/**
 * The people a selected text names, by the same rules as the marks, from the candidates the matcher
 * `found` in it: full names and handles, and lone surnames that the selection itself supports. `marked` adds the people whose marks the selection
 * covers, so that selecting a surname the page has already accepted ("Altman" on a page that names
 * Sam Altman) answers the same as hovering it.
 */
export function peopleNamedIn<Id extends string>(found: readonly Mention<Id>[], marked: Iterable<Id> = []): Id[] {
  const [accepted = []] = acceptInDocument([found]);
  return [...new Set([...accepted.map((m) => m.person), ...marked])];
}
