import { endingInOneOf } from './regex-parts';

// Someone indefinite named so: "a family named Altman", „jemand namens Sutskever", „eine Familie namens Leike".
// Compiled only where the text ends in one of its last words (V8: 38 KB of two-byte code on the bench's page of
// 10,000 names, where it ran before every lone surname).
const INDEFINITE_NAMED_BEFORE = endingInOneOf(
  ['named', 'called', 'namens'],
  () =>
    /(?<!\p{L})(?:(?:a|an|some|any|one)[^\S\n]+(?:family|person|man|woman|guy|girl|boy|kid)|someone|somebody|anyone|jemand|jemanden|eine?[nmr]?[^\S\n]+\p{L}+)[^\S\n]+(?:named|called|namens)[^\S\n]+$/iu,
  5,
);

/**
 * Whether the lone surname at `start` names someone indefinite ("for a family named Altman"): the surname as a word
 * anyone may bear, no one the text identifies.
 */
export const isIndefinitelyNamed = (text: string, start: number) =>
  text[start - 1] === ' ' && INDEFINITE_NAMED_BEFORE.test(text.slice(Math.max(0, start - 40), start));
