import type { NameForms } from '../../knowledge/types';
import { subjectFor } from '../text/one-byte-view';
import { gluedAfterPattern } from '../rules/glued-names';
import { anyOf, APOSTROPHE, lazyPattern } from '../text/regex-parts';

// A hashtag may start with a name: "#Altman", "#SamAltman".
const NOT_BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}_@])`;
// Hebrew writes "and", "to", "in", "from", "that", "as" as letters glued to the next word ("לסם אלטמן").
const AFTER_HEBREW_PREFIX = String.raw`(?<=${NOT_BEFORE}[ובלכמשה]{1,3})(?=\p{Script=Hebrew})`;
const NOT_AFTER = String.raw`(?![\p{L}\p{M}\p{N}_@])`;
// English possessive (Altman's, Altman’s), German genitive (Altmans, Sutskevers) and the apostrophe after
// an "s" (Sutskevers’).
const POSSESSIVE = `(?:${APOSTROPHE}s|s['’]?)?`;
// Between first name and surname: any whitespace (non-breaking spaces, line breaks), the hyphen of a
// German compound ("Sam-Altman-Interview"), or nothing and the underscore of hashtags and user names
// ("#SamAltman", "Sam_Altman"). Round 67: or a line break and the time a transcript's next line opens with, on that
// line or its own ("Sam\n0:14 Altman", "Ilya\n1:02:26\nSutskever"), as captions cut a name. Round 71: or a line break
// and the quote marks an e-mail's reply sets before each line, as its hard wrap cuts a name ("Ilya\n> Sutskever").
const NAME_GAP = String.raw`(?:[^\S\n]*\n[^\S\n]*\d{1,2}(?::\d{2}){1,2}\s+|[^\S\n]*\n[^\S\n]*(?:>[^\S\n]*)+|\s+|[-_])?`;

/** A person's alternatives of the names pattern, in order: full name, handle, handle without its `@`, surname. */
export function personPattern(index: number, names: NameForms): string {
  const given = anyOf(names.given);
  const surname = anyOf(names.surnames);
  // A middle name or its initial: "Samuel Harris Altman", "Samuel H. Altman" (round 64, real text).
  const middleInitials = [...new Set(names.middle.map((m) => m[0]!))].join('');
  const middle = names.middle.length
    ? String.raw`(?:(?:${anyOf(names.middle)}|[${middleInitials}]\.)${NAME_GAP})?`
    : '';
  // An initial stands for the first name: "S. Altman", "I. Sutskever". Round 154: with the middle name's initial too,
  // as a paper's author list writes it, "J. W. Pachocki"; a space between the two, so that "i.e. Sutskever's" is none.
  const middleInitial = middleInitials ? String.raw`(?:(?<=\s)[${middleInitials}]\.\s*)?` : '';
  const initial = String.raw`[${[...new Set(names.given.map((g) => g[0]!))].join('')}]\.\s*${middleInitial}`;
  const parts = [`(?<p${index}f>(?:${given}${NAME_GAP}${middle}|${initial})${surname})`];
  if (names.handles.length) parts.push(`(?<p${index}h>${anyOf(names.handles)})`);
  if (names.bareHandles.length) parts.push(`(?<p${index}b>${anyOf(names.bareHandles)})`);
  parts.push(`(?<p${index}s>${surname})`);
  return parts.join('|');
}

// Another first name joined to the surname in a hashtag is a namesake: "#RobertAltman". Its cased-letter
// classes under `iu` make V8 expand every case variant: kept out of the names pattern, compiled only for
// texts with a "#".
export const hashtagPattern = (index: number, names: NameForms) =>
  String.raw`(?<p${index}o>\p{Lu}\p{Ll}+${anyOf(names.surnames)})`;

// Round 167: or after a clock's time glued to it, as a live blog's or a programme's time cell runs into its entry where
// the page sets no space between them: "04:50Leike has posted on X", "10:30Papers I: … Leike et al.".
const AFTER_CLOCK = String.raw`(?<=(?<![\d:])\d{1,2}:\d{2})`;
/** Where a name may start: at a word's start, after a Hebrew prefix or after a clock's time. */
export const NAME_START = `(?:${NOT_BEFORE}|${AFTER_HEBREW_PREFIX}|${AFTER_CLOCK})`;
/** How a name ends: possessive ending or not, at a word's end. */
export const NAME_END = `${POSSESSIVE}${NOT_AFTER}`;
// The start checked in code after a hit, not in the names pattern: its letter classes under `iu` cost V8 a
// millisecond to compile, and even without `i` (which reads them the same) half a millisecond. Most names
// follow an ASCII character, and then no class is needed.
const nameStartsHere = lazyPattern(() => NAME_START, 'uy');
const ASCII_WORD_CHAR = /[A-Za-z0-9_@]/;
const CLOCK_BEFORE = /(?<![\d:])\d{1,2}:\d{2}$/;

/** Whether a name may start at `index` of `text`, as `NAME_START` with the names pattern's flags reads it. */
export function startsName(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1]!;
  if (before < '\x80') {
    if (!ASCII_WORD_CHAR.test(before)) return true;
    return before >= '0' && before <= '9' && CLOCK_BEFORE.test(text.slice(Math.max(0, index - 6), index));
  }
  const pattern = nameStartsHere();
  pattern.lastIndex = index;
  return pattern.test(text);
}

/** One candidate: where it starts, what it matched, and its group, `p<person index><kind letter>`. */
export interface NameHit {
  readonly index: number;
  readonly text: string;
  readonly group: string;
}

const groupOf = (m: RegExpExecArray) => Object.keys(m.groups!).find((key) => m.groups![key] !== undefined)!;
export const personOf = (group: string) => Number(group.slice(1, -1));

/**
 * `search`, remembering its last answer: a search of the same text from a position between the last one's start
 * and its answer has the same answer. Searching again after every hit would read a long text once per hit.
 */
function remembered<T>(
  search: (text: string, from: number) => T,
  at: (found: T) => number | undefined,
): (text: string, from: number) => T {
  let last: { text: string; from: number; found: T } | undefined;
  return (text, from) => {
    if (last?.text === text && last.from <= from && (at(last.found) ?? Infinity) >= from) return last.found;
    last = { text, from, found: search(text, from) };
    return last.found;
  };
}

/**
 * Finds the names of `people` in a text, hit after hit, as one pattern with each person's alternatives in turn
 * (full name, handle, surname, hashtag namesake) would: the leftmost hit, and at one position the first
 * alternative. Returns a function that gives the next hit at or after `from`.
 */
export function createNameScanner(
  people: readonly { readonly names: NameForms }[],
): (text: string, from: number) => NameHit | undefined {
  const names = new RegExp(`(?:${people.map((p, i) => personPattern(i, p.names)).join('|')})${NAME_END}`, 'giu');
  const hashtags = lazyPattern(
    () => String.raw`(?<=#)(?:${people.map((p, i) => hashtagPattern(i, p.names)).join('|')})${NAME_END}`,
    'giu',
  );
  const exec = (pattern: RegExp, text: string, from: number): NameHit | undefined => {
    pattern.lastIndex = from;
    const m = pattern.exec(subjectFor(pattern, text));
    return m ? { index: m.index, text: text.slice(m.index, m.index + m[0].length), group: groupOf(m) } : undefined;
  };
  const nextName = (text: string, from: number) => {
    let hit = exec(names, text, from);
    // The names pattern's hits at the leftmost position where a name may start: as if the pattern checked it.
    while (hit && !startsName(text, hit.index)) hit = exec(names, text, hit.index + 1);
    return hit;
  };
  const nextHash = remembered(
    (text, from) => text.indexOf('#', from),
    (index) => (index < 0 ? undefined : index),
  );
  const nextTag = remembered(
    (text, from) => exec(hashtags(), text, from),
    (tag) => tag?.index,
  );
  const glued = lazyPattern(() => people.map((p, i) => gluedAfterPattern(i, p.names)).join('|'), 'g');
  const nextGlued = remembered(
    (text, from) => {
      let hit = exec(glued(), text, from);
      while (hit && !startsName(text, hit.index)) hit = exec(glued(), text, hit.index + 1);
      return hit;
    },
    (hit) => hit?.index,
  );
  const nextNameOrTag = (text: string, from: number) => {
    const hit = nextName(text, from);
    const hash = nextHash(text, from);
    if (hash < 0 || (hit && hit.index <= hash)) return hit;
    const tag = nextTag(text, hash + 1);
    if (!tag) return hit;
    if (!hit || tag.index < hit.index) return tag;
    // Both at one position: a person's hashtag namesake comes after that person's own forms, before the next person's.
    return tag.index === hit.index && personOf(tag.group) < personOf(hit.group) ? tag : hit;
  };
  // The names pattern finds no name glued to the next word, so a glued name comes first where it starts before the hit.
  return (text, from) => {
    const hit = nextNameOrTag(text, from);
    const glue = nextGlued(text, from);
    return glue && (!hit || glue.index < hit.index) ? glue : hit;
  };
}
