import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createMatcher } from '../../../../engine/match/matcher';
import { createPrefilter, namePattern, nameStems } from '../../../../engine/look/prefilter';
import { namedPeople } from '../../../../knowledge/names';
import { PERSON_IDS } from '../../../../model/person';
import { loadCorpus } from '../../../../scripts/lib/load-corpus';
import { INVISIBLE_SAMPLES } from '../invisible-samples';

/*
 * The prefilter decides whether a page pays for the engine at all: it must never say no where the
 * matcher would find a candidate. Checked on every name form of every person, with the invisible
 * characters the matcher reads through put inside them, and on both labelled corpora.
 */

const prefilter = createPrefilter(namePattern(namedPeople));
const matcher = createMatcher(namedPeople);

/**
 * Every way the matcher can name each person: each first name, middle name and surname in a full name, each
 * surname alone, each handle. The matcher takes any first name with any surname, so each form is paired with
 * one of the other part rather than all: the case forms of Russian and Polish make the full product thousands.
 */
function everyForm(): string[] {
  return namedPeople.flatMap(({ names }) => {
    const [given, surname] = [names.given[0], names.surnames[0]];
    return [
      ...names.given.map((g) => `${g} ${surname}`),
      ...names.surnames.map((s) => `${given} ${s}`),
      ...names.middle.map((middle) => `${given} ${middle} ${surname}`),
      ...names.surnames,
      ...names.handles,
    ];
  });
}

/** `form` with `char` put after each of its characters in turn: one text per position. */
const withCharInside = (form: string, char: string) =>
  Array.from({ length: form.length - 1 }, (_, i) => `${form.slice(0, i + 1)}${char}${form.slice(i + 1)}`);

const knownSpellings = new Set(namedPeople.flatMap(({ names }) => names.surnames.map((s) => s.toLowerCase())));

/**
 * Whether every candidate the matcher finds in `text` holds a stretch the prefilter found. A quoted misspelling
 * ("not "Pachoki"") and a handle without its "@" ("sama said") hold none, but are read only in a text that names one
 * of ours otherwise, which the prefilter finds.
 */
function coversMatcher(text: string, found = matcher.find(text)): boolean {
  const spans = prefilter.find(text);
  return found.every(
    (m) =>
      spans.some(([start, end]) => start >= m.start && end <= m.end) ||
      ((m.bare || (m.spelling !== undefined && !knownSpellings.has(m.spelling))) && spans.length > 0),
  );
}

describe('the prefilter', () => {
  it('looks for surnames and handles only, each once: every candidate holds one', () => {
    expect(nameStems(namedPeople)).toEqual(
      expect.arrayContaining([
        'sutskever',
        'sutzkever',
        'суцкевер',
        'altman',
        'альтман',
        'leike',
        'лейке',
        'pachocki',
        '@merettm',
        '@sama',
      ]),
    );
    // A handle without its "@" is read only beside another name (bare-handles.ts): "sama" is no stem, or
    // "Samantha", "Osama" and every Indonesian page ("bekerja sama") would wake the engine.
    expect(nameStems(namedPeople)).not.toContain('sama');
    expect(prefilter.test('Samantha and Osama work together: bekerja sama, sama-sama.')).toBe(false);
    expect(nameStems(namedPeople)).not.toContain('альтмана');
  });

  it('finds every name form of every person, in any case', () => {
    for (const form of everyForm()) {
      for (const text of [form, form.toUpperCase(), form.toLowerCase(), `Yesterday ${form} wrote.`]) {
        expect(prefilter.test(text), text).toBe(true);
        expect(coversMatcher(text), text).toBe(true);
      }
    }
  });

  it('finds every name form with an invisible character at any place inside it', () => {
    for (const form of everyForm()) {
      for (const char of INVISIBLE_SAMPLES) {
        for (const text of withCharInside(form, char)) {
          expect(prefilter.test(text), JSON.stringify(text)).toBe(true);
          expect(coversMatcher(text), JSON.stringify(text)).toBe(true);
        }
      }
    }
  });

  it('gives offsets in the original text, invisible characters included', () => {
    const text = '\u200BWrote Suts\u00AD\u00ADkever and @sa\u200Bma.';
    expect(prefilter.find(text).map(([start, end]) => text.slice(start, end))).toEqual([
      'Suts\u00AD\u00ADkever',
      '@sa\u200Bma',
    ]);
  });

  it('folds case as the matcher does, long s and Kelvin sign included', () => {
    for (const text of ['Sutſkever', 'LEI\u212AE', 'сэм альтман', 'ЯН ЛЕЙКЕ', 'סם אלטמן']) {
      expect(matcher.find(text).length, text).toBeGreaterThan(0);
      expect(prefilter.test(text), text).toBe(true);
      expect(coversMatcher(text), text).toBe(true);
    }
  });

  it('says no to text without any name, and to invisible characters alone', () => {
    for (const text of [
      '',
      'The weather at noon.',
      'Samuel Jan Ilya Jakub',
      'Alt\u00ADmost',
      '\u200B'.repeat(100),
      'alt man',
    ]) {
      expect(prefilter.test(text), JSON.stringify(text)).toBe(false);
      expect(prefilter.find(text)).toEqual([]);
    }
  });

  it('looks for invisible characters only in a text where no name shows as it is', () => {
    const test = vi.spyOn(RegExp.prototype, 'test');
    const invisibleLooks = () =>
      test.mock.contexts.filter((pattern) => (pattern as RegExp).source.includes('u200B')).length;
    try {
      expect(prefilter.test(`${'Rain on the plain. '.repeat(1000)}Sam Altman${'\u00AD'.repeat(10)}`)).toBe(true);
      expect(invisibleLooks()).toBe(0);
      expect(prefilter.test('Rain on the plain, Sam Alt\u00ADman')).toBe(true);
      expect(invisibleLooks()).toBe(1);
    } finally {
      test.mockRestore();
    }
  });

  it('may say yes where the matcher shows nothing: a namesake, a longer word', () => {
    expect(prefilter.test('The film by Robert Altman')).toBe(true);
    expect(prefilter.test('Die Altmann-Bäckerei')).toBe(true);
  });

  for (const corpus of ['corpus']) {
    it(`covers every candidate of the matcher on the ${corpus} texts`, () => {
      const documents = loadCorpus(join(import.meta.dirname, `../../../fixtures/${corpus}`), new Set(PERSON_IDS));
      let candidates = 0;
      for (const { file, text } of documents.flatMap(({ file, blocks }) =>
        blocks.map(({ text }) => ({ file, text })),
      )) {
        const found = matcher.find(text);
        candidates += found.length;
        if (found.length) expect(prefilter.test(text), file).toBe(true);
        expect(coversMatcher(text, found), file).toBe(true);
        // Line by line too, as a page's short blocks come: a line the prefilter turns away holds no candidate. (The
        // matcher runs only on those, so that the test reads the corpus about once, not three times.)
        for (const line of text.split('\n')) {
          if (!prefilter.test(line)) expect(matcher.find(line), `${file}: ${line}`).toEqual([]);
        }
      }
      expect(candidates).toBeGreaterThan(100);
    });
  }
});
