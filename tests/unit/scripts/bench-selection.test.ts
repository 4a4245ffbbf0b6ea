import { describe, expect, it } from 'vitest';
import { selectFigures } from '../../../scripts/bench/selection';

describe('the bench selection (--only)', () => {
  it('takes every figure and may write the reports without --only', () => {
    const all = selectFigures([]);
    expect(all.whole).toBe(true);
    expect(all.has('small')).toBe(true);
    expect(all.has('card')).toBe(true);
  });

  it('takes only the named figures, in either spelling, and is partial', () => {
    for (const args of [['--only', 'small,framed'], ['--only=small, framed']]) {
      const some = selectFigures(args);
      expect(some.whole).toBe(false);
      expect(some.has('small')).toBe(true);
      expect(some.has('framed')).toBe(true);
      expect(some.has('card')).toBe(false);
    }
  });

  it('names every known key when given an unknown one or none', () => {
    expect(() => selectFigures(['--only', 'smal'])).toThrow(/unknown: smal/);
    expect(() => selectFigures(['--only', 'small,card', '--x'])).not.toThrow();
    expect(() => selectFigures(['--only'])).toThrow(/small, framed/);
  });
});
