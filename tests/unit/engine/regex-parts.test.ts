import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { anyOf, endingInOneOf, oneByte } from '../../../engine/regex-parts';
import {
  courtesyTitles,
  familyWords,
  famousOneWords,
  otherOneWords,
  otherWorldRoles,
  ownNameWords,
  surnameNouns,
  whichWords,
} from '../../../knowledge/lexicon';

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

describe('endingInOneOf', () => {
  const words = ['herr', 'mr', 'geb.', 'married name', 'kapitän', 'quarterback', 'goalie', 'bros'];
  const pattern = new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(words)}[.:]?[^\S\n]+$`, 'iu');
  const guarded = endingInOneOf(words, () => pattern);

  it('answers as its pattern for words before a name, in any case and with a full stop or a colon', () => {
    const texts = words.flatMap((w) => [
      `wrote ${w} `,
      `${w.toUpperCase()}. `,
      `Laut ${w[0]!.toUpperCase()}${w.slice(1)}:  `,
      `${w}\n`,
      `the ${w}s `,
      `wrote `,
      '',
    ]);
    for (const text of texts) expect(guarded.test(text), text).toBe(pattern.test(text));
  });

  it('never rejects a text whose last letters `i` with `u` takes for those of a word: every code unit tried', () => {
    // Each letter that the words given to it in the engine end with, at either place of a word's last two.
    const lists = [courtesyTitles, otherWorldRoles, familyWords, ownNameWords, surnameNouns, otherOneWords, whichWords];
    const letters = new Set([...lists.flat(), 'in', ...famousOneWords].flatMap((w) => [...w.slice(-2)]));
    for (const letter of letters) {
      for (const word of [`xx${letter}`, `x${letter}x`]) {
        const own = new RegExp(String.raw`${anyOf([word])}[^\S\n]+$`, 'iu');
        const check = endingInOneOf([word], () => own);
        for (let code = 0; code <= 0xffff; code++) {
          if (code >= 0xd800 && code <= 0xdfff) continue;
          const text = `${word.replace(letter, String.fromCharCode(code))} `;
          if (own.test(text)) expect(check.test(text), `U+${code.toString(16)} for ${word}`).toBe(true);
        }
      }
    }
  });
});
