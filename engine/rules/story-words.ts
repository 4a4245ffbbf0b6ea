import { storyWords } from '../../knowledge/lexicon';
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
