import { contextTerms, titleEndings, titleWords } from './knowledge/language';
import type { NameForms } from './knowledge/types';
import { stripInvisible } from './invisible-chars';
import { findAddressSpans, overlapsAny } from './url-spans';

/** How a mention names its person: in full, by handle, or by surname alone (weak evidence). */
export type MentionKind = 'full' | 'handle' | 'surname';

export interface Mention<Id extends string = string> {
  readonly person: Id;
  /** Offsets into the text given to `find`, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** For a lone surname: whether AI or OpenAI terms stand near it. Always true for the other kinds. */
  readonly supported: boolean;
}

export interface MatchablePerson<Id extends string = string> {
  readonly id: Id;
  readonly names: NameForms;
}

export interface Matcher<Id extends string = string> {
  /**
   * Every candidate mention in `text`, in order. Lone surnames preceded by another first name are left
   * out; the other lone surnames are kept with `supported` set, for `acceptMentions` to decide.
   */
  find(text: string): Mention<Id>[];
}

/** How far from a lone surname a context term still supports it, in characters. */
const SUPPORT_WINDOW = 300;

const NOT_BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}_@#])`;
const NOT_AFTER = String.raw`(?![\p{L}\p{M}\p{N}_@])`;
// English possessive (Altman's, Altman’s, Leikes') and German genitive (Altmans).
const POSSESSIVE = String.raw`(?:['’ʼ]s|['’ʼ](?!\p{L})|s)?`;
const KIND_BY_LETTER = { f: 'full', h: 'handle', s: 'surname' } as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Any run of whitespace may stand for the space inside a name: non-breaking spaces, line breaks.
const form = (s: string) => escape(s).replace(/ +/g, String.raw`\s+`);
const anyOf = (forms: readonly string[]) =>
  `(?:${[...forms].sort((a, b) => b.length - a.length).map(form).join('|')})`;

function personPattern(index: number, names: NameForms): string {
  const middle = names.middle.length ? String.raw`(?:${anyOf(names.middle)}\s+)?` : '';
  const parts = [`(?<p${index}f>${anyOf(names.given)}\\s+${middle}${anyOf(names.surnames)})`];
  if (names.handles.length) parts.push(`(?<p${index}h>${anyOf(names.handles)})`);
  parts.push(`(?<p${index}s>${anyOf(names.surnames)})`);
  return parts.join('|');
}

const CONTEXT = new RegExp(`(?<![\\p{L}\\p{N}_])${anyOf(contextTerms)}(?![\\p{L}\\p{N}_])`, 'giu');
const TITLE_WORDS: ReadonlySet<string> = new Set(titleWords);
const WORD_BEFORE = /([\p{L}\p{M}\p{N}.'’-]+)[ \t\u00A0]+$/u;
const UPPER_START = /^\p{Lu}/u;
const POSSESSIVE_END = /['’ʼ]s$/u;

/** Whether the word right before a lone surname is probably someone else's first name ("Robert Altman"). */
function isOtherFirstName(textBefore: string): boolean {
  const word = WORD_BEFORE.exec(textBefore)?.[1];
  if (!word || !UPPER_START.test(word)) return false;
  // "OpenAI's Altman" names an owner, "GPT-4 Altman" a product: neither is a first name.
  if (POSSESSIVE_END.test(word) || /\d/.test(word)) return false;
  const lower = word.toLowerCase();
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  if (TITLE_WORDS.has(lower) || TITLE_WORDS.has(last)) return false;
  return !titleEndings.some((ending) => last.endsWith(ending));
}

function contextPositions(text: string): number[] {
  const positions: number[] = [];
  CONTEXT.lastIndex = 0;
  for (let m = CONTEXT.exec(text); m; m = CONTEXT.exec(text)) positions.push(m.index);
  return positions;
}

function hasNear(positions: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < at - SUPPORT_WINDOW) lo = mid + 1;
    else hi = mid;
  }
  return lo < positions.length && positions[lo]! <= at + SUPPORT_WINDOW;
}

export function createMatcher<Id extends string>(people: readonly MatchablePerson<Id>[]): Matcher<Id> {
  const pattern = new RegExp(
    `${NOT_BEFORE}(?:${people.map((p, i) => personPattern(i, p.names)).join('|')})${POSSESSIVE}${NOT_AFTER}`,
    'giu',
  );

  return {
    find(original) {
      const { text, toOriginal } = stripInvisible(original);
      const addresses = findAddressSpans(text);
      let context: number[] | undefined;
      const mentions: Mention<Id>[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (overlapsAny(addresses, start, end)) continue;
        const group = Object.keys(m.groups!).find((key) => m!.groups![key] !== undefined)!;
        const kind = KIND_BY_LETTER[group.at(-1) as keyof typeof KIND_BY_LETTER];
        let supported = true;
        if (kind === 'surname') {
          if (isOtherFirstName(text.slice(Math.max(0, start - 40), start))) continue;
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

/**
 * The mentions to show: every full name and handle, and each lone surname that its surroundings support
 * or whose person `namedInFull` holds (the same document names them in full).
 */
export function acceptMentions<Id extends string>(
  mentions: readonly Mention<Id>[],
  namedInFull: ReadonlySet<Id>,
): Mention<Id>[] {
  return mentions.filter((m) => m.kind !== 'surname' || m.supported || namedInFull.has(m.person));
}

/** The people a text names in full or by handle: the strong evidence that supports their lone surnames. */
export function namedInFull<Id extends string>(mentions: readonly Mention<Id>[]): Set<Id> {
  return new Set(mentions.filter((m) => m.kind !== 'surname').map((m) => m.person));
}

/** All accepted mentions of one self-contained text, such as a file or a test document. */
export function findInDocument<Id extends string>(matcher: Matcher<Id>, text: string): Mention<Id>[] {
  const candidates = matcher.find(text);
  return acceptMentions(candidates, namedInFull(candidates));
}
