import { contextTerms, nameSuffixes, titleEndings, titleWords } from '../knowledge/lexicon';
import type { NameForms } from '../knowledge/types';
import { stripInvisible } from './invisible-chars';
import { formPattern } from './name-pattern';
import { findAddressSpans, overlapsAny, type Span } from './url-spans';
import { firstIndexWhere } from '../utils/binary-search';

/**
 * How a mention names its person: in full, by handle, or by surname alone (weak evidence). A `namesake`
 * is the surname of someone else ("Robert Altman", "Altman Hardware"): never shown, it tells that the
 * document has another person of that name, so that AI terms nearby no longer make a lone surname ours.
 */
export type MentionKind = 'full' | 'handle' | 'surname' | 'namesake';

export interface Mention<Id extends string = string> {
  readonly person: Id;
  /** Offsets into the text given to `find`, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** For a lone surname: whether AI or OpenAI terms stand near it. True for full names and handles. */
  readonly supported: boolean;
}

export interface MatchablePerson<Id extends string = string> {
  readonly id: Id;
  readonly names: NameForms;
}

export interface Matcher<Id extends string = string> {
  /**
   * Every candidate mention in `text`, in order. Lone surnames preceded by another first name, or that
   * are part of another name, come as namesakes; the other lone surnames are kept with `supported` set,
   * for `acceptMentions` to decide.
   */
  find(text: string): Mention<Id>[];
}

/** How far from a lone surname a context term still supports it, in characters. */
const SUPPORT_WINDOW = 300;
/** How much text on either side of a lone surname the checks of its neighbouring words read. */
const LOOK_AROUND = 60;

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;
const NOT_BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}_@#])`;
// Hebrew writes "and", "to", "in", "from", "that", "as" as letters glued to the next word ("לסם אלטמן").
const AFTER_HEBREW_PREFIX = String.raw`(?<=${NOT_BEFORE}[ובלכמשה]{1,3})(?=\p{Script=Hebrew})`;
const NOT_AFTER = String.raw`(?![\p{L}\p{M}\p{N}_@])`;
// Apostrophes as typed: straight, typographic, the modifier letter, and the accents German keyboards offer.
const APOSTROPHES = "'’‘ʼ´`";
const APOSTROPHE = `[${APOSTROPHES}]`;
// English possessive (Altman's, Altman’s) and German genitive (Altmans, Sutskevers).
const POSSESSIVE = `(?:${APOSTROPHE}s|s)?`;
// Between first name and surname: any whitespace (non-breaking spaces, line breaks), or the hyphen of a
// German compound ("Sam-Altman-Interview").
const NAME_GAP = String.raw`(?:\s+|-)`;
const KIND_BY_LETTER = { f: 'full', h: 'handle', s: 'surname' } as const;

const anyOf = (forms: readonly string[]) =>
  `(?:${[...forms].sort((a, b) => b.length - a.length).map(formPattern).join('|')})`;

function personPattern(index: number, names: NameForms): string {
  const middle = names.middle.length ? `(?:${anyOf(names.middle)}${NAME_GAP})?` : '';
  const parts = [`(?<p${index}f>${anyOf(names.given)}${NAME_GAP}${middle}${anyOf(names.surnames)})`];
  if (names.handles.length) parts.push(`(?<p${index}h>${anyOf(names.handles)})`);
  parts.push(`(?<p${index}s>${anyOf(names.surnames)})`);
  return parts.join('|');
}

const CONTEXT = new RegExp(`(?<!${WORD_CHAR})${anyOf(contextTerms)}s?(?!${WORD_CHAR})`, 'giu');
const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
// A context term before a surname names an employer or a field ("OpenAI Altman", "KI Leike"), not a person.
const NOT_FIRST_NAMES = new Set([...lowerSet(titleWords), ...lowerSet(contextTerms)]);
const NAME_SUFFIXES = lowerSet(nameSuffixes);

// The word before a lone surname and what joins them: a space, at most one line break (a wrapped line,
// not a new paragraph), or a hyphen ("Müller-Leike", "Robert-Altman-Preis").
const WORD_PART = String.raw`[\p{L}\p{M}\p{N}.${APOSTROPHES}]+`;
const WORD_BEFORE = new RegExp(String.raw`(${WORD_PART}(?:-${WORD_PART})*)(?:-|(?=\s)[^\S\n]*\n?[^\S\n]*)$`, 'u');
const WORD_AFTER = /^(?:[^\S\n]+|-)(\p{Lu}[\p{L}\p{M}]*)/u;
const UPPER_START = /^\p{Lu}/u;
const POSSESSIVE_END = new RegExp(`${APOSTROPHE}s$`, 'u');
const SENTENCE_END = /(?:^|[.!?:;…>•·*–—([«»"“„‘‚'])$/u;

/** Whether the word right before a lone surname at `start` is probably someone else's first name ("Robert Altman"). */
function isOtherFirstName(text: string, start: number): boolean {
  const from = Math.max(0, start - LOOK_AROUND);
  const before = text.slice(from, start);
  const found = WORD_BEFORE.exec(before);
  if (!found) return false;
  const word = found[1]!;
  const last = word.slice(word.lastIndexOf('-') + 1);
  if (!UPPER_START.test(last)) return false;
  // "OpenAI's Altman" names an owner, "GPT-4 Altman" a product: neither is a first name.
  if (POSSESSIVE_END.test(last) || /\d/.test(word)) return false;
  if (last.endsWith('.')) {
    const bare = last.replace(/\.+$/, '');
    // "R. Altman" is an initial; "Mr. Altman" a title; "…Research. Pachocki" the end of a sentence.
    return bare.length === 1;
  }
  const lower = last.toLowerCase();
  // With a German genitive too: "OpenAIs Altman", "des Chefs Altman".
  if ([lower, word.toLowerCase(), lower.replace(/s$/, '')].some((w) => NOT_FIRST_NAMES.has(w))) return false;
  if (titleEndings.some((ending) => lower.endsWith(ending))) return false;
  // A sentence's first word is capitalised whatever it is: "Reading Leike’s thread" starts with a verb.
  // Short words ending in "ing" ("King", "Ming") are left to be names.
  const sentenceStart = from + found.index === 0 || SENTENCE_END.test(before.slice(0, found.index).trimEnd());
  return !(sentenceStart && lower.length > 4 && lower.endsWith('ing'));
}

/** Whether the word right after a lone surname makes it part of another name ("Altman Hardware"). */
function isPartOfOtherName(text: string, end: number): boolean {
  const next = WORD_AFTER.exec(text.slice(end, end + LOOK_AROUND))?.[1];
  return next !== undefined && NAME_SUFFIXES.has(next.toLowerCase());
}

function contextPositions(text: string): number[] {
  const positions: number[] = [];
  CONTEXT.lastIndex = 0;
  for (let m = CONTEXT.exec(text); m; m = CONTEXT.exec(text)) positions.push(m.index);
  return positions;
}

function hasNear(positions: readonly number[], at: number): boolean {
  const lo = firstIndexWhere(positions.length, (i) => positions[i]! >= at - SUPPORT_WINDOW);
  return lo < positions.length && positions[lo]! <= at + SUPPORT_WINDOW;
}

export function createMatcher<Id extends string>(people: readonly MatchablePerson<Id>[]): Matcher<Id> {
  const pattern = new RegExp(
    `(?:${NOT_BEFORE}|${AFTER_HEBREW_PREFIX})(?:${people.map((p, i) => personPattern(i, p.names)).join('|')})${POSSESSIVE}${NOT_AFTER}`,
    'giu',
  );

  return {
    find(original) {
      const { text, toOriginal } = stripInvisible(original);
      // Both read the whole text, and most texts name nobody: found on the first candidate only.
      let addresses: Span[] | undefined;
      let context: number[] | undefined;
      const mentions: Mention<Id>[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        addresses ??= findAddressSpans(text);
        if (overlapsAny(addresses, start, end)) continue;
        const group = Object.keys(m.groups!).find((key) => m!.groups![key] !== undefined)!;
        let kind: MentionKind = KIND_BY_LETTER[group.at(-1) as keyof typeof KIND_BY_LETTER];
        let supported = true;
        if (kind === 'surname' && (isOtherFirstName(text, start) || isPartOfOtherName(text, end))) {
          kind = 'namesake';
          supported = false;
        } else if (kind === 'surname') {
          context ??= contextPositions(text);
          supported = hasNear(context, start);
        }
        mentions.push({
          person: people[Number(group.slice(1, -1))]!.id,
          start: toOriginal(start),
          end: toOriginal(end - 1) + 1,
          kind,
          supported,
        });
      }
      return mentions;
    },
  };
}
