import { firstIndexWhere } from '../../utils/binary-search';

/**
 * Characters that render as nothing but can sit inside a word: soft hyphen, zero-width spaces and
 * joiners, word joiner, BOM, and the direction marks that Hebrew and Arabic pages put around names.
 * Round 72: and the hyphen, line break and indent of a word hyphenated across lines, as a printed column or its
 * OCR breaks it ("Sut-\nskever", "Alt-\nman"): a hyphen after a letter at a line's end, with the next line going
 * on in small letters, is where the soft hyphen would have been; a capital after it is a compound's own
 * ("Superalignment-\nTeam"). Latin letters only, by their ranges: a `\p{…}` class here would be built by every
 * page's session script. The hyphen comes first and the letter before it is looked back at from there: every page
 * without a name runs this pattern over its whole text, and with the look-behind first V8 tries it at every
 * character (1 MB of prose: 6.4 ms rather than 1.2).
 */
const INVISIBLE =
  /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]|-(?<=[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]-)\n[^\S\n]*(?=[a-z\u00DF-\u00F6\u00F8-\u00FF])/g;

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
  for (let m = INVISIBLE.exec(original); m; m = INVISIBLE.exec(original))
    for (let i = 0; i < m[0].length; i++) shifts.push(m.index + i - shifts.length);
  return {
    text,
    toOriginal: (offset) => offset + firstIndexWhere(shifts.length, (i) => shifts[i]! > offset),
  };
}
