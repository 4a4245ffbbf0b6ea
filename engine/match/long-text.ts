import type { Matcher, Mention } from './mention';

/** Texts longer than this are matched window by window, so that no single step holds the page up. */
export const WINDOW = 65_536;
// Each window overlaps the next by this much; a name and the context its boundaries look at fit in half.
const OVERLAP = 512;

/** A stretch of a text matched on its own: its candidates that start in [keepFrom, keepTo) are kept. */
export interface TextWindow {
  readonly from: number;
  readonly text: string;
  readonly keepFrom: number;
  readonly keepTo: number;
}

/** The windows of `text`: one, the whole text, where it is no longer than `WINDOW`. */
export function windowsOf(text: string): TextWindow[] {
  if (text.length <= WINDOW) return [{ from: 0, text, keepFrom: 0, keepTo: Infinity }];
  const windows: TextWindow[] = [];
  for (let from = 0; from < text.length; from += WINDOW - OVERLAP) {
    const isLast = from + WINDOW >= text.length;
    windows.push({
      from,
      text: text.slice(from, from + WINDOW),
      keepFrom: from === 0 ? 0 : OVERLAP / 2,
      keepTo: isLast ? Infinity : WINDOW - OVERLAP / 2,
    });
    if (isLast) break;
  }
  return windows;
}

/** A window's candidates that it keeps, at their offsets in the whole text. */
export function keptOf<Id extends string>(window: TextWindow, found: readonly Mention<Id>[]): Mention<Id>[] {
  const { from, keepFrom, keepTo } = window;
  if (from === 0 && keepTo === Infinity) return [...found];
  return found
    .filter((m) => m.start >= keepFrom && m.start < keepTo)
    .map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
}

/**
 * The candidates of `text`, found window by window; yields between windows. Each window keeps the
 * mentions that start in its own stretch, so the stretches tile the text and none is found twice.
 */
export function* findInWindows<Id extends string>(matcher: Matcher<Id>, text: string): Generator<void, Mention<Id>[]> {
  const windows = windowsOf(text);
  const found: Mention<Id>[] = [];
  for (const [i, window] of windows.entries()) {
    if (i) yield;
    found.push(...keptOf(window, matcher.find(window.text)));
  }
  return found;
}

/** The candidates of `text`, window by window, without a pause: for the background, which holds up no page. */
export function findAll<Id extends string>(matcher: Matcher<Id>, text: string): Mention<Id>[] {
  const steps = findInWindows(matcher, text);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
