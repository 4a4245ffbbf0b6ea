import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { withLearnedCalls, withLearnedSignal } from '../../../../engine/rules/learned-calls';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);
// A toy model: a lone surname is ours in a sentence about a board, not in one about a garden.
const model = { bias: 0, weights: { 's:board': 6, 's:garden': -6 } };
const overrides = { low: 0.05, high: 0.95 };

describe('the learned signal’s calls on the matcher’s candidates', () => {
  it('calls only the lone surnames it is sure of, and leaves every other candidate as it was', () => {
    const text = 'Sam Altman met the board. Altman met the board. Altman walked. Leike tended the garden.';
    const candidates = matcher.find(text);
    const called = withLearnedCalls(text, candidates, model, overrides);
    expect(called.map((m) => [text.slice(m.start, m.end), m.likely ?? false, m.unlikely ?? false])).toEqual([
      ['Sam Altman', false, false],
      ['Altman', true, false],
      ['Altman', false, false],
      ['Leike', false, true],
    ]);
    expect(called[0]).toBe(candidates[0]);
  });

  it('gives the page what the rules give where no threshold is crossed', () => {
    const text = 'Our gardener grows tomatoes. Altman tended the garden. Altman met the board.';
    expect(findInDocument(withLearnedSignal(matcher, model, { low: 0, high: 1 }), text)).toEqual(
      findInDocument(matcher, text),
    );
    expect(findInDocument(withLearnedSignal(matcher, model, overrides), text).map((m) => m.start)).toEqual([
      text.lastIndexOf('Altman'),
    ]);
  });
});
