import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

describe('a quoted spelling likened to a namesake is the namesake’s (round 23)', () => {
  it.each([
    'Ilya Sutskever von OpenAI. Spricht man es Sutskever? Oder „Sutzkever“ wie der jiddische Lyriker?',
    'Ilya Sutskever of OpenAI. Is it Sutskever? Or "Sutzkever", like the Yiddish poet?',
    'Ilya Sutskever von OpenAI. Sutskever, klar. Aber „Sutzkever“, wie bei dem Dichter aus Wilna?',
  ])('drops it beside our person’s surname: %s', (text) => {
    expect(marked(text)).toEqual(['Ilya Sutskever', 'Sutskever']);
  });

  it('keeps a spelling given as his, though the poet bore it', () => {
    expect(
      marked('Ilya Sutskever (OpenAI). Some papers print the spelling "Sutzkever", the name of the Yiddish poet.'),
    ).toEqual(['Ilya Sutskever', 'Sutzkever']);
    expect(marked('Ilya Sutskever (OpenAI). Sie schreiben „Sutzkever“ – so hieß der jiddische Dichter.')).toEqual([
      'Ilya Sutskever',
      'Sutzkever',
    ]);
    expect(marked('Ilya Sutskever: manche Zeitungen schreiben „Sutzkever“, wie schon 2023.')).toEqual([
      'Ilya Sutskever',
      'Sutzkever',
    ]);
  });
});
