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

// What may follow a word before a name, as the patterns below allow it: spaces, a full stop or a colon ("Mr. ").
const TRAILING = /[\s.:,]+$/;
const LEADING = /^\s+/;

/**
 * `text` in one case: upper case, then lower, so that every character that `i` with `u` takes for another (its
 * simple case folding: "K" for the Kelvin sign, "S" for the long s) gives the same (unit-tested over every code
 * unit). Undefined where a character changes length so ("ß").
 */
function folded(text: string): string | undefined {
  const inOneCase = text.toUpperCase().toLowerCase();
  return inOneCase.length === text.length ? inOneCase : undefined;
}

/** The longest text a hint reads; a longer one passes (see `hintOf`). */
export const HINT_MAX_LENGTH = 4_096;

/**
 * `text` with every character that `i` with `u` takes for another written alike: lower case, then upper, then
 * lower (unit-tested over every code unit for the words it reads). Not of the same length: "ß" and "ẞ" both
 * become "ss"; a character gives the same whatever stands around it, so a word in a text stays a word in it.
 */
const caseless = (text: string) => text.toLowerCase().toUpperCase().toLowerCase();

/**
 * A test that passes every text holding one of `terms` (as `anyOf` matches them with `i` and `u`), and perhaps a
 * few more: a pre-check, so that a large pattern built on `terms` is compiled and run only where it may match. It
 * looks for every piece of a term between its spaces in the text, both `caseless`, natively: an alternation of
 * many words as a pattern costs V8 a compile and kilobytes of native code (the relatives' and denials' words 9.6 KB
 * on the bench's page of 10,000 names), and a term's longest piece alone is often a common word ("little").
 */
export function hintOf(terms: readonly string[]): Pick<RegExp, 'test'> {
  const keys = [...new Set(terms.map(caseless))].map((term) => term.split(' ').filter((piece) => piece));
  return {
    test(text) {
      // A long text (a window of a huge text node) is the pattern's to read: one pass of it costs less than a search
      // for every piece of every term (10 MB text node: 143 ms of these searches against none).
      if (text.length > HINT_MAX_LENGTH) return true;
      const inNoCase = caseless(text);
      return keys.some((pieces) => pieces.every((piece) => inNoCase.includes(piece)));
    },
  };
}

/** A pattern that matches only a text holding one of `words` (see `hintOf`): built and run only where one is. */
export function containingOneOf(words: readonly string[], build: () => RegExp): Pick<RegExp, 'test'> {
  const hint = hintOf(words);
  const pattern = lazyPattern(build);
  return { test: (text) => hint.test(text) && pattern().test(text) };
}

/**
 * A case-insensitive pattern that matches only a text with one of `words` at one edge (`edge` gives the first or
 * last `length` characters there): built on first use, and run only where the text's edge, folded, is some word's.
 * Most texts around a name have none of them there ("… wrote ", " and the board"), and the pattern, often a long
 * alternation, is then never compiled (V8: 25 KB of native code for the roles of ordinary people's worlds).
 */
function guarded(
  words: readonly string[],
  build: () => RegExp,
  edge: (text: string, length: number) => string,
  reach: number,
): Pick<RegExp, 'test' | 'exec'> {
  const pattern = lazyPattern(build);
  // `reach` characters where every word has them, else fewer: a word of punctuation ("(", "›") has one.
  const length = Math.min(reach, ...words.map((word) => edge(word, reach).length));
  const keys = length > 0 ? words.map((word) => folded(edge(word, length))) : [undefined];
  const known = new Set(keys);
  const mayMatch = keys.includes(undefined)
    ? () => true
    : (text: string) => {
        const key = folded(edge(text, length));
        return key === undefined || known.has(key);
      };
  return {
    test: (text) => mayMatch(text) && pattern().test(text),
    // Round 118: what it matched, for a rule that reads a group of it.
    exec: (text) => (mayMatch(text) ? pattern().exec(text) : null),
  };
}

/**
 * A pattern for the text before a name, matching only where it ends in one of `words` and spaces, perhaps with a
 * full stop or a colon between ("Herr ", "Mr. ", "geb.: ", "names › "). The last two letters are compared, or
 * `reach` of them where two are common word endings ("-ed").
 */
export const endingInOneOf = (words: readonly string[], build: () => RegExp, reach = 2) =>
  guarded(words, build, (text, length) => text.replace(TRAILING, '').slice(-length), reach);

/**
 * A pattern for the text after a name, matching only where it starts with one of `words` after spaces ("(", " - "):
 * the first two letters are compared, or `reach` of them where two are common word beginnings ("an" of "and").
 */
export const startingWithOneOf = (words: readonly string[], build: () => RegExp, reach = 2) =>
  guarded(words, build, (text, length) => text.replace(LEADING, '').slice(0, length), reach);

// A run of letters and their marks: one word, or one part of a hyphenated one.
export const LETTERS = String.raw`[\p{L}\p{M}]+`;

// Lower-case words and their capitalised forms, for a pattern that must tell lower case from upper elsewhere.
export const anyCase = (words: readonly string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
