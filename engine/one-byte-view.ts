/**
 * One-byte views of a text for the large patterns that read a whole block.
 *
 * V8 compiles a regular expression to native code separately for one-byte and two-byte subjects, and the
 * two-byte code of a large Unicode pattern is the bigger one (on the bench's page of 10,000 names: the names
 * pattern 85 KB against 37 KB, the AI terms 60 KB against 33 KB). Most of a page's texts are two-byte for a
 * few typographic characters alone ("Jan Leike’s", a dash, an ellipsis). A view puts a one-byte stand-in in
 * place of each character beyond Latin-1, at the same offset, where a pattern provably cannot tell the two
 * apart: the typographic apostrophe becomes the straight one where the pattern names both or neither, other
 * punctuation that it does not name a C1 control character. Offsets, and so every match's index and length,
 * are those of the text; what a match spells is read from the text.
 */

// The stand-in for a character that a pattern does not name and no class of it tells from this one.
const STAND_IN = '\x80';
// The typographic apostrophe, the one character beyond Latin-1 that most pages have, and its stand-in.
const TYPOGRAPHIC = '’';
const STRAIGHT = "'";
const BEYOND_LATIN1 = /[^\0-\xff]/;
const BEYOND_LATIN1_ALL = /[^\0-\xff]/g;

/**
 * The characters beyond Latin-1 that a view may stand in for, as ranges of code units: general punctuation
 * (dashes, quotes, bullets, the ellipsis, primes), currency signs and the trade mark sign. None is a letter,
 * mark, number or space, none has a case, none has a property of `PROPERTIES` (unit-tested): known without
 * a test, as a class run on many two-byte characters would itself be compiled for them.
 */
export const INERT: readonly (readonly [from: number, to: number])[] = [
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20a0, 0x20c0],
  [0x2122, 0x2122],
];
const isInert = (code: number) => INERT.some(([from, to]) => code >= from && code <= to);

/**
 * The Unicode properties a pattern's classes may name and still read views: none of them holds an inert
 * character, a stand-in or the straight apostrophe (unit-tested).
 */
export const PROPERTIES: ReadonlySet<string> = new Set(['L', 'Lu', 'Ll', 'M', 'N', 'Script=Hebrew', 'Script=Latin']);
const PROPERTY = /\\[pP]\{([^}]*)\}/g;
// An escape, or a character class with the escapes inside it, in a pattern's source.
const ESCAPE_OR_CLASS = /\\.|\[(?:\\.|[^\]\\])*\]/g;
const classesOf = (source: string) => (source.match(ESCAPE_OR_CLASS) ?? []).filter((part) => part[0] === '[');
// Past this length a text gets no view: the last one is kept for the next pattern, and a page's longest text
// node would be kept twice.
const VIEW_UP_TO = 1 << 16;

/** What a pattern tells apart of the characters a view stands in for. */
interface Reading {
  /** The characters beyond Latin-1 its source names. */
  readonly named: ReadonlySet<string>;
  /** Whether the typographic apostrophe may stand as the straight one. */
  readonly apostropheAlike: boolean;
}

// Each pattern's reading, or null where a view cannot be proven alike for it.
const READINGS = new WeakMap<RegExp, Reading | null>();

/**
 * Whether `a` and `b` are alike to a pattern's `source`: each stands only in classes that hold both, or
 * neither stands anywhere.
 */
function alike(source: string, a: string, b: string): boolean {
  const outside = source.replace(ESCAPE_OR_CLASS, (part) =>
    part[0] !== '[' ? '' : part.includes(a) === part.includes(b) ? '' : a,
  );
  return !outside.includes(a) && !outside.includes(b);
}

function readingOf(pattern: RegExp): Reading | null {
  let reading = READINGS.get(pattern);
  if (reading !== undefined) return reading;
  const { source } = pattern;
  // Escapes that name a character by number, a range reaching past ASCII, a property not vetted, or another
  // reading of the source than flag `u` gives: not read here, so no view.
  const opaque =
    !pattern.unicode ||
    /\\[uxc0-9]/.test(source) ||
    source.includes(STAND_IN) ||
    classesOf(source).some((cls) => /-[^\0-\x7f]|[^\0-\x7f]-/.test(cls)) ||
    [...source.matchAll(PROPERTY)].some(([, name]) => !PROPERTIES.has(name!));
  reading = opaque
    ? null
    : { named: new Set(source.match(BEYOND_LATIN1_ALL)), apostropheAlike: alike(source, TYPOGRAPHIC, STRAIGHT) };
  READINGS.set(pattern, reading);
  return reading;
}

/** Whether `reading`'s pattern reads `c`, beyond Latin-1, as it reads its stand-in in a view. */
const standsIn = (reading: Reading, c: string) =>
  c === TYPOGRAPHIC ? reading.apostropheAlike : isInert(c.charCodeAt(0)) && !reading.named.has(c);

// The last text viewed, its view (the text itself where it has no character beyond Latin-1) and those
// characters: the patterns of one block share them.
let lastText: string | undefined;
let lastView = '';
let lastBeyond: readonly string[] = [];

function viewOf(text: string): void {
  if (text === lastText) return;
  lastText = text;
  if (!BEYOND_LATIN1.test(text)) {
    lastView = text;
    lastBeyond = [];
    return;
  }
  const beyond = new Set<string>();
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) codes[i] = code;
    else {
      const c = text[i]!;
      beyond.add(c);
      codes[i] = (c === TYPOGRAPHIC ? STRAIGHT : STAND_IN).charCodeAt(0);
    }
  }
  // In pieces: a call takes a limited number of arguments. Joined one-byte pieces stay one-byte.
  const pieces: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) pieces.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  lastView = pieces.join('');
  lastBeyond = [...beyond];
}

/**
 * What `pattern` should read for `text`: a one-byte view of it where the text has characters beyond Latin-1
 * and the pattern reads each of them as its stand-in; otherwise the text. Either way it finds the same
 * matches at the same offsets.
 */
export function subjectFor(pattern: RegExp, text: string): string {
  if (text.length > VIEW_UP_TO) return text;
  const reading = readingOf(pattern);
  if (!reading) return text;
  viewOf(text);
  return lastBeyond.length && lastBeyond.every((c) => standsIn(reading, c)) ? lastView : text;
}
