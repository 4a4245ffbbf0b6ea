import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { oneByte } from '../../../engine/regex-parts';

// V8's serializer writes a one-byte string with the tag '"' and a two-byte one with 'c', after its two header bytes.
const isOneByte = (text: string) => serialize(text)[2] === '"'.charCodeAt(0);

describe('oneByte', () => {
  const page = 'Sutskever’s team wrote on friday and the board met again';
  const slice = page.slice(12, 40);

  it('copies a slice of a two-byte text into a one-byte string of the same characters', () => {
    expect(isOneByte(slice)).toBe(false);
    const copy = oneByte(slice);
    expect(copy).toBe(slice);
    expect(isOneByte(copy)).toBe(true);
  });

  it('keeps Latin-1 letters beyond ASCII: "ü", "ß", a no-break space', () => {
    const text = `${page} für Straße\u00a0Altman`.slice(12);
    expect(oneByte(text)).toBe(text);
    expect(isOneByte(oneByte(text))).toBe(true);
  });

  it('leaves a text with a character beyond Latin-1 as it is', () => {
    expect(oneByte(page)).toBe(page);
    expect(isOneByte(oneByte(page))).toBe(false);
    expect(oneByte('Суцкевер')).toBe('Суцкевер');
  });

  it('leaves a long text uncopied, and an empty one empty', () => {
    const long = `${'a'.repeat(300)}’`.slice(0, 300);
    expect(isOneByte(oneByte(long))).toBe(false);
    expect(oneByte('')).toBe('');
  });
});
