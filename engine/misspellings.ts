import { otherFamilySpellings, soundWords, spellingNouns } from '../knowledge/lexicon';
import type { NameForms } from '../knowledge/types';
import { isInChatLine } from './chat-lines';
import { anyOf, hintOf, lazyPattern, lowerSet } from './regex-parts';

/**
 * A surname misspelt by a letter or two and quoted as standing for our person: 'not "Pachoki"', 'students often
 * write "Pachocky"', 'also seen: "Jakub Pachoki"'; or, unquoted, right after "not" as chat writes it ("not pachoki"); or quoted in lower case in a chat message
 * ('i already see "pachoki" on two sites'). Read only in a text that names that person in full: there, the
 * quotation marks say the word is his name as some write it. Other families' names that near ours
 * (`otherFamilySpellings`: "Altmann", "Pachowski") and a near-spelling after another first name ("Yan Leyke") are no
 * misspelling of ours.
 */
export interface Misspelling {
  /** The index of the person among those given to `createMisspellingFinder`. */
  readonly person: number;
  readonly start: number;
  readonly end: number;
  /** The surname as written, lower case. */
  readonly spelling: string;
}

/**
 * How many letters a misspelling may differ by: one of a short surname ("Leicke", "Altmen"), two of a long one
 * ("Pachotski", "Suzkewer"). Two from "Leike" are words of their own ("Leiter").
 */
const editsAllowed = (surname: string) => (surname.length < 7 ? 1 : 2);
// A word quoted for its sound ("wie „Leika“, nur mit e am Ende", "like "Eike""), unless a spelling noun comes first
// ("Schreibweisen wie „Pachoki“").
const SPELLING_NOUN = lazyPattern(() => `${anyOf(spellingNouns)}(?:en|s)?`, 'iu');
const SOUNDS_LIKE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:wie|like|as in|rhymes with)[^\S\n]*["„“«‚‘]$/iu);
// A quoted capitalised word, after an optional first name: "Pachoki", „Jakob Pachoki“.
// What `QUOTED` needs before the word. Most texts that name someone have none of these, and the pattern is then
// never compiled (V8: 11 KB of native code, 9 of it for texts beyond Latin-1).
const OPENING_QUOTE = /["„“”«»‚‘]/;
// A full stop or a comma may close the sentence inside the quotation, as American style sets it: 'not "Pachoki."'.
const QUOTED = /(?<=["„“”«»‚‘])(?:(\p{Lu}\p{Ll}+)[^\S\n]+)?(\p{Lu}\p{Ll}{4,})(?=[.,!?]?["“”«»‘’])/gu;
// Or, unquoted and in lower case, a word right after "not": chat corrects a spelling so ("jakub pachocki. not
// pachoki"); a style guide's capitalised "Not Pachocky" lists a wrong spelling, no mention. What it needs first, and
// the pattern the finder then reads.
const NEGATION = /(?:not|nicht)[^\S\n]/i;
// Or quoted in lower case in a chat message, as chat writes names: 'i already see "pachoki" on two sites' (round 16).
const QUOTED_LOWER = lazyPattern(() => /(?<=["„“”«»‚‘])()(\p{Ll}{5,})(?=["“”«»‘’])/gu);
const NEGATED = lazyPattern(() => /(?<=(?:^|[^\p{L}])(?:[Nn]ot|[Nn]icht)[^\S\n]+)()(\p{Ll}{5,})(?![\p{L}\p{M}])/gu);

// Or, unquoted, a word another source is said to write: "the wire has it as Pachoki", "spelled him as Sutskevar"
// (round 19). What it needs first, a cheap check, and the pattern then read.
const AS_WORD = lazyPattern(() => /[^\S\n]as[^\S\n]/);
const SPELT_AS = lazyPattern(
  () =>
    /(?<=(?:^|[^\p{L}])(?:has|had|have|spells|spelled|spelt|writes|wrote|written)[^\S\n]+(?:it|him|the[^\S\n]+name|his[^\S\n]+name)[^\S\n]+as[^\S\n]+)()(\p{L}{5,})(?![\p{L}\p{M}])/giu,
);

/** Levenshtein distance of `a` and `b`, or more than `limit` once it must exceed it. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...next) > limit) return limit + 1;
    row = next;
  }
  return row[b.length]!;
}

// A word of saying a name aloud earlier in the quoted word's sentence, or right after it (round 20): "Sutskever is
// pronounced "Sutskewer"", „ob man Pachocki „Pachotzki“ ausspricht“.
const SOUND_HINT = hintOf(soundWords);
const SAID_BEFORE = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(soundWords)}(?![\p{L}])[^.!?\n]*$`, 'iu');
const SAID_AFTER = lazyPattern(
  () => String.raw`^[.,]?["“”»«‘’]?[^\S\n]*(?:${anyOf(soundWords)}|aus[.,;!?]|aus$)(?![\p{L}])`,
  'iu',
);

/** Whether the quoted word at `start`, ending at `end`, is compared for its sound, not given as a spelling. */
function soundsLike(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (SOUNDS_LIKE_BEFORE().test(before) && !SPELLING_NOUN().test(before)) return true;
  const around = text.slice(Math.max(0, start - 50), end + 20);
  return (
    SOUND_HINT.test(around) &&
    !SPELLING_NOUN().test(before) &&
    (SAID_BEFORE().test(text.slice(Math.max(0, start - 50), start)) || SAID_AFTER().test(text.slice(end, end + 20)))
  );
}

/** A finder of the quoted misspellings of the surnames of `people`, in a text, in order. */
export function createMisspellingFinder(
  people: readonly { readonly names: NameForms }[],
): (text: string, among: ReadonlySet<number>) => Misspelling[] {
  const latin = /^[a-z]+$/;
  const surnames = people.map((p) => [...lowerSet(p.names.surnames)].filter((s) => latin.test(s)));
  const given = people.map((p) => lowerSet(p.names.given));
  const known = lowerSet(people.flatMap((p) => p.names.surnames));
  const otherFamilies = lowerSet(otherFamilySpellings);
  /** The misspellings in `text` of the surnames of the people at the indexes `among`. */
  return (text, among) => {
    const found: Misspelling[] = [];
    const quoted = OPENING_QUOTE.test(text) ? [...text.matchAll(QUOTED)] : [];
    const negated = NEGATION.test(text) ? [...text.matchAll(NEGATED())] : [];
    if (AS_WORD().test(text)) negated.push(...text.matchAll(SPELT_AS()));
    // The quoted lower-case words, a misspelling only in a chat message.
    let chatOnly: Set<RegExpExecArray> | undefined;
    if (OPENING_QUOTE.test(text)) {
      // Whether it stands in a chat is read only for a near-spelling: most quoted lower-case words are none.
      for (const m of text.matchAll(QUOTED_LOWER())) {
        negated.push(m);
        (chatOnly ??= new Set()).add(m);
      }
    }
    if (!quoted.length && !negated.length) return found;
    const matches = negated.length ? [...quoted, ...negated].sort((a, b) => a.index - b.index) : quoted;
    for (const m of matches) {
      const word = m[2]!.toLowerCase();
      // A German genitive or a plural of the surname is the surname's own form: "(not Leikes')".
      if (
        known.has(word) ||
        known.has(word.replace(/s$/, '')) ||
        otherFamilies.has(word) ||
        soundsLike(text, m.index, m.index + m[0].length)
      )
        continue;
      const person = [...among].find((i) =>
        surnames[i]!.some((s) => s[0] === word[0] && editDistance(word, s, editsAllowed(s)) <= editsAllowed(s)),
      );
      if (person === undefined || (chatOnly?.has(m) && !isInChatLine(text, m.index))) continue;
      const first = m[1] ? m[1].toLowerCase() : undefined;
      if (first !== undefined && !given[person]!.has(first)) continue;
      found.push({ person, start: m.index, end: m.index + m[0].length, spelling: word });
    }
    return found;
  };
}
