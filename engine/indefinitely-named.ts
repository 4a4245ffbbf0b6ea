import { lazyPattern } from './regex-parts';

// Someone indefinite named so: "a family named Altman", „jemand namens Sutskever", „eine Familie namens Leike".
const INDEFINITE_NAMED_BEFORE = lazyPattern(
  () =>
    /(?<!\p{L})(?:(?:a|an|some|any|one)[^\S\n]+(?:family|person|man|woman|guy|girl|boy|kid)|someone|somebody|anyone|jemand|jemanden|eine?[nmr]?[^\S\n]+\p{L}+)[^\S\n]+(?:named|called|namens)[^\S\n]+$/iu,
);

/**
 * Whether the lone surname at `start` names someone indefinite ("for a family named Altman"): the surname as a word
 * anyone may bear, no one the text identifies.
 */
export const isIndefinitelyNamed = (text: string, start: number) =>
  text[start - 1] === ' ' && INDEFINITE_NAMED_BEFORE().test(text.slice(Math.max(0, start - 40), start));
