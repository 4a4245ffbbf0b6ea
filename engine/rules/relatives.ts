import { kinshipWords, includingWords } from '../../knowledge/lexicon/family-and-kinship';
import { containingOneOf, anyOf, SPACE, lazyPattern, anyCase, lowerSet } from '../text/regex-parts';
import { textBefore, textAfter, wordsOf, WORD_BEFORE, POSSESSIVE_ENDING } from '../text/words-around';
import { isOrdinaryWord } from './word-classes';

/**
 * Namesakes named as someone's relatives: after a word for kin ("his sister Annie Altman"), in an obituary's list of a
 * family, glossed as a relative of ours, or with a spouse's first name in brackets.
 */

const KIN = containingOneOf(
  kinshipWords,
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])${anyOf(kinshipWords)}(?:,?${SPACE}+${anyOf(includingWords)})?,?(?:${SPACE}+(?:the|den|die|der|dem)${SPACE}+\p{L}+)?${SPACE}+$`,
      'iu',
    ),
);

/**
 * Whether a word for relatives stands right before `start`, where a name begins: "their son Jakub Pachocki", "five
 * grandchildren, including Jan Leike". Who is named so is someone's family member.
 */
export const isNamedAsKin = (text: string, start: number) =>
  hasKinWordBefore(text, start) || KIN_LIST.test(text.slice(Math.max(0, start - KIN_LIST_REACH), start));

// A word for a relative and a capitalised word after it: "seinem Bruder Jack", "his sister, Annie".
const KIN_THEN_NAME = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf(kinshipWords)},?${SPACE}+(\p{Lu}\p{Ll}+)(?![\p{L}])`,
  'giu',
);

// Round 73: a word for a relative that glosses the name right before it, in brackets or between commas, after the
// genitive of a name and perhaps an adjective: "Ruth Altman (Sam’s cousin)", „Max Altman (Altmans jüngerer Bruder)“,
// "Ruth Altman, Sam Altman's cousin,". The name is whose relative the namesake is.
const KIN_GLOSS_AFTER = lazyPattern(
  () =>
    String.raw`^${SPACE}*[(,]${SPACE}*((?:\p{Lu}[\p{L}-]*${SPACE}+)?\p{Lu}[\p{L}-]*?)(?:['’]s|s|['’])${SPACE}+(?:\p{Ll}+${SPACE}+)?${anyOf(anyCase(kinshipWords))}${SPACE}*[),]`,
  'u',
);

/**
 * Whether the first name before a namesake's surname at `start` stands earlier in its sentence, from `from`, after a
 * word for a relative: "sagte Altman zu seinem Bruder Jack … in Jack Altmans Podcast". The namesake is someone's
 * relative there, not whom a lone surname before him meant (round 36, real text). Round 73: so is a namesake whose
 * name, ending at `end`, a word for a relative of ours glosses, one of ours by `own`, his names in lower case:
 * "Altman’s feud with Ruth Altman (Sam’s cousin)"; not a relative of someone else, "Leszek Pachocki (Jakub's uncle)".
 */
export function isIntroducedAsKin(
  text: string,
  from: number,
  start: number,
  end: number,
  own: ReadonlySet<string>,
): boolean {
  const whose = KIN_GLOSS_AFTER().exec(textAfter(text, end))?.[1];
  if (whose !== undefined && wordsOf(whose).every((word) => own.has(word.toLowerCase()))) return true;
  const first = WORD_BEFORE.exec(textBefore(text, start))?.[1];
  if (first === undefined) return false;
  const earlier = text.slice(from, Math.max(from, start - first.length - 1));
  for (const [, name] of earlier.matchAll(KIN_THEN_NAME())) if (name === first) return true;
  return false;
}

// A name in a list: capitalised words and bracketed ones, "Susan (Dale) Pachocki".
const LIST_NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|\([^()\n]{1,30}\))(?:${SPACE}+(?:\p{Lu}[\p{L}\p{M}'’.-]*|\([^()\n]{1,30}\))){0,3}`;
/** How far before a name a list of a family may start. */
const KIN_LIST_REACH = 200;
// A word for relatives and the names of a list after it, up to the one being read: "his children Susan (Dale)
// Pachocki, Mark Leike and " (round 16); as an obituary lists them, the word plural and a comma after it ("survived
// by her sons, Mark (Linda) Altman and ", "preceded in death by her brothers Harold and "; round 19). Case matters:
// the names are capitalised.
const KIN_LIST = containingOneOf(
  kinshipWords,
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])${anyOf(anyCase(kinshipWords))}s?(?:,?${SPACE}+${anyOf(includingWords)})?[,:]?(?:${SPACE}+${LIST_NAME}(?:,|${SPACE}+(?:and|und|&))(?:${SPACE}+(?:and|und))?){1,6}${SPACE}+$`,
      'u',
    ),
);

export const KINSHIP_WORDS = lowerSet(kinshipWords);

// Round 71: a pronoun said to be the relative of the surname's bearer, "He is Altman's brother", „Sie ist Leikes
// Schwester“: the pronoun stands for the one the text just named, the bearer is someone else. Round 154: or a full
// name the relative is apposed to, „Jack Altman, Altmans Bruder, hat Lattice mitgegründet“.
const PRONOUN_IS_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:he|she|er|sie)[^\S\n]+(?:is|was|ist|war)[^\S\n]+$/iu);
const FULL_NAME_APPOSED_BEFORE = lazyPattern(() => /(?<![\p{L}])\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}\p{Ll}+,[^\S\n]+$/u);
const KIN_WORD_AFTER = lazyPattern(() => /^[^\S\n]+(\p{L}+)/u);

/**
 * Whether the possessive surname at [start, end) has someone just spoken of as its bearer's relative: "Q: Is Jack
 * Altman part of OpenAI? A: No. He is Altman's brother" names a namesake's brother, who is not that namesake (round
 * 71).
 */
export function isKinOfSubject(text: string, start: number, end: number): boolean {
  if (!POSSESSIVE_ENDING().test(text.slice(start, end))) return false;
  const before = textBefore(text, start);
  if (!PRONOUN_IS_BEFORE().test(before) && !FULL_NAME_APPOSED_BEFORE().test(before)) return false;
  const kin = KIN_WORD_AFTER().exec(textAfter(text, end))?.[1]?.toLowerCase();
  return kin !== undefined && KINSHIP_WORDS.has(kin);
}

// A first name and a spouse's in brackets before the surname, as an obituary lists a family: "Karen (Tom) " (round 19).
const SPOUSED_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)${SPACE}+\((\p{Lu}\p{Ll}+)\)${SPACE}+$`,
  'u',
);

/** Whether `before` ends in a first name and a spouse's in brackets, neither of them one of `given` ("Samuel (Sam) "). */
export function isSpousedName(before: string, given: ReadonlySet<string>): boolean {
  const names = SPOUSED_BEFORE().exec(before);
  // Nouns are no names: "der Verwaltungsrat (Board) Altman" glosses a noun (round 21).
  return (
    names !== null &&
    [names[1]!, names[2]!].every((name) => !given.has(name.toLowerCase()) && !isOrdinaryWord(name.toLowerCase()))
  );
}

/** Whether a word for a relative stands right before `start`: "seine Schwester ", "his sister, ". */
export const hasKinWordBefore = (text: string, start: number) => KIN.test(textBefore(text, start));
