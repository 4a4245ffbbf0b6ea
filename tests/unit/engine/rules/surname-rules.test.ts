import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { acceptInDocument } from '../../../../engine/rules/surname-rules';
import { findInBlocks, findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** What a reader would see marked in `text`: [person, marked characters]. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => [m.person, text.slice(m.start, m.end)]);
/** The same for a page given as blocks: [block, marked characters]. */
const markedInBlocks = (blocks: string[]) =>
  findInBlocks(matcher, blocks).map(({ block, mention }) => [block, blocks[block]!.slice(mention.start, mention.end)]);

describe('a namesake decides per mention, not for the whole document', () => {
  it('leaves lone surnames far from a namesake to the person the document is about', () => {
    const profile = [
      'OpenAI-Chef Altman wuchs in St. Louis auf und gründete mit 19 Jahren sein erstes Start-up.',
      'Seine Schwester Annie Altman lebt heute auf Hawaii.',
      'Nach Jahren bei Y Combinator übernahm er die Leitung von OpenAI. Das Unternehmen wuchs schnell. Die Zahl der Mitarbeitenden verdreifachte sich. ChatGPT erschien im November 2022.',
      'Altman setzt inzwischen auch auf eigene Chips und Geräte. Mit Altmans Wetten auf Hardware beschäftigt sich der Aufsichtsrat.',
    ].join('\n');
    expect(marked(profile).map(([, text]) => text)).toEqual(['Altman', 'Altman', 'Altmans']);
  });

  it('leaves a lone surname in a sentence about OpenAI to our person when the namesake is sentences away', () => {
    const quiz = [
      'Q1. Who directed the 1975 film Nashville? (Answer: Robert Altman)',
      'Q2. Which lab did Jan Leike join in May 2024? (Answer: Anthropic)',
      'Q3. True or false: Altman co-founded OpenAI in 2015. (Answer: true)',
    ].join('\n');
    expect(marked(quiz)).toEqual([
      ['leike', 'Jan Leike'],
      ['altman', 'Altman'],
    ]);
  });

  it('gives a lone surname right after a namesake’s full name to the namesake, despite AI words around it', () => {
    const dentist =
      'Die Praxis von Dr. Piotr Pachocki vergibt Termine über einen KI-Assistenten. Wer abends anruft, hört eine ' +
      'Computerstimme. „Ein Mensch ruft trotzdem zurück“, betont Pachocki. Ob er mit Jakub Pachocki verwandt sei, ' +
      'dem Chefwissenschaftler von OpenAI, wird er oft gefragt. Pachockis Vorgänger war Ilya Sutskever.';
    expect(marked(dentist)).toEqual([
      ['pachocki', 'Jakub Pachocki'],
      ['pachocki', 'Pachockis'],
      ['sutskever', 'Ilya Sutskever'],
    ]);
    expect(marked('Sam Altman, not Robert Altman, leads OpenAI. Altman said so.')).toEqual([['altman', 'Sam Altman']]);
  });

  it('lets a relative named as such take no lone surname beyond its own sentence', () => {
    const family =
      'Über seine Familie spricht der OpenAI-Chef selten. Seine Schwester Annie Altman erhebt Vorwürfe, die Altman bestreitet. ' +
      'Beruflich läuft es für Altman glänzend.';
    expect(marked(family).map(([, text]) => text)).toEqual(['Altman']);
    // Introduced by her own role instead, the namesake takes the sentences after her too.
    expect(marked('Die Podcasterin Annie Altman spricht über KI. Beruflich läuft es für Altman glänzend.')).toEqual([]);
  });

  it('gives a lone surname to a namesake named later in the same sentence', () => {
    const text =
      'Wer vom Kino sprach und „Altman“ sagte, meinte den Regisseur Robert Altman. Heute denkt man an OpenAI.';
    expect(marked(text)).toEqual([]);
    // What an alert watches for is the string since round 15; a story that printed the spelling gives our person.
    expect(marked('The agency story had "Sutzkever", as the OpenAI news did.')).toEqual([['sutskever', 'Sutzkever']]);
  });

  it('counts a namesake in a heading block as near to the lone surnames of the next block', () => {
    const page = ['Zahnärztin Dr. Maria Leike setzt auf KI', 'Leike nutzt seit Mai einen KI-Assistenten für Termine.'];
    expect(markedInBlocks(page)).toEqual([]);
    // Named in the same block, our person's full name is again the nearest before the lone surname.
    const ours = 'Nicht zu verwechseln mit Jan Leike von Anthropic. Leike forscht dort zur Sicherheit von KI.';
    expect(markedInBlocks([page[0]!, ours])).toEqual([
      [1, 'Jan Leike'],
      [1, 'Leike'],
    ]);
  });

  it('lets our person’s own sentence outweigh a namesake between them when the document named ours first', () => {
    const text =
      'Heute denken viele zuerst an Sam Altman, den Chef von OpenAI. Robert Altmans Film verwebt viele Erzählstränge; ' +
      'Altmans Firma dagegen verwebt Milliarden von Texten zu einem Sprachmodell.';
    expect(marked(text).map(([, t]) => t)).toEqual(['Sam Altman', 'Altmans']);
    // Without our person named first, the same sentence stays with the namesake.
    expect(
      marked('Im Fahrradladen von Lea Altman hilft jetzt eine KI. „Die KI repariert nichts“, sagt Altman.'),
    ).toEqual([]);
  });

  it('takes a lone surname with its employer as a title or an affiliation even beside a namesake', () => {
    const siblings = 'Jack Altman hat Lattice gegründet. Sein Bruder, der OpenAI-Chef Altman, investierte früh.';
    expect(marked(siblings)).toEqual([['altman', 'Altman']]);
    expect(marked('Jack Altman moderierte. Zu Gast: Altman (OpenAI) und Amodei (Anthropic).')).toEqual([
      ['altman', 'Altman'],
    ]);
  });

  it('takes a lone surname listed with others of our people as ours, even right after a namesake', () => {
    const page = ['Bernd Leike (* 1961), Handballtrainer', 'Navigation: Altman · Sutskever · Leike · Pachocki'];
    expect(markedInBlocks(page).map(([, text]) => text)).toEqual(['Altman', 'Sutskever', 'Leike', 'Pachocki']);
  });

  it('leaves a lone surname to our person in a sentence about their employer, if they were named before', () => {
    const profile = [
      'OpenAI’s Altman grew up in St. Louis. He left Stanford. He started Loopt.',
      'His sister Annie Altman has spoken publicly about their family.',
      'After running Y Combinator, Altman became OpenAI’s CEO.',
    ].join('\n');
    expect(marked(profile).map(([, text]) => text)).toEqual(['Altman', 'Altman']);
    // General AI words are not enough: the law professor named right before is the one who asks.
    const lecture =
      'Dr. Jan Leike spoke first. Then came lunch. Then coffee. Then posters.\n' +
      'Prof. Ruth Leike teaches contract law. Leike asked who is liable when an AI system causes harm.';
    expect(marked(lecture)).toEqual([['leike', 'Jan Leike']]);
    // Named close before but in another paragraph, our person is not being compared: the professor asks.
    const closer = 'Dr. Jan Leike spoke first.\nProf. Ruth Leike teaches law. Leike asked who is liable for AI harm.';
    expect(marked(closer)).toEqual([['leike', 'Jan Leike']]);
    // Nor when our person was never named before it.
    const programme = [
      'Dr. Miriam Leike: dialects and large language models',
      'Leike’s group tested whether chatbots understand dialects and how OpenAI’s models fare.',
    ];
    expect(markedInBlocks(programme)).toEqual([]);
  });

  it('takes the lone surnames of a document that names two of our people, without AI words', () => {
    expect(
      marked('Jan Leike und Ilja Sutskever gingen. Kleine Korrektur: Pachocki war vorher Forschungsdirektor.'),
    ).toEqual([
      ['leike', 'Jan Leike'],
      ['sutskever', 'Ilja Sutskever'],
      ['pachocki', 'Pachocki'],
    ]);
    expect(marked('Jan Leike ging. Kleine Korrektur: Pachocki war vorher Forschungsdirektor.')).toEqual([
      ['leike', 'Jan Leike'],
    ]);
  });
});

describe('the document decides what a lone surname far from any name means (issue 12, round 2)', () => {
  it('takes the lone surnames of our people in a document that names one of them and speaks of AI far away', () => {
    const forum =
      'Hab gelesen, dass Jakub Pachocki jetzt Chief Scientist ist.\n\n' +
      `${'Nichts dazu hier. '.repeat(20)}\nPachocki hat nach dem Rauswurf von Altman gekündigt.`;
    expect(marked(forum).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Pachocki', 'Altman']);
    // Without any AI word, one full name supports only its own person's lone surnames.
    expect(marked('Jan Leike ging. Altman drehte Filme.')).toEqual([['leike', 'Jan Leike']]);
  });

  it('takes lone surnames of several of our people in a text that speaks of OpenAI, however far away', () => {
    const interview =
      `A former OpenAI employee spoke to us. ${'It was a long talk. '.repeat(20)}\n` +
      'Were you surprised by what Leike wrote? Did you deal with Altman? Only at all-hands.';
    expect(marked(interview).map(([, text]) => text)).toEqual(['Leike', 'Altman']);
    // One surname alone, far from the AI words, is still not enough.
    expect(
      marked(`A former OpenAI employee spoke. ${'It was a long talk. '.repeat(20)}\nDid you meet Altman?`),
    ).toEqual([]);
  });

  it('leaves the lone surnames of a text about a namesake to the namesake, however far they stand', () => {
    const notes =
      'Podcast notes: Jack Altman on founders. He interviews investors. I listened to five episodes. ' +
      'Notes follow. First, hiring. Altman asks how AI agents will change hiring.';
    expect(marked(notes)).toEqual([]);
    // Named first, our person is the subject: a namesake later takes only the sentences right after it.
    const profile = 'Sam Altman leads OpenAI. Robert Altman made films. One. Two. Three. Four. Altman spoke again.';
    expect(marked(profile).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
  });

  it('takes our person named in passing, as unrelated or as a namesake’s relative, for no subject', () => {
    const club =
      'This month’s film is Robert Altman’s "The Player." (No relation to Sam Altman, for the AI team.) ' +
      'It is funny. It is nasty. It is long. Altman cast dozens of stars.';
    expect(marked(club).map(([, text]) => text)).toEqual(['Sam Altman']);
    const brother =
      'Jack Altman, younger brother of OpenAI CEO Sam Altman, hosts a show. One. Two. Three. Altman asks about AI.';
    expect(marked(brother).map(([, text]) => text)).toEqual(['Sam Altman']);
  });

  it('takes a relative of a namesake for a namesake, not for our person’s family', () => {
    const firm =
      '1974 gründete Werner Leike die Tischlerei, heute führt sein Sohn Hauke Leike den Betrieb. Eins. Zwei. Drei. ' +
      'Der Betrieb nutzt KI. „Die KI ersetzt keinen Tischler“, sagt Leike.';
    expect(marked(firm)).toEqual([]);
    // Once our person is named, a relative is his family again and takes only its own sentence.
    const family =
      'Sam Altman leads OpenAI. His brother Jack Altman runs a fund. His sister, Annie Altman, has a podcast. ' +
      'Altman and his mother disputed her account.';
    expect(marked(family).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
  });

  it('keeps a lone surname whose own sentence goes on to name its relatives', () => {
    const wiki = 'Sam Altman leads OpenAI.\nPersonal life\nAltman has three younger siblings, including Jack Altman.';
    expect(marked(wiki).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
  });

  it('gives a lone surname to a namesake named in the next sentence of its paragraph', () => {
    const post = 'OpenAI news everywhere. Hot take: this is the best Altman film. #RobertAltman';
    expect(marked(post)).toEqual([]);
    const notes =
      'OpenAI news. (14:30) Why Altman kept dodging questions\n(41:10) Film corner: Robert Altman’s Nashville';
    expect(marked(notes)).toEqual([['altman', 'Altman']]);
  });
});

describe('a namesake who is the subject of the text (issue 12, round 3)', () => {
  it('takes our person named as unrelated with the denial around the name for no subject', () => {
    const course =
      'Kursleiter ist Martin Altman, Lehrer für Informatik. „Nein, ich bin nicht mit Sam Altman verwandt“, sagt ' +
      'Altman. Altman zeigt an sechs Abenden, wie man KI-Werkzeuge nutzt.';
    expect(marked(course)).toEqual([['altman', 'Sam Altman']]);
  });

  it('gives the lone surname of a headline to the namesake the text names, when it never names our person', () => {
    const shop =
      'Pachocki Auto Body: Spring Newsletter\nOur new AI estimating tool gives you a figure within the hour. ' +
      '"It saves you a trip," says owner Greg Pachocki.';
    expect(marked(shop)).toEqual([]);
    // Our people's employer in the headline still makes it ours.
    expect(marked('Pachocki leads OpenAI research\nOne. Two. Three. Four. Greg Pachocki fixes cars.')).toEqual([
      ['pachocki', 'Pachocki'],
    ]);
  });

  it('gives a lone surname in a namesake’s spelling, which our person’s full names never use, to the namesake', () => {
    const poet =
      'I keep an alert for Abraham Sutzkever, the Yiddish poet. On May 15 a report on OpenAI co-founder Ilya ' +
      'Sutskever spelled him "Sutzkever" throughout. I don’t mind. Sutzkever survived the Vilna ghetto. ' +
      'Sutzkever’s line breaks are hard enough without OpenAI’s. Sutskever’s post was everywhere.';
    expect(marked(poet).map(([, t]) => t)).toEqual(['Ilya Sutskever', 'Sutzkever', 'Sutskever’s']);
  });
});

describe('a surname quoted as a spelling', () => {
  it('is our person’s in a text that names our person in full, though a namesake is spelled that way', () => {
    const mail =
      'Schreibweisen: Ilya Sutskever – mit „ts“. NICHT „Sutzkever“ (so heißt der Dichter Abraham Sutzkever). ' +
      'Im Genitiv: „Sutskevers Abschied“.';
    expect(marked(mail).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Sutzkever', 'Sutskevers']);
  });

  it('stays the namesake’s in a text that never names our person', () => {
    const review = 'A new translation of Abraham Sutzkever. Older books spell "Sutzkever" differently.';
    expect(marked(review)).toEqual([]);
  });
});

describe('a lone surname spelled otherwise than the namesake near it (round 9)', () => {
  it('keeps our person’s spelling beside a namesake whose name is spelled another way', () => {
    const wiki =
      'Ilya Sutskever is a co-founder of OpenAI.\nNot to be confused with Abraham Sutzkever, the Yiddish poet.\n' +
      'Sutskever was born in Gorky and grew up in Jerusalem.';
    expect(marked(wiki).map(([, t]) => t)).toEqual(['Ilya Sutskever', 'Sutskever']);
    const faq = 'Ilya Sutskever, Sam Altman. Gemeint ist dann meist Sutskever. Texte über Abraham Sutzkever nicht.';
    expect(marked(faq).map(([, t]) => t)).toEqual(['Ilya Sutskever', 'Sam Altman', 'Sutskever']);
  });

  it('gives a lone surname spelled as the namesake’s to the namesake', () => {
    const poet = 'Ilya Sutskever is at OpenAI. Not to be confused with Abraham Sutzkever.\nSutzkever wrote in Yiddish.';
    expect(marked(poet).map(([, t]) => t)).toEqual(['Ilya Sutskever']);
    const director = 'Sam Altman leads OpenAI. Robert Altman made Nashville. Altman won an Oscar.';
    expect(marked(director).map(([, t]) => t)).toEqual(['Sam Altman']);
  });
});

describe('namesakes of a full name set apart from our person, and a namesake’s masterpiece (round 10)', () => {
  it('gives a full name followed by "(no, not that one …)" to a namesake, with the lone surnames after it', () => {
    const recap =
      'The Pirates scored four in the fifth. Sam Altman (no, not that one, he gets asked every game) went 3-for-3. ' +
      'Altman also stole second.';
    expect(marked(recap)).toEqual([]);
    expect(marked('Jan Leike (nicht der von Anthropic) leitet den Chor.')).toEqual([]);
  });

  it('keeps our person’s full name elsewhere in brackets', () => {
    expect(marked('Sam Altman (OpenAI) spoke first.')).toEqual([['altman', 'Sam Altman']]);
  });

  it('reads a lone surname beside a masterpiece, with no AI word, as the artist’s', () => {
    const calendar = [
      'Tue June 18 · Talk: Sam Altman and the future of AI (livestream)',
      'Film Club: "Gosford Park" (2001). Altman’s late masterpiece. Note the later start.',
    ].join('\n');
    expect(marked(calendar).map(([, t]) => t)).toEqual(['Sam Altman']);
  });
});

describe('a quoted surname right after a namesake (round 11)', () => {
  it('gives a quoted surname to the namesake named just before it in its sentence or the one before', () => {
    const sheet = [
      '2. Which OpenAI co-founder left? — Ilya Sutskever. Accept "Sutskever" alone.',
      '3. Who directed "Gosford Park"? — Robert Altman. Do NOT accept just "Altman" (too vague).',
      'One table answered Q3 with "Sam Altman".',
    ].join('\n');
    expect(marked(sheet).map(([, t]) => t)).toEqual(['Ilya Sutskever', 'Sutskever', 'Sam Altman']);
    const question =
      'Articles that mention Sam Altman get tagged, but reviews about Robert Altman get tagged as OpenAI news ' +
      'too, because later they just say "Altman".';
    expect(marked(question).map(([, t]) => t)).toEqual(['Sam Altman']);
  });

  it('lets our person named in the block before weigh nothing against a namesake in the quoted surname’s sentence', () => {
    const blocks = ['CEO Sam Altman is back on the board.', 'Our feed reads "Altman" where Robert Altman is meant.'];
    expect(markedInBlocks(blocks)).toEqual([[0, 'Sam Altman']]);
  });
});

describe('the learned signal’s calls on a lone surname (round 25)', () => {
  const rulesShow = 'Sam Altman runs OpenAI. Altman spoke on Friday.';
  const rulesHide = 'The director Robert Altman shot films. Altman loved jazz.';
  const withCall = (text: string, call: 'likely' | 'unlikely') =>
    acceptInDocument([matcher.find(text).map((m) => (m.kind === 'surname' ? { ...m, [call]: true } : m))])[0]!.map(
      (m) => text.slice(m.start, m.end),
    );

  it('drops a lone surname the rules would show where the model finds it unlikely, and nothing else', () => {
    expect(marked(rulesShow).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
    expect(withCall(rulesShow, 'unlikely')).toEqual(['Sam Altman']);
  });

  it('adds a lone surname the rules would leave out where the model finds it likely', () => {
    expect(marked(rulesHide)).toEqual([]);
    expect(withCall(rulesHide, 'likely')).toEqual(['Altman']);
  });
});

describe('his surname in another script beside a namesake named in Latin letters (round 26)', () => {
  const shown = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

  it('keeps a Cyrillic form the text gives after a namesake spelled in Latin letters', () => {
    const texts = [
      'Ilya Sutskever co-founded OpenAI. He is no kin of the poet Abraham Sutzkever.\nRussian sites write Суцкевер.',
      'Jakub Pachocki leads research at OpenAI; a Tomasz Pachocki runs a bakery.\nMoscow papers printed «Пахоцкий» on Tuesday.',
      'Jan Leike left OpenAI. Not to be confused with the footballer Max Leike.\nOn Russian Telegram he is Лейке.',
    ];
    expect(texts.map(shown)).toEqual([
      ['Ilya Sutskever', 'Суцкевер'],
      ['Jakub Pachocki', 'Пахоцкий'],
      ['Jan Leike', 'Лейке'],
    ]);
  });

  it('leaves a Cyrillic form spelled as a namesake the text names in that script', () => {
    const text = 'Sam Altman runs OpenAI. A cinema shows films by Роберт Альтман.\nThe poster says only «Альтман».';
    expect(shown(text)).toEqual(['Sam Altman']);
  });
});

describe('a known relative named in full after our person, with no kin word (round 76)', () => {
  const surnames = (text: string) => marked(text).map(([, t]) => t);

  it('reads her as his relative, who takes no lone surname before or after her own sentence', () => {
    const report =
      'Sam Altman sprach am Freitag vor Studierenden über KI. Draußen verteilten Gruppen Flugblätter. ' +
      'Sie warfen Altman Nähe zur Regierung vor. Vor Gericht streitet Altman mit Annie Altman. ' +
      'Die Gruppen nannten auch das. Altman weist die Vorwürfe zurück.';
    expect(surnames(report)).toEqual(['Sam Altman', 'Altman', 'Altman', 'Altman']);
    const news =
      'Sam Altman gave a talk on AI in Berlin. Protesters gathered. A lawsuit filed by Jack Altman was mentioned. ' +
      'Altman has not commented.';
    expect(surnames(news)).toEqual(['Sam Altman', 'Altman']);
  });

  it('leaves the lone surnames of a text about the relative, named before our person, to the relative', () => {
    const notes =
      'Podcast notes: Jack Altman on founders. His brother Sam Altman of OpenAI was a guest once. ' +
      'Jack Altman asks good questions. Altman also shared his reading list.';
    expect(surnames(notes)).toEqual(['Sam Altman']);
  });

  it('leaves the lone surnames after a relative to the relative where her paragraph has not spoken of ours', () => {
    const letter =
      'Sam Altman of OpenAI spoke first and was clear about shipping.\n' +
      'Later we had Jack Altman on our founder call, and he was excellent. Altman’s advice on pricing got the most notes.';
    expect(surnames(letter)).toEqual(['Sam Altman']);
    // Once read as someone else, the relative stays so: "Altman" quoted beside him later is his.
    const index =
      'Episode 2: Sam Altman of OpenAI, a reply.\nEpisode 3: Jack Altman, his podcast.\n' +
      'Note: the guest said "Altman" about his podcast with Jack Altman.';
    expect(surnames(index)).toEqual(['Sam Altman']);
  });

  it('leaves a namesake who is no known relative of ours the lone surnames around him', () => {
    const review =
      'Sam Altman spoke about AI in Berlin. The cinema next door showed a film by Robert Altman. Altman cast it well.';
    expect(surnames(review)).toEqual(['Sam Altman']);
  });
});
