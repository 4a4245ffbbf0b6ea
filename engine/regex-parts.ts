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

// A character that a one-byte string cannot hold.
const BEYOND_LATIN1 = /[^\0-\xff]/;
/** Past this length `oneByte` leaves a text as it is: it copies short slices only. */
const ONE_BYTE_UP_TO = 256;

/**
 * A short `text` as a one-byte string when every character of it fits in one: the same characters, so
 * every pattern reads it the same. V8 compiles a regular expression to native code once for one-byte
 * subjects and once for two-byte ones, and a slice of a two-byte text (a block with one "’" or "—" in
 * it) stays two-byte. The two-byte code of the Unicode classes (`\p{L}`, `iu`) is many times larger: on
 * the bench's page of 10,000 names, the patterns read before each lone surname took 20–170 KB each of it.
 */
export function oneByte(text: string): string {
  if (text.length > ONE_BYTE_UP_TO || BEYOND_LATIN1.test(text)) return text;
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return String.fromCharCode(...codes);
}

export const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

/**
 * A pattern built on its first use, from a source and flags or by a literal (`lazyPattern(() => /…/u)`). V8
 * parses a pattern when it is built (each `\p{…}` class tens of microseconds) and compiles it when it first runs
 * (a large case-insensitive Unicode one costs milliseconds): a module's patterns built at its top level would be
 * paid by every page that loads the engine, whether or not it ever reads them.
 */
export function lazyPattern(build: () => RegExp): () => RegExp;
export function lazyPattern(source: () => string, flags: string): () => RegExp;
export function lazyPattern(source: () => string | RegExp, flags?: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    if (pattern) return pattern;
    const built = source();
    return (pattern = typeof built === 'string' ? new RegExp(built, flags) : built);
  };
}

/**
 * A small case-insensitive pattern that every text holding one of `terms` (as `anyOf` matches them, any case)
 * also matches: each term's longest piece without spaces. A pre-check, so that a large pattern built on `terms`
 * is compiled and run only where it may match.
 */
export const hintOf = (terms: readonly string[]) =>
  new RegExp(anyOf([...new Set(terms.map((t) => t.split(' ').reduce((a, b) => (b.length > a.length ? b : a))))]), 'iu');

// What may follow a word before a name, as the patterns below allow it: spaces, a full stop or a colon ("Mr. ").
const TRAILING = /[\s.:,]+$/;

/**
 * The last two characters of `text` before its trailing spaces and punctuation, in one case: upper case, then
 * lower, so that every character that `i` with `u` takes for another (its simple case folding: "K" for the Kelvin
 * sign, "S" for the long s) gives the same two (unit-tested over every code unit). Undefined where a character
 * changes length so ("ß").
 */
function lastTwo(text: string): string | undefined {
  const end = text.replace(TRAILING, '').slice(-2);
  const folded = end.toUpperCase().toLowerCase();
  return folded.length === end.length ? folded : undefined;
}

/**
 * A case-insensitive pattern that matches only a text ending in one of `words` and then spaces, perhaps with a full
 * stop or a colon ("Herr ", "Mr. ", "geb.: "), as the word before a name: built on first use, and run only where the
 * text's last two letters are some word's. Most texts before a name end otherwise ("… wrote "), and the pattern, a
 * long alternation, is then never compiled (V8: 25 KB of native code for the roles of ordinary people's worlds).
 */
export function endingInOneOf(words: readonly string[], build: () => RegExp): Pick<RegExp, 'test'> {
  const pattern = lazyPattern(build);
  const ends = words.map(lastTwo);
  if (ends.some((end) => end === undefined || end.length < 2)) return { test: (text) => pattern().test(text) };
  const endings = new Set(ends);
  return {
    test(text) {
      const end = lastTwo(text);
      return (end === undefined || endings.has(end)) && pattern().test(text);
    },
  };
}
