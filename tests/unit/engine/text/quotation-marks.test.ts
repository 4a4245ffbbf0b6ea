import { describe, expect, it } from 'vitest';
import {
  CLOSING_QUOTES,
  OPENING_QUOTES,
  PROSE_OPENING_QUOTES,
  QUOTE_PAIRS,
} from '../../../../engine/text/quotation-marks';

describe('the quotation marks the rules share', () => {
  it('opens with every pair’s first mark and closes with every pair’s second, and the apostrophe', () => {
    expect([...OPENING_QUOTES].sort()).toEqual(Object.keys(QUOTE_PAIRS).sort());
    for (const closing of Object.values(QUOTE_PAIRS)) expect(CLOSING_QUOTES).toContain(closing);
    expect(CLOSING_QUOTES).toContain('’');
    expect(new Set(CLOSING_QUOTES).size).toBe(CLOSING_QUOTES.length);
  });

  it('leaves the straight apostrophe out of the marks that open a quotation in prose, and only it', () => {
    expect(PROSE_OPENING_QUOTES).not.toContain("'");
    expect([...PROSE_OPENING_QUOTES, "'"].sort()).toEqual([...OPENING_QUOTES].sort());
  });
});
