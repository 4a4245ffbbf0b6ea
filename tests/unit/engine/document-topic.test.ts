import { describe, expect, it } from 'vitest';
import { people } from '../../../knowledge/people';
import { createMatcher } from '../../../engine/matcher';
import { namesakesWithoutOurWorld } from '../../../engine/document-topic';
import { findInBlocks, findInDocument } from '../../../engine/surname-rules';

const matcher = createMatcher(people);

/** What a reader would see marked in `text`: [person, marked characters]. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => [m.person, text.slice(m.start, m.end)]);

describe('a full name in a text with no sign of our people’s world, beside namesakes (issue 12, round 7)', () => {
  const match = 'Im oberen Paarkreuz gewann Jan Leike beide Einzel, darunter ein 3:2 gegen Marek Pachocki.';

  it('reads a document as about namesakes when it names one and nothing of AI, of our employer or of our handles', () => {
    expect(namesakesWithoutOurWorld([matcher.find(match)])).toEqual(new Set(['pachocki']));
    expect(namesakesWithoutOurWorld([matcher.find('Jan Leike gewann beide Einzel.')])).toEqual(new Set());
    const twoBlocks = [matcher.find(match), matcher.find('Jan Leike von OpenAI spielt auch.')];
    expect(namesakesWithoutOurWorld(twoBlocks)).toBeUndefined();
  });

  it('takes our person’s full name, and the lone surnames after it, for the namesake’s', () => {
    const report = `${match} Leike hatte im Hinspiel noch verloren. Das Doppel Leike/Brandt blieb ungeschlagen.`;
    expect(marked(report)).toEqual([]);
    expect(findInBlocks(matcher, [match, 'Leike hatte im Hinspiel verloren.'])).toEqual([]);
  });

  it('keeps a full name with no context at all, and one in a text that speaks of AI', () => {
    expect(marked('Sam Altman is wrong again.')).toEqual([['altman', 'Sam Altman']]);
    expect(marked(`${match} Der Namensvetter leitet bei OpenAI das Alignment-Team nicht.`)).toEqual([
      ['leike', 'Jan Leike'],
    ]);
    // Beside a namesake of its own surname, it is set apart from the namesake.
    expect(marked('Is Jan Leike related to the Leike who runs my gym?')).toEqual([['leike', 'Jan Leike']]);
    // A handle of ours is a sign of our people's world too.
    expect(marked('Sam Altman (@sama) says hi. Robert Altman made Nashville.').map(([, t]) => t)).toEqual([
      'Sam Altman',
      '@sama',
    ]);
  });
});
