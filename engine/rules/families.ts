import { familyWords, pluralLeads, pluralCopulas } from '../../knowledge/lexicon/family-and-kinship';
import { dativePrepositions } from '../../knowledge/lexicon/grammar-words';
import { relativePrepositions } from '../../knowledge/lexicon/telling-bearers-apart';
import { startingWithOneOf, SPACE, anyOf, WORD_CHAR, endingInOneOf, lazyPattern } from '../text/regex-parts';
import { NEXT_NOUN, POSSESSIVE_ENDING } from '../text/words-around';

/**
 * A lone surname that names a family or a band, no one person: "the Altmans", "die Familie Altman", "the Altman
 * family".
 */

// An article before the surname with a plural "s": "the Altmans", "an die Altmans" name a family or a band.
// In German the article may also be a relative pronoun before a genitive: "die Altmans Rückkehr forderte".
const PLURAL_ARTICLE = /(?:^|[^\p{L}])(the|die|den|der)\s+$/iu;
const FAMILY_AFTER = startingWithOneOf(
  [...familyWords, ...familyWords.map((word) => `-${word}`)],
  () => new RegExp(String.raw`^(?:${SPACE}+|-)${anyOf(familyWords)}(?!${WORD_CHAR})`, 'iu'),
);
// Round 130: or beside another spelling of the surname, a slash between, "the Leike/Leicke family association",
// either first.
const SPELLINGS_FAMILY_AFTER = lazyPattern(
  () => String.raw`^/\p{L}+(?:${SPACE}+|-)${anyOf(familyWords)}(?!${WORD_CHAR})`,
  'iu',
);
const SPELLING_SLASH_BEFORE = lazyPattern(() => /\p{Lu}\p{Ll}+\/$/u);
// "die Familie Altman", "the family Altman". Round 146: or a German compound's head, „zur Chemikerfamilie Leike“.
const FAMILY_BEFORE = endingInOneOf(
  familyWords,
  () => new RegExp(String.raw`(?:(?:^|[^\p{L}])${anyOf(familyWords)}|\p{Ll}familie)${SPACE}+$`, 'iu'),
);
export const PLURAL_ENDING = lazyPattern(() => /[^'’]s['’]?$/u);
// An adjective or a number before a plural: "actual Altmans from Maple St.", "zwei Leikes".
const PLURAL_LEAD = endingInOneOf(
  pluralLeads,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(pluralLeads)}${SPACE}+$`, 'iu'),
);
// Round 73: a plural copula before a plural that ends its clause or comes before a place or a time is a family named
// as what people are: "my in-laws have been Altmans since 1890", „sie sind Leikes, seit jeher“; not a genitive, „das
// waren Leikes eigene Worte“.
const PLURAL_COPULA_BEFORE = endingInOneOf(
  pluralCopulas,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(pluralCopulas)}${SPACE}+$`, 'iu'),
);
const PREDICATE_END_AFTER = lazyPattern(
  () => String.raw`^(?:[.,;:!?]|${SPACE}+${anyOf([...relativePrepositions, ...dativePrepositions])}(?![\p{L}])|$)`,
  'iu',
);

// Round 85: a plural that opens its clause before German's "there are", its bearers counted: „„Pachockis gibt es in
// Polen viele.““ Not a genitive after its noun, „Über die Zukunft Sutskevers gibt es nur Spekulationen“.
const THERE_ARE_AFTER = lazyPattern(() => String.raw`^${SPACE}+(?:gibt|gab)${SPACE}+es(?![\p{L}])`, 'iu');
const CLAUSE_START_BEFORE = lazyPattern(() => /(?:^|[.!?;:\n„“"»«‚‘]\s*)$/u);

// Round 133: „der“ after a preposition that takes the dative is a feminine singular's, whose noun the genitive after it
// leaves out: „vergleichen Sie seine Rolle mit der Sutskevers“.
const DATIVE_DER_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf(dativePrepositions)}${SPACE}+der${SPACE}+$`,
  'iu',
);

/**
 * Whether the surname, `written` with a plural "s", follows an article that makes it a family or a band: "the
 * Altmans", "an die Altmans"; not a German article before a genitive, „die Altmans Rückkehr“, „mit der Sutskevers“.
 */
export function isPluralAfterArticle(before: string, written: string, after: string): boolean {
  const article = PLURAL_ARTICLE.exec(before)?.[1];
  return (
    !!article &&
    PLURAL_ENDING().test(written) &&
    (/the/i.test(article) || !NEXT_NOUN().test(after)) &&
    !(article.toLowerCase() === 'der' && DATIVE_DER_BEFORE().test(before))
  );
}

/**
 * Whether the words around the surname name a family: "die Familie Altman", "zwei Leikes", "have been Altmans since
 * 1890", „Leikes gibt es viele“, "the Altman family"; not a possessive before them, "Altman's family", our person's.
 */
export const namesFamily = (before: string, written: string, after: string) =>
  FAMILY_BEFORE.test(before) ||
  // The ending first: most surnames have none, and the leads' alternation is then never compiled.
  (PLURAL_ENDING().test(written) &&
    ((PLURAL_LEAD.test(before) && !NEXT_NOUN().test(after)) ||
      (PLURAL_COPULA_BEFORE.test(before) && PREDICATE_END_AFTER().test(after)) ||
      (THERE_ARE_AFTER().test(after) && CLAUSE_START_BEFORE().test(before)))) ||
  (FAMILY_AFTER.test(after) && !(POSSESSIVE_ENDING().test(written) && !after.startsWith('-'))) ||
  (after.startsWith('/') && SPELLINGS_FAMILY_AFTER().test(after)) ||
  (before.endsWith('/') && SPELLING_SLASH_BEFORE().test(before) && FAMILY_AFTER.test(after));
