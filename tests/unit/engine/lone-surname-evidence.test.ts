import { describe, expect, it } from 'vitest';
import { people } from '../../../knowledge/people';
import { createMatcher } from '../../../engine/matcher';
import { findInDocument } from '../../../engine/surname-rules';

const matcher = createMatcher(people);

/** The characters a reader would see marked in `text`. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

// Round 20: a lone surname with our story's evidence, which a veto too broad took from it.
describe('a lone surname with our story’s evidence: a reader’s mix-up told after it (round 20)', () => {
  it('keeps a surname ours that the reader took for a namesake’s for a moment', () => {
    expect(
      marked(
        'Listener mail\n\nMia: "When you said Altman I thought for a second you meant Robert Altman."\n\n' +
          'Tom: "Why did Ilya Sutskever vote against Sam Altman?"',
      ),
    ).toEqual(['Altman', 'Ilya Sutskever', 'Sam Altman']);
    expect(
      marked(
        'Everyone in my timeline is talking about Altman, and for a moment I thought it was a Robert Altman ' +
          'retrospective.\n\nThen I saw Sam Altman and OpenAI trending.',
      ),
    ).toEqual(['Altman', 'Sam Altman']);
    expect(
      marked(
        'Comments\n\nSaw Leike in the headline and briefly thought my cousin Tom Leike made the news.\n\nJan Leike has left OpenAI.',
      ),
    ).toEqual(['Leike', 'Jan Leike']);
  });

  it('reads the German forms', () => {
    expect(
      marked(
        'Hörerpost\n\nUte: „Als ihr ‚Altman‘ gesagt habt, dachte ich kurz, jetzt kommt eine Filmfolge. Ich verehre ' +
          'Robert Altman.“\n\nJens: „Warum hat Ilya Sutskever gegen Sam Altman gestimmt?“',
      ),
    ).toEqual(['Altman', 'Ilya Sutskever', 'Sam Altman']);
    expect(
      marked(
        'Kommentare\n\nBei „Leike“ dachte ich zuerst, ihr meint meinen Nachbarn Tom Leike.\n\nJan Leike hat OpenAI verlassen.',
      ),
    ).toEqual(['Leike', 'Jan Leike']);
  });

  it('leaves a namesake’s surname his where no one took it for another', () => {
    expect(
      marked('Jan Leike left OpenAI.\n\nMy cousin is Tom Leike, a baker. Leike thought for a second about it.'),
    ).toEqual(['Jan Leike']);
  });
});
