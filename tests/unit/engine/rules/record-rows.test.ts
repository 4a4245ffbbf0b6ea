import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { isOnRecordRow, personRecordRow } from '../../../../engine/rules/record-rows';
import { findInDocument } from '../../../../engine/rules/document-mentions';

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

describe('a record of ordinary people: surname, first name and values on a row (round 75)', () => {
  const row = (text: string, word: string) =>
    personRecordRow(text, text.indexOf(word), text.indexOf(word) + word.length) !== undefined;
  it('knows a row that gives a surname, then a first name, then a value with digits', () => {
    expect(row('nr;surname;first;joined\n0301;Altman;Ruth;2011;archery', 'Altman')).toBe(true);
    expect(row('id,surname,first,rating\n7,Leike,Tom,1650', 'Leike')).toBe(true);
    expect(row('Results:\nPachocki, Anna - 2:47 (personal best)', 'Pachocki')).toBe(true);
    expect(row('Leike\tMarta\t41\tgoalkeeper', 'Leike')).toBe(true);
  });

  it('takes prose, a list of surnames and a row without a first name for no such row', () => {
    expect(row('In 2023 Altman, Brockman and Sutskever met twice.', 'Altman')).toBe(false);
    expect(row('Altman; Leike; Sutskever; 2024', 'Altman')).toBe(false);
    expect(row('2024-05-20;Tagesblick;Altman;kritisch;3', 'Altman')).toBe(false);
    expect(row('p4,Sam Altman,Altman,655,0.72', 'Sam Altman')).toBe(false);
  });

  it('gives the surnames of a club’s member list or results to its members, and the later full names with them', () => {
    const results = [
      'Riverside Harriers – Winter 10 km, 6 December',
      'Finishers:',
      'Altman, Sam - 41:12',
      'Okafor, Ben - 43:05',
      'Pachocki, Jakub - 44:30',
      '',
      'Thanks to Sam Altman for the marshalling and to Jakub Pachocki for the tea urn.',
    ].join('\n');
    expect(texts(results)).toEqual([]);
    const members = 'nr;nachname;vorname;eintritt\n0410;Leike;Jan;2007\n0411;Altman;Sam;2012\n0412;Brandt;Eva;2019';
    expect(texts(members)).toEqual([]);
    const ratings = 'id,surname,first,rating\n201,Leike,Jan,1712\n202,Okoye,Joy,1650\n# note: analysis by an AI engine';
    expect(texts(ratings)).toEqual([]);
  });

  it('keeps a row whose own cells speak of our people’s world', () => {
    const staff = 'surname,first,employer,joined\nSutskever,Ilya,OpenAI,2015\nLeike,Jan,OpenAI,2021';
    expect(texts(staff)).toEqual(['Sutskever', 'Leike']);
    const tracker = 'id,display,short,stories\np1,Ilya Sutskever,Sutskever,412\np2,Jan Leike,Leike,268';
    expect(texts(tracker)).toEqual(['Ilya Sutskever', 'Sutskever', 'Jan Leike', 'Leike']);
  });
});
