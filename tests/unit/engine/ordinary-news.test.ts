import { describe, expect, it } from 'vitest';
import { people } from '../../../knowledge/people';
import { createMatcher } from '../../../engine/matcher';
import { findInDocument } from '../../../engine/surname-rules';

const matcher = createMatcher(people);

/** What a reader would see marked in `text`: the marked characters. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

describe('namesakes known from context: a family-history document (round 17)', () => {
  it('gives the names of a forum on ancestors and emigration to the families researched', () => {
    const thread = [
      'Ancestry board › Galicia › Leike and Sutskever lines, 1880–1925',
      'My great-grandmother Chana Sutskever emigrated via Bremen in 1907; the passenger lists give her as Chaja.',
      'Reply: I checked the parish registers for Leike and found nothing. Try Ilya Sutskever in the 1910 census too.',
    ].join('\n');
    expect(marked(thread)).toEqual([]);
  });

  it('does the same in a German text on Vorfahren and Kirchenbücher', () => {
    const post =
      'Ahnenforschung: Meine Vorfahren hießen Pachocki und Altman. Im Kirchenbuch von 1880 steht Jakub Pachocki ' +
      'als Taufpate, ausgewandert 1903.';
    expect(marked(post)).toEqual([]);
  });

  it('keeps our people in a family-history text that speaks of AI', () => {
    const story =
      'Genealogy meets AI: my ancestors emigrated in 1905, and the passenger lists were read by an OCR model. ' +
      'Ilya Sutskever once joked about it.';
    expect(marked(story)).toEqual(['Ilya Sutskever']);
  });
});

describe("namesakes known from context: a full name in a club's, a league's or a family's news (round 17)", () => {
  it("reads a full name in a handball club's match report as the club's player", () => {
    const report =
      'SV Elmshorn – Vereinsnachrichten\nDie Erste gewann 30:28. Die meisten Treffer warf Jakub Pachocki, ' +
      'Trainerin Ute Pachocki war zufrieden. Nächste Saison geht es in die Landesliga.';
    expect(marked(report)).toEqual([]);
  });

  it("reads a full name in a league's newsletter and at a family reunion as the namesake's", () => {
    const newsletter =
      'Riverside Darts League newsletter. Standings: 1. Bullseyes (captain Tom Sutskever). ' +
      'Ilya Sutskever will sell raffle tickets at the banquet.';
    const reunion =
      'The Altman family reunion is on July 6. Thanks to Sam Altman (our uncle Sam) for the potluck list; ' +
      'cousins Ruth Altman and Ben Altman bring the grill.';
    expect(marked(newsletter)).toEqual([]);
    expect(marked(reunion)).toEqual([]);
  });

  it("keeps our person named in a club's news that speaks of AI", () => {
    const news =
      'Vereinsnachrichten: Trainer Uwe Leike lud zum KI-Abend. Jan Leike, Forscher bei OpenAI, sprach per Video; ' +
      'die Mannschaft hörte zu.';
    expect(marked(news)).toEqual(['Jan Leike']);
  });
});
