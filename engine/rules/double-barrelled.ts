import {
  germanArticles,
  germanContractions,
  nounDeterminers,
  compoundArticles,
  germanPossessives,
  nounEndings,
} from '../../knowledge/lexicon/grammar-words';
import { newsCompoundHeads, storyEventNouns } from '../../knowledge/lexicon/story-and-employers';
import { lowerSet, anyCase, anyOf, SPACE, lazyPattern } from '../text/regex-parts';
import { textAfter, textBefore } from '../text/words-around';
import { isOrdinaryWord, isRole } from './word-classes';

/**
 * A name that goes on with a hyphen and another surname: someone else's double-barrelled name ("Jan Leike-Hoffmann"),
 * not a compound noun ("der Altman-Rauswurf").
 */

const NEWS_HEADS = lowerSet([...newsCompoundHeads, ...storyEventNouns]);
// Round 72: each plural ending is tried on its own, "Fragen" as "Frage" and "Zitate" as "Zitat", and a noun in -a
// takes "-en" for it („Themen“, „Dramen“); one pattern's leftmost match took "Fragen" for "Frag".
const PLURAL_ENDINGS = [
  ['s', ''],
  ['n', ''],
  ['en', ''],
  ['e', ''],
  ['en', 'a'],
] as const;
/** A lower-case noun and the singulars its German or English plural ending may stand for. */
const singularsOf = (noun: string) => [
  noun,
  ...PLURAL_ENDINGS.filter(([ending]) => noun.endsWith(ending)).map(
    ([ending, singular]) => noun.slice(0, -ending.length) + singular,
  ),
];
// A capitalised word joined by a hyphen that ends the compound: "Leike-Hoffmann", not "Altman-Rauswurf-Drama".
const HYPHENED_PART = /^-(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\p{N}-])/u;
// An article or a possessive, perhaps with lower-case adjectives and an opening quote, right before a name: "das
// große ", "nach dem „", „Ihr “ (round 85). German capitalises nouns, so a role noun in between ("der Bäcker Jan")
// ends the article's reach.
const ARTICLE = () =>
  String.raw`(?:^|[^\p{L}])${anyOf(anyCase([...germanArticles, ...germanContractions, ...nounDeterminers, ...compoundArticles, ...germanPossessives]))}(?:${SPACE}+\p{Ll}+)*`;
const ARTICLE_LEAD = lazyPattern(() => String.raw`${ARTICLE()}${SPACE}*[„“"'‚‘«»]?$`, 'u');
// Round 63 (real text): or a noun that shares the article with the compound, "der ausgeschiedene Präsident und
// Altman-Vertraute Greg Brockman".
const SHARED_ARTICLE_LEAD = lazyPattern(
  () => String.raw`${ARTICLE()}${SPACE}+\p{Lu}\p{Ll}+${SPACE}+(?:und|oder|sowie)${SPACE}+$`,
  'u',
);

/**
 * Whether the name at [start, end), full or lone, goes on with a hyphen and a surname: a double-barrelled name
 * ("Jan Leike-Hoffmann", "sagt Leike-Morrow"), which is someone else's. After an article it is a compound noun
 * ("der Altman-Rauswurf"); a word the lists know as no name ("Altman-Interview", "Leike-Forschung") or another of
 * our surnames ("Altman-Sutskever") is no surname either.
 */
export function isDoubleBarrelled(text: string, start: number, end: number, ours: ReadonlySet<string>): boolean {
  const part = HYPHENED_PART.exec(textAfter(text, end))?.[1]?.toLowerCase();
  // Round 92: nor is a word no first name is, a noun for a matter or a long compound: "Altman-Porträt",
  // „Altman-Pressekonferenz“.
  if (part === undefined || ours.has(part) || isOrdinaryWord(part) || isRole(part)) return false;
  // A noun of the news (round 17): „Leike-Thread", „Leike-Rolle", in the plural too („Leike-Posts").
  if (singularsOf(part).some((word) => NEWS_HEADS.has(word))) return false;
  // In the plural too: "Altman-Nennungen", "Leike-Meldungen".
  if (nounEndings.some((ending) => [ending, `${ending}en`, `${ending}s`].some((form) => part.endsWith(form)))) {
    return false;
  }
  const before = textBefore(text, start);
  return !ARTICLE_LEAD().test(before) && !SHARED_ARTICLE_LEAD().test(before);
}
