import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';

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

describe('a lone surname with our story’s evidence: a comment thread that names no one in full (round 20)', () => {
  it('marks the lone surnames of a thread that tells our story by the board’s vote', () => {
    expect(
      marked(
        'Kommentare (12)\n\nPeter K. vor 3 Std.\nIch finde, Leike war schon lange unzufrieden dort.\n\n' +
          'Mia vor 2 Std.\nSeit der Abstimmung gegen Altman im Herbst war doch klar, dass da was kaputt ist.\n\n' +
          'Uwe vor 1 Std.\nMich interessiert das alles nicht.',
      ),
    ).toEqual(['Leike', 'Altman']);
    expect(
      marked(
        'Comments (31)\n\nrob_k · 3h\nHonestly Sutskever had been gone in spirit since November.\n\n' +
          'maria.l · 2h\nAfter the board voted to remove Altman nothing was the same.\n\ndan · 1h\nWho cares.',
      ),
    ).toEqual(['Sutskever', 'Altman']);
    expect(
      marked(
        'Replies\n\nkat: Pachocki has been there since 2017.\n\njo: and the vote to remove Altman was in November.',
      ),
    ).toEqual(['Pachocki', 'Altman']);
  });

  it('leaves lone surnames unmarked in a thread that tells no story', () => {
    expect(marked('Kommentare\n\nLeike hat gestern angerufen.\n\nAltman kommt morgen vorbei.')).toEqual([]);
  });
});

describe('a lone surname with our story’s evidence: an event of our story between two of ours (round 20)', () => {
  it('keeps both surnames ours though a namesake was set apart a few sentences before', () => {
    expect(
      marked(
        'Syllabus, week 3\n\nRequired: "Sam Altman returns as CEO", OpenAI blog.\nOptional: Altman, R. (1975). ' +
          'Nashville. (Yes, a different Altman.)\n\nQuestions\n- Sutskever voted to remove Altman, then asked for his return. Why?',
      ),
    ).toEqual(['Sam Altman', 'Sutskever', 'Altman']);
    expect(
      marked(
        'Seminarplan\nPflichtlektüre: „Sam Altman kehrt als CEO zurück“ (OpenAI-Blog).\nZusatz: Altman, R. (1975): ' +
          'Nashville. Ja, ein anderer Altman.\n\nFragen\n- Warum war Sutskever bei der Abstimmung gegen Altman dabei?',
      ),
    ).toEqual(['Sam Altman', 'Sutskever', 'Altman']);
    expect(
      marked(
        'Sam Altman (OpenAI) and the director Robert Altman share a name. Robert Altman made Nashville.\n' +
          'Why did Leike resign after the board voted to fire Altman?',
      ),
    ).toEqual(['Sam Altman', 'Leike', 'Altman']);
  });

  it('leaves a club’s namesakes theirs whatever its board did', () => {
    expect(
      marked(
        'Club news: treasurer Tom Leike and coach Dave Altman. The board voted to remove Leike; Altman takes over.',
      ),
    ).toEqual([]);
  });
});

describe('a lone surname with our story’s evidence: a place before it is no first name (round 20)', () => {
  it('reads a capitalised word between a preposition and the surname before a verb of saying as a place', () => {
    expect(marked('Ilya Sutskever leaves OpenAI. In Davos Altman said he had no update on Ilya.')).toEqual([
      'Ilya Sutskever',
      'Altman',
    ]);
    expect(marked('Sam Altman spoke at the forum. At Davos Altman told reporters that AGI was near.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
    expect(marked('Jan Leike posted a thread. In Berlin Leike says little these days.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
  });

  it('keeps a first name after a preposition where no verb of saying follows', () => {
    expect(marked('Sam Altman at OpenAI.\n\nIn Robert Altman films, everyone talks at once.')).toEqual(['Sam Altman']);
  });
});

describe('a lone surname with our story’s evidence: namesakes quoted as a list’s items in code (round 20)', () => {
  it('lets the namesakes a list leaves out take no lone surname after them', () => {
    expect(
      marked(
        'watch:\n  - name: "Sam Altman"\n    handle: "@sama"\nignore:\n  - "Robert Altman"  # director\n' +
          '  - "Jack Altman"\n# Altman’s handle is checked twice a day.',
      ),
    ).toEqual(['Sam Altman', '@sama', 'Altman’s']);
    expect(
      marked(
        '{"track": ["Jan Leike", "@janleike"], "skip": ["Tom Leike", "Rolf Leike"]}\n// Leike posts in bursts, so we poll hourly.',
      ),
    ).toEqual(['Jan Leike', '@janleike', 'Leike']);
    expect(
      marked(
        'EXCLUDE = [\n    "Robert Altman",\n    "Jack Altman",\n]\nTRACK = ["Sam Altman"]  # OpenAI CEO\n' +
          '# Altman posts first, so he is polled first.',
      ),
    ).toEqual(['Sam Altman', 'Altman']);
  });

  it('leaves a namesake quoted in prose his', () => {
    expect(
      marked('Sam Altman runs OpenAI.\n\nThe film club shows "Robert Altman" classics. Altman made Nashville.'),
    ).toEqual(['Sam Altman']);
  });
});

// Round 21: a capitalised word before a lone surname taken for a first name, where a reader sees none.
describe('a capitalised word before a lone surname that is no first name (round 21)', () => {
  it('reads a word the text itself uses as a common noun as that noun before the surname', () => {
    const thread = ['Betreff: Re: Nachruf Sutskever?', 'Schreibt jemand einen Nachruf auf Sutskevers Zeit bei OpenAI?'];
    expect(marked(thread.join('\n'))).toEqual(['Sutskever', 'Sutskevers']);
    const mail =
      'Betreff: Porträtserie Leike\n\nIch schreibe eine Porträtserie bis Freitag, Leike hat OpenAI verlassen.';
    expect(marked(mail)).toEqual(['Leike', 'Leike']);
  });

  it('keeps an English first name that is a noun in lower case elsewhere ("a frank talk")', () => {
    expect(marked('OpenAI’s Sam Altman spoke. We had a frank talk about it with Frank Altman, my uncle.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('keeps a first name that an indefinite article leads before a name ("a Robert Altman film")', () => {
    expect(
      marked('OpenAI’s Altman spoke. It was a Robert Altman film night, too; Robert Altman died in 2006.'),
    ).toEqual(['Altman']);
  });

  it('reads a question word before the surname as no first name', () => {
    expect(marked('Das Superalignment-Team von OpenAI ist aufgelöst. Woher Leike kam, wissen alle.')).toEqual([
      'Leike',
    ]);
    expect(marked('OpenAI ohne Chefwissenschaftler: Wofür Sutskever jetzt arbeitet, sagt er nicht.')).toEqual([
      'Sutskever',
    ]);
  });

  it('reads a German verb in -tet or -det that opens a question as no first name', () => {
    expect(marked('Frage zu OpenAI: Arbeitet Sutskever jetzt bei einer anderen Firma?')).toEqual(['Sutskever']);
    expect(marked('Nach dem Ende des OpenAI-Teams: Leitet Leike bald eines bei Anthropic?')).toEqual(['Leike']);
    expect(marked('OpenAI schweigt. Antwortet Altman überhaupt noch auf Fragen zur Sicherheit?')).toEqual(['Altman']);
  });

  it('reads a noun and its gloss in brackets as no first name and a spouse’s', () => {
    expect(marked('Bei OpenAI hat der Aufsichtsrat (Board) Altman im November 2023 abgesetzt.')).toEqual(['Altman']);
    expect(
      marked('Our obituaries: Karen (Tom) Altman of Dayton died Monday; she loved her garden and ChatGPT.'),
    ).toEqual([]);
  });

  it('reads a Polish word before a declined surname as a first name only where it agrees in case', () => {
    expect(marked('Jakub Pachocki heads research at OpenAI. The Polish headline: "Brawa dla Pachockiego!"')).toEqual([
      'Jakub Pachocki',
      'Pachockiego',
    ]);
    expect(marked('Jakub Pachocki leads OpenAI research; Polish papers wrote "Dziękujemy Pachockiemu".')).toEqual([
      'Jakub Pachocki',
      'Pachockiemu',
    ]);
    expect(marked('Jakub Pachocki leads OpenAI research; a letter to Markowi Pachockiemu, his cousin.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('reads a word in -ing that starts a line, as a title’s first word, as no first name', () => {
    const notes = 'Show notes of our AI podcast\n#40 · 38 min\nUnpacking Sutskever’s Goodbye, Line by Line';
    expect(marked(notes)).toEqual(['Sutskever’s']);
    expect(marked('OpenAI’s Jan Leike left.\nChanneling Leike: What Superalignment Wanted')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
    expect(marked('OpenAI’s Sam Altman spoke. His fan mail came from Irving Altman, a radio dealer.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('keeps a surname that someone indefinite bears when our story’s event follows it', () => {
    expect(marked('Great OpenAI app, but I got a push at 3 am that somebody called Leike had resigned.')).toEqual([
      'Leike',
    ]);
    expect(marked('OpenAI news: a family named Altman opened a bakery in town.')).toEqual([]);
  });
});

// Round 22: "the other one" sets a bearer apart from the one just spoken of; when its own clause names our world,
// the one set apart is ours, whatever the namesake before it.
describe('"the other Altman" whose own clause names our people’s world (round 22)', () => {
  it('reads the one set apart as ours when his clause speaks of OpenAI or AI', () => {
    const notes =
      'Our guest this week worked beside Roger Altman at the bank. Listeners ask whether we will ever have ' +
      '"the other Altman", the OpenAI one, on the show.';
    expect(marked(notes)).toEqual(['Altman']);
    expect(marked('Nicht der Filmemacher Robert Altman – der andere Altman, der von OpenAI, war gemeint.')).toEqual([
      'Altman',
    ]);
    expect(marked('Poet Abraham Sutzkever wrote in Yiddish. The other Sutskever co-founded OpenAI.')).toEqual([
      'Sutskever',
    ]);
  });

  it('keeps the one set apart a namesake where his clause says nothing of our world', () => {
    expect(marked('Sam Altman runs OpenAI. Our Altman, the film club’s treasurer, retires in June.')).toEqual([
      'Sam Altman',
    ]);
    expect(marked('Sam Altman runs OpenAI. The younger Altman runs a venture fund.')).toEqual(['Sam Altman']);
    expect(marked('Is the bakery related to Jakub Pachocki of OpenAI? Our Leikes bake bread, not AI models.')).toEqual([
      'Jakub Pachocki',
    ]);
  });
});

// Round 22: a genitive or possessive surname whose noun is about "his" event of our story: the event is the bearer's,
// and the bearer ours, beside a namesake of the surname at the meeting.
describe('a genitive surname whose noun speaks of his own event of our story (round 22)', () => {
  const guest =
    'TOP 1: Jan Leike hat OpenAI verlassen.\n\nTOP 2: Gast Hr. Leike (Personalrat) spricht über KI im Büro. ';
  it('keeps the genitive before a noun about his resignation, firing or return', () => {
    expect(marked(`${guest}Fr. Kaya verteilt einen Artikel zu Leikes Begründung seines Rücktritts.`)).toEqual([
      'Jan Leike',
      'Leikes',
    ]);
    expect(marked(`${guest}Wir lesen Leikes Erklärung zu seinem Abgang.`)).toEqual(['Jan Leike', 'Leikes']);
    const minutes =
      'Notes: Sam Altman is back at OpenAI.\n\nGuest Mr. Altman (treasurer) spoke on AI at work. Then we read ' +
      'Altman’s account of his firing.';
    expect(marked(minutes)).toEqual(['Sam Altman', 'Altman’s']);
  });

  it('leaves a genitive whose noun speaks of someone else’s event', () => {
    expect(marked(`${guest}Wir lesen Leikes Protokoll zum Rücktritt des Bürgermeisters.`)).toEqual(['Jan Leike']);
  });
});

// Round 22: a politeness word opens an instruction or a thanks, and is no first name: „Bitte Leikes Beiträge …“.
describe('a word of politeness before a lone surname is no first name (round 22)', () => {
  it('reads „Bitte“, „Danke“ and "Please" before the surname as the sentence’s first word', () => {
    const syllabus = 'Gruppe B: Jan Leike (OpenAI, Alignment).\nHinweis: Bitte Leikes Thread nur im Original zitieren.';
    expect(marked(syllabus)).toEqual(['Jan Leike', 'Leikes']);
    expect(marked('Ilya Sutskever verlässt OpenAI. Danke Sutskever für zehn Jahre Forschung!')).toEqual([
      'Ilya Sutskever',
      'Sutskever',
    ]);
    expect(
      marked('Reading for week 3, on Sam Altman and OpenAI: please Altman’s memo first, then the coverage.'),
    ).toEqual(['Sam Altman', 'Altman’s']);
  });
});

// Round 23: a noun of a change of post before a lone surname, as agendas, to-do lines and headlines write them
// („TOP 2: Weggang Leike“, "Exit Sutskever", „Anthropic-Wechsel Leike nachtragen“), is no first name; taken for one,
// it made the surname a namesake's and the surnames after it his.
describe('a noun of a change of post before a lone surname is no first name (round 23)', () => {
  it('reads an agenda’s, a to-do’s and a headline’s event noun as that noun', () => {
    const agenda =
      'Sitzung Wirtschaftsressort\n\nPunkt 2: Rückkehr Altman\n- Wer schreibt? Der Altman-Kommentar kommt von JB.\n' +
      'Punkt 3: Jakub Pachocki wird Chief Scientist.';
    expect(marked(agenda)).toEqual(['Altman', 'Altman', 'Jakub Pachocki']);
    const todo =
      'Sam Altman, Ilya Sutskever und Jan Leike im Mai 2024.\nOffen: Nachfolge Sutskever klären, dann OpenAI-Abschied ' +
      'Leike ergänzen. Leike ging am 15. Mai.';
    expect(marked(todo)).toEqual(['Sam Altman', 'Ilya Sutskever', 'Jan Leike', 'Sutskever', 'Leike', 'Leike']);
    const headline = 'Exit Sutskever: what is left of OpenAI’s safety bench\n\nJakub Pachocki takes over research.';
    expect(marked(headline)).toEqual(['Sutskever', 'Jakub Pachocki']);
  });

  it('keeps a first name before the surname a first name', () => {
    expect(marked('Jan Leike left OpenAI. Our choir is led by Martha Leike, no relation.')).toEqual(['Jan Leike']);
  });
});

// Round 23: a lone surname that our person's handle or full name follows on its line, with nothing between that
// denies or relates, is he, named twice: a quiz's "Bonus: Altman's handle on X? (@sama)" under a question answered
// "(Robert Altman)".
describe('a lone surname that our person’s handle or full name follows on its line (round 23)', () => {
  it('marks the surname named again right after by handle or in full', () => {
    const quiz =
      'Pub quiz, film round\n1. Who directed "Nashville"? (Robert Altman)\n2. Bonus: Altman’s account on X? (@sama)';
    expect(marked(quiz)).toEqual(['Altman’s', '@sama']);
    const notes =
      'Robert Altman drehte „Short Cuts“. Zweiter Punkt: Altman, gemeint ist Sam Altman, hat im November ' +
      'seinen Posten zurückbekommen.';
    expect(marked(notes)).toEqual(['Altman', 'Sam Altman']);
    const thread = 'Poet Abraham Sutzkever wrote in Yiddish. Sutskever (@ilyasut) posts rarely these days.';
    expect(marked(thread)).toEqual(['Sutskever', '@ilyasut']);
  });

  it('leaves a surname the words between set apart from ours or make his relative', () => {
    const film = 'Robert Altman directed "Nashville". Altman, not Sam Altman, is the one film students study.';
    expect(marked(film)).not.toContain('Altman');
    const podcast = 'Jack Altman hosts a podcast. Altman, the brother of Sam Altman, also invests.';
    expect(marked(podcast)).not.toContain('Altman');
  });
});

// Round 24: a lower-case compound of a surname and an event of our story, as chat writes it ("altman-rauswurf",
// "leike-exit"), names the event and the man: no slug of an address, which joins three words or more or has a path.
describe('a lower-case compound of a surname and our story’s event (round 24)', () => {
  it('marks the surname of a lower-case compound with an event of our story', () => {
    expect(marked('kim: jakub pachocki ist jetzt chef. der war schon beim sutskever-abgang im gespräch')).toContain(
      'sutskever',
    );
    expect(marked('dev: sam altman again. remember the whole altman-ouster week? wild')).toContain('altman');
  });

  it('leaves a slug of three words and a path alone', () => {
    expect(marked('Sam Altman spoke. See sam-altman-ouster for the page')).toEqual(['Sam Altman']);
    expect(marked('Sam Altman spoke. Read it at /news/altman-ouster today')).toEqual(['Sam Altman']);
  });
});

// Round 24: a kin noun and a verb before the relatives' names ("His siblings include Jack Altman", „Seine Geschwister
// sind Annie und Max Altman“) names our person's family, as "including" did: the lone surname before them is his.
describe('a possessive surname before his relatives named with a verb (round 24)', () => {
  it('marks the surname whose relatives a verb lists', () => {
    const bio = 'Sam Altman is the CEO of OpenAI.\n\nFamily\nAltman’s brothers are Jack Altman and Max Altman.';
    expect(marked(bio)).toEqual(['Sam Altman', 'Altman’s']);
    const lebenslauf =
      'Sam Altman leitet OpenAI.\n\nPrivates\nAltmans Geschwister sind Jack Altman, Max Altman und Annie Altman.';
    expect(marked(lebenslauf)).toEqual(['Sam Altman', 'Altmans']);
  });
});

// Round 24: a word for a keyword before a surname („Stichwort Leike“, „Schlagwort Altman“, "Keyword: Sutskever" without
// its colon) is a noun, no first name: the surname is the matter it names, ours where the text speaks of AI.
describe('a keyword’s noun before a lone surname is no first name (round 24)', () => {
  it('marks the surname after „Stichwort“, „Schlagwort“ and "Keyword"', () => {
    expect(
      marked('Seit dem Mai 2024 (Schlagwort Altman, Schlagwort Sicherheitskultur) fragen Kunden nach KI-Tests.'),
    ).toContain('Altman');
    expect(marked('Die Debatte über KI-Sicherheit, Stichwort Leike, hat uns Aufträge gebracht.')).toContain('Leike');
    expect(marked('Our AI newsletter this week: Keyword Sutskever, and what OpenAI does next.')).toContain('Sutskever');
  });
});

// Round 26: three vetoes too broad, each found on a lone surname whose evidence stands elsewhere in the document.
describe('a lone surname with our story’s evidence: a relative "which" after a preposition (round 26)', () => {
  it('reads "on which" and "in which" as a relative clause, no question which bearer is meant', () => {
    const report =
      'Jakub Pachocki spoke at NeurIPS. Reasoning was the one subject on which Pachocki hesitated. Pachocki left early.';
    expect(marked(report)).toEqual(['Jakub Pachocki', 'Pachocki', 'Pachocki']);
    const letter = 'Jan Leike posted a thread. It was the thread in which Leike said safety had taken a backseat.';
    expect(marked(letter)).toEqual(['Jan Leike', 'Leike']);
  });

  it('still reads a question which bearer is meant', () => {
    expect(marked('Sam Altman leads OpenAI.\n\nbob: which Altman? the director?')).toEqual(['Sam Altman']);
  });
});

describe('a lone surname with our story’s evidence: "Re" before it, as a reply takes points in turn (round 26)', () => {
  it('reads "Re" as no first name', () => {
    const reply =
      'Ilya Sutskever and Jan Leike both left OpenAI.\n\nRe Sutskever: nobody knows his plans. Re Leike’s post: fair.';
    expect(marked(reply)).toEqual(['Ilya Sutskever', 'Jan Leike', 'Sutskever', 'Leike’s']);
  });
});

describe('a lone surname with our story’s evidence: named in passing beside others of ours (round 26)', () => {
  it('marks the surname in a text that names our person in passing and others of ours as themselves', () => {
    const blog =
      'I am not related to Sam Altman, the OpenAI one. Nor can I tell you what Jan Leike will do next.\n\n' +
      'Every question about Altman now goes straight to my junk folder.';
    expect(marked(blog)).toEqual(['Sam Altman', 'Jan Leike', 'Altman']);
    const comments =
      'Comments (3)\n\nanna: first they fire Altman, then Sutskever regrets it\nben: and Leike quits for Anthropic a week later\n' +
      'mod: that podcast was Jack Altman, brother of Sam Altman';
    expect(marked(comments)).toEqual(['Altman', 'Sutskever', 'Leike', 'Sam Altman']);
  });

  it('leaves the surname to the namesake a text is about, or to the one its passing mention sets apart', () => {
    const bakery =
      'S. Altman asked us to say that he is not related to Sam Altman. Altman has run the bakery on Elm Street since 1998.';
    expect(marked(bakery)).toEqual(['Sam Altman']);
    const seminar =
      'Present: R. Lee, T. Altman (History), J. Okafor\n\nLee summarised Jan Leike’s post on leaving OpenAI. ' +
      'T. Altman said, to laughter, that he is no relation to Sam Altman. Leike’s point on compute stood.';
    expect(marked(seminar)).toEqual(['Jan Leike’s', 'Sam Altman', 'Leike’s']);
  });
});

// Round 27: German capitalises the polite "Sie", "Ihnen", so an interview's or a hearing's question set it right
// before the surname, where it was read as another first name.
describe('a lone surname with our story’s evidence: a personal pronoun before it (round 27)', () => {
  it('reads a pronoun of polite address, or any personal pronoun, as no first name', () => {
    const interview =
      'Ein Gespräch über den Abschied von Ilya Sutskever bei OpenAI.\n\nHaben Sie Leike danach noch einmal getroffen?';
    expect(marked(interview)).toEqual(['Ilya Sutskever', 'Leike']);
    const hearing =
      'Jan Leike hat OpenAI im Mai verlassen. Abg. Weber: Halten Sie Pachockis Zusagen zur Sicherheit für belastbar?';
    expect(marked(hearing)).toEqual(['Jan Leike', 'Pachockis']);
    const letter =
      'Sehr geehrte Frau Ott, Sie hatten nach Sam Altman und OpenAI gefragt. Gern sende ich Ihnen Sutskevers Brief.';
    expect(marked(letter)).toEqual(['Sam Altman', 'Sutskevers']);
  });

  it('leaves a capitalised word that may be a first name a first name', () => {
    expect(marked('Jan Leike hat OpenAI verlassen. Ich habe gestern Tom Leike aus Kiel getroffen.')).toEqual([
      'Jan Leike',
    ]);
  });
});

// Round 27: German counts a plural noun and puts a bare adjective only before a noun, so the capitalised word after
// a count or after a preposition's bare adjective in -em is a noun, no first name.
describe('a lone surname with our story’s evidence: a noun after a count or a bare adjective (round 27)', () => {
  it('reads the word after a count as a counted noun', () => {
    const timeline = 'Ilya Sutskever bereut seine Stimme. Binnen Stunden verlangten 700 Angestellte Altmans Rückkehr.';
    expect(marked(timeline)).toEqual(['Ilya Sutskever', 'Altmans']);
    const report = 'Sam Altman ist zurück bei OpenAI. Rund 50 Forschende Leikes Teams wechselten später zu Anthropic.';
    expect(marked(report)).toEqual(['Sam Altman', 'Leikes']);
    const wire = 'Jan Leike hat OpenAI verlassen. Zwölf Mitglieder Sutskevers früheren Teams folgten ihm.';
    expect(marked(wire)).toEqual(['Jan Leike', 'Sutskevers']);
  });

  it('reads the word after a preposition and a bare adjective as a noun', () => {
    expect(marked('Jan Leike hat OpenAI verlassen. Gemeint ist nach gängigem Verständnis Altman selbst.')).toEqual([
      'Jan Leike',
      'Altman',
    ]);
    expect(marked('Sam Altman dankte Jan Leike. Nach eigenem Bekunden Leikes fehlte Rechenzeit.')).toEqual([
      'Sam Altman',
      'Jan Leike',
      'Leikes',
    ]);
    expect(marked('Sam Altman ist zurück bei OpenAI. Unter neuem Vorsitz Altmans tagt das Board wieder.')).toEqual([
      'Sam Altman',
      'Altmans',
    ]);
  });

  it('leaves a first name after a year, a count of things named after him, or a conjunction in -dem', () => {
    expect(marked('Jan Leike hat OpenAI verlassen. Er sprach, nachdem Tom Leike aus Kiel gegangen war.')).toEqual([
      'Jan Leike',
    ]);
    expect(marked('Jan Leike hat OpenAI verlassen. Im Archiv: 1975 Robert Altman, Nashville.')).toEqual(['Jan Leike']);
    expect(marked('Jan Leike left OpenAI. I have seen 10 Robert Altman films.')).toEqual(['Jan Leike']);
    // Round 76: "unter anderem" stands alone, as "vor allem" does: a first name may follow it.
    expect(marked('Jan Leike hat OpenAI verlassen. Im Archiv liegen unter anderem Robert Altman und Fellini.')).toEqual(
      ['Jan Leike'],
    );
  });
});

// Round 27: a bearer of the surname's German doubled spelling (Altmann) who says he is "not related" speaks of
// himself: the lone surname before the denial is the one he is set apart from, ours.
describe('a lone surname with our story’s evidence: a denial of kinship by a bearer of its doubled spelling (round 27)', () => {
  it('keeps the surname ours where someone spelt with the doubled letter denies kinship', () => {
    const minutes =
      'Jan Leike hat OpenAI verlassen. Herr Altmann merkt an, dass Firmenchef Altman (nicht verwandt, wie er sagt) im Amt bleibt.';
    expect(marked(minutes)).toEqual(['Jan Leike', 'Altman']);
    const hearing =
      'Ilya Sutskever und Jan Leike haben OpenAI verlassen.\n\nAbg. Altmann (FDP): Meine Frage geht an Herrn Altman – ' +
      'nicht verwandt, bevor Sie fragen. Hat Herr Altman dazu Stellung genommen?';
    expect(marked(hearing)).toEqual(['Ilya Sutskever', 'Jan Leike', 'Altman', 'Altman']);
    const podcast =
      'Ilya Sutskever left OpenAI.\n\nOur host Dana Altmann asked what Altman (no relation, she laughs) would say next.';
    expect(marked(podcast)).toEqual(['Ilya Sutskever', 'Altman']);
  });

  it('leaves the surname a namesake’s where no one of the doubled spelling is named', () => {
    expect(marked('Jan Leike hat OpenAI verlassen. Unser Bäcker heißt Altman (nicht verwandt).')).toEqual([
      'Jan Leike',
    ]);
  });
});

describe('a lone surname with our story’s evidence: a relative "which" after a dash or a bracket (round 29)', () => {
  it('reads the "which" as a relative pronoun, as after a comma', () => {
    expect(marked('Jan Leike joined Anthropic.\nThe old team — which Leike co-led — had big goals.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
    expect(marked('Jan Leike joined Anthropic.\nThe old team -- which Leike co-led -- had big goals.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
    expect(marked('Jan Leike joined Anthropic.\nThe old team (which Leike co-led) had big goals.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
  });
});

describe('a compound led by an abbreviation before a lone surname is no first name (round 29)', () => {
  it('keeps the surname ours, and the lone surnames after it', () => {
    expect(
      marked(
        'CEO Sam Altman stellte OpenAI vor.\nDie Prüfer bestreiten, dass KI-Sicherheitsprobleme Altman ersetzen müssten.\nAltman genieße großes Ansehen, sagten sie.',
      ),
    ).toEqual(['Sam Altman', 'Altman', 'Altman']);
  });
});

describe('a lone surname far from AI words in a document that puts him by OpenAI elsewhere (round 35, real text)', () => {
  const filler =
    'The queue went round the block, the snacks never ran out, and people who had not found a ticket watched the ' +
    'stream together in bars and living rooms across the city. Nobody seemed to mind the rain that evening at all, ' +
    'and the volunteers at the door kept smiling while they checked the names on their long printed lists.';

  it('reads it as his, as in a text that named him', () => {
    const text = `“We are only getting started,” Altman said as he walked on stage.\n${filler}\nThen Altman used the keynote to widen OpenAI’s lead in chat assistants.`;
    expect(marked(text)).toEqual(['Altman', 'Altman']);
  });

  it('leaves it where only AI words stand near the other, as a firm’s name may have them', () => {
    const text = `Leike trains machine learning models for picking fruit.\n${filler}\n“The round closed fast,” Leike said.`;
    expect(marked(text)).toEqual(['Leike']);
  });
});

describe('a lone surname in a thread on the ouster with no AI word (round 39, real text)', () => {
  it('reads it as his on a line that names the board or its deed', () => {
    const thread =
      'Nobody talks like that at work.\n' +
      'If the board heard things not from Altman that it should have heard from Altman, "less than candid" is a ' +
      'neutral way to put it, and voting him out is no sign of hostility.';
    expect(marked(thread)).toEqual(['Altman', 'Altman']);
    const german =
      'Der Verwaltungsrat setzte Altman ab, er sei nicht aufrichtig gewesen. Nun kommt der zweite Interims-Chef.';
    expect(marked(german)).toEqual(['Altman']);
  });

  it('reads it as his on any line of a thread that names our people’s employer too (round 64, real text)', () => {
    const thread =
      'Losing trust is reason enough for a board to act, and firing a CEO is what the board is there for.\n' +
      'OpenAI is a nonprofit whose mission is meant to come first, and watching over the company it owns is ' +
      'the whole of the job.\n' +
      'If the people who oversee a company cannot rely on what its chief executive tells them, they have no way ' +
      'to know whether the company keeps to its purpose or quietly drifts away from it.\n' +
      'Altman is a gifted dealmaker and they should never have given in.';
    expect(marked(thread)).toEqual(['Altman']);
    const german =
      'Der Verwaltungsrat hat ihn entlassen, das war sein Recht.\nOpenAI ist eine gemeinnützige Organisation, ' +
      'und über das Unternehmen darunter zu wachen ist ihre ganze Aufgabe.\n' +
      'Wer die Leitung eines Unternehmens beaufsichtigt und sich nicht auf das verlassen kann, was ihm der Chef ' +
      'erzählt, weiß nicht, ob das Unternehmen seinem Zweck treu bleibt oder still davon abrückt.\n' +
      'Altman hätte nie zurückkommen dürfen.';
    expect(marked(german)).toEqual(['Altman']);
  });

  it('reads "Mr. Altman" as his where a report of the ouster names our people’s employer (round 64, real text)', () => {
    const report =
      'Nobody outside seems to know why Mr. Altman had to go. Neither do OpenAI’s staff, who heard the news with ' +
      'everyone else. The company said only that Mr. Altman had not been candid with the board.';
    expect(marked(report)).toEqual(['Altman', 'Altman']);
  });

  it('leaves "Mr. Altman" in minutes whose board names no employer of ours', () => {
    const minutes = 'The board thanked Mr. Altman, who was not candid about the roof repairs, and voted him out.';
    expect(marked(minutes)).toEqual([]);
  });

  it('leaves one whose line names neither, and a board with no deed of the ouster', () => {
    const thread = 'The board voted to oust the CEO last week.\nAltman will speak at the library on Tuesday.';
    expect(marked(thread)).toEqual([]);
    expect(marked('The school board thanked Mr. Altman for ten years as treasurer.')).toEqual([]);
  });
});

describe('a lone surname spelled as no one else is known by (round 62, real text)', () => {
  it('reads it as his with no AI word, in notes, lists and link texts', () => {
    expect(
      marked(
        '## Notes on compression\n\nTo compress well is to predict well. Sutskever’s point was that a good predictor has to model its data.',
      ),
    ).toEqual(['Sutskever’s']);
    expect(marked('Reading list: the thirty papers Sutskever gave John Carmack.')).toEqual(['Sutskever']);
    expect(marked('- [A long conversation with Sutskever](https://example.com/talk), worth an evening.')).toEqual([
      'Sutskever',
    ]);
    expect(marked('Sutskevers Leseliste umfasst rund dreißig Titel.')).toEqual(['Sutskevers']);
  });

  it('leaves it where the document names someone else of that name', () => {
    expect(
      marked('Abraham Sutskever, as YIVO spells the poet, wrote in the Vilna ghetto. Sutskever survived the war.'),
    ).toEqual([]);
    expect(marked('Sutskevers Gedichte lesen wir am Donnerstag; Sutskever schrieb sie im Ghetto.')).toEqual([]);
  });

  it('leaves spellings others bear and surnames many bear', () => {
    expect(marked('Reading list: the thirty papers Sutzkever gave his students.')).toEqual([]);
    expect(marked('Reading list: the thirty books Altman gave his students.')).toEqual([]);
    expect(marked('Суцкевер прочитал стихи в гетто.')).toEqual([]);
  });
});

describe('the poet under the spelling no one else is known by (round 65, real text)', () => {
  it('reads an inverted name before the years of a life as another bearer’s, and his lone surnames with it', () => {
    expect(marked('Sutskever, Abraham: 1913-?\n\nSutskever was born in Smorgon to a family of rabbis.')).toEqual([]);
    expect(marked('Leike, Maria: 1921-1999\n\nLeike grew up in Hamburg.')).toEqual([]);
  });

  it('leaves a lone "Sutskever" in a text that speaks of a namesake’s world', () => {
    expect(marked('Sutskever was born in Smorgon in 1913. In Vilna he began to write poetry in Hebrew.')).toEqual([]);
  });
});
