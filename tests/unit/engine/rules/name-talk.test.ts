import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** What the engine marks in `text`, as written. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

// Every text names ours in full and speaks of AI, so that a lone surname or a quoted misprint in it would be his.
const STORY =
  'Jan Leike left OpenAI in May 2024; Jakub Pachocki became chief scientist after Ilya Sutskever, and Sam Altman (@sama) thanked both.';
const FULL = ['Jan Leike', 'Jakub Pachocki', 'Ilya Sutskever', 'Sam Altman', '@sama'];

/** That each of `lines`, after the story, leaves only the story's names marked. */
function expectOnlyStory(lines: readonly string[]) {
  for (const line of lines) expect(marked(`${STORY}\n\n${line}`), line).toEqual(FULL);
}

/** That `word` in each of `lines`, after the story, stays marked. */
function expectMarked(lines: readonly (readonly [string, string])[]) {
  for (const [line, word] of lines) expect(marked(`${STORY}\n\n${line}`), line).toContain(word);
}

describe('names as words: the name as an object of talk (round 22)', () => {
  it('drops a respelling quoted for its sound, or one that answers how the name is said', () => {
    expectOnlyStory([
      'So is it pronounced "Sutskewer" or more like "Sutskeever"?',
      'Q: Spricht man das eher „Pachozki“ aus?',
      'Lena: Wie wird sein Nachname eigentlich ausgesprochen?\n\nTom: Ungefähr „Pachotski“, mit hartem k am Ende. Nicht „Patschocki“.',
      'mia: how is his name pronounced?\nraj: more like "Pachotski" I think',
    ]);
  });

  it('drops a quoted name given as an entry of a tool: an alias, a variant, a key, a keyword', () => {
    expectOnlyStory([
      '// FIXME: "Sutzkever" als weiteren Alias aufnehmen',
      'Stichwortliste erweitert: „Leicke“ als Variante aufgenommen',
      'The lookup table still has "sama" as a bare key, which nobody sees.',
      'Bug: the synonyms file has "Pachoki" listed as a variant of the chief scientist.',
    ]);
  });

  it('drops a name in a quoted phrase that is called a name or a title', () => {
    expectOnlyStory([
      '<kat> honestly "midnight altman" would make a great album title',
      '"alignment leike" is a solid band name, someone take it',
      '„Sutskever Express“ wäre ein guter Bandname.',
    ]);
  });

  it('drops a quoted word someone searches for, not his surname as spelt', () => {
    expectOnlyStory([
      'Whenever I google "leike" I get the researcher before anything about my grandfather.',
      'Wer im Katalog nach „Sutzkever“ sucht, bekommt erst einmal nur Interviews.',
      'Searching "pachocki" in our archive brings up a dentist first.',
    ]);
  });

  it('drops a surname as the entry of a page on its meaning and origin', () => {
    expectOnlyStory([
      'Leike: meaning and origin of the surname',
      'Altman – Herkunft und Verbreitung des Familiennamens',
      'Sutskever — name meaning, history and family crest',
    ]);
  });

  it('drops a surname that a quantifier makes anyone who bears it', () => {
    expectOnlyStory([
      'That filter will flag every Leike on the planet.',
      'Der Alarm schlägt bei jedem Pachocki im Telefonbuch an.',
      'Your regex catches any Altman out there, not just the CEO.',
    ]);
  });

  it('keeps the name where the sentence speaks of the man himself or corrects his name', () => {
    expectMarked([
      ['Richtig ist Sutskever, nicht Sutzkever.', 'Sutskever'],
      ['It\'s Sutskever, not "Sutzkever".', 'Sutzkever'],
      ['is it Pachocki or "Pachoki"? the new chief scientist I mean', 'Pachoki'],
      ['The wire story had "Sutzkever" all through its first version.', 'Sutzkever'],
      ['Every Altman interview this week was about the board.', 'Altman'],
      ['Jedes Mal, wenn Altman spricht, steigt die Aktie.', 'Altman'],
      ['Pachocki – der neue Chief Scientist – leitete GPT-4.', 'Pachocki'],
      ['Altman said the search for a new board would take weeks.', 'Altman'],
      ['I searched for news and found that Leike had joined Anthropic.', 'Leike'],
      ['Im Genitiv schreibt man „Leikes Rücktritt“.', 'Leikes'],
      ['she called "merettm" the quiet architect of GPT-4', 'merettm'],
      ['A listener asks whether "Leike" rhymes with "bike".', 'Leike'],
      ['Wer nur nach ‚Sutskever‘ sucht, verpasst die Hälfte der Meldungen über ihn.', 'Sutskever'],
      ['Polish papers write "Pachockiego" (genitive) for him.', 'Pachockiego'],
      ['Russian readers will see forms like "Суцкевера" in the originals.', 'Суцкевера'],
      ['Barely any Leike in the book, sadly.', 'Leike'],
      ['"Altman is back" was the title of every story that week.', 'Altman'],
      ['Altman: Herkunft, Studium und Aufstieg bei OpenAI', 'Altman'],
      ['Leike – Bedeutung für das Alignment-Team', 'Leike'],
      ['Pachocki: the origin of the reasoning push', 'Pachocki'],
    ]);
  });
});

// Round 23: a tool's list of the strings it looks for, as its settings, a data file's header or a changelog write it.
describe('strings a tool looks for: a list of quoted names or an alias map (round 23)', () => {
  it('leaves the items of a comma-joined list of quoted strings that names several of ours', () => {
    expectOnlyStory([
      'Method: we counted headlines matching "Sutskever", "Altman", "Leike", "Pachocki" between 13 and 20 May.',
      '# Filterbegriffe der Auswertung: „Leike“, „Pachocki“, „Sutskever“ (ohne Groß- und Kleinschreibung)',
      '  "keywords": ["OpenAI", "Altman -Robert", "Sutskever", "Leike"],',
      "Clipping service, terms monitored: 'Pachocki', 'Leike', 'Sutzkever' (case-insensitive)",
    ]);
  });

  it('leaves an alias map from quoted spellings to lower-case keys, and the keys', () => {
    expectOnlyStory([
      '- New: spelling aliases "Sutzkever" -> sutskever, "Pachoki" -> pachocki.',
      'Aliasse: „Leicke“ → leike; „Altmann“ → altman',
    ]);
  });

  it('keeps quoted names joined as prose joins them, headlines, one man’s printed spellings, names with no tool', () => {
    expectMarked([
      ['Copy desk asked how to say "Sutskever", "Pachocki" and "Leike" on air.', 'Pachocki'],
      ['The week in headlines: "Altman returns", "Sutskever leaves", "Leike resigns".', 'Sutskever'],
      ['Wire copy printed his name as "Sutzkever", "Sutskewer", "Sutzkewer" within one day.', 'Sutzkever'],
      ['Errata: "Pachoki" → Pachocki, "Sutzkever" → Sutskever, "Altmann" → Altman.', 'Pachoki'],
      ['Names on everyone’s lips that week: "Altman", "Leike", "Sutskever".', 'Leike'],
    ]);
  });
});

// Round 23: his surname as spelt, searched for or said aloud, is his only in a text that names him in full.
describe('a search for the surname as spelt in a text that never names ours in full (round 23)', () => {
  it('leaves the string typed where the text is about another family or the searcher’s own', () => {
    const texts = [
      'Looking for the Leike family of Güstrow, emigrated 1882.\nTip: searching "Leike" today mostly finds the AI researcher who left OpenAI; add "Güstrow".',
      'Ahnenforschung: Wer heute nach „Pachocki“ sucht, findet fast nur den Chefwissenschaftler von OpenAI. Unsere Familie kam 1905 aus Posen.',
      'If you google "Altman" now you get the OpenAI CEO, never my grandfather’s tailoring shop on Delancey Street.',
    ];
    for (const text of texts) expect(marked(text), text).toEqual([]);
  });
});

// Round 24: a quoted surname that its sentence says a tool matches, links or returns is the string the tool reads.
describe('a quoted surname that a tool matches, links or returns (round 24)', () => {
  it('leaves the string a tool reads where the sentence says what it matches or returns', () => {
    expectOnlyStory([
      '// NOTE: "Pachocki" on its own also matches a plumbing firm in Chicago.',
      'Careful, "Altman" by itself links every review of a Robert Altman film to our page.',
      'The endpoint is fuzzy: for "leike" it returns each record holding those five letters.',
      'Hinweis: Für „Sutskever“ liefert die Suche auch Treffer ohne KI-Bezug.',
      'fixed: "Altmanns" matched "Altman" as a substring, so we anchor on word ends now.',
    ]);
  });

  it('keeps a quoted surname or misprint said of the man', () => {
    expectMarked([
      ['The wire printed "Sutzkever", which matched nothing in our archive.', 'Sutzkever'],
      ['Our tracker catches Sutskever, Leike and even the misspelling "Sutzkever".', 'Sutzkever'],
      ['Everyone asked whether "Altman" would return, and he did.', 'Altman'],
    ]);
  });
});

// Round 24: a search for the surname in a text that names another bearer of it in full finds them all.
describe('a search for the surname in a text that names a namesake in full (round 24)', () => {
  it('leaves the string searched for where the text names another bearer of the surname', () => {
    const texts = [
      'Robert Altman made Nashville; Sam Altman runs OpenAI. Searching an archive for "Altman" gets you both.',
      'Jan Leike left OpenAI. Our coach Tom Leike laughs: search the club site for "Leike" and you find him and the AI man.',
      'Ilya Sutskever hat OpenAI verlassen. Wer im Archiv nach „Sutskever“ sucht, findet auch den Schachspieler Boris Sutskever.',
    ];
    expect(texts.flatMap(marked)).toEqual(['Sam Altman', 'Jan Leike', 'Ilya Sutskever']);
  });
});

describe('a string a tool looks for, in German words (round 26)', () => {
  it('leaves a quoted surname that a German note says the tool hits or catches', () => {
    expectOnlyStory([
      '# VORSICHT: „Leike“ allein trifft auch einen Bäcker in Soest.',
      '// „Pachocki“ erwischt sonst jeden Eintrag aus dem Telefonbuch.',
      'Achtung, "Altman" ohne Vornamen trifft auch Filmkritiken über Robert Altman.',
    ]);
  });

  it('keeps a quoted surname whose sentence goes on past the verb of meeting', () => {
    expectMarked([['Wie erwartet: „Altman“, sagte er, trifft sich morgen mit dem Vorstand.', 'Altman']]);
  });
});

describe('his surname in another script, as that language writes him (round 26)', () => {
  it('keeps a form the knowledge gives in another script where its sentence speaks of sound', () => {
    expectMarked([
      ['Some Moscow papers print «Пахоцкий», which follows how Russians pronounce the Polish name.', 'Пахоцкий'],
      ['Israeli outlets write סוצקבר, pronounced much as in English.', 'סוצקבר'],
      ['A Kyiv site has "Суцкевера", and the accent falls on the second syllable.', 'Суцкевера'],
    ]);
  });
});

describe('a lone surname said to take in another bearer: the string a tool looks for (round 27)', () => {
  it('leaves a surname, quoted or not, that a note says is taken alone and catches someone else', () => {
    expectOnlyStory([
      '# FIXME: Leike by itself also catches a baker in Hamburg.',
      '// "Sutskever" on its own flags a poet as well',
      'Hinweis: Pachocki allein liefert auch Treffer zu einem Fußballer aus Posen.',
      'Achtung: „Leike“ ohne Vornamen meldet auch den Bäcker.',
      'Caveat: plain "Altman" alone pulls in the film director as well.',
      'Keep in mind that Pachocki on its own may be a goalkeeper.',
      '# XXX Altman allein führt zu Treffern aus dem Filmarchiv',
      'Remember that "Altman" by itself could be Robert, too.',
      'Bei Altman ohne Vorname schlägt der Filter auch bei Filmkritiken an.',
    ]);
  });

  it('keeps a surname that acts alone in plain text about him', () => {
    expectMarked([
      ['Altman alone decided to bring the safety team back.', 'Altman'],
      ['Sutskever allein hat das nicht entschieden.', 'Sutskever'],
      ['Pachocki allein führt jetzt die Forschung.', 'Pachocki'],
      ['Altman, on his own, flew to Washington.', 'Altman'],
      ['Leike alone fires off a thread of nine posts.', 'Leike'],
      ['Nobody but Sutskever alone can be sure what he saw.', 'Sutskever'],
      ['For question 2 we also took "Leike" on its own, full marks.', 'Leike'],
      ['When we write "Sutskever" without the first name, we mean him.', 'Sutskever'],
      ['„Pachocki“ ohne Vornamen gibt ebenfalls volle Punkte.', 'Pachocki'],
    ]);
  });
});

describe('strings a tool looks for: possessive items and "catches" (round 40)', () => {
  it('leaves a list of test strings with possessive endings, and a quoted name that a count will catch', () => {
    expectOnlyStory([
      'Release 2.3: new fixtures with the strings "Sutskever’s", "Leike’s", "Pachocki’s".',
      'Neue Filterbegriffe mit Apostroph: „Altman’s“, „Leike’s“, „Sutskever’s“.',
      '# careful: "Altman" will also catch every review of a Robert Altman film',
      '// "Pachocki" catches a Warsaw footballer as well',
    ]);
  });

  it('keeps a possessive list of his in prose and a name that catches nobody', () => {
    expectMarked([
      ['The headlines read "Sutskever’s exit", and "Leike’s warning" the day after.', 'Sutskever’s'],
      ['"Altman" caught everyone off guard when he came back.', 'Altman'],
    ]);
  });
});

describe('round 68: a quoted word glossed by its sense, or said to be used for other people too', () => {
  it('drops a quoted word said to stand in the sense of another word, or also for other people', () => {
    expectOnlyStory([
      'Übersetzungshinweis: „sama“ steht im Original im Sinne von „allein“, nicht als Name.',
      'In the Polish quote, "sama" is used in the sense of "herself".',
      'Hinweis: „Лейке“ steht in russischen Meldungen auch für andere Personen, etwa einen Sportler.',
      'Note that "Pachocki" is also the usual form for unrelated people in Polish news.',
    ]);
  });

  it('keeps a quoted word after which no sense is glossed, one a sense is named before, and one who acts for others', () => {
    expectMarked([
      ['Models in the sense of "Sutskever" are everywhere; "Sutskever" explained it in 2014.', 'Sutskever'],
      ['"Leike" resigned in the sense that mattered: publicly.', 'Leike'],
      ['Everyone agreed that "Altman" spoke for other people at OpenAI too.', 'Altman'],
    ]);
  });
});

describe('round 71: a quoted surname a site links or a search brings up', () => {
  it('drops a quoted surname that a German clause says is linked, or that brings up pages', () => {
    expectOnlyStory([
      'Frage aus der Redaktion: Wird „Leike“ in jedem Beitrag automatisch verlinkt?',
      'Im Wiki ist „Pachocki“ noch nicht verlinkt, nur der volle Name.',
      'Typing "Sutskever" into the archive now brings up hundreds of pieces on the AI man.',
      'Last year "Altman" mostly brought up film reviews.',
    ]);
  });

  it('keeps a quoted surname whose clause goes on past a comma before the verb', () => {
    expectMarked([
      ['The wire printed "Sutzkever", which brought up nothing in our archive.', 'Sutzkever'],
      ['„Altman“, so steht es im Text, ist mit Sam verlinkt.', 'Altman'],
    ]);
  });
});

describe('round 71: a quoted surname counted or found where it stands in texts', () => {
  it('drops a quoted surname whose clause counts or finds the texts it stands in', () => {
    expectOnlyStory([
      'Der Katalog führt alle Meldungen, in denen „Leike“ vorkommt, unter einem Schlagwort.',
      'We counted how often "Pachocki" appears in the spring issues.',
      'Wie oft „Altman“ in den Überschriften steht, zeigt die Grafik.',
      'The index lists every headline in which "Sutzkever" occurs.',
    ]);
  });

  it('keeps a quoted surname that acts in the clause', () => {
    expectMarked([
      ['Die Meldung, in der „Leike“ seinen Rücktritt erklärt, kam um Mitternacht.', 'Leike'],
      ['Asked how often "Altman" travels, his staff declined to answer.', 'Altman'],
    ]);
  });
});

describe('round 71: a quoted surname said to be a key or an entry, no more', () => {
  it('drops a quoted surname said to be a key or an entry, its clause ending there', () => {
    expectOnlyStory([
      '# "leike" ist hier nur ein Schlüssel, kein Gast.',
      'In this table "Altman" is just a key.',
      '„Pachocki“ ist lediglich ein Eintrag im Register.',
    ]);
  });

  it('keeps a quoted surname that a clause says is the key to something', () => {
    expectMarked([['For the board, "Sutskever" was the key to the whole deal.', 'Sutskever']]);
  });
});

describe('round 73: a quoted word said to be no name', () => {
  it('drops a quoted word that its clause says is not a name, the clause ending there', () => {
    expectOnlyStory([
      '- "sama" is not a name: in this Polish sentence it means "alone".',
      '„Leike“ ist hier kein Name, sondern ein Wort aus dem Plattdeutschen.',
    ]);
  });

  it('keeps a quoted surname said to be no name one forgets', () => {
    expectMarked([['After that week, "Altman" is not a name anyone in the valley forgets.', 'Altman']]);
  });
});

describe('round 74: a quoted surname whose match a tool is to make looser or stricter', () => {
  it('drops a quoted surname that its clause gives a match’s tolerance for near spellings', () => {
    expectOnlyStory([
      'Bei „Leike“ wollen wir keine Nachbarschreibungen, bei längeren Namen schon.',
      'For "Altman" the fuzzy match is far too loose; it pulls in Altmann.',
      'Für „Pachocki“ reicht eine Toleranz von einem Buchstaben.',
    ]);
  });

  it('keeps a quoted misprint of his name whose sentence speaks of no tolerance', () => {
    expectMarked([['The wire wrote "Pachoki" twice, and nobody caught it before noon.', 'Pachoki']]);
  });
});
