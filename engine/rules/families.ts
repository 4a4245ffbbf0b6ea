import {
  familyWords,
  pluralLeads,
  pluralCopulas,
  relativePrepositions,
  dativePrepositions,
} from '../../knowledge/lexicon';
import { startingWithOneOf, SPACE, anyOf, WORD_CHAR, endingInOneOf, lazyPattern } from '../text/regex-parts';

// An article before the surname with a plural "s": "the Altmans", "an die Altmans" name a family or a band.
// In German the article may also be a relative pronoun before a genitive: "die Altmans Rückkehr forderte".
export const PLURAL_ARTICLE = /(?:^|[^\p{L}])(the|die|den|der)\s+$/iu;
export const FAMILY_AFTER = startingWithOneOf(
  [...familyWords, ...familyWords.map((word) => `-${word}`)],
  () => new RegExp(String.raw`^(?:${SPACE}+|-)${anyOf(familyWords)}(?!${WORD_CHAR})`, 'iu'),
);
// "die Familie Altman", "the family Altman".
export const FAMILY_BEFORE = endingInOneOf(
  familyWords,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(familyWords)}${SPACE}+$`, 'iu'),
);
export const PLURAL_ENDING = lazyPattern(() => /[^'’]s['’]?$/u);
// An adjective or a number before a plural: "actual Altmans from Maple St.", "zwei Leikes".
export const PLURAL_LEAD = endingInOneOf(
  pluralLeads,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(pluralLeads)}${SPACE}+$`, 'iu'),
);
// Round 73: a plural copula before a plural that ends its clause or comes before a place or a time is a family named
// as what people are: "my in-laws have been Altmans since 1890", „sie sind Leikes, seit jeher“; not a genitive, „das
// waren Leikes eigene Worte“.
export const PLURAL_COPULA_BEFORE = endingInOneOf(
  pluralCopulas,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(pluralCopulas)}${SPACE}+$`, 'iu'),
);
export const PREDICATE_END_AFTER = lazyPattern(
  () => String.raw`^(?:[.,;:!?]|${SPACE}+${anyOf([...relativePrepositions, ...dativePrepositions])}(?![\p{L}])|$)`,
  'iu',
);
