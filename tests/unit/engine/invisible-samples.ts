/**
 * One of each kind of character that renders as nothing inside a word: soft hyphen, zero-width spaces and
 * joiners, direction marks, word joiner, BOM. The engine reads names through all of them.
 */
export const INVISIBLE_SAMPLES = [
  '\u00AD',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202E',
  '\u2060',
  '\u2066',
  '\u2069',
  '\uFEFF',
] as const;
