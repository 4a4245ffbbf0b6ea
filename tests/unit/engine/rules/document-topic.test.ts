import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { namesakesWithoutOurWorld } from '../../../../engine/rules/document-topic';
import { findInBlocks, findInDocument } from '../../../../engine/rules/document-mentions';

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
    // Beside a namesake of its own surname, it is set apart from the namesake, and so are our other people.
    expect(marked('Is Jan Leike related to the Leike who runs my gym? Ask Sam Altman.')).toEqual([
      ['leike', 'Jan Leike'],
      ['altman', 'Sam Altman'],
    ]);
    // A handle of ours is a sign of our people's world too.
    expect(marked('Sam Altman (@sama) says hi. Robert Altman made Nashville.').map(([, t]) => t)).toEqual([
      'Sam Altman',
      '@sama',
    ]);
  });
});

describe('a namesake who is the subject of the document, after our person is named (issue 12, round 7)', () => {
  it('keeps the lone surnames of a text about a namesake his, though the text names our person later', () => {
    const notes =
      'Founder Notes: Jack Altman on HR software\n' +
      'Jack Altman, CEO of Lattice, talked to us about reviews. On family: he gets asked about his brother Sam ' +
      'Altman in every interview. "We don’t talk about OpenAI’s roadmap."\n' +
      'Altman also shared his reading list for first-time managers.';
    expect(marked(notes)).toEqual([['altman', 'Sam Altman']]);
    const release =
      'Mitgründer und CEO Lukas Pachocki prüft KI-Modelle. Lukas Pachocki (nicht verwandt mit Jakub Pachocki) ' +
      'gründete die Firma 2022.\n„Kunden fragen, was passiert, wenn ihr Anbieter wechselt“, so Pachocki.';
    expect(marked(release)).toEqual([['pachocki', 'Jakub Pachocki']]);
  });

  it('gives a lone surname to our person when its sentence names our people’s employer, or speaks of AI right after him', () => {
    const turn =
      'Robert Altman drehte „Nashville“. Heute denkt man bei dem Namen an Sam Altman. Altman führt OpenAI.\n' +
      'Ein Absatz über Filme.\nAltman kehrte im November als Chef von OpenAI zurück.';
    expect(marked(turn).map(([, t]) => t)).toEqual(['Sam Altman', 'Altman', 'Altman']);
    const minutes =
      'Present: Councilmembers Gary Altman, Denise Leike.\nMs. Leike said that Jan Leike of OpenAI had resigned. ' +
      'Leike’s AI safety thread was widely shared.\nMotion carried 4-1 (Leike opposed).';
    expect(marked(minutes).map(([, t]) => t)).toEqual(['Jan Leike', 'Leike’s']);
  });
});

describe('a headline’s lone surname when the text names a namesake first (issue 12, round 7)', () => {
  it('gives the headline to the namesake the text goes on to name first, though it names our person later', () => {
    const deli =
      'Sutskever’s Kosher Deli — 4.5 ★ · Delis\nThe pastrami is great. Mr. Sutskever (Morris) works the counter. ' +
      'I asked if they are related to Ilya Sutskever from OpenAI: "maybe".';
    expect(marked(deli)).toEqual([['sutskever', 'Ilya Sutskever']]);
  });

  it('keeps the headline ours when the text names our person first, or the headline names our people’s employer', () => {
    const back = 'Altman is back\nSam Altman returned on Wednesday. Robert Altman’s films are on TV tonight.';
    expect(marked(back).map(([, t]) => t)).toEqual(['Altman', 'Sam Altman']);
    const leaves = 'Sutskever leaves OpenAI\nMr. Sutskever (Morris) of the deli is unmoved. Ilya Sutskever posted.';
    expect(marked(leaves).map(([, t]) => t)).toEqual(['Sutskever', 'Ilya Sutskever']);
  });
});

describe('a lone surname in a sentence about a namesake’s world: films, poems, sports (issue 12, round 7)', () => {
  it('gives a lone surname in a sentence about films, poems or a league, and none about AI, to someone else', () => {
    const forum = 'Sam Altman leads OpenAI. Für mich ist Altman immer noch der Regisseur von MASH.';
    expect(marked(forum)).toEqual([['altman', 'Sam Altman']]);
    const quiz = 'Ilya Sutskever quit OpenAI. Q4: In which film by Altman does Tim Robbins play a studio boss?';
    expect(marked(quiz)).toEqual([['sutskever', 'Ilya Sutskever']]);
  });

  it('keeps a lone surname in a sentence that speaks of AI, names one of ours in full, or as a hashtag', () => {
    const review = 'Sam Altman leads OpenAI. Altman said the film about OpenAI got the board crisis wrong.';
    expect(marked(review).map(([, t]) => t)).toEqual(['Sam Altman', 'Altman']);
    const inbox =
      'Ilya Sutskever leaves OpenAI. I read Sutskever’s post and Sam Altman’s reply under a poet’s spelling.';
    expect(marked(inbox).map(([, t]) => t)).toEqual(['Ilya Sutskever', 'Sutskever’s', 'Sam Altman’s']);
    const mail = 'Sam Altman leads OpenAI. Listener mail: is #Altman trending because of the film director?';
    expect(marked(mail).map(([, t]) => t)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('our surnames as ordinary people, with a courtesy title, in a document that names none of ours (round 8)', () => {
  it('gives "Herr X" in minutes that name several of our surnames so to namesakes, though one item speaks of AI', () => {
    const minutes = [
      'Protokoll der Sitzung des Elternbeirats',
      'Anwesend: Frau Leike (Vorsitz), Herr Pachocki, Herr Altman, Frau Dönmez',
      'TOP 2: Herr Pachocki berichtet über das Sommerfest. Herr Altman bietet den Grill an.',
      'TOP 3: Herr Altman bittet darum, dass die Eltern vor dem Einsatz von KI-Chatbots im Unterricht informiert werden.',
    ];
    expect(findInBlocks(matcher, minutes)).toEqual([]);
    expect(marked(minutes.join('\n'))).toEqual([]);
  });

  it('gives a lone "Herr Leike" or "Mr. Altman" without AI in its sentence to someone else', () => {
    const circular =
      'Der Filmclub zeigt im Herbst vier Filme. Unser Kassenwart, Herr Leike, braucht die Belege bis Ende September. ' +
      'Im November geht es um künstliche Intelligenz im Kino.';
    expect(marked(circular)).toEqual([]);
    const review =
      'Best bagels in town, and the staff use no AI ordering kiosk. Mr. Altman himself was at the counter.';
    expect(marked(review)).toEqual([]);
  });

  it('keeps a courtesy title before our person in a text about his world, or after his full name', () => {
    expect(marked('Interview: Herr Altman, wann bringt OpenAI das nächste Modell?')).toEqual([['altman', 'Altman']]);
    expect(marked('Sam Altman kam zur Anhörung. Mr. Altman said little.')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
    ]);
  });
});

describe('a lone surname in a document that names our person only in passing (round 8)', () => {
  it('gives it to the namesake the document is about, though the text speaks of AI', () => {
    const minutes = [
      'Present: A. Rossi (chair), K. Tanaka, S. Altman (visiting, Economics)',
      'Rossi summarised the OpenAI system card for GPT-4o. S. Altman asked, to laughter, that the minutes record he is not related to Sam Altman.',
      '- Rossi: ask S. Altman whether his seminar wants a joint session on AI and labour markets.',
    ];
    expect(marked(minutes.join('\n'))).toEqual([['altman', 'Sam Altman']]);
  });

  it('keeps it when its sentence names our people’s employer, or the document names him otherwise', () => {
    expect(marked('No relation to Sam Altman, says the baker. Altman became OpenAI’s CEO in 2019.')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
    ]);
    expect(marked('Not related to Sam Altman, he says. Sam Altman runs OpenAI. Altman spoke on AI.')).toHaveLength(3);
  });
});

describe('a namesake of our person’s full name in a role of another world, in a text with no sign of ours (round 9)', () => {
  it('gives a full name in a club office or a sports position, and the lone surnames after it, to the namesake', () => {
    const minutes =
      'Versammlungsleitung: Jakub Pachocki (1. Vorsitzender).\nHerr Pachocki begrüßt die Anwesenden.\n' +
      'Gewählt werden: Jan Leike (Beisitzer, 27 Ja), Ilka Sutter (Schriftführerin).\n' +
      'Herr Leike bedankt sich. Eine Anfrage, ob der Verein einen KI-Chatbot braucht, wird vertagt.';
    expect(marked(minutes)).toEqual([]);
    const recap =
      'Goaltender Sam Altman, called up from the junior squad, made 34 saves. "I just tried to stay square," ' +
      'Altman said afterwards.';
    expect(marked(recap)).toEqual([]);
    expect(findInBlocks(matcher, ['Goaltender Sam Altman made 34 saves.', 'Altman said afterwards.'])).toEqual([]);
  });

  it('keeps our person’s full name in a role of another world when the document names our people’s world', () => {
    const captain = 'Kapitän Jan Leike, spotten Kollegen, steuert sein Team durch jeden Sturm. Leike verließ OpenAI.';
    expect(marked(captain).map(([, t]) => t)).toEqual(['Jan Leike', 'Leike']);
    expect(marked('Sam Altman is wrong again.')).toEqual([['altman', 'Sam Altman']]);
    expect(marked('"We will ship it soon," said Sam Altman. Altman added nothing.')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
    ]);
    expect(marked('Sam Altman (CEO) and Jan Leike (Forscher) sprachen.').map(([, t]) => t)).toEqual([
      'Sam Altman',
      'Jan Leike',
    ]);
  });
});

describe('namesakes known only from context: a family, a ball game, a works council (round 11)', () => {
  it('gives a full name after a word for a relative, in a text with no sign of our world, to a namesake', () => {
    const obituary =
      'Margaret Ann Leike, 89, of Cedar Falls, passed away on May 11. She married Walter Leike in 1955.\n' +
      'Peg is survived by her children; five grandchildren, including Jan Leike of Des Moines.';
    expect(marked(obituary)).toEqual([]);
    const bakery =
      'In 1986 Halina and Zbigniew Pachocki opened a lunch counter.\nToday their son Jakub Pachocki runs the kitchen.';
    expect(marked(bakery)).toEqual([]);
  });

  it('gives a full name in a sentence about a ball game, in a text with no sign of our world, to a namesake', () => {
    const recap =
      'Cardinals 7, Blue Jays 5\nSam Altman went 3-for-3 with a double and two RBIs. Coach Altman praised his infield.';
    expect(marked(recap)).toEqual([]);
  });

  it('keeps our person named as someone’s son, or beside a ball game, where the text shows our world', () => {
    expect(marked('Today their son Jakub Pachocki leads research at OpenAI.')).toEqual([
      ['pachocki', 'Jakub Pachocki'],
    ]);
    const blog = 'Our bakery turns ten. Sam Altman of OpenAI once ate here after a baseball game, three innings late.';
    expect(marked(blog)).toEqual([['altman', 'Sam Altman']]);
  });

  it('reads a woman’s title before an academic one as a woman’s: "Frau Dr. Altman"', () => {
    const minutes =
      'Anwesend: Frau Leike (Vorsitz), Herr Pachocki, Frau Dr. Altman\n' +
      'TOP 1: Einführung eines KI-Assistenten. Frau Dr. Altman verweist auf die Datenschutz-Folgenabschätzung.';
    expect(marked(minutes)).toEqual([]);
  });
});

describe('namesakes known only from context: a chess club, a firm of two surnames (round 12)', () => {
  it('gives a junior player of a chess club and his lone surname to a namesake', () => {
    const club = [
      'Schachclub Rochade – Vereinsnachrichten',
      'Im Schnellschach-Turnier gewann Sam Altman (U12) mit 5 Punkten aus 6 Partien vor Paul Altman.',
      'Altman spielte die Schlussrunde mit Weiß.',
      'Tabelle: 1. Sam Altman 5,0 2. Paul Altman 4,5',
    ].join('\n');
    expect(marked(club)).toEqual([]);
  });

  it('keeps our person’s name in a text about chess and AI', () => {
    const text = 'Sam Altman said OpenAI’s models now beat him at chess; in the club tournament Altman lost two games.';
    expect(marked(text).map(([, t]) => t)).toEqual(['Sam Altman', 'Altman']);
  });

  it('reads our surnames joined before a legal form as a firm, and its courtesy-titled partner as ordinary', () => {
    const ad = [
      'Büro zu vermieten, 45 m², ab sofort.',
      'Die Verwaltung übernimmt die Sutskever & Leike KG; Herr Sutskever zeigt die Räume gern.',
      'Anfragen an Altman & Pachocki LLP, property managers, or call Mr. Altman.',
    ].join('\n');
    expect(marked(ad)).toEqual([]);
  });
});

// Round 22: readers who write to a paper, and commenters, give public men a courtesy title; the document names others
// of our people plainly where it speaks of AI, which minutes of a club or a parents' council do not.
describe('a courtesy title in a text that names another of ours plainly beside AI words (round 22)', () => {
  it('keeps "Herr X" of a letter or a comment that speaks of the others of our story as public people', () => {
    const letter =
      'Leserbrief zu Ihrem Bericht über OpenAI. Dass Sutskever im Board saß, war mir neu.\n\n' +
      'Wenn Herr Altman nun verspricht, sich um Sicherheit zu kümmern, glaube ich ihm das nicht.';
    expect(marked(letter).map(([, t]) => t)).toEqual(['Sutskever', 'Altman']);
    const comment =
      'Great piece on the OpenAI departures. Leike said his team was starved of compute.\n\n' +
      'I would like to hear Mr. Altman answer that, and then Mr. Pachocki.';
    expect(marked(comment).map(([, t]) => t)).toEqual(['Leike', 'Altman', 'Pachocki']);
    const forum =
      'Herr Pachocki übernimmt jetzt als Chefwissenschaftler. Altman lobt ihn als eines der größten KI-Talente.\n\n' +
      'Ob Herr Leike das auch so sieht?';
    expect(marked(forum).map(([, t]) => t)).toEqual(['Pachocki', 'Altman', 'Leike']);
  });

  it('still gives "Herr X" to someone ordinary where only the titled man’s own surname stands plainly', () => {
    const minutes =
      'Anwesend: Frau Leike (Vorsitz), Herr Pachocki, Herr Altman\n' +
      'TOP 2: Herr Altman fragt, ob die Schule KI-Chatbots nutzt. Altman schlägt eine KI-Regel vor.\n' +
      'TOP 3: Herr Pachocki berichtet über das Sommerfest.';
    // The plain "Altman" beside AI words is judged as before; the titled men stay someone ordinary.
    const titled = findInDocument(matcher, minutes).filter((m) => minutes.slice(m.start - 5, m.start) === 'Herr ');
    expect(titled).toEqual([]);
  });
});

describe('a cast of three of ours named in full in roles of another world (round 52)', () => {
  it('keeps them, a radio bulletin’s names to be read on air; two in a club’s roles stay namesakes', () => {
    const bulletin =
      'Sprecherliste für die Nachrichten (Moderation: Jan Leike, Beisitzer; Sam Altman, Kassenwart): ' +
      'heute zu lesen sind Ilya Sutskever und Jakub Pachocki.';
    expect(marked(bulletin).map(([, t]) => t)).toEqual(['Jan Leike', 'Sam Altman', 'Ilya Sutskever', 'Jakub Pachocki']);
    const minutes = 'Gewählt werden: Jan Leike (Beisitzer, 27 Ja) und Sam Altman (Kassenwart, 25 Ja).';
    expect(marked(minutes)).toEqual([]);
  });
});
