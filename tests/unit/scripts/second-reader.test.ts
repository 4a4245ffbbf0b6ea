import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../../scripts/lib/evaluate-corpus';
import type { CorpusDocument } from '../../../scripts/lib/load-corpus';
import { parseLabelledText } from '../../../scripts/lib/labelled-text';
import { secondReaderFind } from '../../../scripts/lib/second-reader';

const IDS = new Set(['altman', 'leike']);
const doc = (file: string, source: string): CorpusDocument => ({
  file,
  lang: file.slice(0, 2),
  blocks: [parseLabelledText(source, IDS)],
});

describe('secondReaderFind', () => {
  const first = [
    doc('en/001-a.txt', '[[altman|Sam Altman]] met [[leike|Leike]].'),
    doc('de/001-a.txt', 'Bitte „[[leike|Leike]]“ suchen.'),
  ];

  it('scores the second reader against the first: one mark both made, one each alone', () => {
    const second = [
      doc('en/001-a.txt', '[[altman|Sam Altman]] met [[leike|Leike]].'),
      doc('de/001-a.txt', 'Bitte „Leike“ suchen.'),
    ];
    const moreSecond = [second[0]!, doc('de/001-a.txt', 'Bitte „Leike“ [[altman|suchen]].')];
    expect(evaluateCorpus(first, secondReaderFind(first, second)).overall).toEqual({
      hits: 2,
      misses: 1,
      falseHits: 0,
    });
    const { overall, findings } = evaluateCorpus(first, secondReaderFind(first, moreSecond));
    expect(overall).toEqual({ hits: 2, misses: 1, falseHits: 1 });
    expect(findings.map((f) => [f.kind, f.file, f.surface])).toEqual([
      ['miss', 'de/001-a.txt', 'Leike'],
      ['false hit', 'de/001-a.txt', 'suchen'],
    ]);
  });

  it('refuses readers who did not label the same texts', () => {
    expect(() => secondReaderFind(first, [first[0]!])).toThrow('de/001-a.txt: not labelled by the second reader');
    expect(() => secondReaderFind(first, [...first, doc('en/002-b.txt', 'More.')])).toThrow(
      'en/002-b.txt: labelled by the second reader only',
    );
    expect(() => secondReaderFind(first, [first[0]!, doc('de/001-a.txt', 'Bitte „Leike“ finden.')])).toThrow(
      'de/001-a.txt: the second reader',
    );
    const twice = [doc('en/001-a.txt', 'Sam Altman.'), doc('en/002-a.txt', 'Sam Altman.')];
    expect(() => secondReaderFind(twice, [twice[0]!, doc('en/002-a.txt', '[[altman|Sam Altman]].')])).toThrow(
      'en/002-a.txt: the same text as another file, labelled otherwise',
    );
  });
});
