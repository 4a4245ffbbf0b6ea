import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../scripts/lib/eval-report';
import { evaluateCorpus, meetsTargets } from '../../../scripts/lib/evaluate-corpus';
import type { CorpusDocument } from '../../../scripts/lib/load-corpus';
import { parseLabelledText } from '../../../scripts/lib/labelled-text';

const IDS = new Set(['altman', 'leike']);
const doc = (file: string, ...sources: string[]): CorpusDocument => ({
  file,
  lang: file.replace('html/', '').slice(0, 2),
  blocks: sources.map((source) => parseLabelledText(source, IDS)),
});

const documents = [
  doc('de/001-a.txt', 'Zeile eins.\nOpenAI-Chef [[altman|Sam Altman]] und [[leike|Leike]].'),
  doc('en/001-a.txt', 'Robert Altman films.'),
  doc('html/en/001-a.html', 'Headline', '[[leike|Jan Leike]] left.'),
];

// A stand-in matcher with one of each outcome: a hit, a span cut short, a trap taken; and on a page, a hit in
// its second block and a false hit in its first.
const find = (blocks: readonly string[]) => {
  if (blocks[0]!.startsWith('Zeile')) {
    return [
      { block: 0, person: 'altman', start: 24, end: 34 },
      { block: 0, person: 'leike', start: 39, end: 42 },
    ];
  }
  if (blocks.length > 1) {
    return [
      { block: 0, person: 'altman', start: 0, end: 4 },
      { block: 1, person: 'leike', start: 0, end: 9 },
    ];
  }
  return [{ block: 0, person: 'altman', start: 7, end: 13 }];
};

describe('evaluateCorpus', () => {
  const evaluation = evaluateCorpus(documents, find);

  it('tallies overall, by person and by language', () => {
    expect(evaluation.overall).toEqual({ hits: 2, misses: 1, falseHits: 3 });
    expect(evaluation.byPerson.get('leike')).toEqual({ hits: 1, misses: 1, falseHits: 1 });
    expect(evaluation.byLang.get('en')).toEqual({ hits: 1, misses: 0, falseHits: 2 });
    expect(meetsTargets(evaluation.overall)).toBe(false);
  });

  it('lists each miss and false hit with file, line, text and context', () => {
    expect(evaluation.findings).toEqual([
      expect.objectContaining({ kind: 'miss', file: 'de/001-a.txt', line: 2, surface: 'Leike', overlapping: true }),
      expect.objectContaining({ kind: 'false hit', file: 'de/001-a.txt', surface: 'Lei', overlapping: true }),
      expect.objectContaining({ kind: 'false hit', file: 'en/001-a.txt', line: 1, context: 'Robert [Altman] films.' }),
      expect.objectContaining({ kind: 'false hit', file: 'html/en/001-a.html', block: 0, line: 1, surface: 'Head' }),
    ]);
    expect(evaluation.findings[0]).not.toHaveProperty('block');
  });

  it('reports the tables and the findings as text', () => {
    const report = formatReport(evaluation);
    expect(report).toMatch(/^altman +1 +0 +2 +33\.3% +100\.0%$/m);
    expect(report).toMatch(/^all +2 +1 +3 +40\.0% +66\.7%$/m);
    expect(report).toContain('Misses (1):\n  de/001-a.txt:2  leike  "Leike" (overlaps a span of the other side)');
    expect(report).toContain('False hits (3):');
    expect(report).toContain('  html/en/001-a.html block 0:1  altman  "Head"');
  });

  it('says how much of the error is a name found with another extent, and the figures without it', () => {
    expect(evaluation.extentOnly).toBe(1);
    expect(formatReport(evaluation)).toContain(
      'Extent only: 1 of the misses are names found with another extent (a false hit of the same person overlaps each);' +
        ' counted as hits, precision 60.0%, recall 100.0%.',
    );
    const otherPerson = evaluateCorpus([doc('de/002-b.txt', '[[leike|Leike]] ging.')], () => [
      { block: 0, person: 'altman', start: 0, end: 3 },
    ]);
    expect(otherPerson.extentOnly).toBe(0);
    expect(formatReport(otherPerson)).not.toContain('Extent only');
  });
});
