import { APOSTROPHE } from '../text/regex-parts';

/**
 * A surname as written, read against ours: which of ours it spells, whether it is spelt as ours, and its form as a key.
 */

const POSSESSIVE_END = new RegExp(`(?:${APOSTROPHE}s|s${APOSTROPHE}?)$`, 'u');

/** The surname of `surnames` (lower case) that `written` ends with, possessive ending or not: its spelling. */
export function spellingOf(written: string, surnames: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  const bare = lower.replace(POSSESSIVE_END, '');
  let found: string | undefined;
  for (const surname of surnames) {
    if ((bare.endsWith(surname) || lower.endsWith(surname)) && surname.length > (found?.length ?? 0)) found = surname;
  }
  return found;
}

/** Whether `written` is one of `ours` (lower case), capitalised, possessive or not: no misprint, no query's word. */
export const isSpeltAsOurs = (written: string, ours: ReadonlySet<string>) =>
  written[0] !== written[0]!.toLowerCase() && ours.has(written.toLowerCase().replace(POSSESSIVE_END, ''));

/** A lower-case name as a key: without its possessive ending. */
export const keyOf = (written: string) => written.replace(POSSESSIVE_END, '');
