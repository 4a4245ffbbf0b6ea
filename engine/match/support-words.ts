import { clubWorldTerms, namesakeWorldsByPerson, namesakeWorldTerms } from '../../knowledge/lexicon/namesake-worlds';
import { contextTerms, employerTerms } from '../../knowledge/lexicon/story-and-employers';
import { turnPhrases } from '../../knowledge/lexicon/telling-bearers-apart';
import { firstIndexWhere } from '../../utils/binary-search';
import { citesPaperAt } from '../rules/author-lists';
import { messageAnswered } from '../rules/chat-lines';
import { isFieldOneBefore } from '../rules/picked-out-bearers';
import { isKinOfSubject } from '../rules/relatives';
import { isStoryEventAfter, tellsOurStory } from '../rules/story-words';
import { subjectFor } from '../text/one-byte-view';
import { anyOf, endingInOneOf, hintOf, lazyPattern, lowerSet, WORD_CHAR } from '../text/regex-parts';
import { SUPPORT, type Support } from './mention-kind';

/**
 * The words that support a lone surname or set it in a namesake's world: where AI words, our people's employer and a
 * namesake's world stand in a text, whether a topic is denied there, how far a name's item and support reach, and
 * the support they give a lone surname.
 */

// Round 171: an underscore joins a term to a community's or a channel's name as a space would: „r/de_KI“.
const TERM_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
export const termPattern = (terms: readonly string[]) =>
  lazyPattern(() => `(?<!${TERM_CHAR})${anyOf(terms)}s?(?!${TERM_CHAR})`, 'giu');
export const CONTEXT = termPattern(contextTerms);
export const EMPLOYERS = termPattern(employerTerms);
const NAMESAKE_WORLD = termPattern(namesakeWorldTerms);
// Most texts with a name have none of these words: the large pattern is then never compiled (V8: 11.6 KB of native
// code on the bench's page of 10,000 names).
export const NAMESAKE_WORLD_HINT = hintOf(namesakeWorldTerms);

/** Calls `visit` with each match of `terms`, a global pattern, in `text`, in order. */
function eachMatch(terms: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  terms.lastIndex = 0;
  const subject = subjectFor(terms, text);
  for (let m = terms.exec(subject); m; m = terms.exec(subject)) visit(m);
}

/** Where `terms` stand in `text`, in order. */
export function positionsOf(terms: RegExp, text: string): number[] {
  const positions: number[] = [];
  eachMatch(terms, text, (m) => positions.push(m.index));
  return positions;
}

/** A term of a namesake's world where it stands in a text, as written there. */
export interface WorldTerm {
  readonly at: number;
  readonly written: string;
}

/** Where the terms of any namesake's world stand in `text`, in order. */
export function namesakeWorldIn(text: string): WorldTerm[] {
  if (!NAMESAKE_WORLD_HINT.test(text)) return [];
  const found: WorldTerm[] = [];
  eachMatch(NAMESAKE_WORLD(), text, (m) => found.push({ at: m.index, written: m[0] }));
  return found;
}

/** The lower-case terms of the namesake world of the person `id`: his namesake's own and club sport's. */
export const namesakeWorldOf = (id: string) => lowerSet([...clubWorldTerms, ...(namesakeWorldsByPerson[id] ?? [])]);

/** Whether a term `namesakeWorldIn` found is one of `world`, lower-case terms: in the plural too ("films"). */
export function isWorldTerm(world: ReadonlySet<string>, { written }: WorldTerm): boolean {
  const term = written.toLowerCase().replace(/\s+/gu, ' ');
  return world.has(term) || (term.endsWith('s') && world.has(term.slice(0, -1)));
}

// A topic denied right before a term: "The show is not about OpenAI", "es geht nicht um OpenAI", "has nothing to do
// with OpenAI" (round 17).
const DENIED_TOPIC_BEFORE = endingInOneOf(
  ['about', 'um', 'with', 'mit'],
  () =>
    /(?:(?<!\p{L})(?:not|nicht|never|nie)[^\S\n]+(?:about|um)|(?:nothing|nichts)[^\S\n]+(?:to[^\S\n]+do[^\S\n]+)?(?:with|mit))[^\S\n]+$/iu,
);

// German word order puts the denial after the term: "hatte mit KI nichts zu tun", "mit OpenAI hat er nichts zu tun"
// (round 18).
const WITH_BEFORE = endingInOneOf(['mit'], () => /(?<!\p{L})mit[^\S\n]+$/iu);
// Built and run only where "nichts" stands after the term.
const NOTHING_HINT = hintOf(['nichts']);
const NOTHING_TO_DO_AFTER = lazyPattern(
  () => /^[^\s.!?]+(?:[^\S\n]+[^\s.!?]+){0,2}?[^\S\n]+nichts[^\S\n]+zu[^\S\n]+tun(?!\p{L})/iu,
);

const isNothingToDoAt = (after: string) => NOTHING_HINT.test(after) && NOTHING_TO_DO_AFTER().test(after);

// Round 80: or a topic's noun with the term as its first part, after "kein" or "no": „Bonus, kein KI-Thema“, "no AI
// topic this week".
const NO_BEFORE = endingInOneOf(['kein', 'keine', 'no'], () => /(?<!\p{L})(?:kein|keine|no)[^\S\n]+$/iu);
const TOPIC_AFTER = lazyPattern(() => /^[\p{L}\p{N}]+(?:-|[^\S\n]+)(?:thema|themen|topic|topics|bezug)(?!\p{L})/iu);

/** Whether the term at `at` in `text` is a topic denied: "not about OpenAI", "hatte mit KI nichts zu tun". */
function isDeniedAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  return (
    DENIED_TOPIC_BEFORE.test(before) ||
    (WITH_BEFORE.test(before) && isNothingToDoAt(text.slice(at, at + 60))) ||
    (NO_BEFORE.test(before) && TOPIC_AFTER().test(text.slice(at, at + 30)))
  );
}

/**
 * Whether any of the sorted `positions` of terms in `text` lies in [from, to) and is not a topic denied: a lone
 * surname's sentence that says it is "not about OpenAI" does not speak of our people's world. With `denied`, whether
 * any there is one denied.
 */
export function anyAffirmedIn(
  text: string,
  positions: readonly number[],
  from: number,
  to: number,
  denied = false,
): boolean {
  for (let i = firstIndexWhere(positions.length, (j) => positions[j]! >= from); positions[i]! < to; i++) {
    if (isDeniedAt(text, positions[i]!) === denied) return true;
  }
  return false;
}

// What parts the items of a line of searches or links: "pachocki openai five · jakub pachocki dentist milwaukee".
const ITEM_SEPARATORS = ['·', '•'];

/** The item of the sentence [from, to) that holds [start, end): the sentence, or its part between separators. */
export function itemBounds(text: string, start: number, end: number, [from, to]: readonly [number, number]) {
  let [itemFrom, itemTo] = [from, to];
  for (const separator of ITEM_SEPARATORS) {
    const before = text.slice(from, start).lastIndexOf(separator);
    const after = text.slice(end, to).indexOf(separator);
    if (before !== -1) itemFrom = Math.max(itemFrom, from + before + 1);
    if (after !== -1) itemTo = Math.min(itemTo, end + after);
  }
  return [itemFrom, itemTo] as const;
}

export const TURN_HINT = hintOf(turnPhrases);
const TURN = lazyPattern(() => `(?<!${WORD_CHAR})${anyOf(turnPhrases)}(?!${WORD_CHAR})`, 'iu');

/**
 * Where the words that may support the lone surname ending at `end` end in its sentence, which ends at `to`, in a text
 * with a turn: at a turn after it ("…, until I realised …"), whose AI words speak of a mistake (round 18), else at the sentence's end.
 */
function supportEnd(text: string, end: number, to: number): number {
  const turn = TURN().exec(text.slice(end, to));
  return turn ? end + turn.index : to;
}

/** Whether any of the sorted `positions` lies in [from, to). */
export function anyIn(positions: readonly number[], from: number, to: number): boolean {
  const lo = firstIndexWhere(positions.length, (i) => positions[i]! >= from);
  return lo < positions.length && positions[lo]! < to;
}

/** How far from a lone surname a context term still supports it, in characters. */
const SUPPORT_WINDOW = 300;

/**
 * The support the words around the lone surname at [start, end), in its sentence [from, to), give it: our people's
 * employer or AI words (`context`) in its sentence up to a turn, AI words near it or anywhere in the text, an event of
 * our story told of it, a chat's message it answers. `employers` and `context` are where those words stand in `text`;
 * `turns`, whether the text has a turn.
 */
export function wordsSupport(
  text: string,
  start: number,
  end: number,
  [from, to]: readonly [number, number],
  context: readonly number[],
  employers: readonly number[],
  turns: boolean,
): Support {
  const supportTo = turns ? supportEnd(text, end, to) : to;
  let support: Support;
  if (anyAffirmedIn(text, employers, from, supportTo)) support = SUPPORT.EMPLOYER;
  else if (anyAffirmedIn(text, context, from, supportTo)) {
    // A paper cited in a sentence that speaks of AI, besides the citation's own "et al.", is our
    // person's, even in a namesake's CV: "RLHF foundations (Christiano, Leike et al., 2017)".
    const aiBesides = anyIn(context, from, start) || anyIn(context, end + 2, to);
    support = aiBesides && citesPaperAt(text, end) ? SUPPORT.TITLE : SUPPORT.SENTENCE;
  } else if (anyAffirmedIn(text, context, start - SUPPORT_WINDOW, end + SUPPORT_WINDOW)) support = SUPPORT.NEAR;
  else support = context.length ? SUPPORT.TEXT : SUPPORT.NONE;
  // A genitive before an event of our story, in a text that speaks of AI, is ours beside a namesake:
  // „worum es bei Leikes Rücktritt ging" (round 17).
  // Round 71: so is one whose relative is the one just named: "Is Jack Altman part of OpenAI? No. He is
  // Altman's brother". Round 121: so is "the AI Pachocki" after a baker of that name.
  if (
    support < SUPPORT.EMPLOYER &&
    context.length &&
    (isStoryEventAfter(text, start, end) || isKinOfSubject(text, start, end) || isFieldOneBefore(text, start))
  ) {
    support = SUPPORT.EMPLOYER;
  }
  // A chat's message that is the surname alone answers the message above: ours with our employer's weight
  // where that one speaks of AI or tells our story ("mom: the one who got fired and came back" / "dad:
  // altman"; round 22).
  if (support < SUPPORT.EMPLOYER) {
    const asked = messageAnswered(text, start, end);
    if (asked && (anyIn(context, ...asked) || tellsOurStory(text.slice(...asked)))) support = SUPPORT.EMPLOYER;
  }
  return support;
}
