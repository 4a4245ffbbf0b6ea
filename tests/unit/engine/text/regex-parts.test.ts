import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import {
  anyOf,
  containingOneOf,
  endingInOneOf,
  HINT_MAX_LENGTH,
  hintOf,
  oneByte,
  startingWithOneOf,
} from '../../../../engine/text/regex-parts';
import { familyWords, kinshipWords, ownNameWords } from '../../../../knowledge/lexicon/family-and-kinship';
import { surnameNouns } from '../../../../knowledge/lexicon/name-entries';
import { namesakeWorldTerms } from '../../../../knowledge/lexicon/namesake-worlds';
import { employerTerms } from '../../../../knowledge/lexicon/story-and-employers';
import {
  comparedPhrases,
  famousOneWords,
  questionAdverbs,
  otherOneWords,
  unrelatedFrames,
  unrelatedPhrases,
  whichWords,
} from '../../../../knowledge/lexicon/telling-bearers-apart';
import { courtesyTitles, otherWorldRoles } from '../../../../knowledge/lexicon/titles-and-roles';

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

describe('endingInOneOf and startingWithOneOf', () => {
  const words = ['herr', 'mr', 'geb.', 'married name', 'kapitän', 'quarterback', 'goalie', 'bros'];
  const before = new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(words)}[.:]?[^\S\n]+$`, 'iu');
  const after = new RegExp(String.raw`^[^\S\n]+${anyOf(words)}(?![\p{L}])`, 'iu');
  const marks = ['(', '›', '-'];
  const bracket = /^[^\S\n]*[(›-]/;

  it('answers as its pattern around a name, in any case, with spaces, a full stop or a colon', () => {
    const sides = words.flatMap((w) => [w, w.toUpperCase(), `${w[0]!.toUpperCase()}${w.slice(1)}`, `${w}s`, 'wrote']);
    for (const side of [...sides, '']) {
      for (const text of [`wrote ${side} `, `${side}. `, `Laut ${side}:  `, `${side}\n`]) {
        expect(endingInOneOf(words, () => before).test(text), text).toBe(before.test(text));
      }
      for (const text of [` ${side} and`, `  ${side}`, `\n${side}`, side, ` (${side})`, ` - ${side}`, `›${side}`]) {
        expect(startingWithOneOf(words, () => after).test(text), text).toBe(after.test(text));
        expect(startingWithOneOf(marks, () => bracket).test(text), text).toBe(bracket.test(text));
      }
    }
  });

  it("never rejects a text whose edge `i` with `u` takes for a word's: every code unit tried", () => {
    // Each letter that the engine's words have at the edge read, at either of its two places.
    const before = [
      courtesyTitles,
      otherWorldRoles,
      familyWords,
      ownNameWords,
      surnameNouns,
      otherOneWords,
      whichWords,
    ];
    const cases = [
      {
        guard: endingInOneOf,
        letters: [...before.flat(), 'in', ...famousOneWords, ...unrelatedFrames.map((f) => f.before)].map((w) =>
          w.slice(-2),
        ),
      },
      {
        guard: startingWithOneOf,
        letters: [...familyWords, ...comparedPhrases, ...questionAdverbs].map((w) => w.slice(0, 2)),
      },
      // The indefinite one's last words, five letters of them (indefinitely-named.ts).
      {
        guard: (words: readonly string[], build: () => RegExp) => endingInOneOf(words, build, 5),
        letters: ['named', 'called', 'namens'].map((w) => w.slice(-5)),
        reach: 5,
      },
    ];
    for (const { guard, letters, reach = 3 } of cases) {
      for (const letter of new Set(letters.join(''))) {
        for (const word of [`xx${letter}`, `x${letter}x`, `${letter}xx`].map((w) => w.padStart(reach, 'x'))) {
          const own = new RegExp(String.raw`(?:^|[^\S\n])${anyOf([word])}[^\S\n]+$`, 'iu');
          const check = guard([word], () => own);
          for (let code = 0; code <= 0xffff; code++) {
            if (code >= 0xd800 && code <= 0xdfff) continue;
            const text = ` ${word.replace(letter, String.fromCharCode(code))} `;
            if (own.test(text)) expect(check.test(text), `U+${code.toString(16)} for ${word}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('hintOf and containingOneOf', () => {
  const kin = new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(kinshipWords)}[^\S\n]+$`, 'iu');

  it('pass a text holding one of the terms in any case, and run the pattern only there', () => {
    let built = 0;
    const check = containingOneOf(kinshipWords, () => (built++, kin));
    expect(check.test('and the board met ')).toBe(false);
    expect(built).toBe(0);
    for (const text of ['their SON ', 'his Brother ', 'seine Schwester ', 'Bruder\n', 'the younger brothers ']) {
      expect(check.test(text), text).toBe(kin.test(text));
    }
    expect(built).toBe(1);
    expect(hintOf(employerTerms).test('she left OpenAI’s board')).toBe(true);
    expect(hintOf(employerTerms).test('she left the board')).toBe(false);
    // "ß" and its capital, which `i` with `u` take for each other, and "ss", which they do not: one more to read.
    expect(hintOf(['großvater']).test('GROẞVATER')).toBe(true);
    expect(hintOf(['son']).test('Großvater')).toBe(false);
    // Every piece of a term: "little" alone is no "Little League".
    expect(hintOf(['Little League']).test('a little while')).toBe(false);
    expect(hintOf(['Little League']).test('LITTLE\n league')).toBe(true);
  });

  it('leave a long text to the pattern: one pass of it costs less than a search for every term', () => {
    const long = 'the board met again. '.repeat(HINT_MAX_LENGTH / 10);
    expect(hintOf(employerTerms).test(long.slice(0, HINT_MAX_LENGTH))).toBe(false);
    expect(hintOf(employerTerms).test(long)).toBe(true);
  });

  it("never reject a text that the terms' alternation (`i` with `u`) matches: every code unit tried", () => {
    const terms = [...kinshipWords, ...unrelatedPhrases, ...employerTerms, ...namesakeWorldTerms];
    for (const letter of new Set(terms.join('').replace(/ /g, ''))) {
      const word = `x${letter}x`;
      const own = new RegExp(anyOf([word]), 'iu');
      const hint = hintOf([word]);
      for (let code = 0; code <= 0xffff; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const text = ` ${word.replace(letter, String.fromCharCode(code))} `;
        if (own.test(text)) expect(hint.test(text), `U+${code.toString(16)} for ${word}`).toBe(true);
      }
    }
  });
});

describe('anyOf: a Hebrew geresh as typed (round 71)', () => {
  it('reads either apostrophe for the geresh of a form, and only there', () => {
    const jan = new RegExp(`^${anyOf(['ג׳אן'])}$`, 'u');
    expect(['ג׳אן', "ג'אן", 'ג’אן'].map((s) => jan.test(s))).toEqual([true, true, true]);
    expect(jan.test('גאן')).toBe(false);
    expect(new RegExp(`^${anyOf(['Leike'])}$`, 'u').test("Lei'ke")).toBe(false);
  });
});
