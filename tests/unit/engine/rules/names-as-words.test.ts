import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** What the engine marks in `text`, as written. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

// Every text names ours in full and speaks of AI, so that a lone surname in it would be his by the document.
const STORY =
  'Jan Leike left OpenAI in May 2024; Jakub Pachocki became chief scientist after Ilya Sutskever, and Sam Altman thanked both.';

/** That each of `lines`, after `before`, leaves only the full names of `STORY` marked. */
function expectOnlyStory(lines: readonly string[], before = `${STORY}\n\n`) {
  for (const line of lines) {
    expect(marked(`${before}${line}`), line).toEqual(['Jan Leike', 'Jakub Pachocki', 'Ilya Sutskever', 'Sam Altman']);
  }
}

describe('names as words: a name as the object of matching, searching or counting (round 21)', () => {
  it.each([
    [
      'drops a quoted surname compared or combined as code or a query does',
      [
        'if token.text != "Leike": continue',
        'query = "Pachocki" AND ("chief scientist" OR "GPT-4")',
        'Alert terms: "Sutskever" OR "Sutzkever"',
        'Suchbegriffe der Woche: „Altman“; „Leike“; „Pachocki“',
        'assert lookup_person("Sutskever") == "ilya"',
      ],
    ],
    [
      'drops a hashtag counted',
      ['Top hashtags this week: #Pachocki 1,204 posts, #Sutskever 980.', 'Meistgenutzt: #Leike: 312 Beiträge'],
    ],
    [
      'drops a quoted surname after a word for what a text-processing tool handles',
      [
        'The linker maps later mentions of "Altman" to the first full name it saw.',
        'Wie kann ich „Leike“ disambiguieren, wenn der Vorname fehlt?',
        'Count the occurrences of "Sutskever" per outlet.',
      ],
    ],
  ] as const)('%s', (_, lines) => expectOnlyStory(lines));

  it('drops a quoted answer graded for a numbered question about a namesake', () => {
    const sheet = `${STORY}\n\n3. Who directed "Nashville" (1975)? — Robert Altman\n4. Who wrote "Geheimshtot"? — Abraham Sutzkever\n\n`;
    expectOnlyStory(
      [
        'For Q3 we also took "Altman" without the first name.',
        'Zu Frage 4: „Sutzkever“ allein reicht, Tisch 4 bekommt den Punkt.',
        'Your "Altman" on question 3 counts, team Owls.',
      ],
      sheet,
    );
  });

  it('keeps a quoted answer graded for a question about ours', () => {
    const sheet = `${STORY}\n\n5. Who became OpenAI's chief scientist in May 2024? — Jakub Pachocki\n\n`;
    expect(marked(`${sheet}For Q5 we also accept "Pachocki" on its own.`)).toContain('Pachocki');
    expect(marked(`${sheet}Bei Frage 5 zählt „Pachocki“ allein als richtig.`)).toContain('Pachocki');
  });

  it('keeps a quoted name among prose’s semicolons and a wiki heading’s equals signs', () => {
    expect(
      marked(`${STORY}\n\n5. Who replaced him? — Jakub Pachocki (accept "Pachocki"; "Pachinko" was funny)`),
    ).toContain('Pachocki');
    expect(marked(`Talk:Ilya Sutskever\n== "Sutzkever" in German sources ==\nSeveral outlets wrote it so.`)).toContain(
      'Sutzkever',
    );
    expect(marked(`${STORY}\n\nSutskever, Ilya: chief scientist until May 2024. NOT "Sutzkever".`)).toContain(
      'Sutzkever',
    );
  });

  it('keeps our person quoted or compared in prose', () => {
    expect(marked(`${STORY} Some wires wrote "Sutzkever"; the right spelling is Sutskever.`)).toEqual([
      'Jan Leike',
      'Jakub Pachocki',
      'Ilya Sutskever',
      'Sam Altman',
      'Sutzkever',
      'Sutskever',
    ]);
    expect(marked(`${STORY} "Leike" was the word on every timeline that Friday.`)).toContain('Leike');
    expect(marked(`${STORY} Richtig ist Sutskever, nicht Sutzkever.`)).toContain('Sutskever');
  });
});

describe('names as words: a name someone bears, not the person (round 21)', () => {
  it.each([
    [
      'drops a surname the writer says is their own',
      [
        'Ich heiße übrigens auch Leike und werde ständig nach OpenAI gefragt.',
        'Seit wir Pachocki heißen, fragt jeder nach ChatGPT.',
        'My last name is Altman too, so people ask me about OpenAI all the time.',
      ],
    ],
    [
      'drops a surname a namesake in another walk of life is called by',
      [
        'The app tagged it with a Dutch footballer called Leike.',
        'Mein Feed zeigt mir ständig einen österreichischen Politiker namens Pachocki.',
        // Round 74: a sport's, "a Belgian cyclist named Leike", „einen Radrennfahrer namens Altman“.
        'Three hits were for a Belgian cyclist named Leike.',
        'Die Suche fand auch einen Radrennfahrer namens Altman.',
      ],
    ],
  ] as const)('%s', (_, lines) => expectOnlyStory(lines));

  it('drops a surname said, then said to be borne by someone', () => {
    expectOnlyStory([
      'Sutskever? Mein Zahnarzt heißt auch so, der zieht aber nur Zähne.',
      'Leike! My landlord is called that too, lol.',
      'Pachocki … my aunt has the same last name.',
    ]);
  });

  it('keeps ours named so in our story', () => {
    expect(marked(`${STORY} Der neue Chefwissenschaftler heißt Pachocki.`)).toContain('Pachocki');
    expect(marked(`${STORY} Sutskever ist weg, und sein Nachfolger heißt Pachocki.`)).toContain('Sutskever');
    expect(marked(`${STORY} An OpenAI researcher named Leike quit over safety.`)).toContain('Leike');
  });
});

describe('names as words: things named after namesakes (round 21)', () => {
  it.each([
    [
      'drops a surname before a model’s code or a thing’s noun',
      [
        'The "Leike X200" drone is out of stock again.',
        'Season 4 adds the Sutskever Outpost map and Altman’s Riot Shield for tanks.',
        'Die Feuerwehr übt am Samstag an der Pachocki Brücke.',
      ],
    ],
  ] as const)('%s', (_, lines) => expectOnlyStory(lines));

  it('keeps a headline’s surname before a capitalised verb, and a model of ours after his name', () => {
    expect(marked(`${STORY} The Verge ran "Altman Returns as CEO" on Wednesday.`)).toContain('Altman');
    expect(marked(`${STORY} Leike GPT-4 safety work is cited twice.`)).toContain('Leike');
  });
});

describe('names of things: a lower-case surname after a thing’s noun, a hashtag measured (round 27)', () => {
  it('drops a lower-case surname that names a machine, a room or a channel', () => {
    expectOnlyStory([
      'Reminder: the compute node "pachocki" reboots at noon.',
      'Der Testserver „leike“ ist heute nicht erreichbar.',
      'Jobs on partition altman are paused until Friday.',
      'Bitte den Besprechungsraum sutskever bis 12 Uhr räumen.',
      'Posted in Slack channel #leike by mistake, sorry.',
    ]);
  });

  it('drops a hashtag whose clause reports its reach or count', () => {
    expectOnlyStory([
      'Stats: #leike reached the most accounts on Tuesday.',
      'Top tag last week was #altman, with 9,400 impressions.',
      'Intern: #Pachocki brachte am Freitag die meisten Aufrufe.',
    ]);
  });

  it('keeps a lower-case surname in chat about him, and a hashtag that trends with the story', () => {
    for (const [line, word] of [
      ['lol so the new chief scientist is pachocki now', 'pachocki'],
      ['the hashtag #sutskever is trending since he left', 'sutskever'],
      ['ok but why did the board side with altman in the end', 'altman'],
      ['Unter #Leike diskutieren viele seinen Rücktritt.', 'Leike'],
      ['Under #Sutskever, thousands of posts within the hour.', 'Sutskever'],
    ] as const) {
      expect(marked(`${STORY}\n\n${line}`), line).toContain(word);
    }
  });
});

describe('names as words: a surname likened to a common one, or a bearer set apart as different (round 27)', () => {
  it('drops the surname likened to a common surname', () => {
    expectOnlyStory([
      'In Gdańsk, Pachocki is a bit like Smith here: half the phone book.',
      'Leike ist in Ostfriesland ungefähr wie Meyer, sagt meine Oma.',
      'Honestly Altman was like Jones in our village, three families of them.',
    ]);
  });

  it('drops the surname set apart as a different one', () => {
    expectOnlyStory(['me: wasn’t altman the nashville guy?\nthem: different altman, sweetie']);
  });
});

describe('queries of bare words and quoted strings with their operators (round 48)', () => {
  it('drops lone surnames joined by a query’s operators in capitals, quoted or not, and the strings after a search’s label', () => {
    expectOnlyStory(['Search strings used: "Sutskever" OR "Sutzkever"; "Altman" -Robert; "Leike"; "Pachocki"']);
    // A full name is a mention wherever it stands.
    const saved = 'Note: the saved query "Jan Leike" OR Sutskever OR Pachocki also pulls up sports briefs.';
    expect(marked(`${STORY}\n\n${saved}`)).toEqual([
      'Jan Leike',
      'Jakub Pachocki',
      'Ilya Sutskever',
      'Sam Altman',
      'Jan Leike',
    ]);
  });

  it('keeps a lone surname beside "or" in prose, and beside an "AND" set in capitals for emphasis', () => {
    expect(marked(`${STORY}\n\nLosing Sutskever AND Leike in one night?`)).toEqual([
      'Jan Leike',
      'Jakub Pachocki',
      'Ilya Sutskever',
      'Sam Altman',
      'Sutskever',
      'Leike',
    ]);
    expect(marked(`${STORY}\n\nWas it Sutskever or Pachocki who spoke first?`)).toEqual([
      'Jan Leike',
      'Jakub Pachocki',
      'Ilya Sutskever',
      'Sam Altman',
      'Sutskever',
      'Pachocki',
    ]);
  });
});

describe('a quoted surname that a highlighter lights up (round 74)', () => {
  it('drops the quoted surname said to light up or highlight text', () => {
    expectOnlyStory([
      '// FIXME: "Leike" alone still lights up a furniture shop’s ads.',
      'Known issue: "Pachocki" highlights a dentist’s page too.',
    ]);
  });

  it('keeps a quoted surname before other verbs', () => {
    expect(marked(`${STORY}\n\nSo "Altman" lights a fire under the board.`)).toContain('Altman');
  });
});

describe('a quoted surname a tool flags, rewrites, counts or contains, searched, or a search’s results for (round 48)', () => {
  it('drops the quoted surname as the string', () => {
    expectOnlyStory([
      'names: add warn rule for "Pachoki"',
      'The checker now flags the string "Pachoki" and rewrites "Sutzkever" to the house spelling.',
      '# Caveat: "Altman" on its own also hits our film desk.',
      'The archives will bury you in results for "Altman" since November.',
      'Searching "Leike" shows episodes from every feed.',
      'Malte: Alert von unserem Monitoring: „Leike“ 14 Treffer über Nacht.',
    ]);
    // The full name is a mention wherever it stands; the surname it contains is the string.
    const comment = '# keine Doppelzählung, weil "Sam Altman" auch "Altman" enthält';
    expect(marked(`${STORY}\n\n${comment}`)).toEqual([
      'Jan Leike',
      'Jakub Pachocki',
      'Ilya Sutskever',
      'Sam Altman',
      'Sam Altman',
    ]);
  });
});

describe('a quoted surname whose search brings up results (round 72)', () => {
  it('drops the quoted surname as the string searched', () => {
    expectOnlyStory([
      'Tip: "Pachocki" alone gets you a roofing firm in Ohio first.',
      'And "Sutskever" on its own brings up a poet as often as not.',
      'Im Archiv: „Altman“ allein liefert vor allem Filmkritiken.',
      'Im Archiv: „Leike“ liefert vor allem Treffer zu einem Gartencenter.',
    ]);
  });

  it('keeps a quoted surname whose verb is the man’s', () => {
    const says = `${STORY}\n\n"Leike" gets the last word in the new documentary.`;
    expect(marked(says)).toContain('Leike');
  });
});

describe('a surname after a noun for a word or a name (round 49)', () => {
  it('drops the surname the text calls a word or a surname', () => {
    expectOnlyStory([
      'Known issue: the plugin still highlights the word Leike on a Dutch garden-centre site.',
      'Das Wort Pachocki taucht auch im Telefonbuch von Herne auf.',
    ]);
  });
});

describe('one who bears the name himself, in clipped speech or in full (round 54)', () => {
  it('drops the speaker’s own surname and full name', () => {
    expect(marked('Jan Leike ging zu Anthropic. Ich heiß zwar auch Leike, aber ich bin Bäcker.')).toEqual([
      'Jan Leike',
    ]);
    expect(
      marked('Jakub Pachocki leads OpenAI’s research. Grandpa: I am also Jakub Pachocki, and nobody calls me.'),
    ).toEqual(['Jakub Pachocki']);
  });
});

describe('a search’s strings below their header, a parenthesis after the noun (round 67)', () => {
  it('drops the strings of a header with a parenthesis, on its line or listed below it', () => {
    expectOnlyStory([
      'Suchbegriffe (einzeln und kombiniert): Altman; Sutskever; Leike; Pachocki; Superalignment',
      'Suchbegriffe (je ein Alert):\n- "Sutskever" OR "Sutzkever"\n- "Leike" -Gärtnerei -Handball\n- "Altman" OpenAI',
      'Wortliste für die Diktiersoftware (kennt die Namen nicht):\nSutskever, Pachocki, Leike, Anthropic',
      'Word list for the dictation app:\nLeike, Pachocki',
    ]);
  });

  it('keeps a list below another header, and a list that prose parts from its header', () => {
    const questions = 'Offene Fragen:\n- Sutskever\n- Leike und Pachocki';
    expect(marked(`${STORY}\n\n${questions}`)).toEqual([
      ...['Jan Leike', 'Jakub Pachocki', 'Ilya Sutskever', 'Sam Altman'],
      ...['Sutskever', 'Leike', 'Pachocki'],
    ]);
    const parted = 'Search terms:\nOpenAI\n\nThe board heard from Leike and Sutskever.';
    expect(marked(`${STORY}\n\n${parted}`).slice(4)).toEqual(['Leike', 'Sutskever']);
  });
});

describe('a list line that is no list, read once (round 67)', () => {
  it('reads a long word after a surname without splitting it into items every possible way', () => {
    const line = `Suchbegriffe:\nLeike ${'abcdefghij'.repeat(38)}!`;
    expect(marked(`${STORY}\n\n${line}`).slice(4)).toEqual(['Leike']);
  });
});

describe('round 68: a quoted surname googled, German’s verb last', () => {
  it('drops the quoted surname a German clause googles', () => {
    expectOnlyStory([
      'Wer heute „Leike“ googelt, findet zuerst den KI-Forscher.',
      'Wenn ich „Pachocki“ google, kommt nur noch OpenAI.',
      'Als wir „Sutskever“ googelten, kam die Nachricht.',
    ]);
  });

  it('keeps a quoted surname before the firm’s name', () => {
    expect(marked(`${STORY}\n\n„Altman“ hat Google-Aktien, sagt er.`).slice(4)).toEqual(['Altman']);
  });
});

describe('round 68: a quoted surname whose search’s hits its clause counts, words between', () => {
  it('drops the quoted surname whose hits or results are counted', () => {
    expectOnlyStory([
      'Bei „Altman“ geht es in acht von zehn Treffern um den OpenAI-Chef.',
      'For "Leike", nine of the first ten results were about his resignation.',
      'Der Monitor liefert für „Pachocki“ über Nacht 25 Treffer.',
    ]);
  });

  it('keeps a quoted surname after which a count is of something else', () => {
    expect(marked(`${STORY}\n\n"Leike" wrote 12 posts about it.`).slice(4)).toEqual(['Leike']);
  });
});

describe('round 68: a quoted surname that caught a count of texts', () => {
  it('drops the quoted surname, a noun between, said to have caught or pulled in a number of texts', () => {
    expectOnlyStory([
      'Review: the "Sutzkever" variant caught 61 articles, most of them about the poet.',
      'Our "Leike" query pulled in 37 items from a garden centre.',
      'Der Suchbegriff „Pachocki“ erfasste 12 Meldungen aus Krakau.',
    ]);
  });

  it('keeps a quoted surname that caught someone or something uncounted', () => {
    expect(marked(`${STORY}\n\n"Altman" caught everyone off guard, and "Leike" picked up the phone.`).slice(4)).toEqual(
      ['Altman', 'Leike'],
    );
  });
});

describe('round 70: a surname before a clause-final „heißt“, the name someone bears', () => {
  it('reads „dass jemand von euch Leike heißt“ and „weil einer im Kurs Altman hieß“ as the name', () => {
    expectOnlyStory([
      'Jetzt fehlt nur, dass jemand von euch Leike heißt.',
      'Ich lachte, weil einer im Kurs Altman hieß.',
    ]);
  });

  it('keeps a correction’s infinitive and a verb that goes on: „Muss Leike heißen“, „Leike heißt es im Protokoll“', () => {
    expect(marked(`${STORY}Im Text steht „Leiki“. Muss Leike heißen.`)).toContain('Leike');
    expect(marked(`${STORY}Leike heißt es im Protokoll, nicht Leiki.`)).toContain('Leike');
  });
});

describe('round 70: a quoted name right after a noun for a shop, the shop’s name', () => {
  it('reads ‘her salon is called "Altman’s Cuts"’ and „das Café „Pachocki““ as the shop', () => {
    expectOnlyStory([
      'Her salon is called "Altman\'s Cuts" and gets AI spam now.',
      'Wir sitzen im Café „Pachocki“ am Markt.',
    ]);
  });

  it('keeps a team’s quoted name, which may allude to ours: ‘the winning team was "Sutskever’s Cat"’', () => {
    expect(marked(`${STORY} The winning team was "Sutskever's Cat".`)).toContain("Sutskever's");
  });
});

describe('round 71: a lower-case surname joined by a query’s "AND" in capitals', () => {
  it('drops a lower-case surname that a capitals "AND" joins to the other terms of a query line', () => {
    expectOnlyStory([
      'Im Archiv etwa so eingeben:\n  leike AND rücktritt AND 2024',
      'Our saved search:\npachocki AND "chief scientist" OR leike',
    ]);
  });

  it('keeps a surname beside an "AND" set for emphasis, capitalised or in a lower-case chat’s sentence', () => {
    expect(marked(`${STORY}\n\nPachocki AND Sutskever on one stage?`)).toContain('Pachocki');
    expect(marked(`${STORY}\n\n[09:12] mo: pachocki AND leike on one stage?? wild`)).toContain('pachocki');
  });
});

describe('round 71: a surname a title’s noun sets in apposition, or that strings begin or end with', () => {
  it('drops the surname given as a title, or as the string that titles or names begin with', () => {
    expectOnlyStory([
      'Related: every entry associated with the title Leike.',
      'See the list of pages with titles beginning with Pachocki',
      'Gesucht werden alle Artikel, deren Titel mit Sutskever beginnen.',
      'Zeigt Einträge beginnend mit „Altman“ an.',
    ]);
  });

  it('keeps a surname that begins a clause after the title’s noun', () => {
    expect(marked(`${STORY}\n\nPachocki now holds the title Sutskever gave up.`)).toContain('Sutskever');
    expect(marked(`${STORY}\n\nThe conference opened with a keynote beginning with Altman on stage.`)).toContain(
      'Altman',
    );
  });
});

describe('round 71: a quoted surname given as an example of a search or an alert', () => {
  it('drops the quoted surname after a search’s or an alert’s noun and an example’s marker', () => {
    expectOnlyStory([
      'Gespeicherte Suchen, z. B. „Pachocki“, laufen jede Nacht.',
      'You can set up alerts, e.g. "Leike", from the archive page.',
    ]);
  });

  it('keeps a quoted surname given as an example of people', () => {
    expect(marked(`${STORY}\n\nManche Gäste, z. B. „Altman“, sagten ab.`)).toContain('Altman');
  });
});

describe('round 72: a quoted surname taken without its first name, as the form a tool or a count meets', () => {
  it('reads „bei „X“ ohne Vornamen“ and ‘for "X" without a first name’ as the string', () => {
    const notes = [
      'Jan Leike und Sam Altman bei OpenAI.',
      '- Bei „Altman“ ohne Vornamen landen auch Filmkritiken im Ordner.',
      '- For "Leike" without a first name the feed also brings in a handball club.',
    ].join('\n');
    expect(marked(notes)).toEqual(['Jan Leike', 'Sam Altman']);
  });

  it('keeps a quoted surname someone wrote without his first name, or a quiz grades so', () => {
    const notes = [
      'Jakub Pachocki ist Chief Scientist.',
      'Die Agentur nennt ihn meist „Pachocki“ ohne Vornamen.',
      'In der Dachzeile steht bei uns „Pachocki“ ohne Vornamen.',
      'Quiz: half a point for "Pachocki" without a first name.',
    ].join('\n');
    expect(marked(notes)).toEqual(['Jakub Pachocki', 'Pachocki', 'Pachocki', 'Pachocki']);
  });
});

describe('round 72: a quoted surname a filter or an alert went off on', () => {
  it('reads the quoted name after a filter’s or an alert’s noun and „wegen“, "on" or „auf“ as its word', () => {
    const notes = [
      'Sam Altman und Jan Leike bei OpenAI.',
      'Die Meldung hat der Spamfilter wegen „Altman“ aussortiert.',
      'ops: the alert fires on "Leike" for every obituary.',
    ].join('\n');
    expect(marked(notes)).toEqual(['Sam Altman', 'Jan Leike']);
  });

  it('keeps a quoted name a sentence without a filter’s noun sets after "on"', () => {
    const notes = 'Sam Altman leads OpenAI.\nThe board was split on "Altman" for a week.';
    expect(marked(notes)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('a quoted surname after a noun for a word (round 72)', () => {
  it('drops the quoted surname the text calls a word', () => {
    expectOnlyStory([
      'Die Sprachforscherin erklärt gern, woher das Wort „Pachocki“ kommt.',
      'She thinks the word "Leike" began as a short form of a first name.',
    ]);
  });

  it('keeps a quoted surname after another noun', () => {
    expect(marked(`${STORY} The tweet "Leike was right" went around the lab.`)).toContain('Leike');
  });
});

describe('a name that no one is called (round 72)', () => {
  it('drops the surname after a naming verb whose subject is no one', () => {
    expectOnlyStory([
      'We have two speakers lined up, and neither of them is called Leike this time.',
      'Keiner von beiden heißt Pachocki, versprochen.',
    ]);
  });

  it('keeps the surname one is called', () => {
    expect(marked(`${STORY} OpenAI's new chief scientist is called Pachocki.`)).toContain('Pachocki');
  });
});

describe('round 72: a quoted name "in" a file’s name is what the file has, no operand of code', () => {
  it('keeps a misprint fixed in a file, and reads one tested against an object’s member as a string', () => {
    expect(marked(`${STORY}\nb41c2 fix typo "Sutzkewer" in people.md caption`)).toContain('Sutzkewer');
    expect(marked(`${STORY}\nif "Sutzkewer" in page.text: flag(page)`)).not.toContain('Sutzkewer');
  });
});

describe('round 73: a lower-case surname and the count of its search’s hits after an arrow or a colon', () => {
  it('drops the typed term a search log counts hits for, a misspelling too', () => {
    expectOnlyStory([
      'Archive, week 20:\n(a) pachocki -> 61 hits\n(b) sutzkever -> 12 hits',
      'Unsere Abfragen: leike: 40 Treffer, davon zwei zum Fußballer.',
    ]);
  });

  it('keeps a capitalised surname that a report counts articles for', () => {
    expect(marked(`${STORY}\nCoverage by person:\n- Leike: 140 articles\n- Pachocki → 52 articles`)).toEqual([
      'Jan Leike',
      'Jakub Pachocki',
      'Ilya Sutskever',
      'Sam Altman',
      'Leike',
      'Pachocki',
    ]);
  });
});

describe('round 73: a quoted surname joined by a plus to another quoted string', () => {
  it('drops the quoted surname that a plus combines with another quoted term', () => {
    expectOnlyStory([
      'Filter log: 14 "Pachocki" + "GPT-4" results came from a job board.',
      'Die Kombination „Leike“ + „Anthropic“ lieferte nur Agenturmeldungen.',
    ]);
  });

  it('keeps a surname beside a plus in prose, unquoted', () => {
    expect(marked(`${STORY}\nAltman + Sutskever: a partnership that ended in November.`)).toContain('Altman');
  });
});

describe('round 73: a surname that names a firm before the firm’s noun', () => {
  it('drops the surname of a firm’s name before a noun for its business', () => {
    expectOnlyStory([
      'Twelve clippings were about the Pachocki Brothers bakery fire.',
      'The Leike Oak sawmill closes.',
    ]);
  });

  it('keeps the surname in a headline set in capitals, its noun capitalised too', () => {
    expect(marked(`${STORY}\n\nLeike Joins Rival Firm\n\nHe starts on Tuesday.`)).toContain('Leike');
  });
});

describe('a quoted surname glossed as a word (round 77)', () => {
  it('leaves a surname quoted before what it means', () => {
    expectOnlyStory([
      '„Altman“ bedeutet auf Jiddisch so viel wie „alter Mann“.',
      '"Leike" means a kind of shelf in one Low German dialect.',
    ]);
  });

  it('keeps a lone surname unquoted before "meant", which says what he meant', () => {
    expect(marked(`${STORY}\n\nAltman meant every word of it.`)).toContain('Altman');
  });
});

describe('names as words: glosses, verb-final searches, a search box and a pattern that strikes (round 80)', () => {
  it.each([
    [
      'drops a quoted surname searched for with German’s verb last',
      ['Im Archiv hat die Praktikantin nach „Leike“ gesucht und nur Kirchenbücher gefunden.'],
    ],
    ['drops the bare surname alone in a search box', ['Mastodon · Search: "pachocki"', 'Suche: „altman“']],
    ['drops a quoted surname that a pattern strikes on', ['Problem: „Leike“ schlägt auch bei Kirchenchören an.']],
  ])('%s', (_, lines) => expectOnlyStory(lines));

  it('drops a quoted handle in a forum glossed by „heißt“ and a quoted word, or as a language’s word for one', () => {
    const thread = [
      'r/openai · Gepostet von u/kiwi_dev',
      'Sam Altman hat als @sama gepostet, dass Jan Leike OpenAI verlässt.',
      '',
      '▲ 52 · u/ola_k',
      'Kleine Polnischstunde: „sama“ heißt „allein“. Mit @sama hat das nichts zu tun.',
      '',
      '▲ 12 · u/bartek',
      'and "sama" shows up in every caption, but that is just Polish for "alone".',
    ].join('\n');
    expect(marked(thread)).toEqual(['Sam Altman', '@sama', 'Jan Leike', '@sama']);
  });

  it('keeps a search box’s query that pairs him with his story, and a quoted name said of him', () => {
    expect(marked(`${STORY}\n\nSuche: „leike superalignment“`)).toContain('leike');
    expect(marked(`${STORY}\n\nDie Zeitung schrieb „Leike“, und alle wussten, wer gemeint war.`)).toContain('Leike');
  });
});

describe('names as words: a tool’s keywords, a feed, forms given as examples (round 82)', () => {
  it.each([
    [
      'drops the surnames of a list after a noun for strings for a tool and its colon',
      [
        'Stichwörter für unseren Pressealarm: Sutskever, Leike, Altman (Groß- und Kleinschreibung egal).',
        'Keywords for the clipping service: Pachocki, Sutskever, Leike (any case, expect noise).',
      ],
    ],
    ['drops a quoted surname a feed is set up for', ['I follow a news feed for "Sutskever" and get poetry readings.']],
    ['drops forms given as examples of a word', ['A stemmer has to know forms such as "Pachockiego" too.']],
  ])('%s', (_, lines) => expectOnlyStory(lines));

  it('keeps a Cyrillic form of his name given as a case or an example', () => {
    expect(marked(`${STORY}\n\nIn Russian you will see forms like "Суцкевера", the genitive of "Суцкевер".`)).toEqual([
      'Jan Leike',
      'Jakub Pachocki',
      'Ilya Sutskever',
      'Sam Altman',
      'Суцкевера',
      'Суцкевер',
    ]);
  });

  it('keeps an article’s tags after a colon, which name who it is about', () => {
    expect(marked(`${STORY}\n\nKeywords: Altman, Leike, Pachocki`)).toContain('Leike');
  });
});

describe('round 83: a tool that only finds a string, and a handle called a word', () => {
  it.each([
    ['drops a quoted surname a tool only finds', ['Our archive only finds "Leike", so misspelt files stay hidden.']],
  ])('%s', (_, lines) => expectOnlyStory(lines));

  it('drops a handle without its "@" called a word or said to be one, and one glossed after „heißt hier“', () => {
    const thread = [
      'Sam Altman posts as @sama and runs OpenAI.',
      'Note: sama is a common word in Polish, so the tagger skips it.',
      'In Jakarta the word sama means "together".',
      'Kasia: „sama“ heißt hier „allein“.',
    ].join('\n\n');
    expect(marked(thread)).toEqual(['Sam Altman', '@sama']);
  });
});
