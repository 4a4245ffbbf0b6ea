import { describe, expect, it } from 'vitest';
import { lineAround, shortLineAt } from '../../../../engine/text/line-around';

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

describe('shortLineAt', () => {
  const text = 'first line\n  - Sutskever\nlast';

  it('gives the whole line a position stands on, and where it starts, at the text’s ends too', () => {
    expect(shortLineAt(text, text.indexOf('Sutskever'), 40)).toEqual({ line: '  - Sutskever', start: 11 });
    expect(shortLineAt(text, 2, 40)).toEqual({ line: 'first line', start: 0 });
    expect(shortLineAt(text, text.length - 1, 40)).toEqual({ line: 'last', start: 25 });
    // At a line break: the line it ends.
    expect(shortLineAt(text, 10, 40)).toEqual({ line: 'first line', start: 0 });
  });

  it('gives none for a line longer than the limit, on either side of the position', () => {
    expect(shortLineAt(text, text.indexOf('Sutskever'), 12)).toBeUndefined();
    const long = `${'x'.repeat(500)} Sutskever ${'y'.repeat(500)}`;
    expect(shortLineAt(long, 501, 200)).toBeUndefined();
    expect(shortLineAt(`short\n${long}`, 3, 200)).toEqual({ line: 'short', start: 0 });
  });
});
