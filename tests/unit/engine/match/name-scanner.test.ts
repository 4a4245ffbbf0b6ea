import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import {
  createNameScanner,
  startsName,
  NAME_END,
  NAME_START,
  hashtagPattern,
  personPattern,
  type NameHit,
} from '../../../../engine/match/name-scanner';

// The names pattern as one regular expression, hashtag namesakes in it: what the scanner must find, hit for hit.
const onePattern = new RegExp(
  `${NAME_START}(?:${people.map((p, i) => `${personPattern(i, p.names)}|(?<=#)${hashtagPattern(i, p.names)}`).join('|')})${NAME_END}`,
  'giu',
);
const scan = createNameScanner(people);

function hitsOfOnePattern(text: string): NameHit[] {
  const hits: NameHit[] = [];
  onePattern.lastIndex = 0;
  for (let m = onePattern.exec(text); m; m = onePattern.exec(text)) {
    const group = Object.keys(m.groups!).find((key) => m!.groups![key] !== undefined)!;
    hits.push({ index: m.index, text: m[0], group });
  }
  return hits;
}

function hitsOfScanner(text: string): NameHit[] {
  const hits: NameHit[] = [];
  for (let h = scan(text, 0); h; h = scan(text, h.index + h.text.length)) hits.push(h);
  return hits;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );

// Every name form in every letter case, other first names, other scripts, letters whose case folds
// cross scripts or widths (ſ, K, İ, ß), invisible characters and the characters that frame a name.
const mixedCase = (s: string) => [...s].map((c, i) => (i % 2 ? c.toLowerCase() : c.toUpperCase())).join('');
const forms = people.flatMap((p) => [...p.names.given, ...p.names.middle, ...p.names.surnames, ...p.names.handles]);
const NAMES = forms.flatMap((f) => [f, f.toLowerCase(), f.toUpperCase(), mixedCase(f)]);
const WORDS = ['Robert', 'ROBERT', 'robert', 'Émile', 'Ωmega', 'Ñ', 'ǅ', 'ſ', 'K', 'İ', 'ß', 'ẞ', 'Жан', 'ölaf', 'Σam'];
const MARKS = ['#', '##', '@', '_', '-', "'", '’', 's', "'s", '.', ' ', '\n', '\u00a0', '\u00ad', '\u200b', '\u2060'];
const OTHERS = ['\ufeff', 'ו', 'ל', 'בה', 'אלטמן', 'סם', '山', '😀', '1', 'x', 'X', 'é', '\u0301'];
const POOLS = [NAMES, WORDS, MARKS, ['#'], OTHERS];

function* generated(count: number): Generator<string> {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
  const token = () => {
    const pool = POOLS[next(POOLS.length)]!;
    return pool[next(pool.length)]!;
  };
  for (let i = 0; i < count; i++) yield Array.from({ length: 1 + next(8) }, token).join('');
}

describe('createNameScanner', () => {
  it('finds in every corpus text what the names pattern with its hashtag groups finds', () => {
    const files = filesUnder('tests/fixtures/corpus');
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(hitsOfScanner(text), file).toEqual(hitsOfOnePattern(text));
    }
  });

  it('finds in generated texts of every letter case, script and framing what that pattern finds', () => {
    let hashtagHits = 0;
    for (const text of generated(30_000)) {
      const expected = hitsOfOnePattern(text);
      hashtagHits += expected.filter((h) => h.group.endsWith('o')).length;
      expect(hitsOfScanner(text), JSON.stringify(text)).toEqual(expected);
      // Again: what it remembers of a text's last search does not leak into a new scan of it.
      expect(hitsOfScanner(text), JSON.stringify(text)).toEqual(expected);
    }
    // The texts reach the hashtag alternatives, not only the others.
    expect(hashtagHits).toBeGreaterThan(100);
  });

  it('lets a person’s own forms win over its hashtag namesake, and an earlier person’s namesake over a later person', () => {
    expect(hitsOfScanner('#SamAltman #RobertAltman')).toEqual(hitsOfOnePattern('#SamAltman #RobertAltman'));
    expect(hitsOfScanner('#RobertAltman').map((h) => h.group.at(-1))).toEqual(['o']);
  });

  it('reads where a name starts as the names pattern did, after every code point, and after a Hebrew prefix', () => {
    const asPattern = new RegExp(NAME_START, 'iuy');
    const differing: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      const before = String.fromCodePoint(c);
      for (const [text, index] of [
        [`${before}x`, before.length],
        [`${before}לא`, before.length + 1],
      ] as const) {
        asPattern.lastIndex = index;
        if (startsName(text, index) !== asPattern.test(text)) differing.push(text);
      }
    }
    expect(differing).toEqual([]);
    expect(startsName('Altman', 0)).toBe(true);
  });
});

describe('a name that a transcript’s time cuts (round 67)', () => {
  it('takes the time opening the next line, on that line or its own, into the full name', () => {
    expect(hitsOfScanner('the CEO, Sam\n0:14 Altman, who was fired').map((h) => h.text)).toEqual(['Sam\n0:14 Altman']);
    expect(hitsOfScanner('was Ilya\n1:02:26\nSutskever he left').map((h) => h.text)).toEqual([
      'Ilya\n1:02:26\nSutskever',
    ]);
  });

  it('keeps a time inside a line apart from the names around it', () => {
    expect(hitsOfScanner('Sam 10:30 Altman').map((h) => h.text)).toEqual(['Altman']);
  });
});
