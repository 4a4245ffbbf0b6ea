import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** What a reader would see marked in `text`: the marked characters. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

describe('ordinary people with a courtesy title in a text that names our person in full (round 13)', () => {
  it('reads a titled surname with a role of his own in brackets as someone ordinary', () => {
    const minutes = 'Present: 9 members, Mr. Altman (teacher)\nMaya said Sam Altman is back at OpenAI.';
    expect(marked(minutes)).toEqual(['Sam Altman']);
    expect(marked('Jan Leike left OpenAI. Herr Leike (Beirat) eröffnet die Sitzung.')).toEqual(['Jan Leike']);
  });

  it('reads a titled surname beside another titled person as someone ordinary', () => {
    const programme = 'Panel on Sam Altman and OpenAI.\nWorkshop on AI contracts, led by Mr. Altman and Ms. Grell.';
    expect(marked(programme)).toEqual(['Sam Altman']);
    expect(marked('Ilya Sutskever verlässt OpenAI. Es moderieren Frau Bauer und Herr Sutskever.')).toEqual([
      'Ilya Sutskever',
    ]);
  });

  it('reads a titled surname on an attendance line as someone ordinary', () => {
    expect(marked('Attendees: Olivia, Mr. Pachocki, Ben\nJakub Pachocki is OpenAI’s chief scientist.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('reads a titled man who says he is "not that" one as someone ordinary, and keeps the one he means', () => {
    const club = 'Jan Leike resigned from OpenAI. Mr. Leike joked that he is "not that Leike" and left.';
    expect(marked(club)).toEqual(['Jan Leike', 'Leike']);
  });

  it('keeps our person under a courtesy title where nothing sets him apart', () => {
    expect(marked('Sam Altman testified. Mr. Altman told the senators that OpenAI needs rules.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
    expect(marked('Ilya Sutskever and Mr. Altman (OpenAI) disagreed.')).toEqual(['Ilya Sutskever', 'Altman']);
  });
});

describe('namesakes known from context: a titled man who leads a children’s event (round 15)', () => {
  it('reads "Storytime with Mr. Altman" and a German story hour with Herrn Leike as someone ordinary', () => {
    const calendar = [
      'Talk: Sam Altman, Jan Leike and the OpenAI board.',
      'Sat Jun 1, 10:30 am | Storytime with Mr. Altman (ages 3–5), Children’s Room',
      'Vorlesestunde mit Herrn Leike, ab 4 Jahren.',
    ].join('\n');
    expect(marked(calendar)).toEqual(['Sam Altman', 'Jan Leike']);
  });

  it('keeps a titled surname at an event for grown-ups', () => {
    expect(marked('Sam Altman of OpenAI. Q&A with Mr. Altman at 7 pm.')).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('a titled lone surname in a document that titles a namesake so (round 22)', () => {
  it.each([
    // A lecturer with another first name, then her office hour under the title alone.
    'Kurs: KI und Recht. Leitung: Prof. Dr. Miriam Sutskever. Lektüre zu Ilya Sutskever und OpenAI. Rückfragen an Prof. Sutskever per Mail.',
    // A vet named in full, then by title and surname in a thread that names ours in passing.
    'Our vet is Dr. Lukas Leike on Main Street. No relation to Jan Leike from OpenAI, I asked. Dr. Leike saw our cat the same day.',
    // A family doctor under an initial, then titled alone far below.
    'Praxis Dr. M. Altman, Allgemeinmedizin. Im Wartezimmer lag ein Artikel über Sam Altman und ChatGPT.\n\nDr. Altman nimmt sich Zeit.',
  ])('is the namesake’s: %s', (text) => {
    expect(marked(text).filter((m) => !m.includes(' '))).toEqual([]);
  });

  it('stays ours where no namesake is titled, or the titled one is ours', () => {
    expect(marked('Jakub Pachocki is OpenAI’s new chief scientist. Dr. Pachocki led GPT-4.')).toEqual([
      'Jakub Pachocki',
      'Pachocki',
    ]);
    expect(
      marked('Anna Altman runs the bakery. Sam Altman leads OpenAI. Mr. Altman said ChatGPT will improve.'),
    ).toContain('Altman');
    expect(marked('Dr. Jakub Pachocki joined OpenAI in 2017. Dr. Pachocki later led GPT-4.')).toContain('Pachocki');
  });
});

describe('a titled lone surname beside an everyday trade, on a page about our person (round 23)', () => {
  const ABOUT = 'Jakub Pachocki, Ilya Sutskever und Jan Leike: wer bei OpenAI an GPT-4 forschte.\n\n';
  it.each([
    `${ABOUT}Tierarztpraxis Dr. Leike – Notdienst am Wochenende, Impfungen, Chipen.`,
    `${ABOUT}Dr. Pachocki – Ihr Zahnarzt in Bonn-Beuel. Termine online.`,
    `${ABOUT}Booked a cleaning with Dr. Sutskever, dentist on Main Street.`,
  ])('is the tradesman, not ours: %s', (text) => {
    expect(marked(text.slice(ABOUT.length))).toEqual([]);
    expect(marked(text)).toHaveLength(3);
  });

  it('keeps a titled surname of ours in a role of our world', () => {
    expect(marked(`${ABOUT}Chief Scientist Dr. Pachocki sprach über GPT-4.`)).toHaveLength(4);
  });
});

describe('a titled surname beside a full name of it with another first name (round 24)', () => {
  it('gives "Mr. Leike" to the Peter Leike named right after the title', () => {
    expect(
      marked(
        'News from the school\nTen questions for Mr. Leike\nThis term we thank Peter Leike, who taught maths for 12 years. Pupils asked whether he is related to Jan Leike of OpenAI.',
      ),
    ).toEqual(['Jan Leike']);
    expect(
      marked(
        'Aus dem Kollegium\nHerr Pachocki im Porträt\nSeit 20 Jahren leitet Thomas Pachocki den Schulchor. Mit Jakub Pachocki von OpenAI ist er nicht verwandt.',
      ),
    ).toEqual(['Jakub Pachocki']);
  });

  it('keeps "Mr. Altman" ours beside a brother named in full', () => {
    expect(
      marked('OpenAI’s Sam Altman met reporters. Mr. Altman, whose brother Jack Altman runs Lattice, said little.'),
    ).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('a member on an attendance line is the same member wherever the minutes name him again (round 26)', () => {
  it.each([
    [
      'Garden Club minutes',
      'Present: R. Ochoa (chair), S. Altman, T. Berg.',
      '2. Budget (S. Altman): $1,200 in the account. Altman said the shed roof needs fixing before winter.',
      '3. Talk: how ChatGPT works, by a guest from OpenAI.',
    ],
    [
      'Protokoll Elternbeirat, 14. Mai',
      'Anwesend: K. Sommer, J. Leike, M. Aydin',
      'TOP 2: Kasse (J. Leike): 340 € auf dem Konto. Leike berichtet vom Sommerfest.',
      'TOP 3: Vortrag „KI im Unterricht“, ChatGPT im Deutschunterricht.',
    ],
    [
      'Chess society, committee meeting',
      'Attendees: P. Sutskever (secretary), L. Wu, D. Abebe',
      'Sutskever read the minutes of March; Sutskever will order new clocks.',
      'Any other business: a member asked whether AI engines spoil the game.',
    ],
  ])('drops his lone surnames in sentences with no AI word: %s', (...lines) => {
    expect(marked(lines.join('\n'))).toEqual([]);
  });

  it('keeps ours where the attendance line lists him with another of ours', () => {
    const notes = 'OpenAI board, notes\nPresent: S. Altman, I. Sutskever, G. Brockman.\nAltman opened the meeting.';
    expect(marked(notes)).toEqual(['S. Altman', 'I. Sutskever', 'Altman']);
  });
});

describe('titled surnames of ours in a news style, by our people’s employer (round 37, real text)', () => {
  it('keeps "Herr Altman" in a list of titled founders whose sentence names OpenAI', () => {
    const text =
      'Sam Altman, Chef von OpenAI, wurde im November entlassen. Ilya Sutskever, Chefwissenschaftler: Er verließ Google, ' +
      'um gemeinsam mit Herrn Altman, Herrn Brockman und anderen OpenAI zu gründen.';
    expect(marked(text)).toEqual(['Sam Altman', 'Ilya Sutskever', 'Altman']);
  });

  it('still leaves a titled man in a list of ordinary people', () => {
    expect(marked('Sam Altman is back at OpenAI.\nThe bake sale was led by Mr. Altman and Ms. Grell.')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('a titled surname after a namesake named with another first name (round 40)', () => {
  it('gives "Herr Leike" to the course leader named in full just before, though the course is about ChatGPT', () => {
    const course =
      'Kurs: ChatGPT verstehen\nDozent: Thomas Leike\nWas ist ein Sprachmodell? Herr Leike, Systemadministrator, erklärt, wie ChatGPT funktioniert.';
    expect(marked(course)).toEqual([]);
  });

  it('keeps "Mr. Leike" ours where the text names him in full after the namesake', () => {
    const talk =
      'Speaker: Thomas Leike (IT department).\nHe will discuss Jan Leike and his exit from OpenAI. Mr. Leike joined Anthropic weeks later.';
    expect(marked(talk)).toEqual(['Jan Leike', 'Leike']);
  });
});

describe('a titled surname from a department (round 50)', () => {
  it('reads „Herr Leike aus dem Prüfungsamt“ as someone of the writer’s own world, and keeps ours of the board', () => {
    expect(marked('Jan Leike verließ OpenAI. Herr Leike aus dem Prüfungsamt bittet um Geduld.')).toEqual(['Jan Leike']);
    expect(
      marked('Jan Leike verließ OpenAI. Ich sprach mit Herrn Leike aus der Buchhaltung über die Reisekosten.'),
    ).toEqual(['Jan Leike']);
    expect(marked('Sam Altman leads OpenAI. Mr. Altman of the OpenAI board spoke first.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });
});

describe('a titled man with his town after a comma, as a transcript or a letters page labels him (round 71)', () => {
  it.each([
    'Podium zu OpenAI und Sam Altman. FRAGE AUS DEM PUBLIKUM (Herr Altman, aus Wangen): Ich heiße wirklich so. Wer prüft die Modelle?',
    'Letters on Sam Altman and OpenAI.\nMr. Altman, of Dayton, writes: my name gets me odd mail these days.',
  ])('reads him as someone ordinary: %s', (text) => {
    expect(marked(text)).toEqual(['Sam Altman']);
  });

  it('keeps a titled man of our people’s employer after a comma', () => {
    expect(marked('Sam Altman spoke first. Mr. Altman, of OpenAI, said the board had erred.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });
});
