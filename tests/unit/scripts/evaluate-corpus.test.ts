import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../scripts/lib/eval-report';
import { evaluateCorpus, meetsTargets } from '../../../scripts/lib/evaluate-corpus';
import type { CorpusDocument } from '../../../scripts/lib/load-corpus';
import { parseLabelledText } from '../../../scripts/lib/labelled-text';

const IDS = new Set(['altman', 'leike']);
const doc = (file: string, source: string): CorpusDocument => ({ file, lang: file.slice(0, 2), ...parseLabelledText(source, IDS) });

const documents = [
  doc('de/001-a.txt', 'Zeile eins.\nOpenAI-Chef [[altman|Sam Altman]] und [[leike|Leike]].'),
  doc('en/001-a.txt', 'Robert Altman films.'),
];

// A stand-in matcher with one of each outcome: a hit, a span cut short, and a trap taken.
const find = (text: string) => {
  if (text.startsWith('Zeile')) return [{ person: 'altman', start: 24, end: 34 }, { person: 'leike', start: 39, end: 42 }];
  return [{ person: 'altman', start: 7, end: 13 }];
};

describe('evaluateCorpus', () => {
  const evaluation = evaluateCorpus(documents, find);

  it('tallies overall, by person and by language', () => {
    expect(evaluation.overall).toEqual({ hits: 1, misses: 1, falseHits: 2 });
    expect(evaluation.byPerson.get('leike')).toEqual({ hits: 0, misses: 1, falseHits: 1 });
    expect(evaluation.byLang.get('en')).toEqual({ hits: 0, misses: 0, falseHits: 1 });
    expect(meetsTargets(evaluation.overall)).toBe(false);
  });

  it('lists each miss and false hit with file, line, text and context', () => {
    expect(evaluation.findings).toEqual([
      expect.objectContaining({ kind: 'miss', file: 'de/001-a.txt', line: 2, surface: 'Leike', overlapping: true }),
      expect.objectContaining({ kind: 'false hit', file: 'de/001-a.txt', surface: 'Lei', overlapping: true }),
      expect.objectContaining({ kind: 'false hit', file: 'en/001-a.txt', line: 1, context: 'Robert [Altman] films.' }),
    ]);
  });

  it('reports the tables and the findings as text', () => {
    const report = formatReport(evaluation);
    expect(report).toMatch(/^altman +1 +0 +1 +50\.0% +100\.0%$/m);
    expect(report).toMatch(/^all +1 +1 +2 +33\.3% +50\.0%$/m);
    expect(report).toContain('Misses (1):\n  de/001-a.txt:2  leike  "Leike" (overlaps a span of the other side)');
    expect(report).toContain('False hits (2):');
  });
});
