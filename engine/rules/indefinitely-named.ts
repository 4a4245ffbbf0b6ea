import { academicTitles, courtesyTitles, everydayTrades, femaleTitles } from '../../knowledge/lexicon';
import { anyOf, endingInOneOf } from '../text/regex-parts';

// Someone indefinite and the word that names them: "a family named", „jemand namens", „eine Familie namens", "a
// dentist called" (an everyday trade, round 17).
const INDEFINITE = () =>
  String.raw`(?<!\p{L})(?:(?:a|an|some|any|one)[^\S\n]+(?:family|person|man|woman|guy|girl|boy|kid|${anyOf(everydayTrades)})|someone|somebody|anyone|jemand|jemanden|eine?[nmr]?[^\S\n]+\p{L}+)[^\S\n]+(?:named|called|namens)[^\S\n]+`;
const TITLES = [...courtesyTitles, ...femaleTitles, ...academicTitles];

// Someone indefinite named so: "a family named Altman", „jemand namens Sutskever", „eine Familie namens Leike".
// Compiled only where the text ends in one of its last words (V8: 38 KB of two-byte code on the bench's page of
// 10,000 names, where it ran before every lone surname).
const INDEFINITE_NAMED_BEFORE = endingInOneOf(
  ['named', 'called', 'namens'],
  () => new RegExp(`${INDEFINITE()}$`, 'iu'),
  5,
);
// With a title between, perhaps quoted: 'a dentist called "Dr. Leike"', "a lawyer named Mr. Altman" (round 17).
const INDEFINITE_TITLED_BEFORE = endingInOneOf(
  TITLES,
  () => new RegExp(String.raw`${INDEFINITE()}["„“‚]?${anyOf(TITLES)}\.?[^\S\n]+$`, 'iu'),
);

/**
 * Whether the lone surname at `start` names someone indefinite ("for a family named Altman", 'a dentist called "Dr.
 * Leike"'): the surname as a word anyone may bear, no one the text identifies.
 */
export function isIndefinitelyNamed(text: string, start: number): boolean {
  if (text[start - 1] !== ' ') return false;
  const before = text.slice(Math.max(0, start - 60), start);
  return INDEFINITE_NAMED_BEFORE.test(before) || INDEFINITE_TITLED_BEFORE.test(before);
}
