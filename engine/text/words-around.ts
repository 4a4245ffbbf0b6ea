import { PROSE_OPENING_QUOTES } from './quotation-marks';
import { oneByte, APOSTROPHES, SPACE, lazyPattern, APOSTROPHE } from './regex-parts';

/**
 * The text around a name as the lone-surname rules read it, and the words next to it there.
 */

/** How much text on either side of a lone surname the checks of its neighbouring words read. */
export const LOOK_AROUND = 60;

/** The words of `s`, split at spaces and hyphens: a title's "Ex-OpenAI-Forscher" reads as three. */
export const wordsOf = (s: string) => s.split(/[-\s]+/).filter(Boolean);
// One-byte where it can be: the many patterns that read it then need only their small one-byte code.
export const textBefore = (text: string, start: number) => oneByte(text.slice(Math.max(0, start - LOOK_AROUND), start));
export const textAfter = (text: string, end: number) => oneByte(text.slice(end, end + LOOK_AROUND));
// A question's comparison may run on past `LOOK_AROUND` to its mark: „der Altman ist der gleiche wie der vom Film, den
// wir mal gesehen haben?“ (round 16); so may a German denial of kinship past a relative clause (round 124).
export const farTextAfter = (text: string, end: number) => oneByte(text.slice(end, end + 2 * LOOK_AROUND));
// So may a long quoted list run back to its noun, „Suchbegriffe „Sutskever“, „Sutzkever“, „Leike“, „Leicke“,
// „Pachocki“, „Pachoki““ (round 141).
export const farTextBefore = (text: string, start: number) =>
  oneByte(text.slice(Math.max(0, start - 2 * LOOK_AROUND), start));
// A declension told form by form may name the first form's case further back: 'The genitive of that surname would be
// "Pachockiego", the dative "Pachockiemu"' (round 116).
export const declensionBefore = (text: string, start: number) =>
  oneByte(text.slice(Math.max(0, start - 2 * LOOK_AROUND), start));
/** The end of `before` from its sentence's start: the clause that leads up to a surname. */
export const sentenceBefore = (before: string) => before.slice(Math.max(before.search(/[.!?\n][^.!?\n]*$/u), 0));

// The word before a lone surname and what joins them: a space, at most one line break, or a hyphen
// ("Müller-Leike", "Robert-Altman-Preis").
const WORD_PART = String.raw`[\p{L}\p{M}\p{N}.${APOSTROPHES}]+`;
export const WORD_BEFORE = new RegExp(
  String.raw`(${WORD_PART}(?:-${WORD_PART})*)(-|(?=\s)${SPACE}*\n?${SPACE}*)$`,
  'u',
);
// The word after a lone surname, also after "&" or "and" as firms write it: "Pachocki & Sons".
export const WORD_AFTER = new RegExp(String.raw`^(?:${SPACE}+(?:(?:&|and|und)${SPACE}+)?|-)(\p{Lu}[\p{L}\p{M}]*)`, 'u');
// An English possessive's ending: "OpenAI's", "Altman’s", in capitals too, as a wire's headline sets it ("OPENAI'S";
// round 80).
export const POSSESSIVE_END = lazyPattern(() => `${APOSTROPHE}s$`, 'iu');
// A capitalised word next, a noun in German, quoted or not: "Jack Altmans „Uncapped“-Podcast" (round 36, real text).
export const NEXT_NOUN = lazyPattern(() => /^\s+[„“"»‚‘]?\p{Lu}/u);
// A possessive or genitive ending: "Altman's siblings", "Altmans Geschwister" are our person's family.
export const POSSESSIVE_ENDING = lazyPattern(() => `(?:${APOSTROPHE}s|s${APOSTROPHE}?)$`, 'u');
// A German genitive "s" with no apostrophe: "Altmans", "Leikes".
export const GENITIVE = lazyPattern(() => /[^'’]s$/u);

// The lower-case word right before a name: a trade word, as a query writes a firm ("tischlerei leike"), or a word of
// prose ("dass sutskever").
export const LOWER_WORD_BEFORE = lazyPattern(() => String.raw`(?:^|[^\p{L}])(\p{Ll}+)${SPACE}+$`, 'u');
// A capitalised word in lower case after its capital, as a name or a title is set.
export const TITLE_CASE = lazyPattern(() => /^\p{Lu}\p{Ll}/u);
// The lower-case word right after a name, not a compound's head: as a query names a firm ("leike tiles fresno") or an
// event of our story after a possessive ("Altman's return").
export const LOWER_WORD_AFTER = lazyPattern(() => String.raw`^${SPACE}+(\p{Ll}+)(?![\p{L}\p{M}-])`, 'u');

// A capital first letter, as a name, a title or a German noun is set.
export const UPPER_START = lazyPattern(() => /^\p{Lu}/u);
// Nothing but spaces to the end of the line: a title line's last word.
export const LINE_ENDS_AFTER = lazyPattern(() => /^[^\S\n]*(?:\n|$)/u);

// The text before a quoted name, its opening mark left off: "the genitive is „Pachockiego“".
export const withoutOpeningQuote = (before: string) =>
  PROSE_OPENING_QUOTES.includes(before.at(-1) ?? '\n') ? before.slice(0, -1) : before;
