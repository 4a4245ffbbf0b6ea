import { describe, expect, it } from 'vitest';
import { namesSameManAfter } from '../../../../engine/rules/named-again';

// Round 23: the text between a lone surname and our person's handle or full name after it.
describe('a lone surname named again right after by handle or in full (round 23)', () => {
  it('reads a bracket, an apposition or a question before a bracket as naming the same man', () => {
    expect(namesSameManAfter('’s account on X? (')).toBe(true);
    expect(namesSameManAfter(', gemeint ist ')).toBe(true);
    expect(namesSameManAfter(' (')).toBe(true);
  });

  it('reads a denial, a relative, a sentence’s end, an arrow or a closing quote as setting them apart', () => {
    expect(namesSameManAfter(', not ')).toBe(false);
    expect(namesSameManAfter(', the brother of ')).toBe(false);
    expect(namesSameManAfter(' – nicht verwandt mit ')).toBe(false);
    expect(namesSameManAfter('. Ob er mit ')).toBe(false);
    expect(namesSameManAfter(' → ')).toBe(false);
    expect(namesSameManAfter(' player" on my phone and got pages about ')).toBe(false);
  });

  it('reads another line or a long stretch as no naming again', () => {
    expect(namesSameManAfter('\n(')).toBe(false);
    expect(namesSameManAfter(` ${'word '.repeat(20)}`)).toBe(false);
  });
});
