import type { Matcher, Mention } from './matcher';

/** Texts longer than this are matched window by window, so that no single step holds the page up. */
export const WINDOW = 65_536;
// Each window overlaps the next by this much; a name and the context its boundaries look at fit in half.
const OVERLAP = 512;

/**
 * The candidates of `text`, found window by window; yields between windows. Each window keeps the
 * mentions that start in its own stretch, so the stretches tile the text and none is found twice.
 */
export function* findInWindows<Id extends string>(matcher: Matcher<Id>, text: string): Generator<void, Mention<Id>[]> {
  if (text.length <= WINDOW) return matcher.find(text);
  const found: Mention<Id>[] = [];
  for (let from = 0; from < text.length; from += WINDOW - OVERLAP) {
    const isFirst = from === 0;
    const isLast = from + WINDOW >= text.length;
    const keepFrom = isFirst ? 0 : OVERLAP / 2;
    const keepTo = isLast ? Infinity : WINDOW - OVERLAP / 2;
    for (const m of matcher.find(text.slice(from, from + WINDOW))) {
      if (m.start >= keepFrom && m.start < keepTo) found.push({ ...m, start: m.start + from, end: m.end + from });
    }
    if (isLast) break;
    yield;
  }
  return found;
}
