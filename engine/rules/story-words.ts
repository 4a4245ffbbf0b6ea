import {
  boardWords,
  ousterWords,
  storyWords,
  storyEventNouns,
  englishStoryEventNouns,
  newsCompoundHeads,
  ousterVerbs,
  returnVerbs,
} from '../../knowledge/lexicon/story-and-employers';
import { anyOf, containingOneOf, WORD_CHAR, lowerSet, LETTERS, lazyPattern, SPACE, hintOf } from '../text/regex-parts';
import { POSSESSIVE_END, LOWER_WORD_AFTER, textAfter, GENITIVE, WORD_AFTER } from '../text/words-around';

// Round 97: not a game's board, numbered as a chess team's are: "Board one was Leike in every match", "on board 2".
const NOT_GAME_BOARD = String.raw`(?!(?<=board)${SPACE}+(?:\d|one|two|three|four|five|six|seven|eight)(?!${WORD_CHAR}))`;

// Built and run only on a text that holds one of the words: most texts with a lone surname have none.
const STORY = containingOneOf(
  storyWords,
  () => new RegExp(`(?<!${WORD_CHAR})${anyOf(storyWords)}s?(?!${WORD_CHAR})${NOT_GAME_BOARD}`, 'iu'),
);

/**
 * Whether `text` tells our story by its events' words ("the board", "fired", „Rücktritt") where it names no AI word:
 * a comment thread under a story ("Leike wasn't on the board") (round 17). Read only for a text that names one of
 * ours in full and has a lone surname the AI words leave unsupported.
 */
export const tellsOurStory = (text: string) => STORY.test(text);

const BOARD = containingOneOf(
  boardWords,
  () => new RegExp(`(?<!${WORD_CHAR})${anyOf(boardWords)}s?(?!${WORD_CHAR})${NOT_GAME_BOARD}`, 'iu'),
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

const STORY_EVENTS = lowerSet(storyEventNouns);
const COMPOUND_HEAD = lazyPattern(() => /^-(\p{L}+)(?![\p{L}-])/u);
const POSSESSED_EVENTS = lowerSet(englishStoryEventNouns);
const NEWS_NOUNS = lowerSet([...storyEventNouns, ...newsCompoundHeads]);

/**
 * Whether the lone surname at [start, end) is a German genitive before an event of our story: „worum es bei Leikes
 * Rücktritt ging", „Brief für Altmans Rückkehr" (round 17), or a compound's first part before one; or an English
 * possessive: "Altman's return" (round 18).
 * The words after it are read only for a genitive.
 */
export function isStoryEventAfter(text: string, start: number, end: number): boolean {
  // Round 136: or a German compound's first part before such an event: „Die Altman-Rückkehr ist das eine“.
  if (text[end] === '-')
    return STORY_EVENTS.has(
      COMPOUND_HEAD()
        .exec(text.slice(end, end + 24))?.[1]
        ?.toLowerCase() ?? '',
    );
  if (text[end - 1] !== 's') return false;
  // An English possessive before a lower-case event: "investors are pushing for Altman's return" (round 18). Round
  // 139: or German's borrowed one before a capitalised noun of the news, „Leike’s Thread“, „Altman's Comeback“.
  if (POSSESSIVE_END().test(text.slice(start, end))) {
    const after = textAfter(text, end);
    const event = LOWER_WORD_AFTER().exec(after)?.[1];
    const noun = WORD_AFTER.exec(after)?.[1]?.toLowerCase();
    return (
      (event !== undefined && POSSESSED_EVENTS.has(event)) ||
      (noun !== undefined && NEWS_NOUNS.has(noun)) ||
      isOwnEventAfter(text, end)
    );
  }
  if (!GENITIVE().test(text.slice(start, end))) return false;
  const next = WORD_AFTER.exec(textAfter(text, end))?.[1]?.toLowerCase();
  return (next !== undefined && STORY_EVENTS.has(next)) || isOwnEventAfter(text, end);
}

// A noun, at most two words, and "his" before an event of the story, its genitive ending too: " Begründung seines
// Rücktritts", " account of his firing", " Erklärung zu seinem Abgang" (round 22).
const OWN_EVENT_AFTER = lazyPattern(
  () =>
    String.raw`^${SPACE}+${LETTERS}(?:${SPACE}+\p{Ll}+){0,2}?${SPACE}+(?:his|seine[snmr]?|sein)${SPACE}+(${LETTERS})`,
  'u',
);
const OWN_HINT = hintOf(['his', 'sein']);

/**
 * Whether the noun after a genitive speaks of the bearer's own event of our story: "Leikes Begründung seines
 * Rücktritts", "Altman's account of his firing". Any noun a writer puts there (an account, a reason, a view) is about
 * his event; someone else's event ("Leikes Protokoll zum Rücktritt des Bürgermeisters") has no "his".
 */
function isOwnEventAfter(text: string, end: number): boolean {
  const after = textAfter(text, end);
  if (!OWN_HINT.test(after)) return false;
  const event = OWN_EVENT_AFTER().exec(after)?.[1]?.toLowerCase();
  if (event === undefined) return false;
  const bare = event.replace(/e?s$/u, '');
  return [event, bare].some((word) => STORY_EVENTS.has(word) || POSSESSED_EVENTS.has(word));
}

// Round 166: the ouster and the return told of the surname right after it, „Altman wurde gefeuert und zurückgeholt“.
const OUSTED_AND_BACK_AFTER = lazyPattern(
  () =>
    String.raw`^(?:['’]s)?${SPACE}+(?:being|was|got|had${SPACE}+been|wurde|war)${SPACE}+${anyOf(ousterVerbs)}${SPACE}+(?:and|und)${SPACE}+(?:(?:then|dann|wieder)${SPACE}+)?${anyOf(returnVerbs)}(?![\p{L}])`,
  'iu',
);

/** Whether `after`, the text after a lone surname, tells our story's ouster and return of him (see above). */
export const tellsOusterAndReturnAfter = (after: string) => OUSTED_AND_BACK_AFTER().test(after);
