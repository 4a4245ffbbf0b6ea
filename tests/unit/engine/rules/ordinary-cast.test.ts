import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** What the engine marks in `text`, as written. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

describe('full names of namesakes in ordinary people’s worlds: how the text treats the bearer (round 21)', () => {
  it.each([
    // Called by his first name alone.
    'Beim Sommerfest der Kleingärtner gewann Sam Altman den Kürbiswettbewerb. Sam war sichtlich gerührt und lud alle zum Grillen ein.',
    'Congratulations to Ilya Sutskever on his first marathon! Ilya says the last six miles were the hardest.',
    // Given an age.
    'Riverside Rowing crowned Jakub Pachocki sculler of the year. Pachocki, 23, trains before work every morning.',
    // Set in an apposition of an ordinary role or of kin.
    'Den Kuchenbasar organisiert wie jedes Jahr Jan Leike, unser Kassenwart, mit seinem Team.',
    'The shop is now run by Sam Altman, the founder’s grandson, and his wife.',
  ])('drops them in a text with no word of AI or of our story: %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('keeps ours where the text speaks of AI or tells our story, or treats him no other way', () => {
    expect(
      marked(
        'Sam Altman, der früher in unserem Schachverein spielte, ist wieder OpenAI-Chef. Sam war schon damals ehrgeizig.',
      ),
    ).toEqual(['Sam Altman']);
    expect(marked('Sam Altman, vom Board gefeuert, ist nach fünf Tagen zurück. Sam dankte allen.')).toEqual([
      'Sam Altman',
    ]);
    expect(marked('Sam Altman will speak in Berlin on Tuesday.')).toEqual(['Sam Altman']);
    expect(marked('Warum wird „Jan“ allein nie markiert, Jan Leike aber schon?')).toEqual(['Jan Leike']);
  });
});

describe('a full name given a life of its own names the namesake throughout a text with no AI word (round 23)', () => {
  it.each([
    // A list of candidates with ages and trades, then the candidate by his full name and his surname.
    'Für den Gemeinderat kandidieren: Maria Schulz, 44, Lehrerin; Jakub Pachocki, 51, Landwirt. Jakub Pachocki möchte den Dorfladen retten, sagt Pachocki.',
    // A year-group in brackets, then the full name again.
    'Thanks to Ilya Sutskever (class of ’98) for lending us the barn again. Ilya Sutskever has hosted the picnic for years.',
    'Wir danken Jan Leike (Jg. 1979), der den Grill stellt. Jan Leike macht das seit zehn Jahren.',
    // A team in brackets, then the surname alone.
    'Local rider Sam Altman (Team Velo Nord) won the sprint. Altman said the wind helped.',
    // A results line, then the full name and the surname in the report.
    'Ergebnisse: 1. Jan Leike (TV Lohne) 12,41 s. Jan Leike gewann auch den Weitsprung. Leike freute sich.',
  ])('drops the full name and its lone surnames: %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('keeps ours where the text speaks of AI, or gives him no life of his own', () => {
    expect(marked('OpenAI chief Sam Altman, 38, said on Tuesday the company would ship GPT-5. Altman smiled.')).toEqual(
      ['Sam Altman', 'Altman'],
    );
    expect(marked('Ilya Sutskever (born 1986) grew up in Jerusalem. Ilya Sutskever left in May.')).toHaveLength(2);
    expect(marked('Ilya Sutskever, born in Gorky in 1986, grew up in Jerusalem. Ilya Sutskever left in May.')).toEqual([
      'Ilya Sutskever',
      'Ilya Sutskever',
    ]);
  });
});

describe('a full name given a namesake’s world in brackets, as a disambiguation does (round 23)', () => {
  it.each([
    'Jan Leike is an AI alignment researcher at Anthropic.\n\nNot to be confused with:\n• Jan Leike (chess), club player from Kiel',
    'Sam Altman leitet OpenAI.\n\nWeitere Personen:\n– Sam Altman (Eishockey), Torwart der Kassel Huskies',
    'Ilya Sutskever co-founded OpenAI.\n\nSee also: Ilya Sutskever (table tennis player), Israeli junior champion',
  ])('drops the namesake’s line and keeps ours: %s', (text) => {
    expect(marked(text)).toHaveLength(1);
  });
});

describe('a first name paired with a sibling’s before their shared surname is no first name alone (round 22)', () => {
  it.each([
    'Which of them is the eldest, Sam or Annie Altman? And does Sam Altman have a twin?',
    'Sam and Max Altman grew up in St. Louis; Sam Altman is the oldest of the four children.',
    'Haben Sam und Jack Altman zusammen investiert? Sam Altman hat drei jüngere Geschwister.',
    'who is older, sam or jack altman? sam altman has three younger siblings',
  ])('keeps his full names in a text about his family: %s', (text) => {
    expect(marked(text)).toContain(text.includes('sam altman') ? 'sam altman' : 'Sam Altman');
  });

  it('still reads a neighbour called by his first name alone as ordinary', () => {
    expect(
      marked(
        'Jan und Maria Leike feiern Goldene Hochzeit. Jan war 40 Jahre lang Schlosser im Ort, Jan Leike sagt danke.',
      ),
    ).toEqual([]);
  });
});

describe('a lone surname in a document that names a namesake: a family history’s spellings (round 21)', () => {
  it('drops the quoted spellings of a family’s name in a family history with no AI word', () => {
    const forum =
      'Ahnenforschung: Meine Urgroßmutter stammte aus Pommern. In den Kirchenbüchern steht der Name auch als „Laike“, ' +
      'in der Passagierliste als "Leicke". Jan Leike, ihr Bruder, wurde 1871 getauft.';
    expect(marked(forum)).toEqual([]);
    const thread =
      'Genealogy help: my great-grandfather Jakub Pachocki emigrated in 1902; the census lists him as "Pachoki" and ' +
      'the passenger list as "Pachotzki".';
    expect(marked(thread)).toEqual([]);
  });

  it('keeps them where the text speaks of AI', () => {
    const forum =
      'Ahnenforschung: In den Kirchenbüchern steht der Name auch als „Leicke“. Mit Jan Leike von OpenAI sind wir ' +
      'übrigens nicht verwandt, auch wenn die Zeitung ihn letzte Woche „Leicke“ schrieb.';
    expect(marked(forum)).toContain('Jan Leike');
  });
});

describe('a first name set between commas after a word for a relative (round 70)', () => {
  it('reads „Die Tochter, Ilya, …“ then „die Ilya Sutskever?“ in a text with no AI word as the family’s member', () => {
    const forum =
      'Der Kiosk am Bahnhof bleibt. Die Tochter, Ilya, übernimmt im Herbst.\nAch, die Ilya Sutskever? Die kenne ich vom Turnverein.';
    expect(marked(forum)).toEqual([]);
  });

  it('keeps a full name where the first name stands between commas after no word for a relative', () => {
    const news = 'Der neue Chef, Jakub, wie ihn alle nennen, kommt. Jakub Pachocki leitet die Forschung.';
    expect(marked(news)).toEqual(['Jakub Pachocki']);
  });
});
