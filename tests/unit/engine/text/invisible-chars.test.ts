import { describe, expect, it } from 'vitest';
import { stripInvisible } from '../../../../engine/text/invisible-chars';
import { INVISIBLE_SAMPLES } from '../invisible-samples';

describe('stripInvisible', () => {
  it('leaves text without invisible characters as it is, offsets unchanged', () => {
    const { text, toOriginal } = stripInvisible('Ilya Sutskever');
    expect(text).toBe('Ilya Sutskever');
    expect([0, 5, 14].map(toOriginal)).toEqual([0, 5, 14]);
  });

  it('removes soft hyphens, zero-width spaces and joiners, word joiners, BOMs and direction marks', () => {
    for (const c of INVISIBLE_SAMPLES) expect(stripInvisible(`Lei${c}ke`).text).toBe('Leike');
  });

  it('keeps visible spaces, including non-breaking ones', () => {
    expect(stripInvisible('Sam\u00A0Altman\u00AD').text).toBe('Sam\u00A0Altman');
  });

  it('maps each offset of the stripped text to its character in the original', () => {
    const original = '\u200BSuts\u00AD\u00ADkever\u200B';
    const { text, toOriginal } = stripInvisible(original);
    expect(text).toBe('Sutskever');
    for (let i = 0; i < text.length; i++) expect(original[toOriginal(i)]).toBe(text[i]);
    // A name that starts after invisible characters starts after them in the original too.
    expect(toOriginal(0)).toBe(1);
    expect(toOriginal(4)).toBe(7);
  });

  it('maps offsets in a long text with many removed characters', () => {
    const original = 'Ab\u00AD'.repeat(10_000);
    const { text, toOriginal } = stripInvisible(original);
    expect(text).toBe('Ab'.repeat(10_000));
    expect(toOriginal(19_999)).toBe(29_998);
    expect(original[toOriginal(12_345)]).toBe(text[12_345]);
  });
});
