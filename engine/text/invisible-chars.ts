import { firstIndexWhere } from '../../utils/binary-search';

/**
 * Characters that render as nothing but can sit inside a word: soft hyphen, zero-width spaces and
 * joiners, word joiner, BOM, and the direction marks that Hebrew and Arabic pages put around names.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

export interface VisibleText {
  /** The text without invisible characters. */
  readonly text: string;
  /** Maps an offset in `text` back to the offset in the original string. */
  readonly toOriginal: (offset: number) => number;
}

const identity = (offset: number) => offset;

/** `original` without its invisible characters; the same string where it has none (most texts). */
export function withoutInvisible(original: string): string {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(original) ? original.replace(INVISIBLE, '') : original;
}

/** Removes invisible characters so that "Suts\u00ADkever" reads as the name it shows. */
export function stripInvisible(original: string): VisibleText {
  const text = withoutInvisible(original);
  if (text === original) return { text, toOriginal: identity };
  // shifts[i]: where the i-th removed character would sit in the stripped text. Never decreasing, so
  // the removed characters before a stripped offset are found by binary search.
  const shifts: number[] = [];
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(original); m; m = INVISIBLE.exec(original)) shifts.push(m.index - shifts.length);
  return {
    text,
    toOriginal: (offset) => offset + firstIndexWhere(shifts.length, (i) => shifts[i]! > offset),
  };
}
