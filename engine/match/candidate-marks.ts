import { subjectFor } from '../text/one-byte-view';
import { lazyPattern } from '../text/regex-parts';
import type { Sentences } from '../text/sentences';
import { isSaidOfSpelling } from '../rules/spellings-said';
import { isInQuotedQuery } from '../rules/search-lines';
import { NAMED_AGAIN_REACH, namesSameManAfter } from '../rules/named-again';
import { ordinaryCast } from '../rules/ordinary-cast';
import { tellsOurStory } from '../rules/story-words';
import type { Found } from './candidates';
import { isSomeoneElse, SUPPORT, type MentionKind } from './mention-kind';
import { NAMESAKE_WORLD_HINT } from './support-words';
import { isSpeltAsOurs, keyOf } from './surname-spellings';

/**
 * The marks the whole text adds to the candidates found in it: lone surnames listed with another of ours, told in an
 * event of our story, named again, respelt; full names of an ordinary cast; lone surnames written as the text's keys.
 */

// A full name's first word, its first name, before another word.
const GIVEN = lazyPattern(() => /^(\p{L}+)\s+\p{L}/u);

// What joins the names of a list: "Sutskever, Leike und Pachocki", "Altman · Sutskever", "Leike/Altman"; also
// after a count, in a table of counts: "Leike 312, Sutskever 288".
const LIST_JOIN = /^(?:[^\S\n]+\d+(?:[.,]\d{3})*)?(?:\s*[,;·•|/&+]\s*|\s+(?:and|und|or|oder|sowie|&)\s+)$/u;

/** Whether [from, to) is spaces on one line between two lower-case words: a query's "altman sutskever". */
const isLowerPairGap = (text: string, from: number, to: number) =>
  to > from &&
  text.slice(from, to).trim() === '' &&
  !text.slice(from, to).includes('\n') &&
  text[from - 1] !== text[from - 1]!.toUpperCase() &&
  text[to] !== text[to]!.toUpperCase();

/**
 * A lone surname listed with another of our people's names is theirs as surely as under its employer's
 * title: "zwischen Sutskever, Leike und Pachocki", "Altman · Sutskever · Leike". So is one that a lower-case query
 * pairs with another of ours: "altman sutskever board" (round 19).
 */
export function markLists<Id extends string>(text: string, found: Found<Id>[]): void {
  const listed = (a: Found<Id> | undefined, b: Found<Id> | undefined) =>
    a !== undefined &&
    b !== undefined &&
    a.person !== b.person &&
    !isSomeoneElse(a.kind) &&
    !isSomeoneElse(b.kind) &&
    (LIST_JOIN.test(subjectFor(LIST_JOIN, text).slice(a.end, b.start)) ||
      (a.kind === 'surname' && b.kind === 'surname' && isLowerPairGap(text, a.end, b.start)));
  found.forEach((f, i) => {
    if (f.kind === 'surname' && f.support < SUPPORT.TITLE && (listed(found[i - 1], f) || listed(f, found[i + 1]))) {
      f.support = SUPPORT.TITLE;
      f.listed = true;
    }
  });
}

/**
 * A lone surname in a sentence that tells an event of our story between two of our people ("Sutskever voted to remove
 * Altman", „Warum war Sutskever bei der Abstimmung gegen Altman dabei?“) has its evidence in its own sentence, with our
 * people's employer's weight: a namesake named sentences before, across a heading ("Altman, R. (1975). Nashville. Yes,
 * a different Altman"), does not take it (round 20).
 */
export function markStoryPairs<Id extends string>(text: string, found: Found<Id>[], sentences: Sentences): void {
  const ours = found.filter((f) => !isSomeoneElse(f.kind));
  const fullyNamed = new Set(found.filter((f) => f.kind === 'full').map((f) => f.person));
  for (const f of found) {
    if (f.kind !== 'surname' || f.support >= SUPPORT.EMPLOYER || f.bare) continue;
    const paired = ours.some((g) => g.sentence === f.sentence && g.person !== f.person);
    if (!paired && (f.support >= SUPPORT.SENTENCE || !fullyNamed.has(f.person))) continue;
    if (!tellsOurStory(text.slice(...sentences.bounds(f.sentence)))) continue;
    // Round 43: alone in its sentence, an event of the story speaks of our world as an AI word would, where the
    // document names him in full: "he was the one who voted to fire Altman in november" in a family chat that began
    // with the director.
    f.support = paired ? SUPPORT.EMPLOYER : SUPPORT.SENTENCE;
  }
}

/**
 * A lone surname that our person's handle or full name follows on its line, nothing between denying or relating them,
 * names him twice ("Bonus: Altman's account on X? (@sama)"): identified as a title or a list identifies him, which a
 * namesake named lines before does not outweigh (round 23, `named-again.ts`).
 */
export function markNamedAgain<Id extends string>(text: string, found: Found<Id>[]): void {
  // One pass from the end, each person's next mention at hand: a page of thousands of surnames costs thousands of steps.
  const next = new Map<Id, Found<Id>>();
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    const g = next.get(f.person);
    next.set(f.person, f);
    // A quoted surname is a string or a spelling ('searched "altman player" … pages about Sam Altman').
    if (f.kind !== 'surname' || f.support >= SUPPORT.TITLE || f.bare || f.quoted || !g) continue;
    // A full name spelled otherwise is another bearer set beside it ("the poet is Sutzkever, the scientist Ilya
    // Sutskever").
    const again = g.kind === 'handle' || (g.kind === 'full' && g.spelling === f.spelling);
    if (again && g.start - f.end <= NAMED_AGAIN_REACH && namesSameManAfter(text.slice(f.end, g.start))) {
      f.support = SUPPORT.TITLE;
    }
  }
}

// "lists Sutskever as "Sutzkever"": a surname and the quoted spelling it is given as.
const RESPELLED_AS = lazyPattern(() => /^[^\S\n]+(?:as|als)[^\S\n]+["„“«‚]$/u);

/**
 * A lone surname given as a quoted other spelling of it ("the index lists Sutskever as "Sutzkever""): both are the
 * person, the one by his spelling, the other as some write it, however near the namesake's world the sentence goes.
 */
export function markRespellings<Id extends string>(
  text: string,
  found: Found<Id>[],
  canonical: ReadonlySet<string>,
): void {
  // A lone surname said of the spelling of the name of one of ours whom the text names first, and in full (round 20):
  // not in a text about the namesake ("Abraham Sutzkever … Die Schreibung „Sutzkever“ folgt dem YIVO-Standard").
  const named = new Set<Id>();
  const first = new Map<Id, MentionKind>();
  for (const f of found) {
    if (!first.has(f.person) && f.kind === 'full') named.add(f.person);
    if (!first.has(f.person)) first.set(f.person, f.kind);
  }
  // A misprint set against his surname as spelt, unquoted: „Sutskever, nicht Sutzkever“, "Sutzkever or Sutskever?"
  // (round 24). Both are his name, the one as spelt, the other as some print it, unless a namesake's world follows the
  // misprint in its sentence ("Sutskever, not Sutzkever (that's the poet)"). The correction names him as a full name
  // would: a misprint said of the spelling after it is his too. Round 136: not in a text that names a namesake first,
  // whose name's spelling it asks about ("Avrom Sutzkever … whether the name is spelled Sutzkever or Sutskever").
  for (let i = 1; i < found.length; i++) {
    const [f, g] = [found[i - 1]!, found[i]!];
    if (f.kind !== 'surname' || g.kind !== 'surname' || f.person !== g.person || f.quoted || g.quoted) continue;
    if (isSomeoneElse(first.get(f.person)!)) continue;
    if (f.spelling === g.spelling || !isSetAgainstMisprint(text, f, g, canonical)) continue;
    f.support = g.support = SUPPORT.TITLE;
    named.add(f.person);
  }
  for (const f of named.size ? found : []) {
    if (
      f.kind === 'surname' &&
      named.has(f.person) &&
      isSaidOfSpelling(text, f.start, f.end, !canonical.has(f.spelling ?? ''))
    )
      f.support = SUPPORT.TITLE;
  }
  for (let i = 1; i < found.length; i++) {
    const [f, g] = [found[i - 1]!, found[i]!];
    if (f.kind !== 'surname' || g.kind !== 'surname' || f.person !== g.person || !g.quoted) continue;
    if (RESPELLED_AS().test(text.slice(f.end, g.start))) f.support = g.support = SUPPORT.TITLE;
    // A correction's shape: the right spelling unquoted, the wrong one quoted after "not" ("It's Sutskever, not
    // "Sutzkever" (that's the poet)", „Richtig ist Sutskever, nicht „Sutzkever““; round 22). The right one names the
    // person the text writes about, whatever namesake bears the wrong one, which stays as read.
    else if (!f.quoted && f.spelling !== g.spelling && CORRECTED_AGAINST().test(text.slice(f.end, g.start))) {
      f.support = SUPPORT.TITLE;
    }
  }
}

// "X, not "Y"", „X, nicht „Y““: between a right spelling and the quoted wrong one.
const CORRECTED_AGAINST = lazyPattern(() => /^,?[^\S\n]+(?:not|nicht)[^\S\n]+["„“«‚]$/iu);
// "X, not Y", „X, nicht Y“, "X or Y", „X oder Y“: between two unquoted spellings of one surname.
const SET_AGAINST = lazyPattern(() => /^(?:,?[^\S\n]+(?:not|nicht|statt)|[^\S\n]+(?:or|oder))[^\S\n]+$/iu);

/**
 * Whether the unquoted surnames `f` and `g`, spelt otherwise, are set against each other as spellings of one name:
 * "X, not Y" with his spelling first, or "X or Y" either way round; and no namesake's world follows in the sentence.
 */
function isSetAgainstMisprint<Id extends string>(
  text: string,
  f: Found<Id>,
  g: Found<Id>,
  canonical: ReadonlySet<string>,
): boolean {
  const between = text.slice(f.end, g.start);
  if (!SET_AGAINST().test(between)) return false;
  const spelt = (h: Found<Id>) => isSpeltAsOurs(text.slice(h.start, h.end), canonical);
  if (!spelt(f) && !(/^[^\S\n]+o/u.test(between) && spelt(g))) return false;
  const rest = text.slice(g.end, g.end + 60);
  const stop = rest.search(/[.!?\n]/u);
  return !NAMESAKE_WORLD_HINT.test(stop === -1 ? rest : rest.slice(0, stop));
}

/**
 * Gives a role of ordinary people's worlds to the full names of those of `found` whom a text with no AI word treats
 * as ordinary people (`ordinaryCast`), or whose full name it once gives an ordinary life (`signed`), unless the text
 * tells our story: the document then reads them as namesakes (namesakesInOtherRoles).
 */
export function markOrdinaryCast<Id extends string>(text: string, found: Found<Id>[], signed?: ReadonlySet<Id>): void {
  const names = found
    .filter((f) => f.kind === 'full' || f.kind === 'surname')
    .map((f) => {
      // An inverted name ("Altman, Sam") is read as its surname alone, and has no first word before another.
      const written = text.slice(f.start, f.end);
      const given = f.kind === 'full' ? GIVEN().exec(written)?.[1] : undefined;
      const surname = given === undefined ? undefined : keyOf(written.split(/\s/u).pop()!);
      return { person: f.person, start: f.start, end: f.end, given, surname };
    });
  const ordinary = ordinaryCast(text, names);
  // A full name given a life of its own once, its bearer is the same neighbour wherever the text names him again:
  // "2. Jan Leike, 38, Schreinermeister" … "Jan Leike will sich für … einsetzen" (round 23).
  for (const person of signed ?? []) ordinary.add(person);
  if (!ordinary.size || tellsOurStory(text)) return;
  for (const f of found) if (f.kind === 'full' && ordinary.has(f.person)) f.role = true;
}

/** How many of our people a text's keys must name to make it a table about them. */
const KEYED_CAST = 2;

/**
 * Flags the lone surnames written in lower case as the text writes its `keys`: the same key named in a comment or
 * a note on the data ("# columns: outlet, articles, sutskever, altman", "unter sutskever mitgezählt").
 */
export function markKeys<Id extends string>(
  text: string,
  found: Found<Id>[],
  keys: ReadonlySet<string>,
  keyed: ReadonlySet<Id>,
  onStorySearchLine: (text: string, f: Found<Id>) => boolean,
): void {
  const people = new Set(keyed);
  for (const f of found) {
    const written = text.slice(f.start, f.end);
    // A handle without its "@" is written in lower case in prose too ("when sama replied to Leike"; round 18): its
    // spelling tells no key from prose, and `bareHandleAt` has found it in prose.
    // A search page's related searches about our story are searches for our people, though its query box quotes the
    // surname as code quotes a key ('Search: "sutskever"' above "sutskever leike · sutskever hinton"; round 22).
    // Round 70: so is a quoted query of several words in a search export keyed by the bare surname ('{"q": "leike"}',
    // '{"q": "leike resigned grund"}'): the words a reader typed, read as prose is read.
    if (
      f.kind === 'surname' &&
      !f.bare &&
      written === written.toLowerCase() &&
      keys.has(keyOf(written)) &&
      !onStorySearchLine(text, f) &&
      !isInQuotedQuery(text, f.start, f.end)
    ) {
      f.key = true;
      people.add(f.person);
    }
  }
  // Data whose keys name `CAST` of our people is about them, and its comment lines are prose about them: "# note:
  // techwire ran a profile of Jakub Pachocki", "# Summe Leike: 21". A full name there needs no AI word, and a
  // capitalised surname that is one of the keys is the person the key counts.
  if (people.size < KEYED_CAST) return;
  for (const f of found) {
    if (isSomeoneElse(f.kind) || f.key) continue;
    if (f.kind !== 'surname' || keys.has(keyOf(text.slice(f.start, f.end).toLowerCase()))) f.support = SUPPORT.TITLE;
  }
}
