import { boardWords, ousterWords, storyWords } from '../../knowledge/lexicon';
import { anyOf, containingOneOf, WORD_CHAR } from '../text/regex-parts';

// Built and run only on a text that holds one of the words: most texts with a lone surname have none.
const STORY = containingOneOf(
  storyWords,
  () => new RegExp(`(?<!${WORD_CHAR})${anyOf(storyWords)}s?(?!${WORD_CHAR})`, 'iu'),
);

/**
 * Whether `text` tells our story by its events' words ("the board", "fired", „Rücktritt") where it names no AI word:
 * a comment thread under a story ("Leike wasn't on the board") (round 17). Read only for a text that names one of
 * ours in full and has a lone surname the AI words leave unsupported.
 */
export const tellsOurStory = (text: string) => STORY.test(text);

const BOARD = containingOneOf(
  boardWords,
  () => new RegExp(`(?<!${WORD_CHAR})${anyOf(boardWords)}s?(?!${WORD_CHAR})`, 'iu'),
);
const OUSTER = containingOneOf(
  ousterWords,
  () => new RegExp(`(?<!${WORD_CHAR})${anyOf(ousterWords)}(?!${WORD_CHAR})`, 'iu'),
);

/**
 * Whether `text` tells the November 2023 ouster, a board and its deed ("the board … voting him out", "less than
 * candid"), as forum threads on it do with no AI word (round 39, real text).
 */
export const tellsTheOuster = (text: string) => BOARD.test(text) && OUSTER.test(text);

/** Whether the line around [start, end) of `text` names the board or the ouster's deed: "push for Altman’s return". */
export function lineTellsTheOuster(text: string, start: number, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, lineEnd === -1 ? text.length : lineEnd);
  return BOARD.test(line) || OUSTER.test(line);
}
