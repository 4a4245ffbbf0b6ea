import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../engine/match/matcher';
import { decodeMentions, encodeMentions } from '../../../../engine/match/mention-wire';
import { namedPeople } from '../../../../knowledge/names';
import { people } from '../../../../knowledge/people';
import { parseMatchAnswer } from '../../../../model/match-messages';
import { loadLabelledFolder } from '../../../../scripts/lib/load-corpus';
import { plainMentions } from '../plain-mentions';

const matcher = createMatcher(namedPeople);

/** The candidates of `texts`, `found` by the matcher, as the page session reads them from the background's answer. */
const throughTheWire = (texts: string[], found = texts.map(matcher.find)) =>
  decodeMentions(parseMatchAnswer(JSON.parse(JSON.stringify(encodeMentions(found)))!, texts)!, texts);

describe('candidates as plain data, from the background to the page session', () => {
  it('reads back every candidate of the labelled corpus as the matcher found it', async () => {
    const corpus = join(import.meta.dirname, '../../../fixtures/corpus');
    const { texts, pages } = await loadLabelledFolder(corpus, new Set(people.map((p) => p.id)));
    const blocks = [...texts, ...pages].flatMap((doc) => doc.blocks.map((block) => block.text));
    // The matcher runs once over the corpus: the wire is what is tested, not the matcher's sameness.
    const found = blocks.map(matcher.find);
    expect(found.flat().length).toBeGreaterThan(1_000);
    expect(throughTheWire(blocks, found)!.map(plainMentions)).toEqual(found.map(plainMentions));
  });

  it('keeps every flag and the spelling', () => {
    const [mentions] = throughTheWire(['„Sutzkever“ schrieb sich Pachocki und Leike, sagt Herr Altman.'])!;
    expect(mentions!.length).toBeGreaterThan(0);
    const [found] = [matcher.find('„Sutzkever“ schrieb sich Pachocki und Leike, sagt Herr Altman.')];
    expect(plainMentions(mentions!)).toEqual(plainMentions(found!));
  });

  it('keeps the flag of a bearer picked out as “the other”', () => {
    const text = 'Kursleitung: Thomas Leike. Wer Fragen hat, die den anderen Leike beschäftigen, kommt am Freitag.';
    const [found] = [matcher.find(text)];
    expect(found!.some((m) => m.otherOne)).toBe(true);
    expect(plainMentions(throughTheWire([text])![0]!)).toEqual(plainMentions(found!));
  });

  const one = (cells: number[], spellings: string[] = ['altman']) =>
    decodeMentions({ found: [cells], spellings }, ['Sam Altman']);

  it('reads a well-formed candidate', () => {
    // A full name (kind 0), no support, Sam Altman (person 1, past the thirteen flags), its sentence 0 of 1, spelled "altman".
    expect(one([1 << 19, 0, 10, 0, 1, 0, 1])).toEqual([
      [
        {
          person: 'altman',
          start: 0,
          end: 10,
          kind: 'full',
          support: 0,
          sentence: 0,
          sentences: 1,
          paragraph: 0,
          spelling: 'altman',
        },
      ],
    ]);
  });

  it.each([
    ['a kind that is none', [7, 0, 10, 0, 1, 0, 0]],
    ['a support past the strongest', [6 << 3, 0, 10, 0, 1, 0, 0]],
    ['a person that is none', [7 << 19, 0, 10, 0, 1, 0, 0]],
    ['an end past the text', [0, 0, 11, 0, 1, 0, 0]],
    ['an end before its start', [0, 5, 5, 0, 1, 0, 0]],
    ['a sentence past the count', [0, 0, 10, 1, 1, 0, 0]],
    ['a spelling past the list', [0, 0, 10, 0, 1, 0, 2]],
    ['cells of part of a candidate', [0, 0, 10, 0, 1, 0]],
  ])('refuses %s', (_, cells) => {
    expect(one(cells)).toBeUndefined();
  });
});
