import { hashtagCheers } from '../../knowledge/lexicon/handles-and-hashtags';
import type { NameForms } from '../../knowledge/types';
import { anyOf, lazyPattern, SPACE } from '../text/regex-parts';

/** How far before a surname its first name may start. */
const REACH = 24;

/**
 * Reads a full name whose first name is glued to the word before it, where a page or its copy ran two elements
 * together: "PodcastIlya Sutskever", "AI policyOpenAISam Altman" (round 31, real text). The names pattern finds only
 * the surname, since a name starts at a word's start; the reader answers where the full name starts, when one of the
 * person's first names, capitalised as written, follows a letter or digit right before the surname, or undefined.
 */
export function createGluedNameReader(names: NameForms): (text: string, start: number) => number | undefined {
  // Case-sensitive: a capital after a letter marks where one element's text ends and the next begins; "Absam" is a
  // word of its own.
  const before = lazyPattern(() => String.raw`(?<=[\p{L}\p{N}])${anyOf(names.given)}${SPACE}+$`, 'u');
  return (text, start) => {
    const slice = text.slice(Math.max(0, start - REACH), start);
    const found = before().exec(slice);
    return found ? start - slice.length + found.index : undefined;
  };
}

/**
 * Person `index`'s full name glued to the next word, where a page or its copy ran two elements together: "Ilya
 * SutskeverGreg Brockman", "Sam AltmanMay 12" (round 37, real text). The names pattern ends a name at a word's end, and
 * ignores case; here a capital and a small letter right after the surname start the next element's word. Case-sensitive,
 * its capitals ASCII or German, so that it costs V8 no Unicode class.
 */
export const gluedAfterPattern = (index: number, names: NameForms) =>
  String.raw`(?<p${index}f>${anyOf(names.given)}[ \u00a0]+${anyOf(names.surnames)})(?=[A-ZÄÖÜ][a-zäöüß])`;

// A cheer, capitalised, then the surname's capital: "Team" in "TeamLeike"; not "Teams" in "TeamsLeike".
const CHEER = lazyPattern(() => String.raw`^${anyOf(hashtagCheers)}(?=\p{Lu})`, 'u');

/**
 * Round 74: where the surname starts in a hashtag that glues a cheer before it, "#TeamLeike", "#ProAltman": the
 * fans' word for him, no namesake's first name (as "#RobertAltman" is). `hashtag` is the hashtag's name after its "#",
 * found at `start`; undefined where its first word is no cheer.
 */
export function cheeredSurnameStart(hashtag: string, start: number): number | undefined {
  const cheer = CHEER().exec(hashtag);
  return cheer ? start + cheer[0].length : undefined;
}
