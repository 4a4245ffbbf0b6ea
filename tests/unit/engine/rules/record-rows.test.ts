import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { isOnRecordRow } from '../../../../engine/rules/record-rows';
import { findInDocument } from '../../../../engine/rules/surname-rules';

const at = (text: string, word: string) => isOnRecordRow(text, text.indexOf(word));
const matcher = createMatcher(people);
/** What the engine marks in `text`, as written. */
const texts = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

describe('data rows (round 44)', () => {
  it('knows a row of a CSV, a TSV or a pipe table by its separators', () => {
    expect(at('2024-05-20;Tagesblick;"Was Altman jetzt";kritisch', 'Altman')).toBe(true);
    expect(at('2024-05-21,Garden Monthly,"Altman Nurseries opens",,neutral', 'Altman')).toBe(true);
    expect(at('2024-05-21\tGarden\tAltman', 'Altman')).toBe(true);
    expect(at('| 2024 | Kurier | Altman | kritisch |', 'Altman')).toBe(true);
  });

  it('reads only the line the name stands on, and takes prose with commas for no row', () => {
    expect(at('a;b;c;d\nAltman said so, and then, later, again, he did.', 'Altman')).toBe(false);
    expect(at('Altman; Leike; Sutskever', 'Altman')).toBe(false);
  });
});

describe('a data row’s column of search strings (round 48)', () => {
  it('reads the surnames in a column its header names for search strings as strings, and keeps the printed forms', () => {
    const csv = [
      '# Pressespiegel OpenAI, KW 20. Spalten: id;anzeigename;treffer;schreibweise;suchbegriffe;bemerkung',
      'id;anzeigename;treffer;schreibweise;suchbegriffe;bemerkung',
      'p01;Ilya Sutskever;214;Sutskever;"Sutskever, Sutzkever, Ilya Sutskever";Spitzenwert 15.05.',
      'p02;Jan Leike;97;Leike;"Leike, Jan Leike";Wechsel zu Anthropic',
    ].join('\n');
    expect(texts(csv)).toEqual(['Ilya Sutskever', 'Sutskever', 'Ilya Sutskever', 'Jan Leike', 'Leike', 'Jan Leike']);
  });

  it('reads a note’s "query strings" as a search’s strings', () => {
    const note = 'Jan Leike and Sam Altman of OpenAI.\n# note: query strings used: "Altman" -Robert; "Leike"';
    expect(texts(note)).toEqual(['Jan Leike', 'Sam Altman']);
  });
});

describe('a column headed "query", under the first row of its block (round 69)', () => {
  const csv = [
    '# audit of headlines; "query" is the archive search we ran',
    'outlet,date,query,printed_as,notes',
    'Harbor Ledger,2024-05-14,Sutskever,Ilya Sutskever,correct',
    'Northlight Review,2024-05-15,Sutskever,Sutzkever,misspelt; corrected 16 May',
    'Millbrook Courier,2024-05-15,Leike,Jan Leike,correct',
  ].join('\n');

  it('reads the queries as strings, also below a row whose cells are words and dates, and keeps the printed forms', () => {
    expect(texts(csv)).toEqual(['Ilya Sutskever', 'Sutzkever', 'Jan Leike']);
  });

  it('keeps a column headed for people', () => {
    const people = csv.replace('outlet,date,query,', 'outlet,date,person,');
    expect(texts(people)).toEqual(['Sutskever', 'Ilya Sutskever', 'Sutskever', 'Sutzkever', 'Leike', 'Jan Leike']);
  });
});

describe('a SQL insert’s column of aliases or keywords (round 70)', () => {
  const sql = [
    '-- Seed for the OpenAI people page: Jan Leike, Jakub Pachocki.',
    'INSERT INTO person (id, display, short) VALUES',
    "  (7, 'Jan Leike', 'Leike'),",
    "  (8, 'Jakub Pachocki', 'Pachocki');",
    'INSERT INTO person_alias (person_id, alias) VALUES',
    "  (7, 'Leike'), (8, 'Pachoki'),",
    "  (8, 'Pachockiego');",
    "INSERT INTO watch (id, keyword, note) VALUES (1, 'Leike', 'Leike, as printed');",
  ].join('\n');

  it('reads the values of a column its insert names for aliases or keywords as strings', () => {
    expect(texts(sql).slice(6)).toEqual(['Leike']);
  });

  it('keeps the values of the other columns, a display form as shown', () => {
    expect(texts(sql).slice(0, 6)).toEqual([
      'Jan Leike',
      'Jakub Pachocki',
      'Jan Leike',
      'Leike',
      'Jakub Pachocki',
      'Pachocki',
    ]);
  });
});
