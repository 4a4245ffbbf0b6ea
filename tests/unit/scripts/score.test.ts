import { describe, expect, it } from 'vitest';
import { addToTallies, compareSpans, emptyTally, precision, recall, type Tally } from '../../../scripts/lib/score';

const span = (person: string, start: number, end: number) => ({ person, start, end });

describe('compareSpans', () => {
  it('counts a found span as a hit only when person, start and end all agree', () => {
    const expected = [span('altman', 0, 10), span('leike', 20, 25)];
    const found = [span('altman', 0, 10), span('sutskever', 20, 25)];
    expect(compareSpans(expected, found)).toEqual({
      hits: [span('altman', 0, 10)],
      misses: [span('leike', 20, 25)],
      falseHits: [span('sutskever', 20, 25)],
    });
  });

  it('counts an overlapping span of the wrong extent as both a miss and a false hit', () => {
    const { hits, misses, falseHits } = compareSpans([span('altman', 4, 14)], [span('altman', 8, 14)]);
    expect([hits.length, misses.length, falseHits.length]).toEqual([0, 1, 1]);
  });
});

describe('tallies', () => {
  it('adds each span to its group and computes precision and recall', () => {
    const tallies = new Map<string, Tally>();
    const comparison = compareSpans(
      [span('altman', 0, 3), span('altman', 5, 8), span('leike', 10, 12)],
      [span('altman', 0, 3), span('leike', 10, 12), span('leike', 20, 22)],
    );
    addToTallies(tallies, comparison, (s) => s.person);
    expect(tallies.get('altman')).toEqual({ hits: 1, misses: 1, falseHits: 0 });
    expect(tallies.get('leike')).toEqual({ hits: 1, misses: 0, falseHits: 1 });
    expect([precision(tallies.get('altman')!), recall(tallies.get('altman')!)]).toEqual([1, 0.5]);
    expect([precision(tallies.get('leike')!), recall(tallies.get('leike')!)]).toEqual([0.5, 1]);
  });

  it('has no precision without findings and no recall without labels', () => {
    expect(precision(emptyTally())).toBeUndefined();
    expect(recall(emptyTally())).toBeUndefined();
  });
});
