/**
 * One-byte views of a text for the large patterns that read a whole block.
 *
 * V8 compiles a regular expression to native code separately for one-byte and two-byte subjects, and the
 * two-byte code of a large Unicode pattern is the bigger one (on the bench's page of 10,000 names: the names
 * pattern 85 KB against 37 KB, the AI terms 60 KB against 33 KB). Most of a page's texts are two-byte for a
 * few typographic characters alone ("Jan Leike’s", a dash, an ellipsis). A view puts a one-byte stand-in in
 * place of each character beyond Latin-1, at the same offset, where a pattern provably cannot tell the two
 * apart: the typographic apostrophe becomes the straight one, anything else a C1 control character. Offsets,
 * and so every match's index and length, are those of the text; what a match spells is read from the text.
 */

// The stand-in for a character that a pattern does not name and no class of it tells from this one.
const STAND_IN = '\x80';
// The typographic apostrophe, the one character beyond Latin-1 that most pages have, and its stand-in.
const TYPOGRAPHIC = '’';
const STRAIGHT = "'";
const BEYOND_LATIN1 = /[^\0-\xff]/;
const BEYOND_LATIN1_ALL = /[^\0-\xff]/g;
// What a pattern may tell apart by class without naming the character: letters, marks, numbers, spaces.
const CLASSED = String.raw`[\p{L}\p{M}\p{N}\s]`;
const PROPERTY = /\\[pP]\{([^}]*)\}/g;
// An escape, or a character class with the escapes inside it, in a pattern's source.
const ESCAPE_OR_CLASS = /\\.|\[(?:\\.|[^\]\\])*\]/g;
const classesOf = (source: string) => (source.match(ESCAPE_OR_CLASS) ?? []).filter((part) => part[0] === '[');
// Past this length a text gets no view: the last one is kept for the next pattern, and a page's longest text
// node would be kept twice.
const VIEW_UP_TO = 1 << 16;

/** What a pattern is known to tell apart, or `undefined` where a view of a text cannot be proven alike. */
interface Reading {
  /** The characters beyond Latin-1 its source names. */
  readonly named: ReadonlySet<string>;
  /** The Unicode properties its classes name (`\p{…}`, `\P{…}`), each as a class of its own. */
  readonly properties: readonly string[];
  /** Whether the typographic apostrophe may stand as the straight one. */
  readonly apostropheAlike: boolean;
}

const READINGS = new WeakMap<RegExp, Reading | null>();

// Whether a character is in a class, asked once a page for each: a pattern run again on a two-byte subject
// would be compiled for it, which is what views avoid.
const CLASS_PATTERNS = new Map<string, RegExp>();
const MEMBERSHIPS = new Map<string, boolean>();
function isIn(cls: string, c: string): boolean {
  const key = `${cls}\n${c}`;
  let is = MEMBERSHIPS.get(key);
  if (is === undefined) {
    let pattern = CLASS_PATTERNS.get(cls);
    if (!pattern) CLASS_PATTERNS.set(cls, (pattern = new RegExp(cls, 'u')));
    is = pattern.test(c);
    // A page in another script meets many characters, each of which ends its text's view at once.
    if (MEMBERSHIPS.size >= 1024) MEMBERSHIPS.clear();
    MEMBERSHIPS.set(key, is);
  }
  return is;
}

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
  // Escapes that name a character by number, a range reaching past ASCII, or another reading of the source than
  // flag `u` gives: not read here, so no view.
  const opaque = /\\[uxc0-9]/.test(source) || classesOf(source).some((cls) => /-[^\0-\x7f]|[^\0-\x7f]-/.test(cls));
  const properties = [...new Set([...source.matchAll(PROPERTY)].map(([, name]) => `\\p{${name}}`))];
  const unseen = (c: string) => !properties.some((property) => isIn(property, c));
  reading =
    !pattern.unicode || opaque || source.includes(STAND_IN) || !unseen(STAND_IN) || !unseen(STRAIGHT)
      ? null
      : {
          named: new Set(source.match(BEYOND_LATIN1_ALL)),
          properties,
          apostropheAlike: alike(source, TYPOGRAPHIC, STRAIGHT),
        };
  READINGS.set(pattern, reading);
  return reading;
}

/** Whether `reading`'s pattern reads `c`, beyond Latin-1, as it reads its stand-in in a view. */
function standsIn(reading: Reading, c: string): boolean {
  const code = c.charCodeAt(0);
  // A surrogate half: the pattern (flag `u`) reads the pair as one character, the view as two.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (c === TYPOGRAPHIC) return reading.apostropheAlike && !reading.properties.some((property) => isIn(property, c));
  return (
    !reading.named.has(c) &&
    c.toLowerCase() === c &&
    c.toUpperCase() === c &&
    !isIn(CLASSED, c) &&
    !reading.properties.some((property) => isIn(property, c))
  );
}

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
