import { CLOSING_QUOTES, OPENING_QUOTES } from '../text/quotation-marks';
import { SPACE, lazyPattern } from '../text/regex-parts';

/**
 * Another bearer's first name after an inverted surname, as reference lists, indexes, BibTeX, data rows and catalogues
 * write it: "Altman, Robert (dir.)", "Leike,Ottilie,Univ. of Kessel".
 */

// Another person's first name or initial after the comma, ending a reference-list entry: "Altman, Robert (dir.)",
// or before the page numbers of a book index: "Altman, Jack, 203". A year is a citation's: "Sutskever, Hinton, 2012".
// Or closing a quoted entry: 'the index lists "Altman, Sam" next to "Altman, Robert"'. Or before a catalogue's life
// dates: "Director: Altman, Robert, 1925-2006" (round 47). Or with a middle initial before the entry's end, as BibTeX
// and indexes write it: "author = {Altman, Naomi S.}" (round 50); a co-author list has no initial after a surname.
// Round 51: closing a BibTeX field without an initial, "author = {Altman, Rick}", or a quoted CSV field with one.
// Round 54: or before a catalogue's middle dot, "Related subjects: Altman, Sidney · Leike family". Round 55: or with a
// middle initial before the year's bracket, "Altman, Roger C. (2009). The great crash". Round 57: or before a book
// index's page numbers, "Altman, Robert 212, 215–217". Round 58: after a doctor's title, "LEIKE, Dr. Corinna ·".
// Round 65 (real text): or before a colon and the years of a life, as a biographical dictionary heads its entries:
// "Sutskever, Abraham: 1913-?". Round 68: or before an index's cross-reference, "Leike, Ulla, see acknowledgements".
// Round 70: the pages with the index's "f." or "ff." for those after, or a note in brackets after them, "Altman, Hedda
// 203 f. (Filmregisseurin)", "Leike, Wilhelmine 12 (Großmutter der Autorin)". Round 97: or before a marriage index's
// sign, "Pachocki, Franciszek × Nowak, Jadwiga, 1888". Round 129: or in capitals before a list's dot leaders, as a
// briefing card sets apart those not to confuse, "ALTMAN, JACK ........ brother". Round 152: or before a dash, as a
// directory's result gives the bearer's trade, "Leike, Bernd – Dental practice". Round 158: or before a plain-text
// table's column gap, two spaces or more, "ALTMAN, Jack            Sam Altman's brother".
export const INDEX_PAGES = String.raw`${SPACE}+\d{1,4}(?:[-–]\d{1,4})?(?:${SPACE}+ff?\.)?(?:,|\n|$|${SPACE}+\()`;
const OTHER_INVERTED = lazyPattern(
  () =>
    String.raw`^,${SPACE}*(?:(?:Dr|Prof)\.${SPACE}*)?(\p{Lu}\.|\p{Lu}\p{Ll}+(?=\t|[^\S\n]{2}|${INDEX_PAGES}|${SPACE}*[(;·•×]|${SPACE}+[–—]${SPACE}|:${SPACE}*\d{4}(?!\d)|,${SPACE}*\d{1,3}(?!\d)|,${SPACE}*(?:see|siehe)(?![\p{L}])|,${SPACE}*\d{4}[-–](?:\d{4})?(?!\d)|["”“»}])|\p{Lu}\p{Ll}+(?:${SPACE}+\p{Lu}\.)+(?=${SPACE}*(?:[},;\n"”(]|$))|\p{Lu}{2,}(?=${SPACE}*(?:\.{2,}|\t|[(;·•])))`,
  'u',
);
// Round 68: or before "and" and the next author in a BibTeX author field, which inverts every author's name: "author =
// {Altman, Robert and Fenwick, Clara}". Prose's "Leike, Brockman and Murati" has no such field before it.
const BIB_AUTHORS_BEFORE = lazyPattern(
  () => String.raw`(?<![\p{L}])author${SPACE}*=${SPACE}*[{"](?:[^{}"\n]*${SPACE}and${SPACE}+)?$`,
  'iu',
);
const CO_AUTHOR_INVERTED = lazyPattern(
  () => String.raw`^,${SPACE}*(\p{Lu}\p{Ll}+)(?:${SPACE}+\p{Lu}\.)*${SPACE}+and${SPACE}`,
  'u',
);
// Round 68: a data row that opens with the surname, its first name the next field: "Leike,Ottilie,Univ. of Kessel".
const CSV_FIRST_NAME = lazyPattern(() => /^,(\p{Lu}\p{Ll}+),/u);
const csvFirstNameAfter = (text: string, start: number, after: string) =>
  start === 0 || text[start - 1] === '\n' ? CSV_FIRST_NAME().exec(after) : null;
// Round 70: or the whole value of a record's field, a catalogue's "Verfasser:   Pachocki, Waldemar": a label opens
// the line, and the first name ends it.
const FIELD_LABEL_BEFORE = lazyPattern(() => /(?:^|\n)[^\S\n]*\p{Lu}[\p{L}-]*:[^\S\n]*$/u);
const FIELD_FIRST_NAME = lazyPattern(() => /^,[^\S\n]*(\p{Lu}\p{Ll}+)[^\S\n]*(?:\n|$)/u);
const fieldFirstNameAfter = (before: string, after: string) =>
  FIELD_LABEL_BEFORE().test(before) ? FIELD_FIRST_NAME().exec(after) : null;

// Round 71: or a catalogue's entry that opens its line, perhaps after its number, the first name before a colon and
// the title: "3. Leike, Hartmut: Die Mühlen am Oberlauf". Not mid-line, where German capitalises the noun before a
// colon: „ein Text zu Leike, Schwerpunkt: Superalignment“. Round 72: or after a list's bullet, "- Altman, Berta:
// Heimatbuch", or a headword that is the whole line, as a style guide or a who's who heads its entries: "Leike,
// Frieda" above her entry.
const ENTRY_OPENS_BEFORE = lazyPattern(() => /(?:^|\n)[^\S\n]*(?:(?:\d{1,3}\.|[-*•])[^\S\n]*)?$/u);
const TITLE_FIRST_NAME = lazyPattern(() => /^,[^\S\n]*(\p{Lu}\p{Ll}+)(?::[^\S\n]*\p{Lu}|[^\S\n]*(?:\n|$))/u);
const entryFirstNameAfter = (before: string, after: string) =>
  ENTRY_OPENS_BEFORE().test(before) ? TITLE_FIRST_NAME().exec(after) : null;

// Round 80: or a table's cell that the inverted name fills, as a results or members' table writes its rows: "| 1 |
// Pachocki, Tomasz | 1984 |". Not an author list's cell, "| Burns, …, Leike, Sutskever, Wu |".
const CELL_OPENS_BEFORE = lazyPattern(() => /\|[^\S\n]*$/u);
const CELL_FIRST_NAME = lazyPattern(() => /^,[^\S\n]*(\p{Lu}\p{Ll}+)[^\S\n]*\|/u);
const cellFirstNameAfter = (before: string, after: string) =>
  CELL_OPENS_BEFORE().test(before) ? CELL_FIRST_NAME().exec(after) : null;

// Round 74: not a data row's field between commas with no space after them, `leike,Jan Leike,Leike,Leicke,4`: there
// the comma after the surname parts fields, and the capitalised word after it is the next field, not a first name
// before an index's pages; an index spaces its commas.
const UNSPACED_COMMA = lazyPattern(() => /^,\S/u);
const isUnspacedField = (text: string, start: number, after: string) =>
  text[start - 1] === ',' && UNSPACED_COMMA().test(after);

/**
 * The other first name after the inverted surname at `start`, `before` and `after` being the text either side: an
 * entry's, a BibTeX author's, a data row's, a field's, a catalogue entry's or a table cell's (see above).
 */
export const otherInvertedName = (text: string, start: number, before: string, after: string) =>
  ((isUnspacedField(text, start, after) ? null : OTHER_INVERTED().exec(after)) ??
    (BIB_AUTHORS_BEFORE().test(before) ? CO_AUTHOR_INVERTED().exec(after) : null) ??
    csvFirstNameAfter(text, start, after) ??
    fieldFirstNameAfter(before, after) ??
    entryFirstNameAfter(before, after) ??
    cellFirstNameAfter(before, after))?.[1];

// A closing quotation mark and a copula after a quoted form, a name a few words on: '"Altman, S." above is Sam'.
const FORM_SAID_TO_BE = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}](?:${SPACE}+(?:above|below|oben|unten|here|hier))?${SPACE}+(?:is|ist|was|war|sei)(?:${SPACE}+\p{Ll}+){0,3}${SPACE}+\p{Lu}`,
  'u',
);

/**
 * Round 142: whether the inverted name quoted at `start`, its form ending at `end`, is said to be someone: the
 * reference's form is talked about, not a mention, „Achtung: „Altman, S.“ ist hier Sidney Altman“, 'tells you that
 * "Altman, S." above is Sam Altman'.
 */
export const isQuotedFormSaidToBe = (text: string, start: number, end: number) =>
  OPENING_QUOTES.includes(text[start - 1] ?? '') && FORM_SAID_TO_BE().test(text.slice(end));
