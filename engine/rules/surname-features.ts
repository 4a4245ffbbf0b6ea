import type { Mention } from '../match/mention';
import { isSomeoneElse } from '../match/mention-kind';
import { lazyPattern } from '../text/regex-parts';

/*
 * What a learned model reads of a lone surname's context (round 25): generic features, none of them a word chosen by
 * hand. The words of its sentence (`s:`) and of about `WINDOW` words either side (`w:`), the words right before and
 * after it (`b:`, `a:`), the candidate's own reading by the matcher (`m:`: support, flags, person), what else its text
 * names (`d:`), how it is written (`c:`) and where its line stands (`l:`). The model's weights are data
 * (`surname-weights.ts`, made by `npm run train`).
 */

/** How many words either side of a lone surname the window holds. */
export const WINDOW = 25;
/** Characters read either side for the window's words: enough for `WINDOW` words of ordinary prose. */
const WINDOW_CHARS = 400;
/** How far a sentence is read either side of a lone surname, in characters: a longer one is cut there. */
const SENTENCE_REACH = 800;
/** A word longer than this is a hash, a key or a run-together slug: one feature for all of them. */
const LONGEST_WORD = 24;

const WORD = lazyPattern(() => /[\p{L}\p{N}]+/gu);
// A sentence ends after terminal punctuation before a space, or at a line break.
const SENTENCE_END = lazyPattern(() => /[.!?…]["“”»«')\]]*\s|\n/g);
const QUOTES = '"“”„«»‚‘’\'';

/** A lone surname as the model reads it: one of the matcher's candidates of kind `surname`. */
export type SurnameCandidate<Id extends string = string> = Mention<Id>;

/** The lower-cased words of `text`, digits as "0", overlong words as one token. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  const pattern = WORD();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const word = m[0].toLowerCase().replace(/\d+/g, '0');
    words.push(word.length > LONGEST_WORD ? '<long>' : word);
  }
  return words;
}

/** Where the sentence around [start, end) starts and ends in `text`, read at most `SENTENCE_REACH` characters away. */
function sentenceAround(text: string, start: number, end: number): readonly [number, number] {
  let from = Math.max(0, start - SENTENCE_REACH);
  let to = Math.min(text.length, end + SENTENCE_REACH);
  const ends = SENTENCE_END();
  ends.lastIndex = from;
  for (let m = ends.exec(text); m && m.index < to; m = ends.exec(text)) {
    const after = m.index + m[0].length;
    if (after <= start) from = after;
    else if (m.index >= end) to = m.index;
  }
  return [from, to];
}

/** Where the line around `offset` starts and ends. */
function lineAround(text: string, offset: number): string {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  const to = text.indexOf('\n', offset);
  return text.slice(from, to === -1 ? text.length : to);
}

/** How the surname is written: its case, a possessive ending, a hashtag or a quotation mark at it. */
function surfaceFeatures(text: string, m: SurnameCandidate): string[] {
  const surface = text.slice(m.start, m.end);
  const letters = surface.replace(/[^\p{L}]/gu, '');
  const features = [
    letters === letters.toUpperCase() ? 'c:upper' : letters === letters.toLowerCase() ? 'c:lower' : 'c:title',
  ];
  if (m.spelling !== undefined && letters.length > m.spelling.length) features.push('c:possessive');
  const before = text[m.start - 1] ?? '';
  const after = text[m.end] ?? '';
  if (before === '#') features.push('c:hashtag');
  if (before === '@') features.push('c:at');
  if ('-_/.'.includes(before) && before) features.push('c:joined-before');
  if ('-_/'.includes(after) && after) features.push('c:joined-after');
  if (QUOTES.includes(before) && before) features.push('c:quote-before');
  if (QUOTES.includes(after) && after) features.push('c:quote-after');
  if (after === '(' || text.slice(m.end, m.end + 2) === ' (') features.push('c:bracket-after');
  return features;
}

/** Where its line stands and what the line looks like: a heading, a list item, code, a data row. */
function lineFeatures(text: string, m: SurnameCandidate): string[] {
  const line = lineAround(text, m.start);
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lead = text.slice(lineStart, m.start);
  const features: string[] = [];
  if (/^[\s\-*•>#\d.)]*$/u.test(lead)) features.push('l:start');
  if (/^\s*#/.test(line)) features.push('l:hash');
  if (/^\s*[-*•]\s/.test(line)) features.push('l:item');
  if (/^\s*>/.test(line)) features.push('l:quoted');
  if (line.length < 80 && !/[.!?:]["”“»)]*\s*$/.test(line)) features.push('l:short');
  if ((line.match(/[{}();=<>[\]]/g)?.length ?? 0) >= 3) features.push('l:code');
  if ((line.match(/[,|\t]/g)?.length ?? 0) >= 3) features.push('l:data');
  if (m.start < 200) features.push('l:top');
  return features;
}

/** What the text given to the matcher names besides the candidate: our people in full, namesakes, relatives. */
function documentFeatures(m: SurnameCandidate, candidates: readonly SurnameCandidate[]): string[] {
  const features = new Set<string>();
  let nearest: SurnameCandidate | undefined;
  const ours = new Set<string>();
  for (const c of candidates) {
    const same = c.person === m.person;
    if (c.kind === 'full' || c.kind === 'handle') {
      ours.add(c.person);
      features.add(same ? 'd:full' : 'd:full-other');
    } else if (c.kind === 'passing') features.add(same ? 'd:passing' : 'd:passing-other');
    else if (isSomeoneElse(c.kind)) features.add(same ? `d:${c.kind}` : `d:${c.kind}-other`);
    else if (c !== m && c.kind === 'surname') features.add(same ? 'd:surname' : 'd:surname-other');
    if (same && c !== m && c.kind !== 'surname' && c.start < m.start) nearest = c;
  }
  if (ours.size >= 2) features.add('d:cast');
  if (nearest) {
    features.add(`d:before-${nearest.kind}`);
    if (nearest.sentence === m.sentence) features.add(`d:sentence-${nearest.kind}`);
  }
  return [...features];
}

/** The candidate's reading by the matcher: its support, its flags, its person. */
function readingFeatures(m: SurnameCandidate): string[] {
  const features = [`m:support${m.support}`, `m:person-${m.person}`];
  for (const flag of ['listed', 'firm', 'quoted', 'courtesy', 'titled', 'role', 'bare', 'chat'] as const)
    if (m[flag]) features.push(`m:${flag}`);
  return features;
}

/**
 * The features of the lone surname `m` in `text` (the text the matcher was given, `candidates` all it found there,
 * in the same offsets), each once, in a fixed order.
 */
export function loneSurnameFeatures(
  text: string,
  m: SurnameCandidate,
  candidates: readonly SurnameCandidate[],
): string[] {
  const [from, to] = sentenceAround(text, m.start, m.end);
  const sentence = [...wordsOf(text.slice(from, m.start)), ...wordsOf(text.slice(m.end, to))];
  const before = wordsOf(text.slice(Math.max(0, m.start - WINDOW_CHARS), m.start)).slice(-WINDOW);
  const after = wordsOf(text.slice(m.end, m.end + WINDOW_CHARS)).slice(0, WINDOW);
  const features = new Set<string>([
    ...sentence.map((w) => `s:${w}`),
    ...before.map((w) => `w:${w}`),
    ...after.map((w) => `w:${w}`),
    ...readingFeatures(m),
    ...documentFeatures(m, candidates),
    ...surfaceFeatures(text, m),
    ...lineFeatures(text, m),
  ]);
  if (before.length) features.add(`b:${before[before.length - 1]}`);
  if (after.length) features.add(`a:${after[0]}`);
  return [...features];
}
