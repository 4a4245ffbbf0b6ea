import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);
const marked = (text: string) => findInDocument(matcher, text).map((m) => [m.person, text.slice(m.start, m.end)]);
/** The marks in `texts` whose text `spellings` matches. */
const markedSpellings = (texts: readonly string[], spellings: RegExp) =>
  texts.flatMap(marked).filter(([, t]) => spellings.test(t ?? ''));

describe('misspellings and language forms quoted as standing for our person (round 10)', () => {
  it('marks a first name in another language’s form of our person’s: "Jakob Pachocki", "Jacob Pachocki"', () => {
    expect(marked('Im dritten Absatz steht „Jakob Pachocki“. Es heißt Jakub.')).toEqual([
      ['pachocki', 'Jakob Pachocki'],
    ]);
    expect(marked('Seen in copy: "Jacob Pachocki"')).toEqual([['pachocki', 'Jacob Pachocki']]);
  });

  it('marks a quoted near-spelling of the surname of a person the text names in full', () => {
    const guide = [
      'Jakub Pachocki, chief scientist of OpenAI: spell it with the "k", not "Pachoki" or "Pachocky".',
      'Ilya Sutskever, not "Sutskevar"; also seen: "Jakub Pachoki".',
    ].join('\n');
    expect(marked(guide).map(([, text]) => text)).toEqual([
      'Jakub Pachocki',
      'Pachoki',
      'Pachocky',
      'Ilya Sutskever',
      'Sutskevar',
      'Jakub Pachoki',
    ]);
  });

  it('leaves near-spellings that are namesakes’ names, other first names, and texts without the full name', () => {
    const text = [
      'Sam Altman of OpenAI. Jan Leike, too. Jakub Pachocki.',
      'Final ruling: "Pachowski" does not count. "Altmann" is a different family; "Leiken" is a nursery.',
      'Common student errors: "Yan Leyke".',
    ].join('\n');
    expect(marked(text).map(([, t]) => t)).toEqual(['Sam Altman', 'Jan Leike', 'Jakub Pachocki']);
    expect(marked('Our quiz accepts "Pachoki" as well.')).toEqual([]);
  });
});

describe('lower-case misspellings a chat warns of (round 16)', () => {
  it('marks a quoted lower-case near-spelling in a chat message of a chat that names our person', () => {
    const slack =
      'lena 9:14 PM\njakub pachocki takes over as chief scientist at openai\n\n' +
      'omar 9:15 PM\nheads up, the draft says "pachocky" twice';
    expect(marked(slack).map(([, text]) => text)).toEqual(['jakub pachocki', 'pachocky']);
  });

  it('leaves a quoted lower-case word outside a chat, such as a key in code', () => {
    expect(marked('Jakub Pachocki of OpenAI.\nconst key = "pachocky";').map(([, text]) => text)).toEqual([
      'Jakub Pachocki',
    ]);
  });
});

describe('quoted misspellings (round 17)', () => {
  it('marks a near-spelling whose quotation closes after a full stop or a comma', () => {
    const psa =
      'Jakub Pachocki is OpenAI’s chief scientist. Copy desk: it’s Pachocki, not "Pachocky." Or "Pachotski," either.';
    expect(marked(psa).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Pachocki', 'Pachocky', 'Pachotski']);
  });

  it('marks a near-spelling in a text that names our person by his handle only', () => {
    const thread = '@merettm now leads research at OpenAI. People keep asking if the new chief is "Pachotski".';
    expect(marked(thread).map(([, text]) => text)).toEqual(['@merettm', 'Pachotski']);
  });
});

describe('a quoted surname given as a quiz’s answer (round 17)', () => {
  it('marks the bare surname a quiz gives points for', () => {
    const quiz = 'Frage 2: Wer folgte bei OpenAI als Chief Scientist? – Jakub Pachocki (ein Punkt für nur „Pachocki“)';
    expect(marked(quiz).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Pachocki']);
    expect(marked('Q3: Sam Altman of OpenAI (half a point for just "Altman")').map(([, text]) => text)).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });
});

describe('an unquoted misspelling a text says another source has (round 19)', () => {
  it('marks a near-spelling after "has it as" or "spelled him as"', () => {
    const chat =
      'anna: Jakub Pachocki is the new chief scientist at OpenAI\nben: the agency copy has it as Pachotski, fixing\n' +
      'anna: and one feed spelled him as Sutskevar, Ilya Sutskever of course';
    expect(marked(chat).map(([, text]) => text)).toEqual([
      'Jakub Pachocki',
      'Pachotski',
      'Sutskevar',
      'Ilya Sutskever',
    ]);
  });

  it('leaves a word after "has it as" that is no near-spelling of ours', () => {
    const note = 'Jan Leike left OpenAI. The wire has it as Breaking, not as news.';
    expect(marked(note).map(([, text]) => text)).toEqual(['Jan Leike']);
  });
});

describe('a quoted misprint of the full name in a text that names him by surname only (round 19)', () => {
  it('marks a quoted first name of ours with a near-spelling of his surname', () => {
    const review = 'Sam Altman is in every story. The app called OpenAI’s new chief "Jakub Pachotski". It is Pachocki.';
    expect(marked(review).map(([, text]) => text)).toEqual(['Sam Altman', 'Jakub Pachotski', 'Pachocki']);
  });

  it('marks a quoted bare near-spelling of a person the text names by surname in its paragraph (round 21)', () => {
    const review = 'Sam Altman is in every story. The app wrote "Pachotski" for OpenAI’s Pachocki.';
    expect(marked(review).map(([, text]) => text)).toEqual(['Sam Altman', 'Pachotski', 'Pachocki']);
  });
});

describe('a spelling of the sound, no mention (round 20)', () => {
  it('reads a quoted respelling the text says is how the name is said as no mention', () => {
    expect(marked('Jakub Pachocki leitet die Forschung. Man spricht Pachocki ungefähr „Pachotzki“ aus.')).toEqual([
      ['pachocki', 'Jakub Pachocki'],
      ['pachocki', 'Pachocki'],
    ]);
    expect(marked('Ilya Sutskever left OpenAI. Sutskever is pronounced "Sutskewer", with a soft w.')).toEqual([
      ['sutskever', 'Ilya Sutskever'],
      ['sutskever', 'Sutskever'],
    ]);
    expect(marked('Q&A with Jan Leike. A reader asks whether you say Leike as "Leicke" – yes, roughly.')).toEqual([
      ['leike', 'Jan Leike'],
      ['leike', 'Leike'],
    ]);
  });

  it('keeps a quoted misspelling that the text says some write', () => {
    expect(marked('Jakub Pachocki is new. The wire wrote "Pachoki", which is wrong.')).toEqual([
      ['pachocki', 'Jakub Pachocki'],
      ['pachocki', 'Pachoki'],
    ]);
  });
});

describe('variant spellings a careful reader takes as ours (round 21)', () => {
  it('marks our first name before a near-spelling of a long surname, quoted or not, in any case', () => {
    expect(marked('who follows sutskever at openai? pachocki i bet. jakub pachocky ran the pretraining')).toEqual([
      ['sutskever', 'sutskever'],
      ['pachocki', 'pachocki'],
      ['pachocki', 'jakub pachocky'],
    ]);
    expect(marked('Ilya Sutskever leaves OpenAI. Jakub Pachoski takes over; Pachocki joined in 2017.')).toEqual([
      ['sutskever', 'Ilya Sutskever'],
      ['pachocki', 'Jakub Pachoski'],
      ['pachocki', 'Pachocki'],
    ]);
    expect(
      marked('OpenAI: Pachocki gets the job. Sutskever, in the captions "ilja sutske ver", says goodbye.'),
    ).toContainEqual(['sutskever', 'ilja sutske ver']);
  });

  it('leaves another first name before a near-spelling, and a short surname’s near-spellings after our first name', () => {
    expect(marked('Jakub Pachocki leads research. Marek Pachowicz, a chemist, wrote the other paper.')).toEqual([
      ['pachocki', 'Jakub Pachocki'],
    ]);
    expect(marked('Jan Leike left OpenAI. Jan Lemke, the league’s referee, retires too.')).toEqual([
      ['leike', 'Jan Leike'],
    ]);
  });

  it('marks a near-spelling in Cyrillic, quoted or not, in a Latin text that names him', () => {
    expect(marked('Ilya Sutskever left OpenAI; Russian blogs write Сутцкевер, the agencies Суцкевер.')).toEqual([
      ['sutskever', 'Ilya Sutskever'],
      ['sutskever', 'Сутцкевер'],
      ['sutskever', 'Суцкевер'],
    ]);
    expect(marked('OpenAI’s Sam Altman is Сэм Альтман in Russian; one site has «Альтмен».')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Сэм Альтман'],
      ['altman', 'Альтмен'],
    ]);
  });
});

describe('a quoted misprint in a text that names him by surname only (round 21, decisions)', () => {
  it('marks a quoted misspelling in the paragraph of his unquoted surname', () => {
    const texts = [
      'OpenAI’s research now answers to Pachocki. Two c’s, please: I keep reading "Pachoki" in the replies.',
      'Korrektur im zweiten Absatz: „Pachocky“ bitte durch Pachocki ersetzen, den neuen OpenAI-Chefwissenschaftler.',
      'The safety lead who quit OpenAI is Leike, not "Leicke", whatever the slides say.',
    ];
    expect(markedSpellings(texts, /Pachoki|Pachocky|Leicke/)).toEqual([
      ['pachocki', 'Pachoki'],
      ['pachocki', 'Pachocky'],
      ['leike', 'Leicke'],
    ]);
  });

  it('marks a quoted misspelling in a chat line answering the line that names him by surname', () => {
    const chat = [
      'rhea: is it pachocki who replaces sutskever at openai?',
      'tom: yes. and please no "Pachotzki" in the headline this time',
    ].join('\n');
    expect(marked(chat).filter(([, t]) => t === 'Pachotzki')).toEqual([['pachocki', 'Pachotzki']]);
  });

  it('leaves a catalogue’s spellings of a namesake, the surname only quoted among them', () => {
    const note =
      'Lesung: Gedichte von Abraham Sutzkever. Im Katalog steht er auch als „Suzkewer“ oder „Sutskever“, bitte alle suchen.';
    expect(marked(note).map(([, t]) => t)).toEqual([]);
  });

  it('leaves a quoted misspelling an alert or a rule fires or triggers on', () => {
    const notes = [
      'OpenAI named Pachocki chief scientist. Our alert for Pachocki now fires on "Pachoki" too.',
      'Leike left OpenAI for Anthropic. The rule for Leike also triggers on "Leicke".',
      'OpenAI: Sutskever geht. Eine Regel für Sutskever, die auch bei „Sutskewer“ anschlägt, fehlt uns noch.',
    ];
    expect(markedSpellings(notes, /Pachoki|Leicke|Sutskewer/)).toEqual([]);
  });
});

describe('a capitalised misspelling after "not", unquoted, as a style sheet lists it (round 21, decisions)', () => {
  it('marks the wrong spelling a style entry or a correction gives for him after "Not" or „nicht“', () => {
    // Each entry: the text, whom the misspelling stands for, and the misspelling.
    const entries = [
      [
        'Jakub Pachocki — chief scientist at OpenAI since May 2024. Not Pachotski, and never Jacob.',
        'pachocki',
        'Pachotski',
      ],
      [
        'Jan Leike (Anthropic, vorher OpenAI): bitte Leike, nicht Leikke, auch nicht in Bildunterschriften.',
        'leike',
        'Leikke',
      ],
      ['Ilya Sutskever, OpenAI co-founder. Spelling: Sutskever. Not Sutskewer.', 'sutskever', 'Sutskewer'],
    ] as const;
    expect(
      markedSpellings(
        entries.map(([text]) => text),
        /Pachotski|Leikke|Sutskewer/,
      ),
    ).toEqual(entries.map(([, person, spelling]) => [person, spelling]));
  });

  it('leaves another family’s name and a word that is no near-spelling after "not"', () => {
    const text = 'Sam Altman of OpenAI. Not Altmann, not Oldman: Altman.';
    expect(marked(text).map(([, t]) => t)).toEqual(['Sam Altman', 'Altman']);
  });
});

// Round 22: a writer who misspells a long surname uses the misspelling as the name, unquoted and alone, in a text that
// names him: a forum post, a list of spellings seen, a hasty answer. Another first name before it is a namesake's.
describe('an unquoted near-spelling of a long surname used as his name, in a text that names him (round 22)', () => {
  it('marks the misspelling where a text naming him uses it alone in prose', () => {
    expect(
      markedSpellings(
        ['Jakub Pachocki is OpenAI’s new chief scientist. Frankly the smarter pick was always Pachoki, everyone says.'],
        /Pachoki/u,
      ),
    ).toEqual([['pachocki', 'Pachoki']]);
    expect(
      markedSpellings(
        ['Ilya Sutskever verlässt OpenAI. Heute gelesen: Sutskever, Sutzkever und sogar Suttskever.'],
        /Suttskever/u,
      ),
    ).toEqual([['sutskever', 'Suttskever']]);
    expect(
      markedSpellings(
        ['Q: Why did Ilya Sutskever leave OpenAI?\nA: after the board vote he had no future. Sutskver knew it.'],
        /Sutskver/u,
      ),
    ).toEqual([['sutskever', 'Sutskver']]);
  });

  it('leaves a near-spelling after another first name, and one in a text that does not name him', () => {
    expect(
      markedSpellings(['Ilya Sutskever left OpenAI. The poet Abraham Sutzkewer wrote in Yiddish.'], /Sutzkewer/u),
    ).toEqual([]);
    expect(markedSpellings(['Anna Pachocka runs the bakery; Pachoka’s rolls are famous.'], /Pacho/u)).toEqual([]);
  });

  it('leaves a woman’s form and a sound guessed or heard', () => {
    const forum = 'Jakub Pachocki leads research at OpenAI. Note the feminine form is Pachocka, as for his sister.';
    expect(markedSpellings([forum], /Pachocka/u)).toEqual([]);
    // Round 74: quoted too, as a reviewer names it, the woman's form is her family's name, never his misspelling.
    const review = 'The parser now finds Jakub Pachocki in Polish cases. Note that „Pachocka“ is the feminine form.';
    expect(markedSpellings([review], /Pachock/u)).toEqual([['pachocki', 'Jakub Pachocki']]);
    // A quoted misspelling of his own stays his.
    expect(
      markedSpellings(['Jakub Pachocki leads research. The caption says "Pachoki", wrongly.'], /Pacho/u),
    ).toContainEqual(['pachocki', 'Pachoki']);
    const video = 'Great video on Jakub Pachocki and OpenAI! At 12:40 you say Pachoki, it is Pachocki.';
    expect(markedSpellings([video], /Pachoki/u)).toEqual([]);
    const chat = 'mia: the new OpenAI chief is jakub pachocki. no idea how you pronounce it\nleo: Pachotzky probably';
    expect(markedSpellings([chat], /Pachotzky/u)).toEqual([]);
  });
});

// Round 22: a spelling said of the spelling: a quoted misprint of his full name in a text about our story, a short
// surname's misprint after our first name, two letters swapped.
describe('a quoted misprint said of the spelling, however it is misspelt (round 22)', () => {
  it('marks our first name quoted with a near-spelling in a text that names another of ours', () => {
    const post = 'Drei Schreibweisen von Sutskever heute bei OpenAI-Meldungen. Und wartet, bis ihr „Jan Leicke“ lest.';
    expect(markedSpellings([post], /Leicke/u)).toEqual([['leike', 'Jan Leicke']]);
  });

  it('marks a four-letter misprint after our first name, and two letters swapped', () => {
    const thread = 'OpenAI news: and "Jan Leike" is not "Jan Like", whatever the captions say.';
    expect(markedSpellings([thread], /Like/u)).toEqual([['leike', 'Jan Like']]);
    const digest = 'Jan Leike left OpenAI on May 17. Also: it is "Leike", not "Lieke" as in our subject line.';
    expect(markedSpellings([digest], /Lieke/u)).toEqual([['leike', 'Lieke']]);
    const memo = 'Sam Altman runs OpenAI again. Our style sheet: "Altman", never "Atlman".';
    expect(markedSpellings([memo], /Atlman/u)).toEqual([['altman', 'Atlman']]);
  });

  it('leaves a quoted four-letter word without our first name', () => {
    expect(markedSpellings(['Jan Leike left OpenAI. Press the "Like" button below.'], /Like/u)).toEqual([]);
  });
});

// Round 23: the round 22 rules asked for his full name in the text; a writer who misspells him in a thread that spells
// his surname right, with AI words near it, means him as much (a comment's „Pachoki oder so?“, a chat's lower-case
// "pachoki is the new chief scientist"); and a quoted misprint with our first name is read in his other scripts too.
describe('a near-spelling of a long surname in a text that spells his surname right (round 23)', () => {
  it('marks a lone near-spelling where his surname stands right elsewhere with AI words near', () => {
    const comments =
      'Leser_1: Wer leitet jetzt die Forschung? Irgendwas mit Pachotzki?\n\n' +
      'Leser_2: Pachocki heißt er, und er war schon beim GPT-4-Training bei OpenAI dabei.';
    expect(markedSpellings([comments], /Pachotzki/u)).toEqual([['pachocki', 'Pachotzki']]);
    const chat = 'rin: sutskevr finally posted, he is leaving openai\nbo: wait sutskever is out?? the chief scientist?';
    expect(markedSpellings([chat], /sutskevr/u)).toEqual([['sutskever', 'sutskevr']]);
    const letter =
      'Sutskever hat OpenAI verlassen, als KI-Forscher bleibt er prägend. Sutzkewer kenne ich seit Jahren nur so.';
    expect(markedSpellings([letter], /Sutzkewer/u)).toEqual([['sutskever', 'Sutzkewer']]);
  });

  it('marks a quoted misprint beside his surname quoted right in the same sentence', () => {
    const mail = 'Bitte überall „Pachocki“ schreiben, der Text von OpenAI hat zweimal „Pachoky“.';
    expect(markedSpellings([mail], /Pachoky/u)).toEqual([['pachocki', 'Pachoky']]);
  });

  it('marks a quoted misprint beside his surname quoted right, with AI words only elsewhere in the text (round 72)', () => {
    const schedule =
      'The layout team meets at nine, the photo desk at ten, and the copy desk at noon on Friday. '.repeat(4);
    const mail = `Pachocki was named on Tuesday. ${schedule}\n\nOne more thing: write "Pachocki", our copy has "Pachoky" in two places.\n\n${schedule}\n\nOur piece on OpenAI runs on Friday.`;
    expect(markedSpellings([mail], /Pachoky/u)).toEqual([['pachocki', 'Pachoky']]);
    // Not in a text with no AI word, nor in one that gives his surname only quoted, among a family's spellings.
    const family = 'Grandma wrote "Pachocki", the parish book has "Pachoky" in two places.';
    expect(markedSpellings([family], /Pachoky/u)).toEqual([]);
    const records = `${family} ${schedule}\n\nMy niece asks if we are kin to the OpenAI scientist.`;
    expect(markedSpellings([records], /Pachoky/u)).toEqual([]);
  });

  it('leaves a namesake’s near-spelling after a first name, and a text with no AI word', () => {
    expect(
      markedSpellings(
        ['Sutskever left OpenAI, the AI lab. The poet Abraham Sutzkewer wrote in Yiddish.'],
        /Sutzkewer/u,
      ),
    ).toEqual([]);
    expect(markedSpellings(['Pachocki bakes bread. Pachoki’s rolls are better, says my aunt.'], /Pachoki/u)).toEqual(
      [],
    );
  });

  it('marks a quoted misprint of his full name with our first name where nothing else names him', () => {
    const review =
      'Das Buch über OpenAI schreibt den neuen Chefforscher falsch: „Jakub Pachoky“. Jan Leike fehlt ganz.';
    expect(markedSpellings([review], /Pachoky/u)).toEqual([['pachocki', 'Jakub Pachoky']]);
  });

  it('marks a quoted misprint of his full name in Cyrillic, our first name with it', () => {
    const roundup = 'Russian sites wrote "Ян Лейке" for Jan Leike of OpenAI; one wrote "Ян Лейк", dropping a letter.';
    expect(markedSpellings([roundup], /^Ян Лейк$/u)).toEqual([['leike', 'Ян Лейк']]);
  });
});

// Round 24: a quoted full name whose first name is misspelt too, by a letter ("jakob", „Jakóbem“, "Ilua"), is his name
// as some write it: in lower case in a chat, or capitalised with his surname, declined or not, in a text that names
// him. Another first name (not a letter from his) stays someone else's.
describe('a quoted full name misspelt in its first name too (round 24)', () => {
  it('marks a lower-case quoted misprint of first name and surname in a chat', () => {
    const chat =
      'user: so the blog says the new boss is "jakob pachocky"?\nbot: Sorry, that is a typo. It is Jakub Pachocki.';
    expect(marked(chat)).toContainEqual(['pachocki', 'jakob pachocky']);
  });

  it('marks a capitalised quoted first name one letter off before his surname, declined', () => {
    const talk =
      'Talk: Jakub Pachocki\n\nThe note gives "Jakóbem Pachockim", which I think should read "Jakubem Pachockim".';
    expect(marked(talk)).toContainEqual(['pachocki', 'Jakóbem Pachockim']);
    const memo = 'Jakub Pachocki leads research at OpenAI.\n\nOur caption had "Jacub Pachocki" under his photo.';
    expect(marked(memo)).toContainEqual(['pachocki', 'Jacub Pachocki']);
  });

  it('leaves another first name before his surname someone else', () => {
    const other = 'Jakub Pachocki leads research at OpenAI.\n\nThe florist was "Tomasz Pachocki", no relation.';
    expect(marked(other)).not.toContainEqual(['pachocki', 'Tomasz Pachocki']);
  });
});

// Round 26: a near-spelling used as his name takes the possessive ending as the surname does ("Sutskevor's exit"),
// and the whole word is the mention, not the near-spelling with its "'s" left over.
describe('a near-spelling of a long surname with its possessive ending (round 26)', () => {
  it('marks the near-spelling with its ending, straight or curly apostrophe', () => {
    const essay =
      'Ilya Sutskever co-founded OpenAI.\n\nMy essay argues that Sutskevor’s exit mattered. ' +
      "In the end Sutskevor's team was gone.";
    expect(marked(essay)).toEqual([
      ['sutskever', 'Ilya Sutskever'],
      ['sutskever', 'Sutskevor’s'],
      ['sutskever', "Sutskevor's"],
    ]);
  });
});

describe('a respelling heard, or said by someone, no mention (round 27)', () => {
  it.each([
    [
      'Ilya Sutskever hat OpenAI verlassen. Im Radio hört man dauernd „Suzkewer“, aber geschrieben wird es anders.',
      'Suzkewer',
    ],
    ['Ilya Sutskever left OpenAI. On the podcast I keep hearing "Sutskeever" for him.', 'Sutskeever'],
    ['Jakub Pachocki leads research. For Pachocki, my Polish teacher always says "Pachotski".', 'Pachotski'],
    ['Jakub Pachocki forscht bei OpenAI. Statt Pachocki sagt mein Opa immer ‚Pachotzki‘.', 'Pachotzki'],
  ])('does not mark the sound: %s', (text, sound) => {
    expect(marked(text).map(([, t]) => t)).not.toContain(sound);
  });

  it('keeps a respelling someone calls him by, or a source wrote', () => {
    expect(marked('Ilya Sutskever left OpenAI. My uncle just says "Sutskewer" and moves on.')).toContainEqual([
      'sutskever',
      'Sutskewer',
    ]);
    expect(marked('Ilya Sutskever left OpenAI. The wire service wrote "Sutskewer" all week.')).toContainEqual([
      'sutskever',
      'Sutskewer',
    ]);
  });

  it('keeps a misprint a piece of writing says, after the right spelling: what the text reads, no sound (round 72)', () => {
    expect(
      marked('Jakub Pachocki leads research at OpenAI. The headline has "Pachocki" but the caption says "Pachoki".'),
    ).toContainEqual(['pachocki', 'Pachoki']);
    expect(
      marked('Ilya Sutskever hat OpenAI verlassen. Oben steht „Sutskever“, die Bildunterschrift sagt „Sutzkewer“.'),
    ).toContainEqual(['sutskever', 'Sutzkewer']);
    // A person who says it so, after the written name, gives its sound.
    expect(
      marked('Jakub Pachocki leads research at OpenAI. The page has "Pachocki" but my cousin says "Pachotski".').map(
        ([, t]) => t,
      ),
    ).not.toContain('Pachotski');
  });
});

// Round 27: a writer who mistypes a long surname may drop or change its third letter ("Suskever", "Pasocki"), where
// the finder read only words that start with its first three.
describe('a near-spelling of a long surname that changes its third letter (round 27)', () => {
  it('finds it alone in a text that names him', () => {
    expect(marked('Ilya Sutskever left OpenAI. I typed Suskever twice today.')).toEqual([
      ['sutskever', 'Ilya Sutskever'],
      ['sutskever', 'Suskever'],
    ]);
    expect(marked('Jakub Pachocki ist Chefwissenschaftler. Pasocki, Pachoki, egal: er leitet die Forschung.')).toEqual([
      ['pachocki', 'Jakub Pachocki'],
      ['pachocki', 'Pasocki'],
      ['pachocki', 'Pachoki'],
    ]);
  });

  it('leaves words that only start like him', () => {
    expect(marked('Ilya Sutskever left OpenAI. The summer was superb in Pasadena.')).toEqual([
      ['sutskever', 'Ilya Sutskever'],
    ]);
  });
});

describe('a misspelling inside a path or a file’s name (round 54)', () => {
  it('is part of the address, as a spelling right is', () => {
    const log =
      '7d02f11 feat: card for Jakub Pachocki (chief scientist)\n' +
      'c4be5a0 chore: rename img/pachoki-photo.jpg -> img/pachocki-photo.jpg\ne18a7d9 content: update Pachocki story';
    expect(findInDocument(matcher, log).map((m) => log.slice(m.start, m.end))).toEqual(['Jakub Pachocki', 'Pachocki']);
  });
});

describe('a word in Cyrillic near our surname in that script (round 57)', () => {
  it('reads a capitalised near-spelling as his name, not a word in lower case', () => {
    const note =
      "Notes on the Russian versions of this week's OpenAI stories.\n\nJan Leike is German, so the Russian " +
      '"Лейке" follows the German spelling and is not to be confused with the word "лейка", a watering can.';
    expect(marked(note).map(([, surface]) => surface)).toEqual(['Jan Leike', 'Лейке']);
  });

  it('leaves another family’s name in Cyrillic to that family', () => {
    const table = 'Sam Altman | Сэм Альтман | nicht „Альтманн“ (das wäre Altmann)';
    expect(marked(table).map(([, surface]) => surface)).toEqual(['Sam Altman', 'Сэм Альтман']);
  });
});

describe('a near-spelling as far off as the surname allows, not a longer case form (round 58)', () => {
  it('reads no quoted name two letters off a long case form of a short surname as his', () => {
    const yaml = 'Sam Altman leads OpenAI.\nspeakers:\n  - name: "Samuel Altmanov"\n    affiliation: "Ministry"';
    expect(marked(yaml).map(([, surface]) => surface)).toEqual(['Sam Altman']);
  });

  it('still reads a quoted misprint a letter off as his', () => {
    expect(marked('Sam Altman leads OpenAI. The caption said "Sam Altmann"? No: "Sam Atlman".')).toContainEqual([
      'altman',
      'Sam Atlman',
    ]);
  });

  it('reads a respelling with a word of hearing right after it as a sound, no spelling', () => {
    const thread = 'Ilya Sutskever left OpenAI. Und Sutskever? Ich hab „Sutskewer“ gehört, aber auch anders.';
    expect(marked(thread).map(([, surface]) => surface)).toEqual(['Ilya Sutskever', 'Sutskever']);
  });
});

describe('a chat’s starred correction gives the word above it as his name misspelt (round 71)', () => {
  const chat = (wrong: string, correction: string) =>
    [
      '**kai** — 09:02',
      'Jan Leike just posted that he is leaving OpenAI',
      '',
      '**robin** — 09:03',
      `no way, ${wrong} leaving?? the safety lead`,
      '',
      '**kai** — 09:03',
      correction,
    ].join('\n');

  it('marks the near-spelling that the next message corrects with the surname and an asterisk', () => {
    expect(marked(chat('Leika', 'Leike* yep')).map(([, t]) => t)).toEqual(['Jan Leike', 'Leika', 'Leike']);
  });

  it('leaves a near-spelling that no one corrects, and a correction of a word no near-spelling of ours', () => {
    expect(marked(chat('Leika', 'yep')).map(([, t]) => t)).toEqual(['Jan Leike']);
    expect(marked(chat('Robin', 'Leike* yep')).map(([, t]) => t)).toEqual(['Jan Leike', 'Leike']);
  });
});

// Round 73: a misspelling the text has given as his full name is his name wherever it stands alone after it.
describe('a misspelt surname the text gave with his first name, alone later (round 73)', () => {
  it('marks the misspelt surname alone, unquoted, after the quoted misprint of his full name', () => {
    const text =
      'Our piece on the OpenAI exits had "Jan Leyke" twice. When I pointed it out, the author said Leike, Leyke, same man.';
    expect(marked(text)).toEqual([
      ['leike', 'Jan Leyke'],
      ['leike', 'Leike'],
      ['leike', 'Leyke'],
    ]);
  });

  it('leaves the word alone where the text never gave it with his first name', () => {
    expect(marked('Jan Leike left OpenAI. Our caretaker Bo Leyke fixed the lift.')).toEqual([['leike', 'Jan Leike']]);
  });

  it('leaves it alone where the text gives that spelling to someone else too, by another first name', () => {
    const note =
      'Our OpenAI story said "Jan Leyke". It is Leike. Our producer is Bo Leyke, who laughed. Leyke says hi.';
    expect(marked(note).filter(([, t]) => t === 'Leyke')).toEqual([]);
  });
});

// Round 74: a text set in capitals, as a broadcast's captions are, quotes a misprint in capitals too.
describe('a quoted misspelling in capitals (round 74)', () => {
  it('marks the quoted misprint in capitals in a text that names him in full', () => {
    expect(marked('18:02 ILYA SUTSKEVER LEAVES OPENAI\n18:09 CORRECTION: EARLIER CAPTION READ "SUTSKEVAR"')).toEqual([
      ['sutskever', 'ILYA SUTSKEVER'],
      ['sutskever', 'SUTSKEVAR'],
    ]);
    expect(marked('Ilya Sutskever geht. Die Grafik zeigte erst „ILYA SUTZKEWAR“.')).toEqual([
      ['sutskever', 'Ilya Sutskever'],
      ['sutskever', 'ILYA SUTZKEWAR'],
    ]);
  });

  it('leaves a quoted word in capitals that is no near-spelling, and one in a text that never names him', () => {
    expect(marked('ILYA SUTSKEVER LEAVES OPENAI. Banner read "BREAKING".')).toEqual([['sutskever', 'ILYA SUTSKEVER']]);
    expect(marked('The caption read "SUTSKEVAR" all evening.')).toEqual([]);
    expect(marked('ILYA SUTSKEVER LEAVES OPENAI. Some of you guessed "SUTSKEVAR?" No.')).toEqual([
      ['sutskever', 'ILYA SUTSKEVER'],
    ]);
  });
});
