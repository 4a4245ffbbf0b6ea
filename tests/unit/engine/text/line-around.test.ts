import { describe, expect, it } from 'vitest';
import { lineAround } from '../../../../engine/text/line-around';

describe('the line around a name', () => {
  const text = 'first line\nsaid Altman today, and more\nlast line';
  const start = text.indexOf('Altman');
  const end = start + 'Altman'.length;

  it('stops at the line breaks on either side', () => {
    expect(lineAround(text, start, end, 100)).toEqual(['said ', ' today, and more']);
  });

  it('reads at most `reach` characters on either side', () => {
    expect(lineAround(text, start, end, 3)).toEqual(['id ', ' to']);
  });

  it('reads nothing past the text’s ends', () => {
    expect(lineAround('Altman', 0, 6, 10)).toEqual(['', '']);
  });
});
