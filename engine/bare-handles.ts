import { otherAccountWords, proseWords } from '../knowledge/lexicon';
import { anyOf, APOSTROPHE, lazyPattern, SPACE, WORD_CHAR } from './regex-parts';

/**
 * A handle written without its "@" in prose ("sama said he'd write a longer post", "sama's post", "@grummelbaer sama
 * wird gleich …"). The word is common elsewhere: Polish "sama" (alone, herself), Indonesian and Malay "bekerja sama"
 * (to work together), the Japanese honorific "-sama", the data-labelling firm "Sama". So it counts only written in
 * lower case or all capitals, not joined by a hyphen, not quoted as a string in code, not another account's name
 * ("sama fan account"), and in a sentence that English or German words, or an English possessive, show to be in
 * those languages. Whether the document is about our people the surname rules judge, as for a lone surname.
 */

const PROSE = lazyPattern(() => `(?<!${WORD_CHAR})${anyOf(proseWords)}(?!${WORD_CHAR})`, 'iu');
const OTHER_ACCOUNT_AFTER = lazyPattern(() => `^${SPACE}+${anyOf(otherAccountWords)}(?!${WORD_CHAR})`, 'iu');
const POSSESSIVE_END = lazyPattern(() => `${APOSTROPHE}s$`, 'u');
// A quotation mark or a code string's quote, or a hyphen joining it to a word: "'sama'", "Altman-sama", "sama-sama".
const QUOTE_OR_JOIN = lazyPattern(() => /["'`„“”«»‚‘’\-‐]/u);

// A quotation's opening mark: „sama schreibt wieder …“ opens a quoted post (round 17). A code string's quotes close
// right after the handle ('sama'), and its apostrophes and backticks open none.
const OPENING_QUOTES = '"„“«»‚‘';
const opensQuotation = (text: string, start: number, end: number) =>
  start > 0 && OPENING_QUOTES.includes(text[start - 1]!) && text[end] === ' ';
// Quoted and said to stand without its "@", it is the handle as prose writes it, his: 'Does not catch "sama"
// without the @ in forum posts' (round 17).
const WITHOUT_AT_AFTER = lazyPattern(() => /^["“”»][^\S\n]+(?:without|ohne)[^\S\n]+(?:(?:the|its|das)[^\S\n]+)?@/iu);

/** How a handle without its "@" is written where it may be our person's: in lower case or in capitals. */
export type BareHandleCase = 'lower' | 'capitals';

/**
 * Whether the handle without its "@" at [start, end) of `text`, in the sentence [from, to), may be our person's,
 * and how it is written; undefined when it is the word of another language, a string or another account. `inChat`:
 * it stands in a chat message (`chat-lines.ts`).
 */
export function bareHandleAt(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  inChat = false,
): BareHandleCase | undefined {
  const written = text.slice(start, end);
  const letterCase =
    written === written.toLowerCase() ? 'lower' : written === written.toUpperCase() ? 'capitals' : undefined;
  if (!letterCase) return undefined;
  if (WITHOUT_AT_AFTER().test(text.slice(end, end + 20))) return letterCase;
  if (
    (!opensQuotation(text, start, end) && QUOTE_OR_JOIN().test(text[start - 1] ?? '')) ||
    QUOTE_OR_JOIN().test(text[end] ?? '')
  ) {
    return undefined;
  }
  if (OTHER_ACCOUNT_AFTER().test(text.slice(end, end + 12))) return undefined;
  if (POSSESSIVE_END().test(written)) return letterCase;
  // A chat message is prose whatever its words ("does sama say anything"), in lower case (round 15).
  if (inChat && letterCase === 'lower') return letterCase;
  const sentence = text.slice(from, start) + ' ' + text.slice(end, to);
  return PROSE().test(sentence) ? letterCase : undefined;
}
