import { kinshipWords } from '../../knowledge/lexicon/family-and-kinship';
import { unrelatedPhrases } from '../../knowledge/lexicon/telling-bearers-apart';
import { anyOf, lazyPattern } from '../text/regex-parts';

/** How far after a lone surname our person's handle or full name still names him again, in characters. */
export const NAMED_AGAIN_REACH = 60;

// What sets the one named after apart from the surname, or makes him the bearer's relative: "Altman, not Sam Altman",
// "Altman, the brother of Sam Altman", „Altman, nicht verwandt mit Sam Altman“.
// A full stop or an exclamation mark ends the breath ("betont Pachocki. Ob er mit Jakub Pachocki verwandt sei"); a
// question's mark before a bracket does not ("Altman's account on X? (@sama)"). An arrow maps a string to a page
// ("Weiterleitung Sutzkever → Ilya Sutskever"). A quotation mark closes a string the surname stood in ('searched
// "altman player" … pages about Sam Altman').
const APART = lazyPattern(
  () =>
    String.raw`[.!;→"“”„«»]|->|(?<!\p{L})(?:not|nicht|kein|keine|never|nie|no|nor|weder|related|verwandt|${anyOf([...kinshipWords, ...unrelatedPhrases])})(?!\p{L})`,
  'iu',
);

/**
 * Whether `between`, the text from a lone surname to our person's handle or full name after it, lets the two name the
 * same man: on one line, near, with no word that denies or relates ("Bonus: Altman's account on X? (@sama)", „Altman,
 * gemeint ist Sam Altman, …“; round 23). A writer who names a man twice in a breath, by surname and then by handle or
 * in full, names one man, whatever namesake came lines before; one who sets them apart says "not" or "brother".
 */
export const namesSameManAfter = (between: string): boolean =>
  between.length <= NAMED_AGAIN_REACH && !between.includes('\n') && !APART().test(between);
