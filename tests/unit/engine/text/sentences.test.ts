import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../../engine/text/sentences';

/** The text's sentences as strings, and the paragraph each starts in. */
function split(text: string): [string, number][] {
  const sentences = sentencesOf(text);
  return Array.from({ length: sentences.count }, (_, i) => {
    const [start, end] = sentences.bounds(i);
    return [text.slice(start, end).trim(), sentences.paragraphOf(i)];
  });
}

describe('sentencesOf', () => {
  it('ends a sentence at terminal punctuation with its closing quotes, and at every line break', () => {
    expect(split('Er ging. „Warum?“ Sie schwieg!\nNeue Zeile')).toEqual([
      ['Er ging.', 0],
      ['„Warum?“', 0],
      ['Sie schwieg!', 0],
      ['Neue Zeile', 1],
    ]);
  });

  it('ends none after a title, an initial or a day of the month', () => {
    expect(split('Dr. Piotr Pachocki kam am 14. Mai. S. Altman und Mr. Smith auch. Prof. Leike nicht.')).toEqual([
      ['Dr. Piotr Pachocki kam am 14. Mai.', 0],
      ['S. Altman und Mr. Smith auch.', 0],
      ['Prof. Leike nicht.', 0],
    ]);
  });

  it('ends none after a month’s abbreviation before its day or year, but one after a name', () => {
    expect(split('Wir fragten im Jan. 2024 an. Er kam am Sept. 12 zurück. Gespräch mit Jan. Dann nichts.')).toEqual([
      ['Wir fragten im Jan. 2024 an.', 0],
      ['Er kam am Sept. 12 zurück.', 0],
      ['Gespräch mit Jan.', 0],
      ['Dann nichts.', 0],
    ]);
  });

  it('finds the sentence of an offset and counts blank lines as paragraphs', () => {
    const text = 'Eins. Zwei.\n\nDrei.';
    const sentences = sentencesOf(text);
    expect([0, 6, 13].map((offset) => sentences.indexAt(offset))).toEqual([0, 1, 2]);
    expect(sentences.paragraphOf(2)).toBe(2);
  });
});
