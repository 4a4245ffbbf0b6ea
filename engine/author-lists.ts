/**
 * Author lists as citation profiles print them, initials without a full stop: "P Christiano, J Leike, T Brown".
 * There a capital letter or two before a surname is an initial ("J Leike", "JH Kirchner"); elsewhere it may be a
 * pronoun or a letter ("Then I Altman …", "Team J Leike und Partner").
 */
import { lazyPattern } from './regex-parts';

// An initial of one or two capitals right before the surname, at the line's start or after a separator.
const INITIAL_BEFORE = /(?:^|[,;(…]\s*)(\p{Lu}{1,2}[^\S\n])$/u;
// An author as such lists print them, between separators: "JH Kirchner", "PA Ortega".
const AUTHOR = lazyPattern(() => /(?:^|[,;…]\s*)\p{Lu}{1,2}[^\S\n]+\p{Lu}[\p{Ll}\p{M}'’-]+(?=\s*(?:[,;…·]|$))/gu);
/** How many authors so written a line needs to read as a citation. */
const AUTHORS = 3;

/** The initial without a full stop before the surname at `start`, in a line that reads as a list of authors. */
export function citedInitialBefore(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const initial = INITIAL_BEFORE.exec(text.slice(Math.max(lineStart, start - 8), start))?.[1];
  if (initial === undefined) return undefined;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  let authors = 0;
  AUTHOR().lastIndex = 0;
  while (authors < AUTHORS && AUTHOR().exec(line)) authors++;
  return authors >= AUTHORS ? initial : undefined;
}
