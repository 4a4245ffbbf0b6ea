/** Pieces of the matcher's regular expressions, shared by the modules that read the text around a name. */
import { formPattern } from './name-pattern';

export const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;
// Apostrophes as typed: straight, typographic, the modifier letter, and the accents German keyboards offer.
export const APOSTROPHES = "'’‘ʼ´`";
export const APOSTROPHE = `[${APOSTROPHES}]`;
/** Spaces within one line: a line break ends what these pieces read. */
export const SPACE = String.raw`[^\S\n]`;

/** An alternation of `forms`, longest first, so that "GPT-4o" is taken before "GPT". */
export const anyOf = (forms: readonly string[]) =>
  `(?:${[...forms]
    .sort((a, b) => b.length - a.length)
    .map(formPattern)
    .join('|')})`;

export const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
