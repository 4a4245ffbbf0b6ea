import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { contextTerms } from '../../../../knowledge/lexicon/story-and-employers';
import { people } from '../../../../knowledge/people';
import { NAME_END, NAME_START, personPattern } from '../../../../engine/match/name-scanner';
import { INERT, PROPERTIES, subjectFor } from '../../../../engine/text/one-byte-view';
import { anyOf, WORD_CHAR } from '../../../../engine/text/regex-parts';

// V8's serializer writes a one-byte string with the tag '"' and a two-byte one with 'c', after its two header bytes.
const isOneByte = (text: string) => serialize(text)[2] === '"'.charCodeAt(0);

const names = new RegExp(
  `${NAME_START}(?:${people.map((p, i) => personPattern(i, p.names)).join('|')})${NAME_END}`,
  'giu',
);
const terms = new RegExp(`(?<!${WORD_CHAR})${anyOf(contextTerms)}s?(?!${WORD_CHAR})`, 'giu');
// The sentence boundary of engine/text/sentences.ts: it names "’", "“", "”" and "…" beside their ASCII kin.
const boundary = /(?:(?<!(?:^|[^\p{L}])(?:Dr|Mr|\p{Lu}))(?<!(?:^|\s)\p{N}{1,2})\.+|[!?…]+)[“”"'’»«)\]]*\s+|\s*\n\s*/gu;

/** Every match of `pattern` in what it reads for `text`, as [index, length]. */
function matchesOf(pattern: RegExp, text: string): [number, number][] {
  const subject = subjectFor(pattern, text);
  pattern.lastIndex = 0;
  return [...subject.matchAll(pattern)].map((m) => [m.index, m[0].length]);
}
const plainMatches = (pattern: RegExp, text: string): [number, number][] =>
  [...text.matchAll(pattern)].map((m) => [m.index, m[0].length]);

describe('subjectFor', () => {
  const page = 'Jan Leike’s team — and “Sam Altman” said the AI lab… Sutskevers’ Brief. Dr. Pachocki’s turn';

  it('gives a pattern that cannot tell them apart a one-byte view of a two-byte text, offset for offset', () => {
    expect(isOneByte(page)).toBe(false);
    const view = subjectFor(names, page);
    expect(isOneByte(view)).toBe(true);
    expect(view).toHaveLength(page.length);
    expect(view).toContain("Leike's");
    expect(matchesOf(names, page)).toEqual(plainMatches(names, page));
    expect(matchesOf(names, page)).toHaveLength(4);
  });

  it('leaves the text to a pattern that names one of its characters or tells "’" from "\'"', () => {
    expect(subjectFor(boundary, page)).toBe(page);
    expect(subjectFor(/[!?…]/u, 'Wait… now')).toBe('Wait… now');
    expect(subjectFor(/’s/u, 'Leike’s')).toBe('Leike’s');
    expect(subjectFor(/'s/u, 'Leike’s')).toBe('Leike’s');
    expect(subjectFor(/[’]s/u, 'Leike’s')).toBe('Leike’s');
    // Alike where each stands only in classes that hold both: then the straight one stands in.
    expect(subjectFor(/['’]s/u, 'Leike’s')).toBe("Leike's");
    // Where neither a class nor a name tells: only "’" beyond Latin-1, the boundary reads a view too.
    expect(isOneByte(subjectFor(boundary, 'Leike’s turn. Next'))).toBe(true);
  });

  it('knows the characters it stands in for: no letter, mark, number or space, caseless, no vetted property', () => {
    const inert = INERT.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
    const classed = /[\p{L}\p{M}\p{N}\s]/u;
    const properties = [...PROPERTIES].map((name) => new RegExp(`\\p{${name}}`, 'u'));
    for (const c of inert.map((code) => String.fromCharCode(code))) {
      expect(classed.test(c), c).toBe(false);
      expect(c.toLowerCase() + c.toUpperCase(), c).toBe(c + c);
      expect(
        properties.some((p) => p.test(c)),
        c,
      ).toBe(false);
    }
    for (const c of ['\x80', "'"])
      expect(
        properties.some((p) => p.test(c)),
        c,
      ).toBe(false);
    // Nothing else is one of them to a case-insensitive pattern.
    const anyInert = new RegExp(
      `[${INERT.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('')}]`,
      'iu',
    );
    const folded: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if ((code < 0xd800 || code > 0xdfff) && anyInert.test(String.fromCharCode(code))) folded.push(code);
    expect(folded).toEqual(inert);
  });

  it('leaves the text where a character beyond Latin-1 is a letter, number, mark or space, or has a case', () => {
    for (const text of ['Илья Суцкевер', 'Altman\u2003Leike', 'Altman ² Ⅻ', 'a\u0301ltman', 'Ⓐltman', 'Altman → x']) {
      expect(subjectFor(terms, text)).toBe(text);
    }
  });

  it('leaves the text where a class of the pattern reads the character by property, or the pattern has no `u`', () => {
    expect(subjectFor(/\p{P}/u, 'a — b')).toBe('a — b');
    expect(subjectFor(/\p{Pf}/u, 'a’s')).toBe('a’s');
    // Not a letter, as its stand-in is not: a view.
    expect(isOneByte(subjectFor(/\P{L}/gu, 'a — b'))).toBe(true);
    expect(subjectFor(/\P{P}/gu, 'a — b')).toBe('a — b');
    expect(subjectFor(/[^a]/g, 'a — b')).toBe('a — b');
    expect(subjectFor(/\u2014/u, 'a — b')).toBe('a — b');
    expect(subjectFor(/[\u2000-\u206f]/u, 'a — b')).toBe('a — b');
    expect(subjectFor(/[ -—]/u, 'a — b')).toBe('a — b');
  });

  it('leaves the text where it has a pair of surrogates, which flag `u` reads as one character', () => {
    expect(subjectFor(names, 'Sam Altman 😀 said')).toBe('Sam Altman 😀 said');
  });

  it('finds what the text holds, match for match, for the names, the AI terms and the sentence boundary', () => {
    // A seeded mix of the pages' pieces and of typographic characters, some of which a pattern names.
    const pieces = [
      'Sam Altman',
      'Jan Leike',
      'Sutskever',
      'Pachocki',
      'Altmans',
      ' AI ',
      'OpenAI',
      'artificial intelligence',
      '’s',
      "'s",
      '’',
      '‘',
      '“',
      '”',
      '—',
      '–',
      '…',
      '•',
      '€',
      '™',
      '. ',
      '! ',
      '\n',
      ' ',
      'Dr. ',
      '12. ',
      'x',
      '#',
      '\u00a0',
      'ü',
      'ß',
    ];
    let state = 7;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 400; n++) {
      const text = Array.from(
        { length: 4 + Math.floor(next() * 30) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      for (const pattern of [names, terms, boundary])
        expect(matchesOf(pattern, text)).toEqual(plainMatches(pattern, text));
    }
  });
});
