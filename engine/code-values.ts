import { lazyPattern } from './regex-parts';

// A list literal from its bracket up to a quoted value's opening quote: `["Sutskever", "`, `[ '`.
const LIST_OPENING = lazyPattern(() => /^\[[^\S\n]*(?:(["'])[^"'\n]*\1[^\S\n]*,[^\S\n]*)*["']$/);
// The rest of that list after the value's closing quote: `, "Sutzkever"]`, `]`.
const LIST_CLOSING = lazyPattern(() => /^(?:[^\S\n]*,[^\S\n]*(["'])[^"'\n]*\1)*[^\S\n]*,?[^\S\n]*\]/);
// A word that says the next one is an identifier: "(id altman, handle sama)".
const IDENTIFIER_WORD_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:id|handle)[:=]?[^\S\n]$/iu);
const LOWER_CASE = /^[\p{Ll}]+$/u;

/** Where the quote that closes a quoted name at [start, end) stands, a possessive's apostrophe being it ('Pachocki'). */
function closingQuote(text: string, start: number, end: number): number {
  const quote = text[start - 1];
  if (quote !== '"' && quote !== "'") return -1;
  if (text[end] === quote) return end;
  return text[end - 1] === quote ? end - 1 : -1;
}

/**
 * Whether the name at [start, end) is a quoted string in a list literal of code: `"sutskever": ["Sutskever",
 * "Sutzkever"]`. Capitalised, it is a spelling the code looks for, data as a lower-case key is, not a mention;
 * the list's brackets and quotes around every item tell it from a quoted name in prose.
 */
export function isListedString(text: string, start: number, end: number): boolean {
  const close = closingQuote(text, start, end);
  if (close === -1) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const open = text.lastIndexOf('[', start);
  if (open < lineStart) return false;
  const lineEnd = text.indexOf('\n', close);
  return (
    LIST_OPENING().test(text.slice(open, start)) &&
    LIST_CLOSING().test(text.slice(close + 1, lineEnd === -1 ? text.length : lineEnd))
  );
}

/** Whether the lower-case name at [start, end) follows a word that calls it an identifier: "id altman", "handle sama". */
export const isNamedIdentifier = (text: string, start: number, end: number) =>
  text[start - 1] === ' ' &&
  LOWER_CASE.test(text.slice(start, end)) &&
  IDENTIFIER_WORD_BEFORE().test(text.slice(Math.max(0, start - 8), start));
