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
// Past this length a text gets no view: the last one is kept for the next pattern, and a page's longest text
// node would be kept twice.
const VIEW_UP_TO = 1 << 16;
// Escapes that name a character by number or by reference: a source with one is not read here.
const OPAQUE_ESCAPES = 'uxck0123456789';

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
 * What a pattern's source names beyond Latin-1, and whether it names the two apostrophes alike (each only in
 * classes that hold both, or neither anywhere). Null where it has an escape that names a character by number,
 * a range with an end past ASCII, a property not vetted, or another reading than flag `u` gives: no view then.
 * A scan of the source's characters, not patterns run on it: a source is two-byte where it names a Cyrillic
 * or Hebrew spelling.
 */
function readingOf(pattern: RegExp): Reading | null {
  let reading = READINGS.get(pattern);
  if (reading !== undefined) return reading;
  reading = pattern.unicode && !pattern.unicodeSets ? scan(pattern.source) : null;
  READINGS.set(pattern, reading);
  return reading;
}

function scan(source: string): Reading | null {
  const named = new Set<string>();
  let apostropheAlike = true;
  // Within a class: whether it holds either apostrophe.
  let inClass = false;
  let typographic = false;
  let straight = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (OPAQUE_ESCAPES.includes(next)) return null;
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', i);
        if (!PROPERTIES.has(source.slice(i + 3, close))) return null;
        i = close;
      } else i++;
      continue;
    }
    if (c.charCodeAt(0) > 0xff) named.add(c);
    if (c === STAND_IN) return null;
    if (!inClass) {
      if (c === '[') [inClass, typographic, straight] = [true, false, false];
      else if (c === TYPOGRAPHIC || c === STRAIGHT) apostropheAlike = false;
    } else if (c === ']') {
      inClass = false;
      if (typographic !== straight) apostropheAlike = false;
    } else if (c === '-' && (source.charCodeAt(i - 1) > 0x7f || source.charCodeAt(i + 1) > 0x7f)) return null;
    else if (c === TYPOGRAPHIC) typographic = true;
    else if (c === STRAIGHT) straight = true;
  }
  return { named, apostropheAlike };
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
  lastView = text;
  let codes: Uint8Array | undefined;
  const beyond = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) {
      if (codes) codes[i] = code;
      continue;
    }
    if (!codes) {
      codes = new Uint8Array(text.length);
      for (let j = 0; j < i; j++) codes[j] = text.charCodeAt(j);
    }
    const c = text[i]!;
    beyond.add(c);
    codes[i] = (c === TYPOGRAPHIC ? STRAIGHT : STAND_IN).charCodeAt(0);
  }
  lastBeyond = [...beyond];
  if (!codes) return;
  // In pieces: a call takes a limited number of arguments. Joined one-byte pieces stay one-byte. `apply` takes the
  // typed array as it is, where a spread would walk it with an iterator: twice as slow on a page's first blocks.
  const pieces: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) {
    pieces.push(String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]));
  }
  lastView = pieces.join('');
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
