import { searchColumnNouns, searchStringNouns } from '../../knowledge/lexicon/name-searches';
import { lineAround, shortLineAt } from '../text/line-around';
import { anyOf, lazyPattern } from '../text/regex-parts';

/** How far on its line either side of the name a row's separators are counted: a minified page's line runs on. */
const REACH = 300;

/**
 * Whether `start` of `text` stands on a data row: a line of a CSV, a TSV or a pipe table, its cells split by three
 * semicolons or pipes, two tabs, or four commas none of which a space follows ("2024-05-20;Tagesblick;"Was Altman
 * …";kritisch"). Each row is a record of its own: a namesake on one row says nothing of the surname on the next
 * (round 44).
 */
export function isOnRecordRow(text: string, start: number): boolean {
  const line = lineAround(text, start, start, REACH).join('');
  let semicolons = 0;
  let pipes = 0;
  let tabs = 0;
  let tightCommas = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ';') semicolons++;
    else if (c === '|') pipes++;
    else if (c === '\t') tabs++;
    else if (c === ',' && line[i + 1] !== ' ') tightCommas++;
  }
  return semicolons >= 3 || pipes >= 3 || tabs >= 2 || tightCommas >= 4;
}

// A header's cell that names a column of a search's strings: `suchbegriffe`, `search_terms`, `Query string`.
// Round 69: or a whole cell of `searchColumnNouns`, `query`.
const SEARCH_COLUMN = lazyPattern(
  () =>
    new RegExp(
      `(?:${searchStringNouns.map((noun) => noun.replace(' ', '[ _-]?')).join('|')}|^[ #]*${anyOf(searchColumnNouns)}[ ]*$)`,
      'iu',
    ),
);
// A header's cells: words, underscores and hyphens, the first perhaps after a comment's "# Spalten:".
const HEADER_CELL = lazyPattern(() => /^[\p{L}\p{N}_ #:.-]*$/u);
/** How many lines above a row its header is looked for. */
const HEADER_REACH = 20;
/** The longest line read as a row or a header: a minified page's line, with its thousands of semicolons, is none. */
const MAX_ROW = 2_000;
// What a data row's fields are split by; round 123: a plain-text table's pipes too, „Person | Nennungen | Suchbegriffe“.
// Round 132: pipes before commas, which a pipe table's cells hold („Sutskever, Ilya | Sutskever, Sutzkever | 214“).
const SEPARATORS = [';', '\t', '|', ','];
// A table's rule under its header, "----+----", which the walk up to the header steps over.
const RULE_LINE = lazyPattern(() => /^[-+=:| ]*-{3}[-+=:| ]*$/u);

// Round 75: a record of a person, as a club's member list, ratings or results give one: the surname opens the row or
// follows an id's cell ("0112;", "101,"), a first name follows it in the next cell ("Altman;Sam;", "Leike,Jan,",
// "| Leike | Marta |", or "Altman, Sam - " before a time), and a value with a digit follows on the row (a year, a
// rating, a time). A row of surnames alone ("Altman; Leike; Sutskever") names no first name; a record of our people
// names their employer on the row, which the caller reads.
const ID_CELL_BEFORE = lazyPattern(
  () => /^(?:[^\S\n]*[\p{L}_-]*\p{N}[\p{L}\p{N}_-]*[^\S\n]*[;,\t|])?[^\S\n|]*\|?[^\S\n]*$/u,
);
const CELL_AFTER = lazyPattern(() => /^[^\S\n]*[;,\t|]/u);
const FIRST_NAME_AFTER = lazyPattern(
  () =>
    /^(?:[;,\t]\p{Lu}\p{Ll}+[;,\t]|[^\S\n]*\|[^\S\n]*\p{Lu}\p{Ll}+[^\S\n]*\||,[^\S\n]+\p{Lu}\p{Ll}+[^\S\n]+[-–][^\S\n]+(?=\p{N}))[^\n]*\p{N}/u,
);

/**
 * The bounds of the line on which the surname at [start, end) opens a record of a person (round 75): a first name in
 * the cell after it and a value with a digit further on. None elsewhere, or on a line longer than a row is read.
 */
export function personRecordRow(text: string, start: number, end: number): [number, number] | undefined {
  // The cheap look first: a cell's separator right after the surname, written alone (a full name's next cell may be
  // its surname: "Sam Altman;Altman;@sama").
  if (!CELL_AFTER().test(text.slice(end, end + 4)) || /\s/u.test(text.slice(start, end))) return undefined;
  const row = shortLineAt(text, start, MAX_ROW);
  if (!row) return undefined;
  const lineEnd = row.start + row.line.length;
  if (!ID_CELL_BEFORE().test(text.slice(row.start, start))) return undefined;
  return FIRST_NAME_AFTER().test(text.slice(end, lineEnd)) ? [row.start, lineEnd] : undefined;
}

/** Where each field of a delimited `line` starts, a quoted field being one whatever separators it holds. */
function fieldStarts(line: string, separator: string): number[] {
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === separator && !quoted) starts.push(i + 1);
  }
  return starts;
}

// Round 70: a SQL insert's head, its table and its list of columns, before its tuples of values: `INSERT INTO
// person_alias (person_id, alias) VALUES`.
const INSERT_HEAD = lazyPattern(() => /insert\s+into\s+[\p{L}\p{N}_."`]+\s*\(([^()]*)\)\s*values\s*/giu);
/** How far before a value its insert's head is looked for. */
const INSERT_REACH = 1_500;

/**
 * The column that the quoted value opening before `start` fills in a tuple of a SQL insert, as the insert's head names
 * it; none outside a tuple's quoted value, or past the statement's semicolon.
 */
function insertColumnAt(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - INSERT_REACH), start);
  let head: RegExpMatchArray | undefined;
  for (const found of before.matchAll(INSERT_HEAD())) head = found;
  if (!head) return undefined;
  let depth = 0;
  let column = 0;
  let quoted = false;
  for (const c of before.slice(head.index! + head[0].length)) {
    if (c === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (c === '(') [depth, column] = [depth + 1, 0];
    else if (c === ')') depth--;
    else if (c === ',' && depth === 1) column++;
    else if (c === ';') return undefined;
  }
  return quoted && depth === 1 ? head[1]!.split(',')[column]?.trim() : undefined;
}

// Round 130: a plain-text table's rule under its header, runs of dashes with a space between, each run a column's span:
// "--------------  ------------------------  --------".
const SPACED_RULE_LINE = lazyPattern(() => /^[^\S\n]*-{3,}(?:[^\S\n]+-{3,})+[^\S\n]*$/u);
const DASH_RUN = lazyPattern(() => /-+/gu);
// A row of such a table: two cells at least, two spaces or more between them.
const SPACED_CELLS = lazyPattern(() => /\S[^\S\n]{2,}\S/u);
// Round 137: or one unbroken rule, "-----------", under a header whose cells, two spaces or more apart, span the
// columns: "Person    Suchbegriff(e)    Artikel".
const HEADER_CELLS = lazyPattern(() => /(?:^|(?<=[^\S\n]{2}))\S(?:[^\S\n]?\S)*/gu);

/** The cell of a plain-text table's `header` line whose column, up to the next cell, holds `offset`. */
function headerCellAt(header: string, offset: number): string | undefined {
  const cells = [...header.matchAll(HEADER_CELLS())];
  return cells.findLast((cell) => cell.index <= offset)?.[0];
}

/**
 * Whether `start` stands in a column of a plain-text table that its header names for a search's strings (round 130):
 * a media monitor's "Search strings used" beside the forms its articles printed. The column's span is its run of dashes
 * in the rule under the header, or, under one unbroken rule, its header cell up to the next.
 */
function isInTextTableSearchColumn(text: string, start: number): boolean {
  let row = shortLineAt(text, start, MAX_ROW);
  if (!row || !SPACED_CELLS().test(row.line)) return false;
  const offset = start - row.start;
  for (let n = 0; n < HEADER_REACH && row.start > 0; n++) {
    row = shortLineAt(text, row.start - 1, MAX_ROW);
    if (!row?.line.trim()) return false;
    const header = row.start > 0 ? shortLineAt(text, row.start - 1, MAX_ROW) : undefined;
    if (!SPACED_RULE_LINE().test(row.line)) {
      // Under one unbroken rule, the header cell above names the column; another column's header leaves the walk to
      // go on up, as before round 137, to a rule broken into columns.
      const cell = RULE_LINE().test(row.line) && header ? headerCellAt(header.line, offset) : undefined;
      if (cell && SEARCH_COLUMN().test(cell)) return true;
      continue;
    }
    const run = [...row.line.matchAll(DASH_RUN())].find(
      (dashes) => dashes.index <= offset && offset < dashes.index + dashes[0].length,
    );
    return !!header && !!run && SEARCH_COLUMN().test(header.line.slice(run.index, run.index + run[0].length));
  }
  return false;
}

/**
 * Whether `start` of `text` stands in a data row's column that its header names for a search's strings: a press
 * review's export with `suchbegriffe` beside the column of the forms printed (round 48). The strings a search looks for
 * are no mention; the row's other columns are read as ever. Round 70: so does a SQL insert's value in a column its head
 * names so, `INSERT INTO person_alias (person_id, alias) VALUES (1, 'Altman')`, beside a table's display forms. Round
 * 130: so does a plain-text table's column (above).
 */
export function isInSearchColumn(text: string, start: number): boolean {
  if (text[start - 1] === "'") {
    const column = insertColumnAt(text, start);
    if (column !== undefined) return SEARCH_COLUMN().test(column);
  }
  if (!isOnRecordRow(text, start)) return isInTextTableSearchColumn(text, start);
  let row = shortLineAt(text, start, MAX_ROW);
  if (!row) return false;
  const line = row.line;
  const separator = SEPARATORS.find((s) => fieldStarts(line, s).length >= 4);
  if (separator === undefined) return false;
  const starts = fieldStarts(line, separator);
  const offset = start - row.start;
  const column = starts.findLastIndex((from) => from <= offset);
  // Round 69: the header is the topmost row that reads as one among the rows above with as many fields, not the
  // nearest: a data row of words and dates ("Harbor Ledger,2024-05-14,Sutskever,…") reads as a header's cells too.
  let header: string[] | undefined;
  let inBlock = false;
  for (let n = 0; n < HEADER_REACH && row.start > 0; n++) {
    row = shortLineAt(text, row.start - 1, MAX_ROW);
    if (!row?.line.trim()) break;
    const above = row.line;
    if (RULE_LINE().test(above)) continue;
    const cells = fieldStarts(above, separator);
    if (cells.length !== starts.length) {
      if (inBlock) break;
      continue;
    }
    inBlock = true;
    const fields = cells.map((at, i) => above.slice(at, i + 1 < cells.length ? cells[i + 1]! - 1 : above.length));
    if (fields.every((field) => HEADER_CELL().test(field))) header = fields;
  }
  return header !== undefined && SEARCH_COLUMN().test(header[column]!);
}
