/**
 * Author lists as citation profiles print them, initials without a full stop: "P Christiano, J Leike, T Brown".
 * There a capital letter or two before a surname is an initial ("J Leike", "JH Kirchner"); elsewhere it may be a
 * pronoun or a letter ("Then I Altman …", "Team J Leike und Partner").
 */
import { ourPeoplesLives } from '../../knowledge/lexicon/our-peoples-lives';
import { lineAround } from '../text/line-around';
import { lazyPattern } from '../text/regex-parts';

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
  return listsAuthors(line, AUTHOR(), AUTHORS) ? initial : undefined;
}

/** Whether `author` (a global pattern) finds at least `least` authors in `line`. */
function listsAuthors(line: string, author: RegExp, least: number): boolean {
  author.lastIndex = 0;
  let authors = 0;
  while (authors < least && author.exec(line)) authors++;
  return authors >= least;
}

// "et al." and a year after the surname, as a citation in running text gives a paper: "Leike et al., 2018",
// "Leike et al. (2018)". Round 124: or German's „u. a.“, „(Christiano, Leike u. a., 2017)“.
// Built on first use, behind the pre-check of its " et" or " u.": few surnames have one after them.
const ET_AL_YEAR = lazyPattern(() => /^[^\S\n]+(?:et[^\S\n]+al\.?|u\.[^\S\n]?a\.),?\s{0,8}\(?(?:19|20)\d\d/u);

/** Whether the surname ending at `end` cites a paper by its first author: "(Leike et al., 2018)". */
export const citesPaperAt = (text: string, end: number) =>
  (text.startsWith(' et', end) || text.startsWith(' u.', end)) && ET_AL_YEAR().test(text.slice(end, end + 20));

/** How far along its line a citation is read for its author named again, in characters. */
const CITATION_LINE_REACH = 300;
/**
 * Round 166: whether the surname ending at `end` cites a paper by its first author whose line does not name the author
 * again after it, as a note on a namesake's paper does: "Leike et al. (2019) … refers to … the hydrologist Ottilie
 * Leike". `surnames` are the person's.
 */
export const citesPaperOfHisAt = (text: string, end: number, surnames: readonly string[]) => {
  if (!citesPaperAt(text, end)) return false;
  const [, line] = lineAround(text, end, end, CITATION_LINE_REACH);
  return !surnames.some((surname) => line.includes(surname));
};

// Round 28 (real text): a paper cited by its first author, with or without its year ("Altman et al, p. 113", "Altman
// et al.’s model"), or by a numbered reference right after the surname ("Altman’s [2] model", "Leike [14, 15]").
// Round 29: or by its year in brackets ("Altman (1968)", "Bland & Altman (1999, 2007)").
const CITED_AFTER = lazyPattern(
  () =>
    /^(?:[^\S\n]+et[^\S\n]+al\b|[^\S\n]?\[\d{1,3}(?:[,–-][^\S\n]?\d{1,3})*\]|[^\S\n]+\((?:19|20)\d\d[a-z]?(?:[,;][^\S\n]*(?:19|20)\d\d[a-z]?)*\))/u,
);
// Round 29: an author as medical reference lists print him, the surname and then his initials: "Altman DG,"; round 30:
// or as a quoted item of a list in code, "'Altman R',".
const INITIALS_AFTER = lazyPattern(() => /^[^\S\n]\p{Lu}{1,2}(?=[,.;'"’]|$)/u);
const LISTED_AUTHOR = lazyPattern(
  () => /(?:^|[,;'"&[(]\s*|\d\.\s+)\p{Lu}[\p{Ll}\p{M}'’-]+[^\S\n]+\p{Lu}{1,2}(?=[,.;'"’]|[^\S\n]+&)/gu,
);

/** How far either side of a surname its author list is read: a reference is a line of a few hundred characters. */
const LIST_REACH = 300;

/** Whether the surname ending at `end` is an author in a line that lists several as "Surname II": "Bland JM, Altman DG". */
function isListedAuthor(text: string, end: number): boolean {
  if (!INITIALS_AFTER().test(text.slice(end, end + 4))) return false;
  const before = text.slice(Math.max(0, end - LIST_REACH), end);
  const after = text.slice(end, end + LIST_REACH);
  const line = before.slice(before.lastIndexOf('\n') + 1) + after.split('\n', 1)[0];
  return listsAuthors(line, LISTED_AUTHOR(), 2);
}

/** Whether the surname ending at `end` names a paper's author: "Altman et al. (2000)", "Altman’s [2] model". */
export const citesAuthorAt = (text: string, end: number) =>
  ((text.startsWith(' ', end) || text.startsWith('[', end)) && CITED_AFTER().test(text.slice(end, end + 24))) ||
  isListedAuthor(text, end);

// Round 56: a paper cited by two authors and its year, the surname first or second: "Altman and Reyes (2021)", "(Altman
// & Kessler, 2001)", „Krzywinski und Altman (2013)“.
const CO_AUTHOR_AFTER = lazyPattern(
  () => /^[^\S\n]+(?:and|&|und)[^\S\n]+\p{Lu}[\p{L}'’-]+,?\s*\(?(?:19|20)\d\d(?!\d)/u,
);
const CO_AUTHOR_BEFORE = lazyPattern(() => /(?:^|[\s(])\p{Lu}[\p{L}'’-]+[^\S\n]+(?:and|&|und)[^\S\n]+$/u);
const YEAR_AFTER = lazyPattern(() => /^(?:,[^\S\n]*|[^\S\n]+\()(?:19|20)\d\d(?!\d)/u);

/** Whether the surname at [start, end) cites a paper with its co-author and year (see above). */
export const citesCoAuthoredPaperAt = (text: string, start: number, end: number) =>
  CO_AUTHOR_AFTER().test(text.slice(end, end + 40)) ||
  (YEAR_AFTER().test(text.slice(end, end + 8)) && CO_AUTHOR_BEFORE().test(text.slice(Math.max(0, start - 40), start)));

// The year of a paper cited right after the surname, inverted with initials or not: "Altman, S. (1990)", "Altman
// (1968)", "Leike, 2018", "Altman et al. (1989)" (round 41).
const CITED_YEAR_AFTER = lazyPattern(
  () =>
    /^(?:(?:,[^\S\n]*(?:\p{Lu}\.[^\S\n]*){1,3}(?:,|&|and)?[^\S\n]*|[^\S\n]+et[^\S\n]+al\.?,?[^\S\n]*|,[^\S\n]*)\(?|[^\S\n]+\()((?:19|20)\d\d)(?!\d)/u,
);
// Round 114: or the year closing the reference, after its quoted title and its venue, as IEEE's style gives it: "N.
// Pace, and S. Altman, "The RNA moiety of ribonuclease P …," Cell, vol. 35, pp. 849–857, 1983."
const QUOTED_TITLE_YEAR_AFTER = lazyPattern(
  () => /^,[^\S\n]*["“][^"“”\n]{4,240}["”][^\n"“”]{0,120}?,[^\S\n]*((?:19|20)\d\d)\.?[^\S\n]*(?:\n|$)/u,
);
// Round 125: or the year after the later authors of an APA reference, "Robertson, H. D., Altman, S., & Smith, J. D.
// (1972). Purification …".
const LATER_AUTHORS_YEAR_AFTER = lazyPattern(
  () =>
    /^,[^\S\n]*(?:\p{Lu}\.[^\S\n]*){1,3}(?:,[^\S\n]*(?:(?:&|and)[^\S\n]+)?\p{Lu}[\p{L}'’-]+,[^\S\n]*(?:\p{Lu}\.[^\S\n]*){1,3}){1,6}[^\S\n]*\(((?:19|20)\d\d)\)/u,
);
// Round 132: or the year after the journal alone, as a short reference gives it: "Pace and Altman, Cell, 1983". Not a
// birth year opening a life's span, as a catalogue's heading gives it: "Altman, Sam, 1985-".
const JOURNAL_YEAR_AFTER = lazyPattern(
  () => /^,[^\S\n]*\p{Lu}[\p{L}.]*(?:[^\S\n]+\p{L}[\p{L}.]*){0,4},[^\S\n]*((?:19|20)\d\d)(?![\d–-])/u,
);
/** The first year in which any of our people could have written a paper. */
const FIRST_YEAR_OF_OURS = ourPeoplesLives.bornNotBefore + ourPeoplesLives.youngestAge;

/**
 * Whether the surname ending at `end` cites a paper from a year before any of our people could write one: "Altman, S.
 * (1990). Enzymatic cleavage of RNA" in an AI reading list is the chemist's (round 41).
 */
export function citesPaperBeforeOurs(text: string, end: number): boolean {
  if (text[end] !== ',' && text[end] !== ' ') return false;
  const year =
    CITED_YEAR_AFTER().exec(text.slice(end, end + 24))?.[1] ??
    (text[end] === ','
      ? (QUOTED_TITLE_YEAR_AFTER().exec(text.slice(end, end + 400)) ??
          LATER_AUTHORS_YEAR_AFTER().exec(text.slice(end, end + 160)) ??
          JOURNAL_YEAR_AFTER().exec(text.slice(end, end + 60)))?.[1]
      : undefined);
  return year !== undefined && Number(year) < FIRST_YEAR_OF_OURS;
}
