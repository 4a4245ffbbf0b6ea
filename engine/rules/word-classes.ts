import { functionWords } from '../../knowledge/lexicon/function-words';
import {
  timeWords,
  imperativeVerbs,
  personNounEndings,
  germanVerbEndings,
  englishVerbEndings,
  nounEndings,
  matterNouns,
} from '../../knowledge/lexicon/grammar-words';
import { spellingNouns } from '../../knowledge/lexicon/spelling-and-sound';
import {
  contextTerms,
  storyEventNouns,
  englishStoryEventNouns,
  postChangeNouns,
} from '../../knowledge/lexicon/story-and-employers';
import { nationalityNouns, roleWords, titleEndings } from '../../knowledge/lexicon/titles-and-roles';
import { lazyPattern, lowerSet } from '../text/regex-parts';
import { LOWER_WORD_BEFORE, textBefore } from '../text/words-around';

/**
 * The classes of words the lone-surname rules read beside a surname: words no first name is, roles, and the function
 * words of running prose.
 */

export const NOT_FIRST_NAMES = new Set([
  ...lowerSet(functionWords),
  ...lowerSet(roleWords),
  ...lowerSet(contextTerms),
  ...lowerSet(timeWords),
  ...lowerSet(imperativeVerbs),
  ...lowerSet(nationalityNouns),
]);
const ROLES = lowerSet(roleWords);
export const FUNCTION_WORDS = lowerSet(functionWords);

export function isRole(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    ROLES.has(lower) ||
    ROLES.has(lower.replace(/s$/, '')) ||
    titleEndings.some((ending) => lower.endsWith(ending) || lower.endsWith(`${ending}s`))
  );
}

// Round 135: a German plural of a role, which two surnames may follow as its apposition: „unter den letzten Autoren
// Leike und Sutskever“, „die Forscherinnen …“.
const GERMAN_PLURAL_END = lazyPattern(() => /(?:nen|en|n)$/u);
const isRolePlural = (lower: string) =>
  GERMAN_PLURAL_END().test(lower) && ROLES.has(lower.replace(GERMAN_PLURAL_END(), ''));

const CHANGE_NOUNS: readonly string[] = [...storyEventNouns, ...englishStoryEventNouns, ...postChangeNouns];
const VERB_ENDINGS: readonly string[] = [...germanVerbEndings, ...englishVerbEndings];

/** Whether `lower` is a noun for a matter, a sum or a body, or a compound or a plural of one: „Porträt“, „Zitate“. */
export const isMatterNoun = (lower: string) =>
  matterNouns.some((noun) => lower.endsWith(noun) || lower.endsWith(`${noun}e`) || lower.endsWith(`${noun}s`));

/**
 * Whether `lower`, a capitalised word before a surname, is a word no first name is: a closed-class word, a title's
 * ending, a German noun by its ending ("die Absetzung Altmans", "welche Rolle Sutskever", "der Abgang Leikes"), or a
 * noun for a matter, a sum or a body, or a compound ending in one ("Porträt Pachocki", "Aufsichtsrat Altman"); or a
 * German or English verb by its ending („Arbeitet Sutskever jetzt …?“, round 21; "Mentioned Leike's thread", round
 * 133); or a noun of an event of our story or a change
 * of post, in a compound too, as agendas and headlines set it before the name („TOP 1: Abgang Sutskever“,
 * „Anthropic-Wechsel Leike“, "Exit Sutskever"; round 23); or a noun for a spelling, in a compound too („Schreibweise
 * Sutskever, nicht …“; round 26): no first name is one. Round 44: nor is a word longer than `LONGEST_FIRST_NAME` letters, a
 * German compound („Hauptpersonen Altman und Sutskever“), unless it ends as a noun for a person does, a title that names
 * someone else ("Councilmember Leike"). Round 137: a matter's noun in the plural too, „Zitate Altman einbauen“.
 */
export const isOrdinaryWord = (lower: string) =>
  (lower.length > LONGEST_FIRST_NAME && !personNounEndings.some((ending) => lower.endsWith(ending))) ||
  NOT_FIRST_NAMES.has(lower) ||
  isRolePlural(lower) ||
  CHANGE_NOUNS.some((noun) => lower.endsWith(noun)) ||
  VERB_ENDINGS.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending)) ||
  titleEndings.some((ending) => lower.endsWith(ending)) ||
  nounEndings.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending)) ||
  isMatterNoun(lower) ||
  spellingNouns.some((noun) => lower.endsWith(noun));

// Longer than "Christopher", "Bartholomew", „Maximiliane“.
const LONGEST_FIRST_NAME = 12;

/** Whether a word of running prose stands right before `start`: "dass sutskever weg ist" is a clause, no query. */
export function followsProseWord(text: string, start: number): boolean {
  const word = LOWER_WORD_BEFORE().exec(textBefore(text, start))?.[1];
  return word !== undefined && FUNCTION_WORDS.has(word);
}
