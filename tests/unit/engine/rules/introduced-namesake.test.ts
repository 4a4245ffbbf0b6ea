import { describe, expect, it } from 'vitest';
import { markedInDocument as marked } from '../marked-in-document';

describe('a document about a namesake, introduced first with a livelihood or a home town (round 27)', () => {
  it.each([
    // A reporter's profile: the trade first, the confusion after, his lone surname on.
    'Sam Altman owns a bakery on Elm Street in Dayton. Since November customers confuse him with the ChatGPT man. Altman just laughs and sells another loaf.',
    // A radio transcript: the host introduces him, the labels carry his name.
    'HOST: Jakub Pachocki runs the bike shop in Gdynia. Welcome!\n\nJAKUB PACHOCKI: Thanks. People mix me up with the GPT-4 guy.\n\nPACHOCKI: I fix gears, not AI models.\n\nHOST: Jakub Pachocki of Pachocki Bikes, everyone.',
    // A German regional paper: the man from a town, the researcher only as the one he is taken for.
    'Seit Tagen ruft man bei Ilya Sutskever aus Neustadt-Glewe an. Der Rentner lacht über die Verwechslung mit dem Mann von OpenAI. „Sutskever ist hier ein alter Name", sagt er.',
    'Jan Leike betreibt in Kiel einen Fahrradladen. Seit dem Rücktritt seines Namensvetters bei OpenAI klingelt das Telefon. Leike nimmt es gelassen.',
  ])('marks nothing of the namesake: %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('keeps ours where the profile names him with his employer', () => {
    expect(
      marked(
        'Jan Leike betreibt in Kiel einen Fahrradladen. Sein Namensvetter, der KI-Forscher Jan Leike, hat OpenAI verlassen.\n\nDer Kieler Leike verkauft seit 1990 Räder.\n\nLeike nimmt es gelassen und fährt morgen wieder.',
      ),
    ).toEqual(['Jan Leike']);
  });

  it.each([
    // Plain texts about ours: a place or a firm after his name, his name first.
    'Sam Altman from OpenAI spoke in Paris. Altman said the next model would reason better.',
    'Ilya Sutskever aus Toronto gründete mit zwei Kollegen eine Firma für Bilderkennung. Sutskever ging später zu Google.',
    'Sam Altman runs OpenAI, the company behind ChatGPT. Altman was briefly fired in November.',
    'Jan Leike leads the alignment team at Anthropic. Leike left OpenAI in May.',
  ])('keeps ours where his name comes first with his world: %s', (text) => {
    expect(marked(text).length).toBeGreaterThanOrEqual(2);
  });
});
