import {
  hearingWords,
  otherFamilySpellings,
  saidParticiples,
  sayingWords,
  soundWords,
  spellingNouns,
  writingNouns,
} from '../../knowledge/lexicon/spelling-and-sound';
import { compoundArticles, germanArticles } from '../../knowledge/lexicon/grammar-words';
import type { NameForms } from '../../knowledge/types';
import { isInChatLine } from './chat-lines';
import { FUNCTION_WORDS } from './word-classes';
import { anyOf, hintOf, lazyPattern, lowerSet } from '../text/regex-parts';
import { CLOSING_QUOTES, PROSE_OPENING_QUOTES } from '../text/quotation-marks';

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
  /** Read in prose, not quoted as a spelling: our first name before it, or another script (round 21). */
  readonly prose?: true;
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
// After our first name, four letters do ("Jan Like"; round 22): alone, a quoted four-letter word is a word ("Like").
// Round 74: or in capitals, as a text set in them quotes it ('CORRECTION: EARLIER GRAPHIC READ "SUTSKEVAR"'); not
// asked, as a puzzle's solvers guess an answer ('"LEIKA?" No.'). Round 141: or hedged inside the quotation, as the
// marking rules' round 23 marks a written guess: „„Pachoki oder so?“, fragt Co-Host Lina“.
const QUOTED =
  /(?<=["„“”«»‚‘])(?:(\p{Lu}\p{Ll}+|\p{Lu}{2,})[^\S\n]+)?(\p{Lu}\p{Ll}{3,}|\p{Lu}{4,}(?!\?))(?=[.,!?]?["“”«»‘’]|[^\S\n]+(?:oder|or)[^\S\n]+(?:so|something)[?.!]?["“”«»‘’])/gu;
// Round 89: or inverted before our first name, as an index or a reference list sets it: '"Pachoki, Jakub"'. The
// surname alone is the mention, as the marking rules give an inverted name. Round 101: or before his initial,
// '"Pachocky, J."'.
const QUOTED_INVERTED = lazyPattern(
  () => /(?<=["„“”«»‚‘])(\p{Lu}\p{Ll}{3,}),[^\S\n]+(\p{Lu}\p{Ll}+|\p{Lu}\.)(?=[.,!?]?["“”«»‘’])/gu,
);
// Round 101: or our first name and the near-spelling at the head of a quoted line that goes on, as a headline or a
// caption quotes it: '“Jan Leicke resigns”', '"Jakub Pachoky (left) with colleagues"'. The first name must be his,
// and the surname five letters or more: a word goes on there, "Jan Like resigned" as speech recognition heard it.
const QUOTED_HEAD = lazyPattern(
  () => /(?<=["„“”«»‚‘])(\p{Lu}\p{Ll}+)[^\S\n]+(\p{Lu}\p{Ll}{4,})(?=[^\S\n]+[^"“”«»‘’\n]{1,60}["“”«»‘’])/gu,
);
/** `m`, an inverted name's match, as `QUOTED` reads one: the first name, then the surname, the surname matched. */
const asQuotedMatch = (m: RegExpExecArray): RegExpExecArray =>
  Object.assign<[string, ...string[]], Pick<RegExpExecArray, 'index' | 'input' | 'groups'>>([m[1]!, m[2]!, m[1]!], {
    index: m.index,
    input: m.input,
    groups: undefined,
  });
const SHORTEST_ALONE = 5;
// Letters joined to a whole surname that make another word of it: "Sutskeverfan"; a doubled last letter is a slip.
const JOINED_LETTERS = 2;
// A quoted first name a letter off ours is a misprint of it from this length on: shorter ones are other names ("Jon").
const MISPRINTED_GIVEN_LENGTH = 5;
// Or, unquoted, a word right after "not": chat corrects a spelling so ("jakub pachocki. not pachoki"), and so does a
// style guide, capitalised ("Not Pachocky": the round 15 marking rule's example, round 21). What it needs first, and
// the pattern the finder then reads.
const NEGATION = /(?:not|nicht)[^\S\n]/i;
// Or quoted in lower case in a chat message, as chat writes names: 'i already see "pachoki" on two sites' (round 16).
// With a first name before it, in lower case too: 'the newsletter says "jakob pachoki"' (round 24).
const QUOTED_LOWER = lazyPattern(() => /(?<=["„“”«»‚‘])(?:(\p{Ll}+)[^\S\n]+)?(\p{Ll}{5,})(?=["“”«»‘’])/gu);
// Round 152: after German's „nicht“ only a capitalised word, as German writes names: a lower-case one is a word of the
// sentence, „dass er es nicht leise gemacht hat“.
const NEGATED = lazyPattern(
  () =>
    /(?<=(?:^|[^\p{L}])(?:[Nn]ot[^\S\n]+|[Nn]icht[^\S\n]+(?=\p{Lu})))()([\p{Lu}\p{Ll}]\p{Ll}{4,})(?![\p{L}\p{M}])/gu,
);

// Or, unquoted, a word another source is said to write: "the wire has it as Pachoki", "spelled him as Sutskevar"
// (round 19). What it needs first, a cheap check, and the pattern then read.
// Round 83: or said to be misspelt so, "the surname is sometimes misspelt Sutzkever". Round 84: or a surname given or
// misspelled so, quoted perhaps: 'gave the co-founder's surname as "Sutzkever"', 'misspelled his surname as "Pachoki"'.
const AS_WORD = lazyPattern(() => /[^\S\n]as[^\S\n"“„]|misspel/i);
const SPELT_AS = lazyPattern(
  () =>
    /(?<=(?:^|[^\p{L}])(?:(?:has|had|have|spells|spelled|spelt|writes|wrote|written|gave|printed)[^\S\n]+(?:it|him|the[^\S\n]+name|his[^\S\n]+name|(?:his|the|the[^\S\n]+\p{L}+['’]s)[^\S\n]+surname)[^\S\n]+as|(?:misspelt|misspelled)(?:[^\S\n]+(?:his|the)[^\S\n]+(?:sur)?name)?(?:[^\S\n]+as)?)[^\S\n]+["“„]?)()(\p{L}{5,})(?![\p{L}\p{M}])/giu,
);

/**
 * Edit distance of `a` and `b`, two letters swapped counting as one edit as a typing slip makes them ("Lieke",
 * "Atlman"; round 22), or more than `limit` once it must exceed it.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        next[j] = Math.min(next[j]!, before[j - 2]! + 1);
      }
    }
    if (Math.min(...next) > limit) return limit + 1;
    before = row;
    row = next;
  }
  return row[b.length]!;
}

// A word of saying a name aloud earlier in the quoted word's sentence, or right after it (round 20): "Sutskever is
// pronounced "Sutskewer"", „ob man Pachocki „Pachotzki“ ausspricht“.
// Or a word of hearing it before it: „hört man „Suzkewer““ (round 27).
const SAID_WORDS = [...soundWords, ...hearingWords];
const SOUND_HINT = hintOf(SAID_WORDS);
const SAID_BEFORE = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(SAID_WORDS)}(?![\p{L}])[^.!?\n]*$`, 'iu');
// Or someone saying it after the name as written, in its sentence: „bei Sutskever sagt sie „Sutzkewer““ (round 27).
const SAYING_HINT = hintOf(sayingWords);
const SAYING_BEFORE = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(sayingWords)}(?![\p{L}])[^.!?\n]*$`, 'iu');
// Round 72: not where the one who says it is a piece of writing, „die Bildunterschrift sagt …“: what a text reads.
const SAYER_BEFORE = lazyPattern(() => /(\p{L}+)[^\S\n]+$/u);
const isWritingNoun = (word: string) => writingNouns.some((noun) => word.toLowerCase().endsWith(noun));
/** Whether the name as written (one of `written`, lower case) stands before a word of saying it, right before `start`. */
function writtenThenSaid(text: string, start: number, written: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const saying = SAYING_HINT.test(before) ? SAYING_BEFORE().exec(before) : null;
  if (!saying) return false;
  const sentence = before
    .slice(0, saying.index)
    .split(/[.!?\n]/u)
    .pop()!;
  const sayer = SAYER_BEFORE().exec(sentence)?.[1];
  if (sayer !== undefined && isWritingNoun(sayer)) return false;
  return sentence.split(/[^\p{L}]+/u).some((word) => written.has(word.toLowerCase()));
}
// Round 58: or a word of hearing it right after, „Ich hab „Sutskewer“ gehört“.
// Round 90: or someone saying it right after, or the writer saying it now before it: „Wer „Patschocki“ sagt, liegt
// falsch“, „Ich sag seit Tagen „Patschocki““, 'I say "Pachotski"'. Not a past one's report of a misprint, 'We said
// "Jan Leiker". It's Leike'. Round 116: or speakers who say it so as a habit, 'most English speakers say "Pachoki"',
// „viele Leute sagen „Pachoki““. Round 143: or everyone saying it, or the writer who would have, unquoted too: "I'd
// have said Pachoki", "Everybody says Pachoki". Round 149: or a reader of an audio book, „Die Sprecherin sagt
// durchgehend „Sutskewer““.
const SAID_AFTER = lazyPattern(
  () =>
    String.raw`^[.,]?["“”»«‘’]?[^\S\n]*(?:${anyOf([...soundWords, ...hearingWords, ...sayingWords, ...saidParticiples])}|aus[.,;!?]|aus$)(?![\p{L}])`,
  'iu',
);
const NOW_SAID_BEFORE = lazyPattern(
  () =>
    /(?<![\p{L}])(?:(?:ich|wir|I|we|speakers|people|leute|sprecher|sprecherin|narrator|host|everybody|everyone|alle|jeder)[^\S\n]+(?:sag|sage|sagen|sagt|say|says)|(?:I|we)(?:[^\S\n]+would|['’]d)[^\S\n]+have[^\S\n]+said)(?![\p{L}])(?:[^.!?\n]{0,24}["„“«‚‘]|[^\S\n]+)$/iu,
);

// Round 149: or asked in the sentence before, the quoted words the answers it offers: „Wie spricht man den Namen aus?
// „Laike“ oder „Lieke“?“.
const OFFERED = String.raw`[${PROSE_OPENING_QUOTES}][^${CLOSING_QUOTES}\n]{1,30}[${CLOSING_QUOTES}][^\S\n]*(?:,|oder|or)[^\S\n]*`;
const SOUND_ASKED_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])${anyOf(soundWords)}(?![\p{L}])[^.!?\n]*\?[^\S\n]*(?:${OFFERED})*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);

/**
 * Whether the quoted word at `start`, ending at `end`, is compared for its sound, not given as a spelling: said aloud,
 * heard, or said for the name as `written` (the knowledge's first spelling of each surname, lower case).
 */
function soundsLike(text: string, start: number, end: number, written: ReadonlySet<string>): boolean {
  if (writtenThenSaid(text, start, written)) return true;
  if (SOUND_ASKED_BEFORE().test(text.slice(Math.max(0, start - 100), start))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  if ((SOUNDS_LIKE_BEFORE().test(before) || NOW_SAID_BEFORE().test(before)) && !SPELLING_NOUN().test(before))
    return true;
  const around = text.slice(Math.max(0, start - 50), end + 20);
  return (
    (SOUND_HINT.test(around) || SAYING_HINT.test(around)) &&
    !SPELLING_NOUN().test(before) &&
    (SAID_BEFORE().test(text.slice(Math.max(0, start - 50), start)) || SAID_AFTER().test(text.slice(end, end + 20)))
  );
}

// Round 21: variants a careful reader takes as ours without quotation marks, read as the quoted ones are, only in a
// text that names that person.
// Our first name before a near-spelling of a long surname, in any case and however the surname is broken up: "jakub
// pachoki", "Jakub Pachoski", a transcript's "ilja suts kever". A first name is what sets a misspelling apart from
// another word or family there; two letters from a short surname are other families' names ("Jan Lemke"), so only
// long surnames (two edits allowed) are read so.
const LONG_SURNAME = 7;
const BROKEN_WORD = String.raw`(\p{L}{3,})(?:[^\S\n]+(\p{L}{2,}))?(?![\p{L}\p{M}])`;
// A word in Cyrillic in a Latin text, quoted or not: there it can only be a name given in that script ("Russian blogs
// write Сутскевер", «Альтмен»), and a reader compares it with his name in that script.
const CYRILLIC = lazyPattern(() => /[\u0400-\u04ff]/);
// Capitalised, as Russian writes a name: a word in lower case is a noun, „лейка“ a watering can (round 57).
const CYRILLIC_WORD = lazyPattern(() => /(?<![\p{L}\p{M}])()((?=\p{Lu})[\u0400-\u04ff]{5,})(?![\p{L}\p{M}])/gu);

// Round 22: a near-spelling of a long surname, unquoted and alone, used as his name by a writer who misspells it ("the
// smarter pick was always Pachoki", „Sutskever, Sutzkever und Sutskewer“, "Sutskver knew it"), in a text that names
// him (the caller asks it of those only). Two edits from Sutskever or Pachocki, the same first letter, are no word of
// their own; another family's spelling comes after its own first name ("Abraham Sutzkewer", "Anna Pachocka"), so a
// capitalised word right before it makes it that family's. Round 85: not an article that opens a sentence, which no
// first name is: „Der Sutskewer hat doch im November gegen ihn gestimmt.“
const CAPITALISED_WORD_BEFORE = lazyPattern(() => /(\p{Lu}[\p{L}\p{M}]*)[^\S\n]+$/u);
const ARTICLES = lowerSet([...germanArticles, ...compoundArticles]);
// Round 142: nor another word of running prose that opens a sentence, "Honestly Pachocky is the bigger story".
const followsCapitalisedWord = (text: string, at: number) => {
  const word = CAPITALISED_WORD_BEFORE()
    .exec(text.slice(Math.max(0, at - 30), at))?.[1]
    ?.toLowerCase();
  return word !== undefined && !ARTICLES.has(word) && !FUNCTION_WORDS.has(word);
};

// Round 71: a chat's starred correction, our surname opening a message with an asterisk after it ("Leike* yes"): the
// writer gives the right spelling of a word the message above got wrong ("wait Leiki too??"), a name even where a short
// surname's near-spelling alone may be a word of its own. Read only in a text with an asterisk.
const STARRED = lazyPattern(() => /^[^\S\n]*(\p{Lu}\p{Ll}+)\*(?![*\p{L}])/gmu);
// Round 140: or counted on a row of a tally that gives his surname as spelt too, "Leike (30) | Leicke (2)": the forms
// his articles printed, which the marking rules' round 21 marks. Not quoted, which the quoted reading takes. Round 141:
// the surname as spelt need not be counted, "| Leike | Leicke (4) |". Not after an initial, "J. Pachocky (2)", which
// the reading of a first name's initial takes whole. Round 143: or alone in brackets, the variant a monitor's row gives
// beside its share, "Jan Leike  …  Leike 3% (Leicke)".
const COUNTED = lazyPattern(
  () => /(?<![\p{L}\p{M}"„“”«»‚‘]|\p{Lu}\.[^\S\n])(\p{Lu}\p{Ll}{3,})[^\S\n]*\(\d+\)|(?<=\()(\p{Lu}\p{Ll}{3,})(?=\))/gu,
);
// Round 166: or on the cells above its own, where a page's table gives each cell a line of its own and the count's
// cell holds counted forms alone: "Leike" above "Leicke (3)", "Sutskever" above "Sutzkever (31), Sutskewer (2)".
const COUNTS_ONLY = lazyPattern(
  () => /^(?:[^\S\n]*\p{Lu}[\p{L}.]*(?:[^\S\n]+\p{Lu}[\p{L}.]*)?[^\S\n]*\(\d+\)[,;]?)+[^\S\n]*$/u,
);
/** How many lines above a count's cell its row's other cells are read, blank lines between them counted. */
const CELL_LINES = 6;
const cellsAbove = (text: string, lineStart: number) => {
  let from = lineStart;
  for (let i = 0; i < CELL_LINES && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  return text.slice(from, lineStart);
};
const CAPITALISED = lazyPattern(() => /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}+(?![\p{L}\p{M}])/gu);
/** How far above a starred correction the word it corrects is looked for, in characters: the message above. */
const CORRECTED_REACH = 200;

/** Whether the line above the word at `start` ends asking or telling how a name is said: a chat's answer guesses it. */
function saidOnLineAbove(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1);
  if (lineStart <= 0) return false;
  const above = text.slice(Math.max(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart - 80), lineStart);
  return SOUND_HINT.test(above) && SAID_BEFORE().test(above);
}

/** Whether `word` is written in Cyrillic, as its first letter is. */
const isCyrillic = (word: string) => word.charCodeAt(0) >= 0x400 && word.charCodeAt(0) < 0x500;

/** Whether `word` is a near-spelling of one of `surnames`: the same first letter, a letter or two off. */
const isNearSpelling = (word: string, surnames: readonly string[]) =>
  surnames.some((s) => s[0] === word[0] && editDistance(word, s, editsAllowed(s)) <= editsAllowed(s));

/** A finder of the quoted misspellings of the surnames of `people`, in a text, in order. */
export function createMisspellingFinder(
  people: readonly { readonly names: NameForms }[],
): (text: string, among: ReadonlySet<number>) => Misspelling[] {
  const latin = /^[a-z]+$/;
  const surnames = people.map((p) => [...lowerSet(p.names.surnames)].filter((s) => latin.test(s)));
  const cyrillic = people.map((p) => [...lowerSet(p.names.surnames)].filter(isCyrillic));
  const given = people.map((p) => lowerSet(p.names.given));
  // A first name a letter off one of ours, as a misprint has it ("Jacub", „Jakóbem“), none of ours itself.
  const isNearGiven = (first: string, ours: ReadonlySet<string>) =>
    first.length >= MISPRINTED_GIVEN_LENGTH &&
    [...ours].some((g) => g[0] === first[0] && editDistance(first, g, 1) <= 1);
  // One of his first names, a letter off one or its initial ("j.").
  const isOwnGiven = (first: string, person: number) =>
    given[person]!.has(first) ||
    isNearGiven(first, given[person]!) ||
    (first.length === 2 && first[1] === '.' && [...given[person]!].some((g) => g[0] === first[0]));
  const allGiven = lowerSet(people.flatMap((p) => p.names.given));
  const isMisprintedGiven = (first: string) => !allGiven.has(first) && isNearGiven(first, allGiven);
  const known = lowerSet(people.flatMap((p) => p.names.surnames));
  // Each surname as the knowledge spells it first: the name as written, whose sound a respelling may give.
  const written = lowerSet(people.map((p) => p.names.surnames[0]!));
  const otherFamilies = lowerSet(otherFamilySpellings);
  // Round 102: a Polish family's name in another case, „Pachowskiego“, "Pachowskim": the stem of "Pachowski" and an
  // ending, no misspelling of "Pachockiego".
  const otherStems = [...otherFamilies].filter((f) => /[sc]ki$/u.test(f)).map((f) => f.slice(0, -1));
  const isOtherFamily = (word: string) => otherFamilies.has(word) || otherStems.some((stem) => word.startsWith(stem));
  // The first names of those with a long surname: pages without one never compile the pattern.
  const ourGiven = people.flatMap((p) =>
    p.names.surnames[0]!.length >= LONG_SURNAME ? p.names.given.filter((g) => latin.test(g.toLowerCase())) : [],
  );
  const givenHint = hintOf(ourGiven);
  // The first two letters of the long Latin surnames: a word that starts so may be a near-spelling of one. Not three:
  // a mistyping may drop or change the third ("Suskever", "Pasocki"; round 27).
  const longStarts = [
    ...new Set(surnames.flatMap((forms) => forms.filter((f) => f.length >= LONG_SURNAME).map((f) => f.slice(0, 2)))),
  ];
  const longStartHint = hintOf(longStarts);
  // Round 140: his surname whole with a word joined to it is a compound or a user name, no misprint: "sutskeverfan42"
  // is two letters from the Polish "Sutskevera" but a reader's account.
  const isOwnNameJoined = (word: string) =>
    [...written].some((w) => word.length >= w.length + JOINED_LETTERS && word.startsWith(w));
  const loneWord = lazyPattern(
    // With its possessive ending, as the surname takes it: "Sutskevar's departure" (round 26).
    () => String.raw`(?<![\p{L}\p{M}"„“”«»‚‘])()(${anyOf(longStarts)}\p{L}{3,10})(?:['’]s)?(?![\p{L}\p{M}"“”«»‘’])`,
    'giu',
  );
  /** A near-spelling of a long surname of the people `among` in `m`, alone: after no capitalised word. */
  const loneNearSpelling = (text: string, m: RegExpExecArray, among: ReadonlySet<number>): Misspelling | undefined => {
    const word = m[2]!.toLowerCase();
    if (known.has(word) || known.has(word.replace(/s$/u, '')) || isOtherFamily(word)) return undefined;
    if (followsCapitalisedWord(text, m.index) || isOwnNameJoined(word)) return undefined;
    // A Polish woman's form ("Pachocka") is her family's name, and a sound guessed or heard ("you say Pachoki",
    // "Papa: Pachotzki wahrscheinlich" under "wie man das ausspricht") no spelling.
    if (
      word.endsWith('ka') ||
      soundsLike(text, m.index, m.index + m[0].length, written) ||
      saidOnLineAbove(text, m.index)
    )
      return undefined;
    for (const person of among) {
      const long = people[person]!.names.surnames[0]!.length >= LONG_SURNAME ? surnames[person]! : [];
      if (isNearSpelling(word, long)) {
        return { person, start: m.index, end: m.index + m[0].length, spelling: word, prose: true };
      }
    }
    return undefined;
  };
  const givenThenWord = lazyPattern(
    () => String.raw`(?<![\p{L}\p{M}])(${anyOf(ourGiven)})[^\S\n]+${BROKEN_WORD}`,
    'giu',
  );
  /** Our first name at the start of `m` before a near-spelling of that person's long surname, if it is one. */
  const givenWithNearSpelling = (m: RegExpExecArray, among: ReadonlySet<number>): Misspelling | undefined => {
    const first = m[1]!.toLowerCase();
    const [one, two] = [m[2]!.toLowerCase(), m[3]?.toLowerCase()];
    for (const person of among) {
      if (!given[person]!.has(first)) continue;
      // A long surname's forms; a short one's declined forms are long too ("Leikemu"), but no nearer to a misspelling.
      const long = people[person]!.names.surnames[0]!.length >= LONG_SURNAME ? surnames[person]! : [];
      // The surname in one word, unless it is the surname itself (a full name the matcher has), or broken in two.
      const whole = !known.has(one) && !isOtherFamily(one) && isNearSpelling(one, long);
      const joined = two !== undefined && isNearSpelling(one + two, long);
      if (!whole && !joined) continue;
      const end = whole ? m.index + m[0].indexOf(m[2]!, m[1]!.length) + one.length : m.index + m[0].length;
      return { person, start: m.index, end, spelling: whole ? one : `${one} ${two}`, prose: true };
    }
    return undefined;
  };
  /** The nearest word above the starred correction `m` that it corrects: a near-spelling of one of ours. */
  const correctedAbove = (text: string, m: RegExpExecArray, among: ReadonlySet<number>): Misspelling | undefined => {
    const right = m[1]!.toLowerCase();
    const person = [...among].find((i) => surnames[i]!.includes(right));
    if (person === undefined) return undefined;
    const from = Math.max(0, m.index - CORRECTED_REACH);
    const words = [...text.slice(from, m.index).matchAll(CAPITALISED())].reverse();
    const wrong = words.find((w) => {
      const word = w[0].toLowerCase();
      return !known.has(word) && !isOtherFamily(word) && isNearSpelling(word, [right]);
    });
    if (!wrong) return undefined;
    const start = from + wrong.index;
    return { person, start, end: start + wrong[0].length, spelling: wrong[0].toLowerCase(), prose: true };
  };
  // Each person's surname as written.
  const countedRight = people.map((p) =>
    lazyPattern(() => String.raw`(?<!\p{L})${p.names.surnames[0]!}(?!\p{L})`, 'iu'),
  );
  /** The near-spelling counted in `m` (`COUNTED`), where its row gives the surname it is near as spelt too. */
  const countedOnRow = (text: string, m: RegExpExecArray, among: ReadonlySet<number>): Misspelling | undefined => {
    const form = m[1] ?? m[2]!;
    const word = form.toLowerCase();
    if (known.has(word) || isOtherFamily(word)) return undefined;
    const person = [...among].find((i) => isNearSpelling(word, surnames[i]!));
    if (person === undefined) return undefined;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const row = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (
      !countedRight[person]!().test(row) &&
      !(COUNTS_ONLY().test(row) && countedRight[person]!().test(cellsAbove(text, lineStart)))
    )
      return undefined;
    return { person, start: m.index, end: m.index + form.length, spelling: word };
  };
  /** The misspellings in `text` of the surnames of the people at the indexes `among`. */
  return (text, among) => {
    const found: Misspelling[] = [];
    for (const m of text.includes('(') ? text.matchAll(COUNTED()) : []) {
      const counted = countedOnRow(text, m, among);
      if (counted) found.push(counted);
    }
    for (const m of text.includes('*') ? text.matchAll(STARRED()) : []) {
      const corrected = correctedAbove(text, m, among);
      if (corrected) found.push(corrected);
    }
    for (const m of givenHint.test(text) ? text.matchAll(givenThenWord()) : []) {
      const near = givenWithNearSpelling(m, among);
      if (near) found.push(near);
    }
    // Read last: the same word quoted, after "not" or as another source has it is read so ('not sutzkewer').
    const lone: Misspelling[] = [];
    for (const m of longStartHint.test(text) ? text.matchAll(loneWord()) : []) {
      const near = loneNearSpelling(text, m, among);
      if (near) lone.push(near);
    }
    if (CYRILLIC().test(text) && isMostlyLatin(text)) {
      for (const m of text.matchAll(CYRILLIC_WORD())) {
        const word = m[2]!.toLowerCase();
        const person = [...among].find(
          (i) => !known.has(word) && !isOtherFamily(word) && isNearSpelling(word, cyrillic[i]!),
        );
        if (person !== undefined) {
          found.push({ person, start: m.index, end: m.index + m[0].length, spelling: word, prose: true });
        }
      }
    }
    const quoted = OPENING_QUOTE.test(text)
      ? [
          ...text.matchAll(QUOTED),
          ...text.matchAll(QUOTED_HEAD()),
          ...[...text.matchAll(QUOTED_INVERTED())].map(asQuotedMatch),
        ]
      : [];
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
    if (!quoted.length && !negated.length) return inOrder(found, lone);
    const matches = negated.length ? [...quoted, ...negated].sort((a, b) => a.index - b.index) : quoted;
    for (const m of matches) {
      const word = m[2]!.toLowerCase();
      const first = m[1] ? m[1].toLowerCase() : undefined;
      // His surname, declined or not, after a quoted first name a letter off his: „Jakóbem Pachockim“ (round 24).
      const misprintedGiven = first !== undefined && known.has(word) && isMisprintedGiven(first);
      // A German genitive or a plural of the surname is the surname's own form: "(not Leikes')".
      if (
        (!misprintedGiven && (known.has(word) || known.has(word.replace(/s$/, '')))) ||
        isOtherFamily(word) ||
        soundsLike(text, m.index, m.index + m[0].length, written)
      )
        continue;
      // In the word's own script: „Ян Лейк“ for "Ян Лейке" (round 23). As many letters off as his surname allows, not
      // a longer case form of it: "Samuel Altmanov" is two from "Altmanowi" and no Altman (round 58).
      const forms = isCyrillic(word) ? cyrillic : surnames;
      const person = [...among].find((i) => {
        const allowed = editsAllowed(people[i]!.names.surnames[0]!);
        return forms[i]!.some((s) => s[0] === word[0] && editDistance(word, s, allowed) <= allowed);
      });
      if (person === undefined || (chatOnly?.has(m) && !isInChatLine(text, m.index))) continue;
      if (first !== undefined && !isOwnGiven(first, person)) continue;
      if (first === undefined && word.length < SHORTEST_ALONE) continue;
      found.push({ person, start: m.index, end: m.index + m[0].length, spelling: word });
      if (first !== undefined) lone.push(...aloneAfter(text, m.index + m[0].length, word, person));
    }
    return inOrder(found, lone);
  };
}

/**
 * Round 73: the misspelt surname `spelling` that the text gave with his first name, quoted, before `from` ('"Jan
 * Leikie"'), alone and capitalised after it: the writer's name for him there ('he said "Leike, Leikie, who's
 * counting"'). None where the text gives the spelling to someone else too, a capitalised word before it ("our producer
 * is called Jan Leiker", a letter signed "Harold Leiker"): a family's name, which the misprint happened to hit.
 */
function aloneAfter(text: string, from: number, spelling: string, person: number): Misspelling[] {
  const alone: Misspelling[] = [];
  const words = CAPITALISED();
  words.lastIndex = from;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    if (m[0].toLowerCase() !== spelling) continue;
    if (followsCapitalisedWord(text, m.index)) return [];
    alone.push({ person, start: m.index, end: m.index + m[0].length, spelling, prose: true });
  }
  return alone;
}

/**
 * `found` and those of `lone` outside them, in order, each span once: a quoted first name and surname is found as
 * quoted and after our first name, and kept as quoted.
 */
const inOrder = (found: Misspelling[], lone: readonly Misspelling[]) =>
  [...found, ...lone.filter((l) => !found.some((f) => f.start < l.end && l.start < f.end))]
    // Quoted before read in prose where both start: „Jakub Pachoky“ is given as his name (round 23).
    .sort((a, b) => a.start - b.start || Number(a.prose ?? false) - Number(b.prose ?? false))
    .filter((m, i, all) => i === 0 || all[i - 1]!.end <= m.start);

/** Whether `text` has more Latin letters than Cyrillic ones: a Latin text that quotes a Cyrillic name. */
function isMostlyLatin(text: string): boolean {
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) balance++;
    else if (isCyrillic(text[i]!)) balance--;
  }
  return balance > 0;
}
