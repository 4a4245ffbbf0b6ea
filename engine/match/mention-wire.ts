import type { MatchAnswer } from '../../model/match-messages';
import { PERSON_IDS, type PersonId } from '../../model/person';
import { MENTION_FLAGS, type Mention } from './mention';
import { KINDS } from './mention-kind';

/*
 * Candidates as plain data, for the answer the background sends the page session (model/match-messages.ts):
 * seven small integers a candidate, its kind, support, flags and person in the first; the surnames as written in
 * one list beside, referred to by number.
 */
const CELLS = 7;
const FLAG_SHIFT = 6;
const PERSON_SHIFT = FLAG_SHIFT + MENTION_FLAGS.length;
const MAX_SUPPORT = 5;

/** The candidates of each text, as the background sends them. */
export function encodeMentions(found: readonly (readonly Mention<PersonId>[])[]): MatchAnswer {
  const spellings: string[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (spelling: string | undefined) => {
    if (spelling === undefined) return 0;
    let number = numbers.get(spelling);
    if (number === undefined) numbers.set(spelling, (number = spellings.push(spelling)));
    return number;
  };
  const cellsOf = (m: Mention<PersonId>) => {
    let bits = KINDS.indexOf(m.kind) | (m.support << 3) | (PERSON_IDS.indexOf(m.person) << PERSON_SHIFT);
    MENTION_FLAGS.forEach((flag, i) => {
      if (m[flag]) bits |= 1 << (FLAG_SHIFT + i);
    });
    return [bits, m.start, m.end, m.sentence, m.sentences, m.paragraph, numberOf(m.spelling)];
  };
  return { found: found.map((mentions) => mentions.flatMap(cellsOf)), spellings };
}

/** One text's candidates read back, or undefined where the cells say something no candidate can be. */
function decodeOne(cells: readonly number[], spellings: readonly string[], length: number) {
  if (cells.length % CELLS) return undefined;
  const mentions: Mention<PersonId>[] = [];
  for (let at = 0; at < cells.length; at += CELLS) {
    const [bits, start, end, sentence, sentences, paragraph, spelling] = cells.slice(at, at + CELLS) as number[];
    const kind = KINDS[bits! & 7];
    const support = (bits! >> 3) & 7;
    const person = PERSON_IDS[bits! >>> PERSON_SHIFT];
    const fits = start! < end! && end! <= length && sentence! < sentences! && spelling! <= spellings.length;
    if (!kind || !person || support > MAX_SUPPORT || !fits) return undefined;
    const mention: Record<string, unknown> = { person, start, end, kind, support, sentence, sentences, paragraph };
    if (spelling) mention.spelling = spellings[spelling - 1];
    MENTION_FLAGS.forEach((flag, i) => {
      if (bits! & (1 << (FLAG_SHIFT + i))) mention[flag] = true;
    });
    mentions.push(mention as unknown as Mention<PersonId>);
  }
  return mentions;
}

/**
 * The candidates of each of `texts`, from the background's answer to them (parsed by `parseMatchAnswer`), or
 * undefined for an answer that does not fit them.
 */
export function decodeMentions(answer: MatchAnswer, texts: readonly string[]): Mention<PersonId>[][] | undefined {
  const decoded: Mention<PersonId>[][] = [];
  for (const [i, cells] of answer.found.entries()) {
    const mentions = decodeOne(cells, answer.spellings, texts[i]!.length);
    if (!mentions) return undefined;
    decoded.push(mentions);
  }
  return decoded;
}
