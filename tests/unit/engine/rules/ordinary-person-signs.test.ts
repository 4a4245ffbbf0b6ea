import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInBlocks, findInDocument } from '../../../../engine/rules/document-mentions';
import { hasOwnerBefore, isAgedAsNoneOfOurs } from '../../../../engine/rules/ordinary-person-signs';

const matcher = createMatcher(people);

/** What the engine marks in `text`, as written. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

/** `isAgedAsNoneOfOurs` for the first full name in `text`. */
function aged(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return isAgedAsNoneOfOurs(text, start, start + name.length);
}

describe('a full name given an age or a life none of ours has is the namesake’s, AI words or not (round 23)', () => {
  it.each([
    // An obituary's age, in a sentence that speaks of AI.
    [
      'Jakub Pachocki, 79, a retired machinist who liked to read about ChatGPT, died on Friday in Gdańsk.',
      'Jakub Pachocki',
    ],
    // A reader's age in brackets, a local paper's way, with an AI word.
    ['Jan Leike (67) aus Kiel nutzt ChatGPT jeden Tag für seine Kreuzworträtsel.', 'Jan Leike'],
    // Life dates.
    ['In memoriam Sam Altman (1931–2019), who taught our first course on artificial intelligence.', 'Sam Altman'],
    ['Ilya Sutskever (geb. 1948) erzählt im KI-Café von seiner Zeit als Lehrer.', 'Ilya Sutskever'],
    // A teenager, by an age before the name.
    ['The 16-year-old Sam Altman from Leeds won the school’s AI hackathon.', 'Sam Altman'],
  ])('drops it: %s', (text, name) => {
    expect(aged(text, name)).toBe(true);
    expect(marked(text)).toEqual([]);
  });

  it.each([
    ['OpenAI chief Sam Altman, 38, said on Tuesday the company would ship GPT-5.', 'Sam Altman'],
    ['Ilya Sutskever, born in Gorky in 1986, co-founded OpenAI.', 'Ilya Sutskever'],
    ['Ilya Sutskever (born 1986) is a computer scientist who co-founded OpenAI.', 'Ilya Sutskever'],
    ['KI-Pionier Ilya Sutskever (37) aus Jerusalem verlässt OpenAI.', 'Ilya Sutskever'],
    ['Answer key, OpenAI unit: Jakub Pachocki (2), Jan Leike (3).', 'Jakub Pachocki'],
    ['Jan Leike, 37, of Anthropic said alignment research needs more compute.', 'Jan Leike'],
  ])('keeps ours, whose age, birth year or hometown fits him: %s', (text, name) => {
    expect(aged(text, name)).toBe(false);
    expect(marked(text)).toContain(name);
  });
});

describe('a full name given an owner’s title, a descent or a tradesman’s years of experience (round 26)', () => {
  it.each([
    'Proprietor Sam Altman has run the hardware store on Elm Street since 1985.',
    'Seit zwanzig Jahren führt Inhaberin Anna Berg die Pension, heute mit Eigentümer Jakub Pachocki.',
    'Today the orchard is run by Ilya Sutskever, great-grandson of the founder, and his wife.',
    'Die Werkstatt führt heute Jan Leike, Urenkel des Gründers, in vierter Generation.',
    'Need a new roof before winter? Ask for Jan Leike, 25 years of local experience.',
    'Ihr Ansprechpartner: Jakub Pachocki, 15 Jahre Berufserfahrung im Fliesenlegen.',
    'Sitzung vom Dienstag: Ortsbürgermeister Jan Leike eröffnete um 19 Uhr.',
    'Mayor Ilya Sutskever cut the ribbon at the new library on Saturday.',
    'Die Prüfung nahm Schornsteinfegermeisterin Anna Berg ab, begleitet von Meister Jakub Pachocki.',
  ])('drops it: %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it.each([
    ['Sam Altman, a Stanford dropout, returned as chief executive in November.', 'Sam Altman'],
    ['Ilya Sutskever, a founder with years of experience, left in May.', 'Ilya Sutskever'],
    ['Jan Leike, Enkelschüler von Hinton? Nein, er promovierte bei Marcus Hutter.', 'Jan Leike'],
    ['The owner of the story, Sam Altman, said nothing.', 'Sam Altman'],
  ])('keeps ours: %s', (text, name) => {
    expect(marked(text)).toContain(name);
  });
});

describe('a full name as a record’s label whose description gives a namesake’s calling (round 27)', () => {
  it.each([
    '{"name": "Sam Altman", "bio": "American actor, known for stage roles"}',
    '- title: Jan Leike\n  description: German footballer, goalkeeper',
    '[{"label": "Ilya Sutskever", "summary": "Israeli painter and printmaker"}]',
  ])('drops the namesake: %s', (record) => {
    const text = `{"query": "openai", "hits": [{"label": "Jakub Pachocki", "description": "Chief Scientist of OpenAI"}]}\n${record}`;
    expect(marked(text)).toEqual(['Jakub Pachocki']);
  });

  it('keeps ours whose description names his world', () => {
    expect(marked('{"label": "Sam Altman", "description": "American entrepreneur, CEO of OpenAI"}')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('a full name the writer sets apart from ours, AI words or not (round 40)', () => {
  it.each([
    // A bracket that names ours by his world to say this bearer is not him.
    'Workshop "Prompting for beginners" with volunteer Sam Altman (a retired dentist, no relation to the OpenAI one!).',
    'Ilya Sutskever (the one from my chess club, not the AI guy) now teaches ChatGPT basics at the library.',
    'Am KI-Stammtisch sprach Jan Leike (nicht der von OpenAI, sondern unser Kassenwart) über Datenschutz.',
    // The writer's own relative.
    'My late husband Sam Altman was a pharmacist; every news story about OpenAI still makes me jump.',
    'Mein Opa Jakub Pachocki hätte über ChatGPT nur gelacht.',
    'In the thread about Anthropic: my grandfather Jan Leike farmed near Kiel until 1962.',
  ])('drops it: %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it.each([
    ['Sam Altman (not the film director) returned to OpenAI after five days.', 'Sam Altman'],
    ['Jan Leike (no relation to the Kiel baker) leads alignment at Anthropic.', 'Jan Leike'],
    ['His brother Sam Altman runs OpenAI, Jack Altman said on his podcast.', 'Sam Altman'],
    ['My take on Ilya Sutskever: he left OpenAI on his own terms.', 'Ilya Sutskever'],
    ['We asked my colleague’s favourite researcher, Jan Leike, about superalignment.', 'Jan Leike'],
  ])('keeps ours: %s', (text, name) => {
    expect(marked(text)).toContain(name);
  });
});

describe('a parish’s office before a full name (round 42)', () => {
  it('drops the choir director, and keeps ours', () => {
    expect(marked('KI-Sonntag mit ChatGPT-Kurs. Unser Chorleiter Jakub Pachocki feiert sein Jubiläum.')).toEqual([]);
    expect(marked('Jakub Pachocki, chief scientist at OpenAI, led the GPT-4 work.')).toEqual(['Jakub Pachocki']);
  });
});

describe('a full name given as the writer’s own, or set apart by a calling in brackets (round 48)', () => {
  it('leaves a full name a writer introduces himself by, and keeps ours in the same thread', () => {
    const thread =
      'Ilya Sutskever and Sam Altman at OpenAI.\naltman_cpa · 30 Nov\nHi. My name is Sam Altman. I am an accountant.';
    expect(marked(thread)).toEqual(['Ilya Sutskever', 'Sam Altman']);
    expect(marked('Jan Leike left OpenAI. Ich heiße übrigens auch Jan Leike und wohne in Kiel.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('leaves a full name with an age given in years after it, as a passenger list or a local report gives it', () => {
    const mail =
      'Sam Altman leitet OpenAI.\n\nDie Passagierliste! Samuel Altman, 24 Jahre, Schneider aus Brody, kam 1907 an.';
    expect(marked(mail)).toEqual(['Sam Altman']);
  });

  it('leaves a full name a disambiguation sets apart by a calling in brackets', () => {
    const bio =
      'Jakub Pachocki is OpenAI’s chief scientist.\nNot to be confused with\n- Jakub Pachocki (footballer), a goalkeeper';
    expect(marked(bio)).toEqual(['Jakub Pachocki']);
    expect(
      marked('Jakub Pachocki ist Chief Scientist bei OpenAI.\nNamensvettern\n- Jakub Pachocki (Fußballspieler)'),
    ).toEqual(['Jakub Pachocki']);
    expect(marked('Jan Leike is a German researcher at OpenAI. For the sculptor, see Jan Leike (sculptor).')).toEqual([
      'Jan Leike',
    ]);
    expect(marked('Jakub Pachocki (OpenAI) leads research. Sam Altman (CEO) agreed.')).toEqual([
      'Jakub Pachocki',
      'Sam Altman',
    ]);
  });
});

describe('a full name after an indefinite article, a bearer of it (round 50)', () => {
  it('leaves "a Sam Altman who …" and "a Jacob Pachocki, who …", and keeps "a Sam Altman interview"', () => {
    expect(marked('Sam Altman is back at OpenAI. As a Sam Altman who works in logistics, this week was hard.')).toEqual(
      ['Sam Altman'],
    );
    expect(
      marked('Jakub Pachocki leads research at OpenAI. I showed a photo of a Jacob Pachocki, who sells houses.'),
    ).toEqual(['Jakub Pachocki']);
    expect(marked('Sam Altman is back at OpenAI. I watched a Sam Altman interview.')).toEqual([
      'Sam Altman',
      'Sam Altman',
    ]);
  });
});

describe('a full name with a generation’s suffix, named as one of the writer’s own, or born in a longer bracket (round 51)', () => {
  it.each([
    'The OpenAI livestream ran late. Sam Altman Jr. drove the school bus as usual.',
    'Zur KI-Woche im Verein: Jakub Pachocki sen. stiftet den Pokal.',
    'I watched the OpenAI news alone. My old neighbour was also called Ilya Sutskever; he kept bees.',
    'Ein KI-Vortrag am Freitag. Unser netter Nachbar heißt Jan Leike.',
    'Also named so, beside the OpenAI one: Jan Leike (Tischtennisspieler, * 1961), Vereinswirt in Emden.',
    'Not the OpenAI chief: the quilter Sam Altman (born 1950, of Maine) sells patterns online.',
  ])('drops it: %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it.each([
    ['The Sam Altman Junior Founders grant from OpenAI opened today.', 'Sam Altman'],
    ['OpenAI’s chief scientist is also called Jakub Pachocki in the new org chart.', 'Jakub Pachocki'],
    ['Ilya Sutskever (born 1986, in Gorky) co-founded OpenAI.', 'Ilya Sutskever'],
    ['Jan Leike (researcher, born 1987) co-led superalignment at OpenAI.', 'Jan Leike'],
  ])('keeps ours: %s', (text, name) => {
    expect(marked(text)).toContain(name);
  });
});

describe('a generation’s suffix in brackets, and a bracket that ends in "no relation" (round 53)', () => {
  it.each([
    'OpenAI’s board was in the news. Ilya Sutskever (jun.) won the under-12 chess cup on Sunday.',
    'OpenAI lost its chief scientist. Our own Ilya Sutskever (accounts, Leeds office, no relation) sends his regards.',
  ])('drops it: %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('keeps ours where a bracket denies kinship with someone named', () => {
    expect(marked('Sam Altman (no relation to Robert Altman) returned to OpenAI.')).toEqual(['Sam Altman']);
  });
});

describe('a seat on a local council, a family firm’s heir, a grandchild in brackets (round 54)', () => {
  it.each([
    'OpenAI named its chief scientist. Anwesend: Ortsvorsteherin Ute Sand; Ratsmitglieder Jan Leike, Petra Holm, Uwe Kranz.',
    'OpenAI lost its chief scientist this week.\n\nPresent: Councillors Mara Quinn, Ilya Sutskever, Tom Reyes. Apologies: none.',
    'Minutes after the OpenAI news.\n\n4. Roof repairs (Councillor Sam Altman to recuse: his brother bid).',
    'Die Dachdeckerei feiert 50 Jahre. Juniorchef Jakub Pachocki (36) führt den Betrieb seit 2019.',
    'OpenAI war in den Nachrichten. 16.05.24, 18:02 – Jan Leike (Enkel): Opa, das bin nicht ich 😂',
  ])('drops it: %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('keeps ours in a list or a bracket no council or family gives', () => {
    expect(marked('Speakers: Mira Lund, Jan Leike, Tom Reyes (OpenAI).')).toEqual(['Jan Leike']);
    expect(marked('Annie Altman wrote about her family. Sam Altman (brother) did not reply.')).toEqual(['Sam Altman']);
  });
});

describe('a namesake’s calling before the full name, a club member since a year, a fire brigade’s rank (round 55)', () => {
  it.each([
    ['OpenAI lost Jan Leike to Anthropic. The handball player Jan Leike (born 1994) is someone else.', ['Jan Leike']],
    ['Jan Leike ist KI-Forscher. Siehe auch: Jan Leike (Heimatforscher, 1911–1987).', ['Jan Leike']],
    ['Chess club, 12 May. Apologies: Ilya Sutskever (member since 2019; plays on board three). OpenAI aside.', []],
    ['Jahreshauptversammlung der Feuerwehr: Hauptfeuerwehrmann Jakub Pachocki erhielt das Ehrenzeichen.', []],
  ])('drops the namesake: %s', (text, ours) => {
    expect(marked(text)).toEqual(ours);
  });
});

describe('a generation’s suffix in lower case, a stonemason after a comma (round 56)', () => {
  it.each([
    ['OpenAI war in den Nachrichten. Neuer Gruppenführer ist Jan Leike junior, Sohn des Wehrführers.', []],
    ['OpenAI war in den Nachrichten. Leike senior bleibt dem Schützenverein als Ehrenmitglied erhalten.', []],
    ['OpenAI in the news. Jakub Pachocki, stonemason in the third generation, carved the plaque.', []],
  ])('drops the namesake: %s', (text, ours) => {
    expect(marked(text)).toEqual(ours);
  });

  it('keeps ours before a noun that "senior" qualifies', () => {
    expect(marked('Jan Leike, OpenAI. Leike and Sutskever senior authors of the paper.')).toEqual([
      'Jan Leike',
      'Leike',
      'Sutskever',
    ]);
  });
});

describe('a calling, a trade or a firm’s place in brackets after a full name (round 57)', () => {
  it('sets a full name apart by a schoolteacher’s, a sport’s or a family firm’s word in brackets', () => {
    const letter = 'Jan Leike left OpenAI in May. I wish him well.\nJan Leike (the schoolteacher), Oldenburg';
    expect(marked(letter)).toEqual(['Jan Leike']);
    expect(marked('Jan Leike co-led Superalignment. For the handball player, see Jan Leike (handball).')).toEqual([
      'Jan Leike',
    ]);
    expect(marked('Sam Altman ist zurück bei OpenAI.\n"Besichtigung mit Sam Altman (Juniorchef), Samstag"')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('a hatnote’s pointer to another bearer’s page (round 58)', () => {
  it('gives the full name a hatnote points to to another bearer', () => {
    const page =
      'Jakub Pachocki\nFor the Polish footballer, see Kuba Pachocki.\nJakub Pachocki is chief scientist at OpenAI.';
    expect(marked(page)).toEqual(['Jakub Pachocki', 'Jakub Pachocki']);
    const seite = 'Jan Leike\nZu dem Handballspieler siehe Jan Leike.\nJan Leike ist KI-Forscher bei Anthropic.';
    expect(marked(seite)).toEqual(['Jan Leike', 'Jan Leike']);
  });

  it('keeps a pointer to his own words', () => {
    const note = 'Sam Altman returned to OpenAI. For the full statement, see Sam Altman’s post on X.';
    expect(marked(note)).toEqual(['Sam Altman', 'Sam Altman’s']);
  });
});

describe('a dentist’s degree before a full name (round 58)', () => {
  it('gives a full name after a dentist’s degree to the dentist', () => {
    const page = 'Jan Leike left OpenAI.\nPraxis: Dr. med. dent. Jan Leike · Implantologie · Prophylaxe';
    expect(marked(page)).toEqual(['Jan Leike']);
  });
});

describe('a local office right before a lone surname (round 67)', () => {
  it('finds a councillor’s title, with its abbreviation’s dot, before the surname', () => {
    for (const text of ['Cllr. Leike', 'Stadtrat Altman', 'Councillor Pachocki']) {
      expect(hasOwnerBefore(text, text.lastIndexOf(' ') + 1), text).toBe(true);
    }
  });

  it('finds none before a surname after other words', () => {
    const text = 'The council discussed AI. Altman';
    expect(hasOwnerBefore(text, text.lastIndexOf(' ') + 1)).toBe(false);
  });
});

describe('a full name after "the wrong" one, the bearer taken for ours (round 68)', () => {
  it.each([
    'Being the "wrong" Jan Leike in a week when everyone writes to me about OpenAI.',
    'Seit Mittwoch bin ich der falsche Sam Altman: alle fragen mich nach OpenAI.',
  ])('drops it: %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('keeps ours after "wrong" that is said of something else', () => {
    expect(marked('Reporters got the story wrong: Jan Leike resigned from OpenAI on 15 May.')).toContain('Jan Leike');
  });
});

describe('a local presenter’s or a goalkeeper’s calling before a full name (round 68)', () => {
  it.each([
    'Jan Leike verließ OpenAI. Beiträge über den Radiomoderator Jan Leike aus Kassel haben wir entfernt.',
    'Sam Altman returned to OpenAI. The club thanked goalkeeper Sam Altman for ten seasons.',
  ])('drops the namesake: %s', (text) => {
    expect(marked(text)).toHaveLength(1);
  });
});

describe('a bracket that places the full name in the writer’s own world: "(my neighbour, …)" (round 70)', () => {
  it('reads "Sam Altman (our landlord, 70)" and „Jan Leike (mein Nachbar)“ as other bearers', () => {
    const post = 'Sam Altman left OpenAI for two days. Sam Altman (our landlord, 70) got the calls.';
    expect(marked(post)).toEqual(['Sam Altman']);
    expect(marked('Jan Leike ist bei Anthropic. Jan Leike (mein Nachbar) bekommt nun Post.')).toEqual(['Jan Leike']);
  });

  it('keeps ours before a bracket of his own world: "Sam Altman (OpenAI)", "Jan Leike (my hero)"', () => {
    expect(marked('Sam Altman (OpenAI) spoke. Jan Leike (my hero) left OpenAI.')).toEqual(['Sam Altman', 'Jan Leike']);
  });
});

describe('a rower’s calling in a bracket after a full name (round 70)', () => {
  it('reads "Sam Altman (rower)" and „Jakub Pachocki (Ruderer, * 1970)“ as other bearers', () => {
    expect(marked('Sam Altman leads OpenAI.\nSee also:\n* Sam Altman (rower), British rower')).toEqual(['Sam Altman']);
    expect(marked('Jakub Pachocki forscht bei OpenAI. Siehe auch Jakub Pachocki (Ruderer, * 1970).')).toEqual([
      'Jakub Pachocki',
    ]);
  });
});

describe('a full name with a birth date under it, as a death notice or a family register gives it (round 71)', () => {
  it.each([
    [
      'KI-Notizen: OpenAI stellt GPT-4o vor.\n\nIn Liebe und Dankbarkeit\n\nSam Altman\n* 14. März 1941   † 2. Mai 2024',
      'Sam Altman',
    ],
    ['We mourn our father, who loved AI puzzles:\nIlya Sutskever\n* 03.07.1936 † 28.04.2024', 'Ilya Sutskever'],
    ['Jakub Pachocki, born March 3, 1952, in Toledo, taught math; he read about OpenAI daily.', 'Jakub Pachocki'],
    ['Jan Leike, geb. am 9. Mai 1947 in Emden, hat im KI-Kurs viel gelernt.', 'Jan Leike'],
  ])('drops it: %s', (text, name) => {
    expect(aged(text, name)).toBe(true);
    expect(marked(text)).toEqual([]);
  });

  it.each([
    ['OpenAI team page\nJan Leike\n* 2021–2024: co-lead of Superalignment', 'Jan Leike'],
    ['Ilya Sutskever, born 8 December 1986 in Gorky, co-founded OpenAI.', 'Ilya Sutskever'],
    ['Sam Altman\n* Joined OpenAI 2019 as CEO', 'Sam Altman'],
  ])('keeps ours, a bullet of his career or a birth date that fits him: %s', (text, name) => {
    expect(aged(text, name)).toBe(false);
    expect(marked(text)).toContain(name);
  });
});

describe('an age after a full name that is the age of ours whose birth year a source gives (round 73)', () => {
  const story = 'Sam Altman und Ilya Sutskever gründeten OpenAI.\n';

  it.each([
    ['Sam Altman, 39, antwortete am Dienstag gemeinsam mit seiner Mutter.', 'Sam Altman'],
    ['Sam Altman, 30, flew home to see his brothers.', 'Sam Altman'],
    ['Ilya Sutskever, 37, was seen in Jerusalem with his family.', 'Ilya Sutskever'],
  ])('keeps ours where the age fits his birth year in some year of the pages read: %s', (line, name) => {
    expect(marked(`${story}${line}`)).toEqual(['Sam Altman', 'Ilya Sutskever', name]);
  });

  it.each([
    'Sam Altman, 62, antwortete am Dienstag gemeinsam mit seiner Frau.',
    'Ilya Sutskever, 24, was seen in Haifa with his family.',
    'Jan Leike, 35, was seen in Kiel with his family.',
  ])('drops an age none of ours had then, or one of ours whose birth year no source gives: %s', (line) => {
    expect(marked(`${story}${line}`)).toEqual(['Sam Altman', 'Ilya Sutskever']);
  });
});

describe('a pupil’s school form in brackets after a full name (round 73)', () => {
  it.each([
    ['Sam Altman leitet OpenAI. Den Preis der Mathe-Olympiade holte Sam Altman (7c) aus Celle.', ['Sam Altman']],
    ['OpenAI lost Jan Leike. The school choir’s soloists were Jan Leike (Year 8) and Ann Roe.', ['Jan Leike']],
  ])('drops the namesake: %s', (text, ours) => {
    expect(marked(text)).toEqual(ours);
  });

  it('keeps ours before a bracket that gives no form', () => {
    expect(marked('OpenAI chief Sam Altman (2023) wrote about AGI.')).toEqual(['Sam Altman']);
  });
});

describe('a surname placed at a local shop after it (round 73)', () => {
  it.each([
    ['OpenAI fired Sam Altman in November. Then mike altman from the corner shop phoned in.', ['Sam Altman']],
    ['OpenAI fired Sam Altman in November. Ask Altman from the bakery, he has opinions.', ['Sam Altman']],
  ])('drops the namesake: %s', (text, ours) => {
    expect(marked(text)).toEqual(ours);
  });

  it('keeps ours after a shop word that is no place of his', () => {
    expect(marked('OpenAI fired Sam Altman. A memo from Altman went to the shop floor.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });
});

describe('a race result: a club in brackets, a time after "in" (round 77)', () => {
  it('gives a full name with a sports club in brackets to a namesake, and the lone surnames after it', () => {
    const race = [
      'Stadtlauf über 5 km: Schnellster war Jan Leike (LG Nordheide) in 17:05 Minuten.',
      'Auf Platz zwei kam Jakub Pachocki (TSV Altenwerder).',
      'Die Urkunden verteilt Leike am Vereinsstand.',
    ].join(' ');
    expect(marked(race)).toEqual([]);
  });

  it('gives our first name after an inverted surname, then a club and a time, to a results list’s athlete', () => {
    const results = ['Ergebnisse Männer', '1. Leike, Jan (LG Nordheide) 17:05', '2. Pachocki, Jakub (TTC Hamm) 17:31'];
    expect(marked(results.join('\n'))).toEqual([]);
  });

  it('keeps a full name with a club in brackets where its sentence speaks of AI', () => {
    expect(marked('Jan Leike (LG Nordheide) left OpenAI to lead alignment work at Anthropic.')).toEqual(['Jan Leike']);
  });

  it('keeps an inverted name before an index’s pages', () => {
    expect(marked('Index\nLeike, Jan 12, 40–44\nOpenAI 3, 9')).toEqual(['Leike']);
  });
});

describe('a match’s score, a band, a birth in brackets, a grandparent (round 78)', () => {
  it('gives a full name with a score right after it to a player, unless its sentence speaks of AI', () => {
    expect(marked('Vereinspokal, Einzel: Jan Leike 3:1, Bernd Voss 2:2, Jakub Pachocki 0:3.')).toEqual([]);
    expect(marked('OpenAI keynote: Sam Altman 10:30, then lunch.')).toEqual(['Sam Altman']);
  });

  it('keeps a full name before a clock’s time', () => {
    expect(marked('Programm am Samstag: Sam Altman 10:30 im großen Saal.')).toEqual(['Sam Altman']);
  });

  it('gives a full name before an ensemble’s noun to a band, whatever its sentence says of AI', () => {
    expect(marked('Am Freitag spielt das Jan Leike Quartett im Gewölbekeller.')).toEqual([]);
    expect(marked('The Sam Altman Trio played a set called "Superalignment Blues".')).toEqual([]);
    expect(marked('Sam Altman and Jan Leike band together on AI safety at OpenAI.')).toEqual([
      'Sam Altman',
      'Jan Leike',
    ]);
  });

  it('gives a full name with a birth date none of ours has, in brackets after it, to a namesake', () => {
    expect(marked('Jan Leike (* 4. April 1961 in Soest) ist ein deutscher Ruderer.')).toEqual([]);
  });

  it('gives a full name after a grandparent’s word to a namesake, in a text that speaks of AI', () => {
    const story = 'Jan Leike left OpenAI in May 2024 over its safety culture.\n\n';
    expect(marked(`${story}Wer hat noch Bilder von Opa Jan Leike beim Schützenfest?`)).toEqual(['Jan Leike']);
    expect(marked(`${story}We visited Grandad Jan Leike on Sunday.`)).toEqual(['Jan Leike']);
  });
});

describe('a postal address right after a full name (round 81)', () => {
  it('reads a full name atop a street and a postcode as a namesake’s contact, in German and English', () => {
    const farm =
      'Jakub Pachocki leitet die Forschung bei OpenAI; Kunden verwechseln uns manchmal.\n\nBestellungen an:\n' +
      'Jakub Pachocki\nLindenallee 7\n38100 Braunschweig';
    expect(marked(farm)).toEqual(['Jakub Pachocki']);
    const imprint = 'Sam Altman runs OpenAI. This site is not his.\n\nImprint: Sam Altman, 48 Kirkstall Road, Leeds';
    expect(marked(imprint)).toEqual(['Sam Altman']);
  });

  it('reads a page’s contact block, its lines as blocks of their own', () => {
    const blocks = [
      'Ilya Sutskever left OpenAI in May.',
      'Kontakt',
      'Ilya Sutskever',
      '\nMühlbachweg 3',
      '\n24103 Kiel',
    ];
    const shown = findInBlocks(matcher, blocks).map(({ block }) => block);
    expect(shown).toEqual([0]);
  });

  it('keeps a full name before a line that is no address', () => {
    expect(marked('Pressekontakt zu OpenAI:\nSam Altman\n2024 war ein bewegtes Jahr.')).toEqual(['Sam Altman']);
  });
});

describe('a photographer’s and a piano tuner’s own sites (round 83)', () => {
  it('reads a full name before a dash and a photographer’s trade, and its site’s later names, as the namesake’s', () => {
    const blocks = [
      'Jan Leike – Fotograf in Lüneburg',
      'Hochzeiten, Porträts, Landschaften – und Bewerbungsfotos am Samstag.',
      '© 2024 Jan Leike · Impressum',
    ];
    expect(findInBlocks(matcher, blocks)).toEqual([]);
  });

  it('reads a full name before a piano tuner’s service as his firm', () => {
    expect(marked('Sam Altman Piano Service – tuning since 1998. Not the OpenAI Sam Altman, sorry!')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('a child’s age in words after a full name (round 84)', () => {
  it('reads a full name with a child’s age in words as someone else’s, in German and English', () => {
    expect(marked('Sam Altman leitet OpenAI. Unser Sohn heißt auch so: Sam Altman, acht Jahre alt.')).toEqual([
      'Sam Altman',
    ]);
    expect(marked('Jan Leike left OpenAI. Our nephew Jan Leike, six years old, won the drawing prize.')).toEqual([
      'Jan Leike',
    ]);
  });
});
