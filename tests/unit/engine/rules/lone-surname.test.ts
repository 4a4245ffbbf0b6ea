import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInBlocks, findInDocument } from '../../../../engine/rules/document-mentions';
import { isSaidOfSpelling } from '../../../../engine/rules/spellings-said';
import { isAgedAsNoneOfOurs } from '../../../../engine/rules/ordinary-person-signs';

const matcher = createMatcher(people);

/** What a reader would see marked in `text`: [person, marked characters]. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => [m.person, text.slice(m.start, m.end)]);

describe('lone surnames in firm names (issue 12, round 6)', () => {
  it('refuses a surname before a capitalised trade word of any of our languages', () => {
    const results = [
      'Jakub Pachocki, OpenAI chief scientist. Jan Leike, alignment researcher at OpenAI.',
      'Kowalski Transport – Kraków · Pachocki Transport – Przeprowadzki | Kraków',
      'Is Leike related to Leike Tiles? · Altman Umzüge Berlin · Sutskever Fliesen',
    ].join('\n');
    // A firm is no person: the question before it about our person stays his.
    expect(marked(results).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Jan Leike', 'Leike']);
  });

  it('refuses a surname after a trade noun and its adjective ("Firma przewozowa Pachocki")', () => {
    const results = 'Jakub Pachocki leads research at OpenAI.\nFirma przewozowa Pachocki. Przeprowadzki mieszkań.';
    expect(marked(results).map(([, text]) => text)).toEqual(['Jakub Pachocki']);
  });

  it('refuses a lower-case surname before a lower-case trade word in a query ("leike tiles fresno")', () => {
    const related = 'Related searches: jan leike anthropic · leike tiles fresno · pachocki transport kraków';
    expect(marked(related).map(([, text]) => text)).toEqual(['jan leike']);
  });

  it('reads a domain that joins the surname to a word as the firm of that name', () => {
    const page = 'Sam Altman leads OpenAI.\naltman-weinhandel.example.de\nAltman Weinhandel – Weine seit 1950';
    expect(marked(page).map(([, text]) => text)).toEqual(['Sam Altman']);
  });

  it('keeps our people before a trade word that starts a compound or a sentence', () => {
    expect(marked('OpenAI: Sam Altman spoke. leike + sutskever co-led superalignment. Altman Transport?')).toEqual([
      ['altman', 'Sam Altman'],
      ['leike', 'leike'],
      ['sutskever', 'sutskever'],
    ]);
  });
});

describe('a lone surname as the title of an article on the surname (issue 12, round 6)', () => {
  it('reads a breadcrumb, a page title and a definition of the surname as the word, no mention', () => {
    const results = [
      'OpenAI: Jakub Pachocki folgt auf Ilya Sutskever.',
      'de.wikipedia.example.org › wiki › Pachocki',
      'Pachocki – Wikipedia',
      'Pachocki ist ein polnischer Familienname. Bekannte Namensträger: …',
      'Leike is a surname of German origin. Sutskever (Familienname)',
    ].join('\n');
    expect(marked(results).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Ilya Sutskever']);
  });

  it('keeps a lone surname that the sentence says more of', () => {
    expect(marked('Jakub Pachocki leads OpenAI research. Pachocki is a scientist.')).toEqual([
      ['pachocki', 'Jakub Pachocki'],
      ['pachocki', 'Pachocki'],
    ]);
  });
});

describe('our people’s ids as string values in code (issue 12, round 6)', () => {
  it('reads a quoted lower-case surname after ":", "=", or in an array as an identifier', () => {
    const code = [
      '// OpenAI people for the card',
      "{ id: 'altman', display: 'Sam Altman' },",
      '{ "key": "leike", "tags": ["pachocki", "sutskever"] }',
      'const current = `altman`;',
    ].join('\n');
    expect(marked(code)).toEqual([['altman', 'Sam Altman']]);
  });

  it('keeps a lower-case surname quoted in prose and a capitalised display string', () => {
    // Not after a verb of search: a bare one-word query is a string, not him (marking rules; round 22).
    expect(marked('OpenAI chat: i asked about "leike" and got Jan Leike. label = "Leike"')).toEqual([
      ['leike', 'leike'],
      ['leike', 'Jan Leike'],
      ['leike', 'Leike'],
    ]);
  });
});

describe('our people’s ids as fields of a comma-separated row (round 8)', () => {
  it('reads a lower-case surname that is a whole field of a data row as an id', () => {
    const csv = [
      'week,surface,person,count',
      '20,Ilya Sutskever,sutskever,142',
      '20,Altman,altman,302',
      'leike,Jan Leike,97',
      '20,Pachocki,pachocki',
    ].join('\n');
    expect(marked(csv).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Altman', 'Jan Leike', 'Pachocki']);
  });

  it('reads a lower-case surname between pipes of a data row as an id, its prose field’s commas aside (round 34, real text)', () => {
    const rows = [
      'id|a|b|relation|note',
      '12|deeplearn krizhevsky|sutskever|Collaboration|Krizhevsky, Sutskever and Hinton coauthored AlexNet, 2012.',
    ].join('\n');
    expect(marked(rows)).toEqual([['sutskever', 'Sutskever']]);
  });

  it('keeps a lower-case surname in a Markdown table’s cell and in prose after a pipe', () => {
    expect(marked('| who | note |\n| --- | --- |\n| sutskever | left OpenAI in May 2024 |')).toEqual([
      ['sutskever', 'sutskever'],
    ]);
  });

  it('keeps lower-case surnames in a list of prose and a capitalised field', () => {
    expect(marked('openai chat: leike,altman and sutskever left?\n2024-05-18,Techblog,Altman,7').length).toBe(4);
    expect(marked('OpenAI style: leike, jan: first reference Jan Leike, then Leike.')).toHaveLength(3);
    expect(marked('OpenAI: who left? leike, altman, sutskever')).toEqual([
      ['leike', 'leike'],
      ['altman', 'altman'],
      ['sutskever', 'sutskever'],
    ]);
  });
});

describe('a quoted spelling the sentence gives to someone else (issue 12, round 6)', () => {
  it('gives a quoted surname to the one whose name the sentence says it is', () => {
    const review = [
      'Abraham Sutzkever wrote in Yiddish. The cover spells the poet’s name "Sutskever" once.',
      'Im Klappentext steht der Name des Dichters als „Sutskever“. Nicht zu verwechseln mit Ilya Sutskever.',
    ].join('\n');
    expect(marked(review)).toEqual([['sutskever', 'Ilya Sutskever']]);
  });

  it('keeps a quoted spelling of our person’s name', () => {
    expect(marked('Ilya Sutskever of OpenAI. Some spell Sutskever’s name "Sutzkever".')).toEqual([
      ['sutskever', 'Ilya Sutskever'],
      ['sutskever', 'Sutskever’s'],
      ['sutskever', 'Sutzkever'],
    ]);
  });
});

describe('namesakes in sports reports and married names (issue 12, round 6)', () => {
  it('gives a list of lone surnames to the namesakes a text names, when it never names our people', () => {
    const report = [
      'Tischtennis Bezirksliga: Kapitän Tomasz Pachocki gewann beide Einzel.',
      'Im Schlussdoppel drehten Sam Kowalski und Leo Leike das Spiel. „Weiter so“, sagte Leike.',
      'Tabelle: 1. TTC Oberhausen 30:6',
      'Nächster Spieltag: Samstag, 25. Mai. Pachocki und Leike treffen dann direkt aufeinander.',
    ].join('\n');
    expect(marked(report)).toEqual([]);
  });

  it('keeps a list of our surnames in a text that names our people', () => {
    expect(marked('Jakub Pachocki and Jan Leike at OpenAI. Later Pachocki und Leike spoke.')).toEqual([
      ['pachocki', 'Jakub Pachocki'],
      ['leike', 'Jan Leike'],
      ['pachocki', 'Pachocki'],
      ['leike', 'Leike'],
    ]);
  });

  it('reads a married or birth name as someone’s own name', () => {
    const cv = 'Priya Nair, ML engineer (OpenAI papers by Jan Leike).\nMarried name Leike. Verheiratet, geb. Altman.';
    expect(marked(cv)).toEqual([['leike', 'Jan Leike']]);
  });
});

describe('a first name or affiliation in brackets that is none of ours (issue 12, round 7)', () => {
  it('gives a lone surname with another first name or a place in brackets to someone else', () => {
    const review =
      'Great deli, and Ilya Sutskever of OpenAI never came. Mr. Sutskever (Morris) still works the counter. ' +
      'Altman (Jack) hosts a podcast on AI. Leike (Westfield) chairs the AI committee.';
    expect(marked(review).map(([, text]) => text)).toEqual(['Ilya Sutskever']);
  });

  it('keeps a lone surname with our people’s employer, a role or our person’s first name in brackets', () => {
    const notes = 'Altman (OpenAI) spoke first. Then Altman (CEO) again. Leike (Anthropic) left. Altman (Sam) too.';
    expect(marked(notes).map(([, text]) => text)).toEqual(['Altman', 'Altman', 'Leike', 'Altman']);
  });
});

describe('a German noun after an article before a lone surname (issue 12, round 7)', () => {
  it('reads "der Fall Altman", "die Ära Altman" as a noun before our person’s surname, not a first name', () => {
    const plan =
      'Seminar zu OpenAI mit Sam Altman.\n29.05. Governance: Board, Investoren – der Fall Altman\nDie Ära Altman';
    expect(marked(plan).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman', 'Altman']);
  });

  it('still refuses a first name after a role noun: "der Regisseur Robert Altman"', () => {
    expect(marked('OpenAI-Chef Sam Altman mag den Regisseur Robert Altman.')).toEqual([['altman', 'Sam Altman']]);
  });
});

describe('an initial that ends an addressed account name (issue 12, round 7)', () => {
  it('reads "@Karl-Heinz B. Altman" as a reply to a user, then the surname', () => {
    const comments =
      'Karl-Heinz B.: Sam Altman verdient an ChatGPT.\nSabine_F: @Karl-Heinz B. Altman hält keine Anteile an OpenAI.';
    expect(marked(comments).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
  });

  it('still reads an initial without an address as another first name: "Karl-Heinz B. Altman"', () => {
    expect(marked('Sam Altman leads OpenAI. Our reader Karl B. Altman wrote in.')).toEqual([['altman', 'Sam Altman']]);
  });
});

describe('a lone surname set apart from a namesake as the famous one: "not that Altman" (issue 12, round 7)', () => {
  it('reads "not that Altman" after a namesake as our person', () => {
    const review = 'A good book on OpenAI.\n★★☆☆☆ M. Altman\nToo many anecdotes. (And no, not that Altman.)';
    expect(marked(review).map(([, text]) => text)).toEqual(['Altman']);
  });
});

describe('a search-result page for the surname: the query, articles on the name, searches about the word (round 8)', () => {
  it('reads the query itself, after a search word, as a word whose meaning the searcher has not given', () => {
    const page = [
      'Suche: leike',
      'Jan Leike – Wikipedia. Jan Leike ist ein KI-Forscher bei OpenAI.',
      'Bilder zu leike',
      'Search: sutskever',
      'Searches related to sutskever',
      'Ilya Sutskever left OpenAI.',
    ].join('\n');
    expect(marked(page).map(([, text]) => text)).toEqual(['Jan Leike', 'Jan Leike', 'Ilya Sutskever']);
  });

  it('reads the title and text of an article on the surname as the word', () => {
    const page = [
      'OpenAI-Forscher Jan Leike kündigt.',
      'Leike – Familienname, Herkunft und Verbreitung',
      'namen.example.org › L › Leike',
      'Der Familienname Leike kommt vor allem in Sachsen vor. The surname Leike is German.',
    ].join('\n');
    expect(marked(page).map(([, text]) => text)).toEqual(['Jan Leike']);
  });

  it('reads a related search that pairs the surname with its meaning or a namesake’s world as no mention', () => {
    const related = [
      'Jan Leike left OpenAI. Ilya Sutskever too.',
      'leike openai · tischlerei leike öffnungszeiten · leike bedeutung',
      'sutskever openai · sutskever poet · sutskever name origin · robert altman films',
    ].join('\n');
    expect(marked(related).map(([, text]) => text)).toEqual(['Jan Leike', 'Ilya Sutskever', 'leike', 'sutskever']);
  });

  it('keeps a search for how our person’s name is said, and a possessive before "name" in a chat', () => {
    const chat =
      "Jakub Pachocki, OpenAI. jakub pachocki gpt-4 · pachocki aussprache\nwait, pachocki's name isn't on it?";
    expect(marked(chat)).toHaveLength(4);
  });
});

describe('Polish case forms and lone surnames in a Polish press roundup (round 8)', () => {
  it('reads a one-letter Polish preposition at a sentence start as no first name ("Z Pachockim")', () => {
    const roundup =
      'Gemeint ist Jakub Pachocki von OpenAI. Ein Kommilitone: „Z Pachockim nikt nie wygrywał łatwo“ – gegen Pachocki habe niemand leicht gewonnen. W Pachockim widzą następcę.';
    expect(marked(roundup).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Pachockim', 'Pachocki', 'Pachockim']);
  });

  it('reads a capitalised word after "dessen" or "deren" as a noun ("dessen Nachfolge Pachocki")', () => {
    const text =
      'Jakub Pachocki kommt aus Polen. Der Abschied von Ilya Sutskever, dessen Nachfolge Pachocki antritt. Danach sagt Pachocki wenig.';
    expect(marked(text).map(([, t]) => t)).toEqual(['Jakub Pachocki', 'Ilya Sutskever', 'Pachocki', 'Pachocki']);
  });

  it('still takes a capitalised letter with a dot for an initial', () => {
    expect(marked('Jakub Pachocki leads OpenAI research. Z. Pachocki runs a bakery.')).toEqual([
      ['pachocki', 'Jakub Pachocki'],
    ]);
  });
});

describe('a lone surname in a question that sets our person against a namesake (round 8)', () => {
  it('reads "Is X related to …" as about our person, set apart from the namesake after it', () => {
    const asked = [
      'Ilya Sutskever co-founded OpenAI.',
      '› Is Sutskever related to the poet Abraham Sutzkever?',
      'Ist Leike verwandt mit dem Tischler Frank Leike?',
    ].join('\n');
    expect(marked(asked).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Sutskever', 'Leike']);
  });

  it('reads "the same X who …" as our person when the clause speaks of our people’s world', () => {
    const live =
      'Ilya Sutskever leaves OpenAI. Reader question: Is this the same Sutskever who voted to fire Altman in November?';
    expect(marked(live).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Sutskever', 'Altman']);
    // About someone else, "the Leike who runs my gym" stays the namesake.
    expect(marked('Is Jan Leike related to the Leike who runs my gym?')).toEqual([['leike', 'Jan Leike']]);
  });
});

describe('a line of show notes or a live blog that starts with a timestamp (round 8)', () => {
  it('reads the first word after "17:45" as a sentence start, so "Reading" is a verb, no first name', () => {
    const notes =
      'Chapters (about OpenAI and Jan Leike)\n03:10 The shortest exit post\n17:45 Reading Leike’s thread line by line';
    expect(marked(notes).map(([, text]) => text)).toEqual(['Jan Leike', 'Leike’s']);
  });
});

describe('a trade word after the surname and a time noun before it (round 8)', () => {
  it('reads a surname before an energy or investment trade word as a firm ("Altman Solar")', () => {
    const newsletter =
      'Sam Altman runs OpenAI. Congrats to our friends at Altman Solar and Leike Capital on the Series A.';
    expect(marked(newsletter)).toEqual([['altman', 'Sam Altman']]);
  });

  it('reads a time noun before a lone surname as no first name ("am selben Tag Pachocki")', () => {
    const article = 'Jakub Pachocki ist Informatiker. OpenAI ernannte am selben Tag Pachocki zu seinem Nachfolger.';
    expect(marked(article).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Pachocki']);
  });
});

describe('a quoted surname on the line after our person’s full name, before a namesake (round 8)', () => {
  it('keeps an answer sheet’s quoted surname as our person’s, though a namesake is refused after it', () => {
    const answers = 'Who returned as OpenAI CEO?\n   Sam Altman\n   (Accept "Altman". Do NOT accept "Robert Altman".)';
    expect(marked(answers).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('a surname used as a word about names: a pattern, a plural possessive named, a question how it is found (round 9)', () => {
  it('refuses a surname inside a regular expression', () => {
    const question = 'Sam Altman, OpenAI. My current pattern is /\\b(Sam\\s+)?Altman\\b/ and I also tried \\bLeike\\b.';
    expect(marked(question).map(([, text]) => text)).toEqual(['Sam Altman']);
  });

  it('refuses a plural possessive named as a form, and keeps the possessive it is set against', () => {
    const style = 'Jan Leike, Sutskever: style q – is it "Sutskever’s" or "Sutskevers’"? Leike’s thread (not Leikes’).';
    expect(marked(style).map(([, text]) => text)).toEqual(['Jan Leike', 'Sutskever', 'Sutskever’s', 'Leike’s']);
  });

  it('refuses a quoted surname in a question how a tool finds or highlights it', () => {
    const faq = [
      'NamenFinder markiert Ilya Sutskever und Sam Altman. Erkennt NamenFinder auch „Sutzkever“? Ja.',
      'Und wenn nur „Altman“ dasteht? Dann kommt es auf den Text an.',
      'Why did it highlight "Altman" on a film review? It shouldn’t.',
      'Regex to match "Altman" only when it refers to the OpenAI CEO?',
    ].join('\n');
    expect(marked(faq).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Sam Altman']);
    // A quoted surname in a statement, or in a question about the person, stays his.
    const kept = 'Sam Altman: "Altman" on its own in a tech article means him. Did "Altman" resign from OpenAI?';
    expect(marked(kept).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman', 'Altman']);
    // Named as a spelling, it is our person's name misspelled.
    const spelling = 'Ilya Sutskever at OpenAI. Does it recognise the misspelling "Sutzkever"?';
    expect(marked(spelling).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Sutzkever']);
  });
});

describe('initials without a full stop in a citation list (round 9)', () => {
  it('marks "J Leike" with its initial, and "I Sutskever" beside him, in a list of several such authors', () => {
    const profile =
      'Jan Leike\nAI safety gridworlds\nP Christiano, J Leike, T Brown, M Martic · 2017\n' +
      'C Burns, JH Kirchner, … , J Leike, I Sutskever, J Wu · 2023';
    expect(marked(profile)).toEqual([
      ['leike', 'Jan Leike'],
      ['leike', 'J Leike'],
      ['leike', 'J Leike'],
      ['sutskever', 'I Sutskever'],
    ]);
  });

  it('reads a capital letter before a surname as no initial outside such a list', () => {
    expect(marked('Sam Altman spoke. Then I Altman, no: Altman laughed.').map(([, t]) => t)).toEqual([
      'Sam Altman',
      'Altman',
      'Altman',
    ]);
    expect(marked('Jan Leike, Team J Leike und Partner.').map(([, t]) => t)).toEqual(['Jan Leike']);
  });
});

describe('related searches and a crossword clue about a namesake (round 9)', () => {
  it('refuses a related search that pairs the surname with a trade word or another first name', () => {
    const page =
      'Sam Altman – Wikipedia\nRelated searches\n' +
      'sam altman net worth · altman plants · altman openai · jack altman · leike tiles';
    expect(marked(page).map(([, t]) => t)).toEqual(['Sam Altman', 'sam altman', 'altman']);
    // Lower-case chat is no search page.
    expect(marked('sam altman again\nyes, ask altman, he knows').map(([, t]) => t)).toEqual(['sam altman', 'altman']);
  });

  it('refuses a surname in a clue for a namesake’s film by its genre', () => {
    const clues = 'Sam Altman\n1 MASH (4) – Altman’s 1970 war comedy\n5 OPENAI (6) – Lab where Altman is CEO';
    expect(marked(clues).map(([, t]) => t)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('a surname used as a key or a word, not as a person (round 10)', () => {
  it('reads a lower-case surname as the key the same text uses it as: column names, "counted under sutskever"', () => {
    const csv = [
      '# mentions_by_outlet.csv, 14–21 May 2024',
      '# columns: outlet, articles, sutskever, altman, leike, pachocki',
      '# "sutskever" column includes the misspelling Sutzkever; 212 Artikel sind unter sutskever mitgezählt',
      'outlet,articles,sutskever,altman,leike,pachocki',
      'wire_a,88,241,198,120,64',
      'Ilya Sutskever left OpenAI; Jan Leike followed.',
    ].join('\n');
    expect(marked(csv).map(([, text]) => text)).toEqual(['Sutzkever', 'Ilya Sutskever', 'Jan Leike']);
  });

  it('keeps lower-case surnames in chat of a text that uses none as a key', () => {
    const chat = 'Ilya Sutskever is out.\nmaya: sutskever co-led superalignment with leike, so same story';
    expect(marked(chat).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'sutskever', 'leike']);
  });

  it('reads a quoted surname that redirects or names a column as the word', () => {
    const wiki = 'Ilya Sutskever\n"Sutskever" redirects here. For the Yiddish poet, see Abraham Sutzkever.';
    expect(marked(wiki).map(([, text]) => text)).toEqual(['Ilya Sutskever']);
    const de = 'Ilya Sutskever\n„Sutskever“ leitet hierher weiter. Zum Dichter siehe Abraham Sutzkever.';
    expect(marked(de).map(([, text]) => text)).toEqual(['Ilya Sutskever']);
  });
});

describe('a search-result page for the surname: a surname site’s breadcrumb, searches for the name or a trade (round 10)', () => {
  it('reads the last crumb after a crumb that names surnames as the word', () => {
    const page = [
      'Jakub Pachocki announced as Chief Scientist | OpenAI',
      'Pachocki – Surname meaning and origin',
      'names.example.org › surnames › pachocki',
      'nazwiska.example.pl › nazwiska › pachocki',
    ].join('\n');
    expect(marked(page).map(([, text]) => text)).toEqual(['Jakub Pachocki']);
  });

  it('reads a related search that pairs the surname with a noun for surnames or an everyday trade as no mention', () => {
    const related = [
      'Related searches',
      'jakub pachocki openai',
      'pachocki dentist grand rapids',
      'pachocki gpt-4',
      'pachocki surname',
      'Ähnliche Suchanfragen: jan leike anthropic · leike familienname · leike zahnarzt',
    ].join('\n');
    expect(marked(related).map(([, text]) => text)).toEqual(['jakub pachocki', 'pachocki', 'jan leike']);
  });
});

describe('a surname discussed as a word, a string or a key (round 11)', () => {
  it('reads a quoted surname after a noun or a verb for strings, or followed by "as a topic", as the word', () => {
    const note = [
      'CEO Sam Altman is back on the board.',
      'Note: our sentiment feed keys on the string "Altman", which also picked up other news.',
      'Some data feeds tag news on "Altman" to the wrong entity.',
      'I follow "Altman" as a topic and now see OpenAI news. Unser Filter nutzt das Stichwort „Altman“.',
    ].join('\n');
    expect(marked(note).map(([, text]) => text)).toEqual(['Sam Altman']);
  });

  it('reads a quoted surname given to a method call as the string the code looks up', () => {
    const code = 'Articles on Sam Altman at OpenAI.\n    tagger.link("Altman")  # -> Q_SAM_ALTMAN, always';
    expect(marked(code).map(([, text]) => text)).toEqual(['Sam Altman']);
  });

  it('reads a quoted surname given to a function that matches text as the string it looks for (round 68)', () => {
    const code = [
      'Jan Leike left OpenAI in May.',
      '  assert matches_name("Leike")',
      "  hits = filterHeadlines('Sutskever', rows)",
      '  if text_contains("Pachocki"): flag()',
    ].join('\n');
    expect(marked(code).map(([, text]) => text)).toEqual(['Jan Leike']);
  });

  it('keeps a quoted surname given to a function that does not match text, and one whose output a comment names', () => {
    const code = 'Ilya Sutskever left OpenAI.\nprint(normalise("Sutzkever"))  # -> Ilya Sutskever';
    expect(marked(code).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Sutzkever', 'Ilya Sutskever']);
  });

  it('reads a quoted surname after a compound whose first part is a noun for strings (round 68)', () => {
    const ticket = [
      'Jan Leike verlässt OpenAI.',
      'Aufgabe: die Tag-Seiten „jan-leike“ und „leike“ zusammenlegen.',
      'Die Filter-Regel „Leike“ trifft auch den Torwart.',
    ].join('\n');
    expect(marked(ticket).map(([, text]) => text)).toEqual(['Jan Leike']);
  });

  it('keeps a quoted surname after a compound of other nouns', () => {
    const page = 'Jan Leike verlässt OpenAI.\nDie Themen-Seite zeigt „Leike“ jetzt ganz oben.';
    expect(marked(page).map(([, text]) => text)).toEqual(['Jan Leike', 'Leike']);
  });

  it('reads a quoted surname followed by a namesake’s world as no mention of ours', () => {
    const question = 'Sam Altman, OpenAI. How do I tell "Altman" the OpenAI CEO from "Altman" the film director?';
    expect(marked(question).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
    const exercise = 'CEO Сэм Альтман.\n3. Do not confuse «Альтман» in film reviews with the OpenAI chief.';
    expect(marked(exercise).map(([, text]) => text)).toEqual(['Сэм Альтман']);
    const review = 'Half my feed is Sam Altman. I follow "Altman" for film news.';
    expect(marked(review).map(([, text]) => text)).toEqual(['Sam Altman']);
  });

  it('reads a hashtag named as a tag or a filter’s string as the word', () => {
    const posts =
      '#OpenAI #SamAltman: Sam Altman is back.\nWhy is my #Altman tag full of AI takes now?\n' +
      'Mein Timeline-Filter für #Altman hat 200 Beiträge über KI gefangen.\nThe board tried to fire #Altman and lost.';
    expect(marked(posts).map(([, text]) => text)).toEqual(['SamAltman', 'Sam Altman', 'Altman']);
  });

  it('keeps a quoted surname that the sentence gives our person', () => {
    // Round 15 made what an alert watches for the string ('Alerts only watch for "Sutskever"'): see below.
    const kept = 'Ilya Sutskever left OpenAI. Accept "Sutskever" alone.';
    expect(marked(kept).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Sutskever']);
  });
});

describe('a lone surname whose evidence stands elsewhere in the document (round 11)', () => {
  it('reads a lower-case surname after a word of running prose as a person, not a query: "dass sutskever weg ist"', () => {
    const chat = 'lena: ilya sutskever hört auf\ntobi: habt ihr gesehen dass sutskever weg ist??';
    expect(marked(chat).map(([, text]) => text)).toEqual(['ilya sutskever', 'sutskever']);
    expect(marked('Jan Leike, OpenAI.\nRelated searches: leike weg · leike tiles fresno')).toEqual([
      ['leike', 'Jan Leike'],
    ]);
  });

  it('reads a plural German noun after a hyphen as a compound, no double-barrelled name: "Altman-Nennungen"', () => {
    const csv = 'altman,Sam Altman,367\n# Anmerkung JS: Altman-Nennungen ohne GPT-4o-Berichte wären weniger.';
    expect(marked(csv).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
  });

  it('keeps a lone surname whose sentence names relatives after a role noun: "darunter den Unternehmer Jack Altman"', () => {
    const entry =
      'Sam Altman ist CEO von OpenAI.\n\nFamilie\nAltman hat drei jüngere Geschwister, darunter den Unternehmer ' +
      'Jack Altman und Annie Altman.';
    expect(marked(entry).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
  });

  it('keeps a lone surname set against a namesake by "vs." or in an indirect question "if … is related to"', () => {
    const school =
      'We talked about why Ilya Sutskever and Jan Leike left OpenAI. One student asked if Leike is related to Coach ' +
      'Leike. Sadly, no!';
    expect(marked(school).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Jan Leike', 'Leike']);
    const answer =
      'The trick: Ilya Sutskever in the text decides. Same trick works for Sutskever vs. the poet Abraham Sutzkever.';
    expect(marked(answer).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Sutskever']);
  });

  it('reads "Whatever" before a surname as no first name', () => {
    const quote = 'Ilya Sutskever left OpenAI. A colleague: "Whatever Sutskever does next, I want to read it."';
    expect(marked(quote).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Sutskever']);
  });
});

describe('smaller classes: a search page’s query, a double-barrelled organisation, "Wrong Altman" (round 11)', () => {
  it('reads a lower-case surname alone on its line, and in a related search with other words, as a search', () => {
    const page = [
      'altman',
      'About 61,300,000 results',
      'Sam Altman says OpenAI will share more on safety.',
      'Related searches',
      '  sam altman net worth · robert altman films · altman z-score · altman plants',
    ].join('\n');
    expect(marked(page).map(([, text]) => text)).toEqual(['Sam Altman', 'sam altman']);
  });

  it('keeps a lower-case surname in a related search beside an AI word, and in chat', () => {
    const page = 'Jan Leike, OpenAI.\nRelated searches\n  leike openai · leike bedeutung';
    expect(marked(page).map(([, text]) => text)).toEqual(['Jan Leike', 'leike']);
  });

  it('reads a double-barrelled name before a word for an organisation as that organisation', () => {
    const release =
      'Ilya Sutskever left OpenAI. The program is supported by the Altman-Reyes Family Foundation, not by OpenAI.';
    expect(marked(release).map(([, text]) => text)).toEqual(['Ilya Sutskever']);
  });

  it('reads an adjective that sets one bearer against another as no first name: "Wrong Altman"', () => {
    const review = '★★☆☆☆ "Wrong Altman" — cinephile_dan\nHalf my feed is Sam Altman and GPT-4o.';
    expect(marked(review).map(([, text]) => text)).toEqual(['Altman', 'Sam Altman']);
  });
});

describe('names in the comment lines of a table about our people (round 12)', () => {
  it('reads a full name and capitalised surnames after "#" or "//" as mentions where the keys name our people', () => {
    const csv = [
      'site,stories,altman,sutskever,leike',
      'herald,12,11,7,3',
      '# remark: herald also ran a long interview with Ilya Sutskever',
      '# remark: Leike numbers rise after the 17th',
      '# remark: a piece on Robert Altman films was left out',
    ].join('\n');
    expect(marked(csv).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Leike']);
  });

  it('keeps a capitalised surname after a comment about a namesake where the table counts our person', () => {
    const csv = [
      '# columns: site, stories, altman, pachocki',
      'site,stories,altman,pachocki',
      'blatt-a,9,8,2',
      '// excluded: a review of two Robert Altman films',
      '// Gesamt Pachocki: 2. Altman steht in fast jedem Artikel.',
    ].join('\n');
    expect(marked(csv).map(([, text]) => text)).toEqual(['Pachocki', 'Altman']);
  });

  it('leaves keys in code and a capitalised surname where the keys name one person only', () => {
    const code = 'const altman = load();\n// Altman the director, see films.csv';
    expect(marked(code)).toEqual([]);
  });
});

describe('a lone surname after a noun read as a first name (round 12)', () => {
  it('reads a German noun for a matter, a sum or a body before a surname as no first name', () => {
    const mail = [
      'Betreff: Re: Interview Sutskever – Kürzungen?',
      'Das Interview mit Ilya Sutskever ist fertig. Gesamtsumme Leike: 4 Zitate von Jan Leike.',
      'Hätte ein Verwaltungsrat Altman halten können? Sam Altman ist zurück bei OpenAI.',
    ].join('\n');
    expect(marked(mail).map(([, text]) => text)).toEqual([
      'Sutskever',
      'Ilya Sutskever',
      'Leike',
      'Jan Leike',
      'Altman',
      'Sam Altman',
    ]);
  });

  it('reads an English common noun before a surname as no first name', () => {
    const note = 'Subject: Profile Pachocki, draft 2\nThe profile of Jakub Pachocki runs Friday. Total Pachocki: 3.';
    expect(marked(note).map(([, text]) => text)).toEqual(['Pachocki', 'Jakub Pachocki', 'Pachocki']);
  });

  it('keeps first names before a surname someone else’s', () => {
    const text = 'Sam Altman leads OpenAI. Robert Altman made films; Karin Leike runs a bakery.';
    expect(marked(text).map(([, text]) => text)).toEqual(['Sam Altman']);
  });
});

describe('a surname discussed as a word: its grammatical forms, the bare word (round 12)', () => {
  it('reads a quoted surname after a word for a grammatical form, and the next one joined to it, as the word', () => {
    const question = [
      'Q: Plural of "Leike" and "Altman" in a style guide?',
      'Jan Leike and Sam Altman both left the headlines this week at OpenAI.',
      'Homework: write down the dative of "Sutskever" and the Genitiv von „Pachocki“. Ilya Sutskever, Jakub Pachocki.',
    ].join('\n');
    expect(marked(question).map(([, text]) => text)).toEqual([
      'Jan Leike',
      'Sam Altman',
      'Ilya Sutskever',
      'Jakub Pachocki',
    ]);
  });

  it('reads a quoted surname said to stand alone as the bare word', () => {
    const comment = 'Sam Altman runs OpenAI. Style note: a title that reads only "Altman" leaves readers guessing.';
    expect(marked(comment).map(([, text]) => text)).toEqual(['Sam Altman']);
  });

  it('keeps a quoted surname used as a name after the full name', () => {
    const note = 'After Jan Leike is named once, write "Leike" on second reference.';
    expect(marked(note).map(([, text]) => text)).toEqual(['Jan Leike', 'Leike']);
  });
});

describe('smaller classes: a query after a search engine’s name, a comment’s "this Altman fellow", a surname listed as a misspelling, Polish and chat (round 12)', () => {
  it('reads a lower-case surname after a search engine’s host name, alone on its line, as the query', () => {
    const page = 'find.example.org | leike\nAbout 120,000 results\nJan Leike joins Anthropic';
    expect(marked(page).map(([, text]) => text)).toEqual(['Jan Leike']);
  });

  it('keeps a lone surname asked about as the same one as a namesake: "if this Leike guy is the same one"', () => {
    const comments =
      'Jan Leike left OpenAI.\nReader: I wonder if this Leike guy is the same one who coached hockey here.';
    expect(marked(comments).map(([, text]) => text)).toEqual(['Jan Leike', 'Leike']);
  });

  it('reads our surname and the quoted misspelling it is listed as, both as him', () => {
    const review =
      'A book on Ilya Sutskever. The glossary gives Sutskever as "Sutzkever", the spelling of a poet’s films.';
    expect(marked(review).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Sutskever', 'Sutzkever']);
  });

  it('reads a Polish case form after a capitalised preposition as ours', () => {
    const text = 'Jakub Pachocki kieruje badaniami w OpenAI. „Dzięki Pachockiemu zespół pracuje szybciej.”';
    expect(marked(text).map(([, t]) => t)).toEqual(['Jakub Pachocki', 'Pachockiemu']);
  });

  it('reads a misspelling after "not" in chat, unquoted, as the misspelt name of the person named in full', () => {
    const chat = '10:02 kim: it is ilya sutskever. not sutzkewer, fix the caption';
    expect(marked(chat).map(([, t]) => t)).toEqual(['ilya sutskever', 'sutzkewer']);
  });

  it('reads "sama" with common English words in a chat line as the handle', () => {
    const chat = '[09:00] a: Jan Leike resigned from OpenAI\n[09:01] b: so sama loses both in one week';
    expect(marked(chat).map(([, t]) => t)).toEqual(['Jan Leike', 'sama']);
  });
});

describe('namesakes known from context: an index entry, a clue, a family, a namesake who says he is not related (round 13)', () => {
  it('reads a quoted inverted entry with another first name as the namesake: "Altman, Robert"', () => {
    const review = 'Sam Altman is out for a weekend. The index lists "Altman, Sam" next to "Altman, Robert" twice.';
    expect(marked(review).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
  });

  it('reads a surname whose namesake the same line names two sentences on as the namesake’s', () => {
    const puzzle =
      'Crossword, May 21. OpenAI news. 17-Across: "OpenAI chief scientist" (8) – PACHOCKI.\n' +
      '31-Across: "Nashville director" (6) – ALTMAN. A nice misdirect this week. The clue points to Robert Altman.';
    expect(marked(puzzle).map(([, text]) => text)).toEqual(['PACHOCKI']);
  });

  it('reads a plural surname after an adjective or a number as a family: "actual Altmans"', () => {
    const quiz = 'Sam Altman returned to OpenAI.\nThe Altman Family (table 9, actual Altmans from Maple St.) – 17';
    expect(marked(quiz).map(([, text]) => text)).toEqual(['Sam Altman']);
    expect(marked('Sam Altman leads OpenAI. Two Altmans from Ohio came to the quiz.').map(([, t]) => t)).toEqual([
      'Sam Altman',
    ]);
  });

  it('reads a full name followed by its bearer’s denial of kinship as a namesake’s', () => {
    const minutes =
      'KI-Stammtisch. Neu dabei: Katrin und Jan Leike – „nicht verwandt, nicht verschwägert“, wie er sagte.\n' +
      'Thema: OpenAI. Mitgründer Sutskever geht, Nachfolger wird Jakub Pachocki. Der Alignment-Forscher Leike ist weg.';
    // He names no one after him: the researcher's lone surname stays ours.
    expect(marked(minutes).map(([, text]) => text)).toEqual(['Sutskever', 'Jakub Pachocki', 'Leike']);
    expect(marked('Jan Leike (no relation) runs the bakery. Ilya Sutskever left OpenAI.').map(([, t]) => t)).toEqual([
      'Ilya Sutskever',
    ]);
  });

  it('keeps a full name that others are said not to be related to', () => {
    expect(marked('Jan Leike left OpenAI. Jan Leike is not related to the baker.').map(([, t]) => t)).toEqual([
      'Jan Leike',
      'Jan Leike',
    ]);
  });
});

describe('case forms after a noun or a name: German genitives, Polish case forms (round 13)', () => {
  it('reads a Polish case form after a Polish role noun or adverb as ours', () => {
    const exercise =
      'OpenAI mianowało Jakuba Pachockiego. „Następcą Sutskevera został absolwent.“\n→ Nachfolger Sutskevers wurde ein Absolvent.';
    expect(marked(exercise).map(([, text]) => text)).toEqual(['Jakuba Pachockiego', 'Sutskevera', 'Sutskevers']);
    const quote =
      'Jakub Pachocki leads research at OpenAI. (Original: „Nawet Altman napisał, że Pachocki to geniusz.“)';
    expect(marked(quote).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Altman', 'Pachocki']);
  });

  it('reads a German genitive after the surname of someone named in full as ours, not as his first name', () => {
    const review =
      'Rezension: ein Buch von Arne Wittkopf über Sam Altman und Ilya Sutskever. Schwächer wird es, wenn Wittkopf Sutskevers Innenleben ausdeutet.';
    expect(marked(review).map(([, text]) => text)).toEqual(['Sam Altman', 'Ilya Sutskever', 'Sutskevers']);
  });

  it('keeps a first name before a genitive surname someone else’s: "Robert Altmans Film"', () => {
    const feuilleton =
      'Wer „Altman“ sagte, meinte den Regisseur Robert Altman. Heute denken viele an Sam Altman von OpenAI. ' +
      'Robert Altmans Film verwebt Erzählstränge; Altmans Firma verwebt Texte zu einem Sprachmodell.';
    expect(marked(feuilleton).map(([, text]) => text)).toEqual(['Sam Altman', 'Altmans']);
  });
});

describe('smaller classes: the poet’s spelling named as the wrong one, a name asked about, a German comparison, a deed denied, chat (round 13)', () => {
  it('reads a quoted spelling that the text says is a namesake’s as the word: „Sutzkever“ … das ist der Dichter', () => {
    const mail =
      'Bitte nicht mehr „Sutzkever“ schreiben, das ist der jiddische Dichter. Unser Mann heißt Ilya Sutskever.';
    expect(marked(mail).map(([, text]) => text)).toEqual(['Ilya Sutskever']);
    const note = 'Ilya Sutskever left OpenAI. Not "Sutzkever", that’s the Yiddish poet.';
    expect(marked(note).map(([, text]) => text)).toEqual(['Ilya Sutskever']);
  });

  it('reads a surname asked about as a name as the word: "Is Leike a German name?"', () => {
    const asked =
      'People also ask\n• Why did Jan Leike leave OpenAI?\n• Is Leike a German name?\n• Ist Pachocki ein polnischer Name?';
    expect(marked(asked).map(([, text]) => text)).toEqual(['Jan Leike']);
  });

  it('reads a lone surname asked about as related to a namesake, in German, as ours', () => {
    const radio =
      'Es geht um OpenAI und Ilya Sutskever. Eine Hörerin fragt, ob Altman mit dem Nobelpreisträger Sidney Altman verwandt ist.';
    expect(marked(radio).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Altman']);
  });

  it('reads a lone surname denied a namesake’s deed as ours: "Altman didn’t direct anything"', () => {
    const blog =
      'Puzzle on the AI news. 17-Across: OpenAI chief scientist – PACHOCKI.\n31-Across: Nashville director – ALTMAN. The clue points to Robert Altman.\n' +
      'Comments\nwordnerd: got me.\nellie_b: the OpenAI one? then remembered Altman didn’t direct anything\ncrossfan: nice';
    expect(marked(blog).map(([, text]) => text)).toEqual(['PACHOCKI', 'Altman']);
    const essay = 'Robert Altman made Nashville. Critics say Altman didn’t direct so much as eavesdrop.';
    expect(marked(essay)).toEqual([]);
  });

  it('reads "sama" before a verb of posting in a chat line as the handle', () => {
    const chat =
      'dmitri 7:06 PM\nOpenAI story: jakub pachocki, not "sutzkever"\nkenji 7:09 PM\nsama tweeted too, grab a quote';
    expect(marked(chat).map(([, text]) => text)).toEqual(['jakub pachocki', 'sutzkever', 'sama']);
  });
});

describe('citations of our person’s papers in a namesake’s CV (round 13; round 12 left them out)', () => {
  it('reads "Leike et al., 2018" in a sentence on alignment as ours, though a namesake heads the text', () => {
    const cv =
      'HANNAH LEIKE\nData scientist, Leeds\n\nExperience\n- Built dashboards for a retailer.\n- Ran A/B tests.\n- Led a team of four.\n\n' +
      'Reading group\n- RLHF foundations (Christiano, Leike et al., 2017; Ouyang et al., 2022)';
    expect(marked(cv).map(([, text]) => text)).toEqual(['Leike']);
  });

  it('leaves a namesake’s own paper cited without any AI word hers', () => {
    const cv =
      'Katrin Leike\nStatikerin\n\nBerufserfahrung\n- Brückenbau.\n- Gutachten.\n- Lehre.\n\nPublikationen\n- Leike et al. 2019, „Spannbeton im Bestand“';
    expect(marked(cv)).toEqual([]);
  });
});

describe('our surnames as strings in code and data (round 14)', () => {
  it('reads a capitalised quoted surname in a list literal as data, and keeps the display strings', () => {
    const code = [
      '# Counts how often Ilya Sutskever and Jakub Pachocki of OpenAI appear.',
      'PEOPLE = {',
      '    "sutskever": ["Sutskever", "Sutzkever"],  # agency typo',
      "    'pachocki': ['Pachocki', 'Pachockiego'],",
      '    "altman": [ "Altman" ],',
      '}',
      'DISPLAY = {"leike": "Jan Leike"}',
    ].join('\n');
    expect(marked(code).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Jakub Pachocki', 'Jan Leike']);
  });

  it('reads a lower-case surname or handle after "id" or "handle" as an identifier', () => {
    const note = '"_todo": "Entry for Sam Altman of OpenAI still missing (id altman, handle sama)"';
    expect(marked(note).map(([, text]) => text)).toEqual(['Sam Altman']);
  });

  it('keeps quoted surnames in prose and in a quoted list of prose', () => {
    const prose = 'Sam Altman of OpenAI: catches "Sutskever", "Leike" and the typo "Sutzkever". Ask Altman [sic].';
    expect(marked(prose).map(([, text]) => text)).toEqual(['Sam Altman', 'Sutskever', 'Leike', 'Sutzkever', 'Altman']);
  });
});

describe('namesakes known from a results line or an age (round 14)', () => {
  it('gives a full name with a school and a time or height, and the lone surnames after it, to a namesake', () => {
    const meet = [
      'Boys 400 m',
      '1. Jan Leike (Harbor Prep) 49.88 — meet record',
      'Boys High Jump',
      '1. Sam Altman (Central) 1.98 m',
      '',
      "Harbor Prep's Leike broke a record. Altman's jump was the highest in six years.",
    ].join('\n');
    expect(marked(meet)).toEqual([]);
  });

  it('gives a full name with an age and no AI word in its sentence to a namesake', () => {
    const bakery = 'Jakub Pachocki, 41, said he had thought about opening a second location.';
    expect(marked(bakery)).toEqual([]);
  });

  it('keeps our person with an age or a date in brackets beside an AI word', () => {
    const news = 'Sam Altman, 39, runs OpenAI. Jan Leike (OpenAI) 14.05.2024 left.';
    expect(marked(news).map(([, text]) => text)).toEqual(['Sam Altman', 'Jan Leike']);
  });
});

describe('a surname discussed as a word: someone indefinite named so (round 14)', () => {
  it('reads a lone surname after "a family named", „jemand namens“ as the word', () => {
    const usage = [
      'About OpenAI’s chief scientist Jakub Pachocki and Sam Altman.',
      'The apostrophe-only form is for plurals ("the Altmans’ house" for a family named Altman).',
      'Jemand namens Sutskever hat wegen OpenAI angerufen, eine Familie namens Leike auch.',
    ].join('\n');
    expect(marked(usage).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Sam Altman']);
  });

  it('keeps our person named so, and a surname after a definite article', () => {
    const news =
      'OpenAI’s CEO, a man named Sam Altman, spoke. The name Altman is known. Den Namen Pachocki kannte ich nicht.';
    expect(marked(news).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman', 'Pachocki']);
  });
});

describe('a quoted surname that a count, a filter or a tracker looks for, or a surname as a word (round 15)', () => {
  it('reads a quoted spelling counted along, a surname contained, watched for or matched as the string', () => {
    const notes: readonly string[] = [
      '# Nennungen von Ilya Sutskever und Sam Altman (OpenAI); Schreibweise „Sutzkever“ mitgezählt',
      'Our tracker of OpenAI news counts stories containing "Altman" in tech outlets only.',
      'If your alerts only watch for "Sutzkever", you missed the news on Ilya Sutskever.',
      'Regex to match "Sutskever" and the common misspelling "Sutzkever" at OpenAI?',
      'We highlight a surname like "Altman" when the page is about OpenAI.',
    ];
    const found = notes.flatMap((line) => marked(line).map(([, text]) => text));
    expect(found).toEqual(['Ilya Sutskever', 'Sam Altman', 'Ilya Sutskever']);
  });

  it('keeps a quoted surname that stands for our person as printed or given', () => {
    const desk =
      'Ilya Sutskever and Jakub Pachocki of OpenAI. The agency story had "Sutzkever" in the body. Halber Punkt für ' +
      '„Pachocki“. A filter matched Altman and OpenAI stories. We accepted "Pachocki" without the first name.';
    const found = marked(desk).map(([, text]) => text);
    expect(found.join(' | ')).toBe('Ilya Sutskever | Jakub Pachocki | Sutzkever | Pachocki | Altman | Pachocki');
  });
});

describe('German compounds and genitives (round 17)', () => {
  it('reads a compound of our surname and a noun of the news as ours, without an article before it', () => {
    const mail =
      'Betreff: WG: WG: Pachocki-Memo – bringen wir das?\nJakub Pachocki folgt bei OpenAI auf Ilya Sutskever.\n' +
      '# Hinweis: Sutskever-Abschied nur mit Datum nennen';
    expect(marked(mail).map(([, text]) => text)).toEqual(['Pachocki', 'Jakub Pachocki', 'Ilya Sutskever', 'Sutskever']);
  });

  it('keeps a double-barrelled name whose second part is no such noun', () => {
    expect(marked('Jan Leike forscht bei OpenAI. Im Chor singt Leike-Hansen.').map(([, text]) => text)).toEqual([
      'Jan Leike',
    ]);
  });

  it('reads a genitive before an event of our story as ours beside a namesake named in full', () => {
    const story =
      'Maria Leike führt den Hofladen. Jan Leike ist bei OpenAI gegangen. Frau Leike verkauft Eier. Die Kunden ' +
      'reden viel. Ihr Sohn hat ihr erklärt, was hinter Leikes Abgang steckte.';
    expect(marked(story).map(([, text]) => text)).toEqual(['Jan Leike', 'Leikes']);
  });
});

describe('German compounds, genitives and reported speech (round 18)', () => {
  it('reads a compound of our surname and a record’s noun as ours', () => {
    const log =
      'Jakub Pachocki folgt bei OpenAI auf Ilya Sutskever.\ne41a7c2 daten: Pachocki-Status auf „Chief Scientist“ ' +
      'gesetzt\n0b3d9f1 daten: Leike-Eintrag um den Wechsel ergänzt, Quelle: Jan Leike auf X';
    expect(marked(log).map(([, text]) => text)).toEqual([
      'Jakub Pachocki',
      'Ilya Sutskever',
      'Pachocki',
      'Leike',
      'Jan Leike',
    ]);
  });

  it('reads a genitive after a preposition before a word of its own as ours', () => {
    const letter =
      'Jakub Pachocki ist Chief Scientist bei OpenAI. Nächste Woche folgt ein Porträt über Pachockis Weg von ' +
      'Krakau nach Kalifornien, dann eines zu Leikes Gruppe.\nJan Leike ging im Mai.';
    expect(marked(letter).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Pachockis', 'Leikes', 'Jan Leike']);
  });

  it('keeps a genitive before a trade word a firm’s name', () => {
    expect(marked('Jan Leike forscht zu KI. Brötchen gibt es bei Leikes Bäckerei.').map(([, t]) => t)).toEqual([
      'Jan Leike',
    ]);
  });

  it('reads a lone surname whose sentence speaks of AI as ours before a namesake who is said to have had nothing to do with AI', () => {
    const letters =
      'Sam Altman leitet OpenAI.\nIm Kinoheft stand, Altman habe „die KI-Forschung geprägt wie kein Zweiter“. Der ' +
      'Regisseur Robert Altman hatte mit KI aber nichts zu tun.\nThe programme also said Altman "shaped the AI ' +
      'industry". The director Robert Altman had nothing to do with AI.';
    expect(marked(letters).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman', 'Altman']);
  });

  it('gives a lone surname whose sentence denies AI no support from it', () => {
    expect(marked('Der Regisseur drehte Filme. Altman hatte mit KI nichts zu tun.')).toEqual([]);
  });
});

describe('lone surnames with the story’s evidence (round 18)', () => {
  it('reads a quiz’s bare surname that earns points as the answer, our person', () => {
    const quiz =
      'Frage 4: Wer folgt Ilya Sutskever als Chief Scientist? – Jakub Pachocki (auch „Pachocki“ allein bringt ' +
      'einen Punkt)\nQ5: Who leads OpenAI? Sam Altman (just "Altman" earns half a point)';
    expect(marked(quiz).map(([, text]) => text)).toEqual([
      'Ilya Sutskever',
      'Jakub Pachocki',
      'Pachocki',
      'Sam Altman',
      'Altman',
    ]);
  });

  it('reads an English possessive before an event of our story as ours after a namesake named near', () => {
    const blog =
      '08:10 OpenAI’s board has fired Sam Altman. 08:40 A reader asks: is Altman the one who made films? No, that ' +
      'was Robert Altman. 09:05 Staff now demand Altman’s reinstatement.';
    expect(marked(blog).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman', 'Altman’s']);
  });
});

describe('a comment thread’s lone surnames (round 17)', () => {
  it('reads lone surnames as ours in a thread that tells our story and names one of ours in full', () => {
    const thread =
      'Dana\nWhy did the board fire Sam Altman only to take him back days later?\n\n  Rui\n  Leike had no seat ' +
      'on the board, Dana.\n\nMo\nIs that the Altman who directed Nashville?\n\n  Rui\n  No, that was Robert ' +
      'Altman, the director.\n\nKit\nFrankly Pachocki is the right pick, he knows the research.';
    expect(marked(thread).map(([, text]) => text)).toEqual(['Sam Altman', 'Leike', 'Pachocki']);
  });

  it('reads a lone surname the reader mixes up with a namesake as ours: „bei Altman an den Regisseur denken“', () => {
    const thread =
      'Sam Altman ist zurück bei OpenAI.\n\nu/kaffeesatz · 2 Punkte\nMuss ich bei Altman auch immer an den ' +
      'Nashville-Regisseur denken?\n\nu/filmriss · 1 Punkt\nIch dachte bei Altman zuerst an den Regisseur.';
    expect(marked(thread).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman', 'Altman']);
  });

  it('leaves a thread’s lone surnames unmarked without our story', () => {
    const thread = 'Mo\nSam Altman was in town last week.\n\nKit\nHonestly Pachocki bakes better bread.';
    expect(marked(thread).map(([, text]) => text)).not.toContain('Pachocki');
  });
});

describe('namesakes known from context: a hyphenated eponym of a method (round 15)', () => {
  it('reads "the Bland-Altman method" and „Bland-Altman-Diagramm“ as a method’s name', () => {
    const counts =
      'Sam Altman, OpenAI: 41 stories.\n# excluded: 3 stories about the Bland-Altman method in a medical outlet\n' +
      'Ein Bland-Altman-Diagramm zeigt die Abweichung. The Bland–Altman plot too.';
    expect(marked(counts)).toEqual([['altman', 'Sam Altman']]);
  });

  it('keeps our surname after a role joined by a hyphen', () => {
    expect(marked('OpenAI-Chef-Altman and the Chef-Altman method of running OpenAI.').length).toBe(2);
  });
});

describe('lower-case chat about our people (round 15)', () => {
  it('reads a lower-case surname or "sama" in a chat message as ours where the chat names one of ours', () => {
    const slack =
      'maya 8:02 PM\nilya’s out. sutskever just posted\n\nben 8:06 PM\njakub pachocki. careful with the spelling\n\n' +
      'raj 8:11 PM\ndoes sama say anything\n\nben 12:51 AM\nuh. leike also resigned. two words.';
    expect(marked(slack).map(([, text]) => text)).toEqual(['sutskever', 'jakub pachocki', 'sama', 'leike']);
    const irc = '[04:50] <nilsb> @janleike: "I resigned"\n[04:56] <nilsb> sama thanked ilya earlier';
    expect(marked(irc).map(([, text]) => text)).toEqual(['@janleike', 'sama']);
  });

  it('leaves a lower-case surname in a chat that names none of ours, and outside a chat', () => {
    expect(marked('maya 8:02 PM\nleike fixed the sink again')).toEqual([]);
    expect(marked('Jakub Pachocki.\nleike fixed the sink again')).toEqual([['pachocki', 'Jakub Pachocki']]);
  });
});

describe('a lone surname with its evidence elsewhere: the wrong one shown for a namesake (round 15)', () => {
  it('reads "Wrong Altman" and „Falscher Altman“ before or after the namesake as our person shown instead', () => {
    for (const review of [
      'Wrong Altman. I read about Robert Altman and the extension kept offering me the OpenAI guy’s card.',
      'Markiert in einem Artikel über Robert Altman plötzlich den OpenAI-Chef. Falscher Altman, Leute.',
    ]) {
      expect(marked(review)).toEqual([['altman', 'Altman']]);
    }
  });
});

describe('a lone surname with its evidence elsewhere: a question with a word between (round 15)', () => {
  it('reads „Ist dieser Altman eigentlich verwandt mit …?“ as about our person, set apart from the namesake', () => {
    const show =
      'Sam Altman kehrt zu OpenAI zurück. Ist dieser Altman eigentlich verwandt mit dem Nobelpreisträger Sidney Altman?';
    expect(marked(show).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('a lone surname with its evidence elsewhere: a Polish question word before a case form (round 15)', () => {
  it('reads „Dlaczego Pachockiego nie ma w Polsce?“ as our person in the genitive', () => {
    const press = 'Jakub Pachocki of OpenAI. A weekly headlined its column „Dlaczego Pachockiego nie ma w Polsce?”';
    expect(marked(press).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Pachockiego']);
  });
});

describe('a German genitive after a noun (round 16)', () => {
  it('reads a genitive surname after a noun that an adjective or a table cell leads as ours', () => {
    const report =
      'Jakub Pachocki folgt bei OpenAI auf Ilya Sutskever. Der jähe Sturz Altmans im Herbst bleibt ' +
      'Thema.\n| Mai 2024 | Weggang Leikes; neues Team |';
    expect(marked(report).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Ilya Sutskever', 'Altmans', 'Leikes']);
  });

  it('keeps a first name before a genitive that leads a noun, or after a noun', () => {
    for (const film of [
      'Sam Altman leitet OpenAI. Im Kino läuft heute Robert Altmans Klassiker von 1975.',
      'Sam Altman leitet OpenAI. Im Kino lebt das Werk Robert Altmans fort.',
    ]) {
      expect(marked(film).map(([, text]) => text)).toEqual(['Sam Altman']);
    }
  });
});

describe('lower-case related searches about our story (round 16)', () => {
  it('reads a related search as ours where its line names our people and no other bearer of the surname', () => {
    const page =
      'findit: results for "jan leike"\nJan Leike joins Anthropic after leaving OpenAI.\n' +
      'Related searches: jan leike twitter · leike resignation post · altman apology thread';
    expect(marked(page).map(([, text]) => text)).toEqual(['jan leike', 'Jan Leike', 'jan leike', 'leike', 'altman']);
  });

  it('leaves a related search on a line that names another bearer of the surname to the word', () => {
    const page =
      'altman\nSam Altman leads OpenAI.\n' +
      'Related searches: sam altman age · robert altman films · altman formula · leike tiles';
    expect(marked(page).map(([, text]) => text)).toEqual(['Sam Altman', 'sam altman']);
  });
});

describe('namesakes known from context: a full name in a list of a family (round 16)', () => {
  it('reads a full name of ours among the names that follow a word for kin as a family member', () => {
    const notice =
      'Marta Leike of Bremen died on 2 March, aged 88.\n' +
      'She leaves her grandchildren Lisa (Tom) Berg, Paul Leike, and Jan Leike; and a sister, Irma.';
    expect(marked(notice)).toEqual([]);
  });

  it('keeps our person named after a list that no word for kin leads', () => {
    expect(marked('Speakers: Lisa Berg, Paul Meier and Jan Leike.').map(([, text]) => text)).toEqual(['Jan Leike']);
  });
});

describe('namesakes known from context: a full name followed by a sports club (round 16)', () => {
  it('reads a full name followed by its club as a namesake where its sentence has no AI word', () => {
    const post =
      'Alle reden über OpenAI. Beim Training stand jakub pachocki vom fc neudorf im Tor. ' +
      'Sam Altman from SV Lindenau scored twice.';
    expect(marked(post)).toEqual([]);
  });

  it('keeps our person followed by an employer or a club in a sentence about AI', () => {
    const news = 'Jakub Pachocki von OpenAI sprach. Jan Leike vom SC Nord redet auf dem KI-Abend über Alignment.';
    expect(marked(news).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Jan Leike']);
  });
});

describe('namesakes known from context: an initialled name in a list of initialled names (round 16)', () => {
  it('reads "Altman, S. Okoye" in a list of names as two people, not our person inverted', () => {
    expect(marked('Attendees: R. Brandt, K. Altman, S. Okoye, T. Lind; the group read about OpenAI.')).toEqual([]);
  });

  it('keeps an inverted name before a year or a title', () => {
    const refs = 'Altman, S. (2023). Planning for AGI. OpenAI.\nLeike, J. Scalable agent alignment, 2018.';
    expect(marked(refs).map(([, text]) => text)).toEqual(['Altman', 'Leike']);
  });
});

describe('namesakes known from context: another first name before a comparison (round 16)', () => {
  it('reads "Is Annie Altman related to Sam Altman?" as a question about the namesake', () => {
    const mail = 'A reader asks about OpenAI: "Is Annie Altman related to Sam Altman?" She is his sister.';
    expect(marked(mail).map(([, text]) => text)).toEqual(['Sam Altman']);
  });

  it('keeps a lone surname compared so', () => {
    expect(marked('Is Altman related to Robert Altman? OpenAI fans ask.').map(([, text]) => text)).toEqual(['Altman']);
  });
});

describe('namesakes known from context: a genitive before a work of a namesake’s world (round 16)', () => {
  it('reads a German genitive before a compound that ends in a namesake’s work as the namesake', () => {
    const program =
      'Vortrag über Sam Altman und OpenAI.\nSonntag im Filmclub: „Nashville“ (1975). Altmans Musikfilm über ' +
      'Country-Stars in Tennessee.';
    expect(marked(program).map(([, text]) => text)).toEqual(['Sam Altman']);
  });

  it('keeps a genitive before another noun', () => {
    expect(marked('Sam Altman und OpenAI: Altmans Rückkehr im November.').map(([, text]) => text)).toEqual([
      'Sam Altman',
      'Altmans',
    ]);
  });
});

describe('a lone surname with its evidence elsewhere: a sentence’s first word that is no first name (round 16)', () => {
  it('reads a contraction, an adverb, a verb after a bracketed time or a reviewer’s verb as no first name', () => {
    const notes =
      'Show notes, OpenAI week, with Jan Leike news.\n(12:05) Reading Sutskever’s farewell note\n\n' +
      'Wasn’t Leike the one who quit first? Zuerst Leike, dann Pachocki.\nReview: Catches Altman and Pachocki on most pages.';
    expect(marked(notes).map(([, text]) => text)).toEqual([
      'Jan Leike',
      'Sutskever’s',
      'Leike',
      'Leike',
      'Pachocki',
      'Altman',
      'Pachocki',
    ]);
  });

  it('keeps a first name at a sentence’s start', () => {
    expect(marked('OpenAI week. Robert Altman made films. Karin Leike sings.')).toEqual([]);
  });

  it('reads the writer’s own surname as someone else’s where a review names our person too', () => {
    const review =
      'Catches Sutskever and Leike on OpenAI pages.\nA journalist here; my last name is Leike too, not Jan Leike.';
    expect(marked(review).map(([, text]) => text)).toEqual(['Sutskever', 'Leike', 'Jan Leike']);
  });
});

describe('a lone surname with its evidence elsewhere: asked whether he is the same as a namesake (round 16)', () => {
  it('reads „der Altman ist der gleiche wie …?“ as a question about our person, the mark far after it', () => {
    const chat =
      'Tim: sam altman ist jetzt wieder chef bei openai\nOpa: Und der Altman ist der gleiche wie der mit den ' +
      'Filmen aus den Siebzigern, die wir damals gesehen haben?';
    expect(marked(chat).map(([, text]) => text)).toEqual(['sam altman', 'Altman']);
  });
});

describe('lone surnames with the story’s evidence (round 19)', () => {
  const texts = (text: string) => marked(text).map(([, name]) => name);

  it('reads a surname after a noun for a piece of writing in a subject line as the piece’s subject', () => {
    const mail =
      'Betreff: Re: Entwurf Leike – eine Rückfrage\n\nHallo, ist Leike seit Mai raus? Im Artikel über Jan Leike ' +
      'steht OpenAI.\n\nSubject: Draft Pachocki, two notes\nJakub Pachocki is chief scientist at OpenAI.';
    expect(texts(mail)).toEqual(['Leike', 'Leike', 'Jan Leike', 'Pachocki', 'Jakub Pachocki']);
  });

  it('reads a surname after a German noun for the body politic as the object of its clause', () => {
    const letter =
      'Jan Leike hat OpenAI verlassen. Ich hoffe, dass unsere Politik Leike bald anhört, bevor die KI-Regeln stehen.';
    expect(texts(letter)).toEqual(['Jan Leike', 'Leike']);
  });

  it('reads a record note’s opening verb of succession as no first name', () => {
    const json =
      '{ "name": "Jakub Pachocki", "org": "OpenAI", "note": "Replaced Sutskever.", "ilya": "Ilya Sutskever" }';
    expect(texts(json)).toEqual(['Jakub Pachocki', 'Sutskever', 'Ilya Sutskever']);
  });

  it('reads a quoted surname before a year as a citation of our person, not a bare string', () => {
    const comment = 'Jan Leike left OpenAI in May. Please cite the thread itself, not only "Leike, 2024".';
    expect(texts(comment)).toEqual(['Jan Leike', 'Leike']);
  });

  it('reads a related search that starts with our surname before another of ours as ours', () => {
    const related =
      'Robert Altman: films · Sam Altman at OpenAI\nRelated: sidney altman nobel · altman leike reply · robert altman mash';
    expect(texts(related)).toEqual(['Sam Altman', 'altman', 'leike']);
  });

  it('keeps a related search of a namesake’s first name and surname apart', () => {
    const related = 'Sam Altman at OpenAI\nRelated: robert altman films · jack altman podcast';
    expect(texts(related)).toEqual(['Sam Altman']);
  });
});

describe('a line’s first word after an arrow or a bullet (round 26)', () => {
  it('reads a verb in -ing that opens a glossed, bulleted or arrowed line as no first name', () => {
    const story = 'Ilya Sutskever and Jan Leike left OpenAI; Sam Altman stays CEO; Jakub Pachocki leads research.\n';
    const lines = [
      '→ Following Sutskever, two more researchers quit.',
      '• According to Altman, the search took a week.',
      '- Joining Pachocki on stage was the head of research.',
    ];
    expect(
      lines.map((line) =>
        marked(story + line)
          .map(([, text]) => text)
          .slice(4),
      ),
    ).toEqual([['Sutskever'], ['Altman'], ['Pachocki']]);
  });

  it('keeps a first name after a bullet: a namesake listed so', () => {
    const story = 'Ilya Sutskever left OpenAI.\n';
    expect(marked(story + '• Abraham Sutskever, the tailor next door').map(([, text]) => text)).toEqual([
      'Ilya Sutskever',
    ]);
  });
});

describe('a tool’s FAQ about what it highlights: a misprint answered as him, ours after a denial (round 27)', () => {
  const STORY = 'The add-on knows four people: Ilya Sutskever, Sam Altman, Jan Leike and Jakub Pachocki of OpenAI.';
  const surnames = (text: string) => marked(`${STORY}\n\n${text}`).slice(4);

  it('keeps a quoted misprint whose question about the highlight is answered with him', () => {
    expect(surnames('Q: Why is "Pachoki" underlined on one site? A: Because that site means him.')).toEqual([
      ['pachocki', 'Pachoki'],
    ]);
    expect(
      surnames('Frage: Warum markiert es „Sutzkever“ in einem Artikel? Antwort: Weil der Artikel ihn meint.'),
    ).toEqual([['sutskever', 'Sutzkever']]);
  });

  it('keeps ours named after a denial that sets the other bearer apart', () => {
    expect(surnames('Q: Why is the name grey in a film review? A: Because it is not our Altman.')).toEqual([
      ['altman', 'Altman'],
    ]);
    expect(surnames('Warum bleibt der Name auf der Kochseite ungefärbt? Weil es nicht unser Leike ist.')).toEqual([
      ['leike', 'Leike'],
    ]);
  });

  it('still leaves a highlight question answered with the namesake, and a community’s own', () => {
    expect(surnames('Q: Why did it highlight "Altman" on a film review? A: It should not have, sorry.')).toEqual([]);
    expect(surnames('Our Altman, the club’s treasurer, brought cake.')).toEqual([]);
  });
});

describe('a community’s "our" that picks out the one of our world among bearers (round 72)', () => {
  const surnames = (text: string) => marked(`Jan Leike left OpenAI and the lab.\n\n${text}`).slice(1);

  it('keeps "our X is the OpenAI one" as ours, and a community’s own with another trade', () => {
    expect(surnames('The hockey one is someone else. Our Leike is the OpenAI one.')).toEqual([['leike', 'Leike']]);
    expect(surnames('Not the chef. Our Leike was the OpenAI guy.')).toEqual([['leike', 'Leike']]);
    expect(surnames('Our Leike is the bakery one, not the AI researcher.')).toEqual([]);
  });
});

describe('a paper cited by the surname of one of ours who writes none (round 28, real text)', () => {
  it('gives the citation to a namesake, whatever the sentence says of AI', () => {
    expect(
      marked('We trained a graph neural network on the synthetic transactions of Altman et al. (NeurIPS 2023).'),
    ).toEqual([]);
    expect(
      marked('The Z-score model of Altman [2] was right in 95% of cases; a neural network [5] did better.'),
    ).toEqual([]);
    expect(marked('Machine learning for credit risk still starts from Altman et al.’s ratios.')).toEqual([]);
  });

  it('keeps the papers of those of ours who write them, and his own where the text names him in full', () => {
    expect(marked('Our reward model follows Leike et al. (2018); the optimiser, Sutskever et al. (2013).')).toEqual([
      ['leike', 'Leike'],
      ['sutskever', 'Sutskever'],
    ]);
    expect(
      marked(
        'Sam Altman, Greg Brockman and Ilya Sutskever asked how to govern superintelligence (Altman et al., 2023).',
      ),
    ).toEqual([
      ['altman', 'Sam Altman'],
      ['sutskever', 'Ilya Sutskever'],
      ['altman', 'Altman'],
    ]);
  });
});

describe('a paper cited by the surname of one of ours who writes none, in a reference list or by its year (round 29)', () => {
  it('gives the citation to a namesake', () => {
    expect(
      marked('Our deep learning model was checked for agreement. 3. Bland JM, Altman DG. Statistical methods. Lancet.'),
    ).toEqual([]);
    expect(marked('Bankruptcy prediction with neural networks still starts from Altman (1968).')).toEqual([]);
  });

  it('keeps it where the text names him in full', () => {
    expect(marked('Sam Altman wrote about AGI. Altman (2023) expects it soon.')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
    ]);
  });
});

describe('"et al" without its full stop cites a paper, research context (round 29, real text)', () => {
  it('marks the surname of one of ours who writes papers', () => {
    expect(marked('// Follows the approach proposed by Leike et al where a reward model is learned.')).toEqual([
      ['leike', 'Leike'],
    ]);
  });
});

describe('his middle initial in the author lists of OpenAI’s papers (round 30, real text)', () => {
  it('reads "Jakub W. Pachocki" as his full name', () => {
    expect(marked('OpenAI: Bob McGrew, Jakub W. Pachocki, Arthur Petron, Lilian Weng.')).toEqual([
      ['pachocki', 'Jakub W. Pachocki'],
    ]);
  });

  it('reads it without the initial’s full stop too (round 38, real text)', () => {
    expect(marked('OpenAI: Bob McGrew, Jakub W Pachocki, Arthur Petron, Lilian Weng.')).toEqual([
      ['pachocki', 'Jakub W Pachocki'],
    ]);
  });
});

describe('a namesake’s measure named after him (round 33, real text)', () => {
  it('reads "Altman Z-score" and "Altman Z\'\'" as the economist’s, in AI context and beside our full name', () => {
    expect(
      marked("AI credit models at OpenAI-backed startups: the Altman Z-score and the independent Altman Z'' check."),
    ).toEqual([]);
    expect(marked('Sam Altman invested in fintech. Der Altman-Z-Score der Firmen fiel, Altmans Z-Wert auch.')).toEqual([
      ['altman', 'Sam Altman'],
    ]);
  });

  it('keeps our surname before a word that starts with the letter', () => {
    expect(marked('OpenAI: Altman Zeitplan für GPT-5 bleibt offen.')).toEqual([['altman', 'Altman']]);
  });
});

describe('a German plural noun after "anderen" before a lone surname (round 33, real text)', () => {
  it('reads the noun as no first name', () => {
    expect(marked('Bei OpenAI hatte Toner mit anderen Direktoren Altman entlassen.')).toEqual([['altman', 'Altman']]);
  });
});

describe('a namesake brother named beside ours in a German interview report (round 36, real text)', () => {
  const intro = 'OpenAI-CEO Sam Altman war zu Gast im Podcast seines Bruders. ';

  it('keeps our lone surname before the brother it speaks to, and the brother’s genitive before a quoted title', () => {
    const text = `${intro}„Gute Frage“, sagte Altman zu seinem Bruder Jack in Jack Altmans „Uncapped“-Podcast.`;
    expect(marked(text)).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
    ]);
  });

  it('reads the brother’s first name as a name where a relative pronoun after a comma stands before it', () => {
    const text = `${intro}\n\nJack Altman leitet eine VC-Firma. Es ging um eine Massage, die Jack vorher bekommen hatte.`;
    expect(marked(text)).toEqual([['altman', 'Sam Altman']]);
  });

  it('still reads a word after an article as a noun', () => {
    expect(marked('OpenAI: Im Teaser steht es anders. Betreff: Teaser Sutskever, bitte prüfen.')).toEqual([
      ['sutskever', 'Sutskever'],
    ]);
  });
});

describe('a question which one is meant, answered in its own clause (round 40)', () => {
  it('gives the surname to ours where the asker names our world or our story', () => {
    const chat = 'lena: the board news is wild\nmehmet: welcher altman, der von openai?\nlena: ja klar';
    expect(marked(chat).map(([, text]) => text)).toEqual(['altman']);
    const family =
      'Dad: Is this the same Altman who got fired and came back within a week?\nMum: yes, sam altman. he runs it again';
    expect(marked(family).map(([, text]) => text)).toEqual(['Altman', 'sam altman']);
  });

  it('leaves it to a namesake where the clause names no world of ours', () => {
    const film = 'Which Altman, the one who made Nashville? Welcher Altman, der Regisseur?';
    expect(marked(film)).toEqual([]);
    expect(marked('Is this the same Leike who fixed our roof last spring?')).toEqual([]);
  });
});

describe('a Russian noun before his declined surname is no first name (round 40)', () => {
  it('marks the surname a capitalised noun governs, and the first name that agrees with it', () => {
    const note =
      'Ilya Sutskever left OpenAI.\nЗаголовок: «Уход Суцкевера из OpenAI». Письмо Альтману. Интервью Ильи Суцкевера.';
    expect(marked(note).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Суцкевера', 'Альтману', 'Ильи Суцкевера']);
  });

  it('leaves a namesake’s first name in the nominative before the nominative surname', () => {
    expect(marked('Ilya Sutskever left OpenAI. Авраам Суцкевер писал на идиш.').map(([, text]) => text)).toEqual([
      'Ilya Sutskever',
    ]);
  });
});

describe('a lone surname with an apposition of its bearer’s calling (round 41)', () => {
  it('gives the surname to a namesake whose calling follows it, and to ours for a calling of our world', () => {
    const review =
      'Sam Altman runs OpenAI. Short Cuts is a film Altman the director made in 1993, and Altman, der Regisseur, drehte Nashville.';
    expect(marked(review).map(([, text]) => text)).toEqual(['Sam Altman']);
    const essay = 'Abraham Sutzkever was born in 1913. Sutskever the computer scientist was born in 1986.';
    expect(marked(essay).map(([, text]) => text)).toEqual(['Sutskever']);
  });

  it('leaves "the director of research" to ours, and a namesake’s full name to its apposition', () => {
    const news = 'Jakub Pachocki leads research at OpenAI. Pachocki, the director of research, spoke first.';
    expect(marked(news).map(([, text]) => text)).toEqual(['Jakub Pachocki', 'Pachocki']);
    const notes =
      'Sam Altman is back at OpenAI. A podcast by Jack Altman, the Lattice co-founder, is on managing; Altman’s checklist is long.';
    expect(marked(notes).map(([, text]) => text)).toEqual(['Sam Altman']);
  });
});

describe('a paper cited from a year before any of ours could write one (round 41)', () => {
  it('gives it to a namesake, inverted or not, in a list that names ours', () => {
    const list = [
      'Reading list: Jan Leike and Ilya Sutskever on alignment.',
      '- Leike, J. (2018). Scalable agent alignment via reward modeling.',
      '- Altman, S. (1990). Enzymatic cleavage of RNA by RNA. Nobel lecture.',
      '- Altman (1968) on predicting bankruptcy; Sutskever et al. (2014) on sequences.',
    ].join('\n');
    expect(marked(list).map(([, text]) => text)).toEqual(['Jan Leike', 'Ilya Sutskever', 'Leike', 'Sutskever']);
  });
});

describe('a namesake spelled otherwise after the surname (round 41)', () => {
  it('leaves ours his surname before a namesake of another spelling', () => {
    const forum =
      'Thread: OpenAI’s chief scientist leaves\n\nSutskever is said SOOTS-keh-ver, I think? Same root as Sutzkever, the poet.';
    expect(marked(forum).map(([, text]) => text)).toEqual(['Sutskever']);
  });
});

describe('firms named by two capitalised words or a trade’s compound (round 41)', () => {
  it('leaves a surname before a two-word firm and after a German trade compound', () => {
    const listing =
      'Talk on Jan Leike’s exit from OpenAI, 19:00.\nSat 10:00 · Leike’s Garden Centre, Mill Road · plant sale\nUnser Getränkehandel Leike liefert auch sonntags.';
    expect(marked(listing).map(([, text]) => text)).toEqual(['Jan Leike’s']);
  });

  it('keeps a surname in a heading set in capitals, before a verb and before a partner firm', () => {
    const news = 'Jan Leike left OpenAI.\nAUCH LEIKE IST WEG\nLeike Joined Anthropic Two Weeks Later';
    expect(marked(news).map(([, text]) => text)).toEqual(['Jan Leike', 'LEIKE', 'Leike']);
    const deal = 'Sam Altman runs OpenAI. The fund was founded by Altman and Churchill Capital in 2021.';
    expect(marked(deal).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('a changelog of people pages, a deli, a vote, a denied which-question (round 42)', () => {
  it('gives ours the surnames of a changelog that names the page about him', () => {
    const log = [
      '$ git log --oneline -- content/people/',
      '9c1e04a Personenseite Leike: Wechsel zu Anthropic nachgetragen',
      '77b3a1d Leike: Rolle in Vergangenheitsform',
      '0a6e2d2 Altman-Seite: Rückkehr ins Board am 08.03.2024',
      '1f9d0b8 Altman: Absetzung am 17.11.2023, Quelle OpenAI',
    ].join('\n');
    expect(marked(log).map(([, text]) => text)).toEqual(['Leike', 'Leike', 'Altman', 'Altman']);
  });

  it('leaves a deli and a which-question that denies our world, and keeps a vote of the board', () => {
    const gallery =
      'Bild 6: Sam Altman in San Francisco. Nicht verwechseln: „Altman’s Deli“ in Queens hat mit KI nichts zu tun.';
    expect(marked(gallery).map(([, text]) => text)).toEqual(['Sam Altman']);
    const quiz = 'Quiz zu OpenAI und Sam Altman. 6. Welcher Altman ist NICHT bei OpenAI? a) Robert Altman';
    expect(marked(quiz).map(([, text]) => text)).toEqual(['Sam Altman']);
    const thread = 'Ilya Sutskever regretted voting to fire Altman, then signed the letter.';
    expect(marked(thread).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Altman']);
  });
});

describe('denied deeds, genitives, bearers, shops, search strings, christenings, story deeds (round 43)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a namesake whose deed is denied after his own first name, and keeps ours whose deed is', () => {
    expect(texts('Quiz on Sam Altman of OpenAI. And no, Sidney Altman did not make films.')).toEqual(['Sam Altman']);
    expect(texts('Quiz on Sam Altman of OpenAI. Altman did not make films.')).toEqual(['Sam Altman', 'Altman']);
  });

  it('reads a genitive before a noun of his own opening a sentence of prose, a soft hyphen in it or not', () => {
    const lines = [
      'Jan Leike kündigte bei OpenAI und schrieb: „I resigned.“ Lei\u00adkes Weg führte nach London.',
      'Und Leikes Weg? Ende Mai meldete er sich bei Anthropic.',
      'Leikes Weg führte über DeepMind zu OpenAI.',
    ].join('\n');
    expect(texts(lines)).toEqual(['Jan Leike', 'Lei\u00adkes', 'Leikes', 'Leikes']);
    // At a line's start a listing names a street.
    expect(texts('Jan Leike bei OpenAI.\nLeikes Weg 4, 20095 Hamburg')).toEqual(['Jan Leike']);
  });

  it('leaves one who speaks as a bearer, and one set apart under another first name', () => {
    const comment = 'OpenAI named Jakub Pachocki chief scientist. As a Pachocki I am proud of a Polish man.';
    expect(texts(comment)).toEqual(['Jakub Pachocki']);
    const club = 'Jakub Pachocki of OpenAI. The other Pachocki, club treasurer Edward Pachocki, ran the raffle.';
    expect(texts(club)).toEqual(['Jakub Pachocki']);
    expect(texts('Sam Altman and Jack Altman. The other Altman, OpenAI’s CEO, spoke.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });

  it('leaves a shop named by its trade, in German before the surname and in English after "a … called"', () => {
    expect(texts('Jan Leike bei OpenAI. Die Metzgerei Leike steuert Bratwürste bei.')).toEqual(['Jan Leike']);
    const market = 'Jakub Pachocki of OpenAI. A Chicago bakery called Pachocki’s reported a run on paczki.';
    expect(texts(market)).toEqual(['Jakub Pachocki']);
    const stocks = 'Sam Altman of OpenAI. Elsewhere, Altman Industrial Supply (no connection) rose 3%.';
    expect(texts(stocks)).toEqual(['Sam Altman']);
  });

  it('leaves the bare words a search was run with, and keeps the surname in the prose after them', () => {
    const export_ = 'Ilya Sutskever bei OpenAI.\n# Suchbegriffe der Abfrage: Sutskever, Sutzkever, Leike, Altman';
    expect(texts(export_)).toEqual(['Ilya Sutskever']);
    const method = 'Ilya Sutskever at OpenAI. Search terms: Sutskever, Leike. Sutskever left in May.';
    expect(texts(method)).toEqual(['Ilya Sutskever', 'Sutskever']);
  });

  it('leaves a quoted name given by christening, and keeps a quoted name the wires printed', () => {
    const robot = 'Sam Altman von OpenAI. Der Stoffroboter, den unser Team „Altman“ getauft hat, steht im Büro.';
    expect(texts(robot)).toEqual(['Sam Altman']);
    expect(texts('Sam Altman of OpenAI. The office cat? We dubbed him "Altman".')).toEqual(['Sam Altman']);
    expect(texts('Sam Altman of OpenAI. The wires wrote "Altman" in the hed.')).toEqual(['Sam Altman', 'Altman']);
  });

  it('gives ours a lone surname whose own sentence tells the story, after a namesake led the chat', () => {
    const chat = [
      'Bernie: Is that the Altman who made the movies?',
      'Sophie: the movie guy was Robert Altman',
      'Sophie: the AI one is Sam Altman and he is still CEO',
      'Sophie: Ilya Sutskever is a co-founder. he was the one who voted to fire Altman in november',
    ].join('\n');
    expect(texts(chat)).toEqual(['Sam Altman', 'Ilya Sutskever', 'Altman']);
  });

  it('reads the Hebrew spelling of Pachocki with an aleph', () => {
    expect(texts('Jakub Pachocki (יאקוב פחוצקי) of OpenAI; some write פאחוצקי.')).toEqual([
      'Jakub Pachocki',
      'יאקוב פחוצקי',
      'פאחוצקי',
    ]);
  });
});

describe('data rows, trade queries, quantified bearers, denials in the clause, matching strings, compounds (round 44)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('keeps a namesake on his own row of a data export', () => {
    const csv = [
      'datum;medium;ueberschrift;personen;ton',
      '2024-05-17;Wirtschaftskurier;"Leike: Sicherheit zurückgestellt";"Leike; Sam Altman";kritisch',
      '2024-05-18;Kulturseite Nord;"Robert Altman und das Kino";"Robert Altman";positiv',
      '2024-05-20;Tagesblick online;"Was Altman jetzt beweisen muss";"Altman";kritisch',
    ].join('\n');
    expect(texts(csv)).toEqual(['Leike', 'Leike', 'Sam Altman', 'Altman', 'Altman']);
    // In prose the namesake still takes the next sentence's surname.
    expect(texts('Sam Altman leads OpenAI. Robert Altman made films. Altman shot Nashville.')).toEqual(['Sam Altman']);
  });

  it('leaves a query that names a trade beside the surname, before it or after it', () => {
    const searches = [
      'Jakub Pachocki, OpenAI',
      'Ähnliche Suchanfragen',
      'pachocki openai · pachocki physiotherapie bochum · zahnarzt pachocki görlitz',
    ].join('\n');
    expect(texts(searches)).toEqual(['Jakub Pachocki', 'pachocki']);
  });

  it('leaves a surname every bearer shares, and keeps the quantifier that is a noun’s', () => {
    expect(texts('Sam Altman of OpenAI. Not every Altman is the one in the headlines.')).toEqual(['Sam Altman']);
    expect(texts('Sam Altman of OpenAI. Every Altman tweet is news.')).toEqual(['Sam Altman', 'Altman']);
  });

  it('leaves one whose own clause denies he is ours, an initial before his surname or not', () => {
    const minutes = 'Sam Altman of OpenAI was discussed. S. Altman of Registry is no relation to the OpenAI chief.';
    expect(texts(minutes)).toEqual(['Sam Altman']);
  });

  it('leaves a quoted surname that hits or matches text, and a firm after a maker’s noun', () => {
    const code = 'Sam Altman of OpenAI.\n# TODO: "Altman" also hits Robert Altman film reviews';
    expect(texts(code)).toEqual(['Sam Altman']);
    const press = 'Jakub Pachocki of OpenAI. A Kraków furniture maker called Pachocki Meble reported a surge.';
    expect(texts(press)).toEqual(['Jakub Pachocki']);
  });

  it('reads a long German compound before a surname as no first name, and a title for a person as one', () => {
    const log =
      'Ilya Sutskever und Sam Altman.\nDossier angelegt: OpenAI-Führungskrise, Hauptpersonen Altman und Sutskever';
    expect(texts(log)).toEqual(['Ilya Sutskever', 'Sam Altman', 'Altman', 'Sutskever']);
    const council = 'Jan Leike of OpenAI resigned. Councilmember Leike asked about the vendor.';
    expect(texts(council)).toEqual(['Jan Leike']);
  });
});

describe('mass nouns, German firms, a style, own acquaintances, typed and pattern strings, firm notices, titled pairs (round 45)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a noun after a quantity as no first name, and a German verb after „Firma“ as no adjective', () => {
    const feature = 'Sam Altman führt OpenAI. Offen ist, wie viel Gewicht Altman der Sicherheitsforschung gibt.';
    expect(texts(feature)).toEqual(['Sam Altman', 'Altman']);
    const quiz = 'Jan Leike ging zu Anthropic. Frage 5: Zu welcher Firma wechselte Leike Ende Mai?';
    expect(texts(quiz)).toEqual(['Jan Leike', 'Leike']);
    // A Polish adjective after the noun still names a firm.
    expect(texts('Jakub Pachocki leads research at OpenAI.\nFirma przewozowa Pachocki.')).toEqual(['Jakub Pachocki']);
  });

  it('leaves a surname that qualifies a work or a style after an indefinite article', () => {
    expect(texts('Sam Altman of OpenAI. The board fight felt like an Altman movie.')).toEqual(['Sam Altman']);
    expect(texts('Sam Altman von OpenAI. Das wäre ein echter Altman-Film.')).toEqual(['Sam Altman']);
    expect(texts('Sam Altman of OpenAI. It was an Altman interview.')).toEqual(['Sam Altman', 'Altman']);
  });

  it('leaves the writer’s own dentist or baker named so, and keeps a researcher named so', () => {
    expect(texts('Sam Altman of OpenAI. My dentist is called Dr. Altman and I get jokes.')).toEqual(['Sam Altman']);
    expect(texts('Jan Leike von OpenAI. Unser Bäcker heißt Leike.')).toEqual(['Jan Leike']);
    expect(texts('Jan Leike von OpenAI. Der Forscher heißt Leike.')).toEqual(['Jan Leike', 'Leike']);
  });

  it('leaves a quoted surname typed into a search engine or keyed to a pattern in code', () => {
    const search = 'Sam Altman von OpenAI. Wer heute „Altman“ in eine Suchmaschine tippt, landet bei ihm.';
    expect(texts(search)).toEqual(['Sam Altman']);
    const code = 'Ilya Sutskever of OpenAI.\nFIXES = { "Sutskever": re.compile(r"\\bSuts?z?kever\\b") }';
    expect(texts(code)).toEqual(['Ilya Sutskever']);
  });

  it('gives a firm’s notices with no AI word their own people, full names too', () => {
    const register = [
      'Handelsregister – Bekanntmachungen, Amtsgericht Kreuzbach',
      'HRB 10482 – Altman Werkzeugbau GmbH. Nicht mehr Geschäftsführer: Samuel Altman.',
      'HRB 10517 – Leike & Söhne Bedachungen GmbH. Prokura erteilt: Jan Leike, Wiesenthal.',
    ].join('\n');
    expect(texts(register)).toEqual([]);
  });

  it('keeps two of ours titled side by side, and leaves a titled man beside a titled stranger', () => {
    const letter = 'Jan Leike and Ilya Sutskever left OpenAI. Mr Leike and Mr Sutskever were given a mandate.';
    expect(texts(letter)).toEqual(['Jan Leike', 'Ilya Sutskever', 'Leike', 'Sutskever']);
    expect(texts('Jan Leike of OpenAI resigned. Led by Mr. Leike and Ms. Grell, the club met.')).toEqual(['Jan Leike']);
  });
});

describe('compound heads, daughters, parish news, denials in German order, more bearers, searched and pattern strings (round 46)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a hyphenated compound after a surname as no firm’s word', () => {
    const newsletter =
      'Jan Leike und Ilya Sutskever bei OpenAI. Auch Jan Leike, mit Sutskever Co-Leiter des Teams, ist weg.';
    expect(texts(newsletter)).toEqual(['Jan Leike', 'Ilya Sutskever', 'Jan Leike', 'Sutskever']);
  });

  it('leaves a firm of daughters and a parish’s members', () => {
    expect(texts('Jakub Pachocki of OpenAI. The phones at Pachocki & Daughters Roofing rang.')).toEqual([
      'Jakub Pachocki',
    ]);
    const bulletin =
      'Parish news: our thanks to Jan Leike, who repainted the hall. The choir sings at the 11 am service.';
    expect(texts(bulletin)).toEqual([]);
  });

  it('leaves one who denies in German order that he is the one of our world, and the lone surnames after him', () => {
    const release = [
      'Jan Leike von OpenAI ist bekannt. Es spricht Thomas Leike.',
      'Leike – mit dem früheren OpenAI-Forscher weder verwandt noch verschwägert – lacht. „Das bringt E-Mails“, sagt Leike.',
    ].join('\n');
    expect(texts(release)).toEqual(['Jan Leike']);
  });

  it('leaves more bearers than one, and a quoted surname searched for or alone hitting text', () => {
    expect(texts('Jan Leike of OpenAI. There are more Leikes there than you would think.')).toEqual(['Jan Leike']);
    const syllabus = 'Sam Altman of OpenAI. Search library databases or the web for "Altman", set the date range.';
    expect(texts(syllabus)).toEqual(['Sam Altman']);
    expect(texts('Sam Altman of OpenAI.\n# Note that "Altman" alone also hits film reviews.')).toEqual(['Sam Altman']);
  });

  it('leaves the lone surnames of a list of Python raw strings, and keeps its full names', () => {
    const code =
      'Ilya Sutskever at OpenAI.\nPATTERNS = { "sutskever": [r"Ilya Sutskever", r"Sutskever", r"Sutzkever"] }';
    expect(texts(code)).toEqual(['Ilya Sutskever', 'Ilya Sutskever']);
  });

  it('reads the Polish instrumental „Ilją“ as his first name', () => {
    expect(texts('Ilya Sutskever i Jan Leike. Mit Ilją Sutskeverem und Janem Leike gingen zwei.')).toEqual([
      'Ilya Sutskever',
      'Jan Leike',
      'Ilją Sutskeverem',
      'Janem Leike',
    ]);
  });

  it('reads the Polish cases of "Ilya" spelt with a y as his first name: „zastąpi Ilyę Sutskevera“', () => {
    expect(
      texts('Jakub Pachocki zastąpi Ilyę Sutskevera. Następca Ilyi Sutskevera, rozmowa z Ilyą Sutskeverem.'),
    ).toEqual(['Jakub Pachocki', 'Ilyę Sutskevera', 'Ilyi Sutskevera', 'Ilyą Sutskeverem']);
  });
});

describe('German prepositions after "auch" (round 47)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads „auch an“ and „also an“ as a German preposition, not as the English article of another bearer', () => {
    expect(texts('Das ist eine Frage an die Führung, also an Sam Altman und das Board.')).toEqual(['Sam Altman']);
    expect(texts('Die Frage geht auch an Sam Altman.')).toEqual(['Sam Altman']);
    expect(texts('There is also a Sam Altman in my club. Es gibt auch einen Sam Altman im Verein.')).toEqual([]);
    expect(texts('My aunt is also an Altman. Meine Tante ist auch eine Altman.')).toEqual([]);
  });

  it('reads an inverted name with another first name and life dates as a catalogue’s namesake', () => {
    const catalogue = [
      'Subjects: OpenAI (Firm) -- Management; Altman, Sam. Notes: the removal and return of Sam Altman.',
      '3. Title: The Player [videorecording]',
      '   Director: Altman, Robert, 1925-2006',
      'Krizhevsky, Sutskever, Hinton, 2012: ImageNet classification with deep CNNs. Ilya Sutskever, OpenAI.',
    ].join('\n');
    expect(texts(catalogue)).toEqual(['Altman', 'Sam Altman', 'Sutskever', 'Ilya Sutskever']);
  });
});

describe('a family business after an article (round 49)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads the surname before a shop’s noun in lower case as the business', () => {
    expect(texts('Jan Leike left OpenAI. Hits on namesakes (the Leike bakery in Stralsund) were removed.')).toEqual([
      'Jan Leike',
    ]);
    expect(texts('Jan Leike left OpenAI. Items about a Leike dental practice in Kiel were removed.')).toEqual([
      'Jan Leike',
    ]);
    expect(texts('Jan Leike left OpenAI. The Leike thread said why.')).toEqual(['Jan Leike', 'Leike']);
  });

  it('reads a surname and its partner before a firm’s noun as the firm (round 72)', () => {
    expect(
      texts('Jakub Pachocki leads OpenAI research. My search found the Pachocki & Nowak law firm in Gdańsk.'),
    ).toEqual(['Jakub Pachocki']);
    expect(texts('Sam Altman runs OpenAI. Reviews of an Altman & Fisher bakery were removed.')).toEqual(['Sam Altman']);
    expect(texts('Jan Leike left OpenAI. The Leike & Sutskever company rumour was false.')).toEqual([
      'Jan Leike',
      'Leike',
      'Sutskever',
    ]);
  });
});

describe('inverted namesakes with a middle initial, and acquaintances named with an adverb (round 50)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads an inverted name with another first name and an initial as a reference list’s namesake', () => {
    const bib = 'Sam Altman of OpenAI.\n@article{altman1992, author = {Altman, Naomi S.}, title = {An Introduction}}';
    expect(texts(bib)).toEqual(['Sam Altman']);
    expect(texts('Krizhevsky, Sutskever, Hinton (2012) at Toronto; Ilya Sutskever later co-founded OpenAI.')).toEqual([
      'Sutskever',
      'Ilya Sutskever',
    ]);
  });

  it('reads a surname the writer’s acquaintance bears, said with an adverb, as a namesake', () => {
    expect(texts('Sam Altman von OpenAI. Mein Nachbar heißt tatsächlich Altman und betreibt eine Polsterei.')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('inverted namesakes closing a field, a craft’s workshop and an eponym’s limits (round 51)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads an inverted name with another first name closing a BibTeX field or a quoted CSV field as a namesake', () => {
    expect(texts('Ilya Sutskever at OpenAI.\n@book{altman1999, author = {Altman, Gwen}, year = {1999}}')).toEqual([
      'Ilya Sutskever',
    ]);
    expect(texts('Jan Leike at OpenAI.\nkey,year,author\nleike2001,2001,"Leike, Ruth K.",Soil survey')).toEqual([
      'Jan Leike',
    ]);
  });

  it('reads two of our surnames before a craft’s workshop as a firm', () => {
    expect(texts('OpenAI news aside, Leike & Pachocki Brewery on Elm Street opens a taproom.')).toEqual([]);
    expect(texts('At OpenAI, Leike & Pachocki ran the RLHF work together.')).toEqual(['Leike', 'Pachocki']);
  });

  it('reads a surname in a pair of eponyms before "limits" as the method’s', () => {
    expect(texts('Sam Altman of OpenAI. The model’s scores stayed within the Bland–Altman limits we set.')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('our person’s inverted name closing a BibTeX field, full names in a query’s wildcards, a search box’s button (round 52)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads our first name closing a BibTeX field as ours, as another’s is another’s', () => {
    expect(texts('Sam Altman of OpenAI.\n@misc{altman2023, author = {Altman, Sam}, year = {2023}}')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });

  it('keeps a full name inside a wildcard pattern or a regular expression, and leaves a lone surname there', () => {
    const sql = "Leike left OpenAI.\nSELECT id FROM posts WHERE title LIKE '%Jan Leike%' OR title LIKE '%Leike%';";
    expect(texts(sql)).toEqual(['Leike', 'Jan Leike']);
    expect(texts('Ilya Sutskever at OpenAI: pattern = r"(?:Ilya Sutskever)\\s"')).toEqual([
      'Ilya Sutskever',
      'Ilya Sutskever',
    ]);
  });

  it('reads a lower-case surname before a search button in brackets as the query', () => {
    expect(texts('Search: pachocki              [ 🔍 ]\nJakub Pachocki - OpenAI chief scientist')).toEqual([
      'Jakub Pachocki',
    ]);
  });
});

describe('a Polish café after a surname, a pair of surnames first in an eponym (round 53)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a surname before a Polish shop’s noun as the shop’s', () => {
    expect(
      texts('Jakub Pachocki leads research at OpenAI. In Gdańsk, Pachocki Piekarnia opened a second shop.'),
    ).toEqual(['Jakub Pachocki']);
  });

  it('reads our surname first in a pair of surnames before a method’s or a family’s noun as the eponym’s', () => {
    expect(texts('Jan Leike at OpenAI. Hydrologists use the Leike–Morales method for runoff.')).toEqual(['Jan Leike']);
    expect(texts('Sam Altman at OpenAI. Photos from the Altman-Weber family picnic are online.')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Sam Altman at OpenAI. The Altman–Sutskever rift deepened.')).toEqual([
      'Sam Altman',
      'Altman',
      'Sutskever',
    ]);
  });
});

describe('an initial none of ours has, a shop one goes to, kinship asked about, strings a search finds (round 54)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a surname after an initial of no first or middle name of ours as another bearer’s', () => {
    const minutes =
      'Reading circle, 15 May 2024\nPresent: B. Kunz (chair), E. Dorn, K. Altman, S. Yeboah. Notes: E. Dorn.\n' +
      '1. Text: the OpenAI board crisis. Sam Altman thanked Jan Leike.';
    expect(texts(minutes)).toEqual(['Sam Altman', 'Jan Leike']);
  });

  it('keeps ours after a platform that ends a sentence or a user’s initial', () => {
    expect(texts('Ilya Sutskever posted his farewell on X. Sutskever thanked the team.')).toEqual([
      'Ilya Sutskever',
      'Sutskever',
    ]);
    expect(texts('Jan Leike ging zu Anthropic. @Heike P. Leike war nie im Board, oder?')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
  });

  it('reads a possessive after "at" before a pause as a shop', () => {
    expect(texts('Sam Altman is back at OpenAI. We bought our first bikes at Altman’s, on Main Street.')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Sam Altman is back at OpenAI. Everyone looked at Altman’s letter.')).toEqual([
      'Sam Altman',
      'Altman’s',
    ]);
  });

  it('reads a surname asked or said to be kin to the one of our world as another’s', () => {
    expect(
      texts('Ilya Sutskever left OpenAI. Thread: "Is Sutskever related to the AI guy?" asks a poetry fan.'),
    ).toEqual(['Ilya Sutskever']);
  });

  it('reads quoted forms a search is said to find, and a search page’s suggestion, as strings', () => {
    expect(texts('Jan Leike, OpenAI. Der Filter: nur "Leikes" oder "Altmans" gefunden.')).toEqual(['Jan Leike']);
    expect(texts('Ilya Sutskever left OpenAI. No results. Did you mean: "Sutskever"?')).toEqual(['Ilya Sutskever']);
  });

  it('reads an inverted name before a catalogue’s middle dot as another first name’s', () => {
    expect(texts('Sam Altman at OpenAI. See also: Altman, Harold · Chemistry prizes')).toEqual(['Sam Altman']);
  });
});

describe('search strings listed under their heading, a lone quoted form, a reference’s middle initial (round 55)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a quoted list of strings on the line after its heading, remarks in brackets between, as strings', () => {
    const memo =
      'Archive search for the OpenAI story. Search terms used:\n"Ilya Sutskever", "Sutskever", "Leike" (not "Leiker"), "Pachocki".';
    expect(texts(memo)).toEqual(['Ilya Sutskever']);
  });

  it('reads a quoted surname called lone, or one a pattern is to catch, as the string', () => {
    expect(texts('Jan Leike left OpenAI. Known bug: a lone "Leike" on a sports page still opens his card.')).toEqual([
      'Jan Leike',
    ]);
    expect(texts('Sam Altman is back at OpenAI. How do I write a regex to catch "Altman" and not "Altmann"?')).toEqual([
      'Sam Altman',
    ]);
  });

  it('refuses a related search that pairs the surname with an orthodontist', () => {
    expect(
      texts(
        'Jakub Pachocki folgt auf Sutskever bei OpenAI.\nÄhnliche Suchanfragen: pachocki gpt-4  pachocki kieferorthopädie görlitz',
      ),
    ).toEqual(['Jakub Pachocki', 'Sutskever', 'pachocki']);
  });

  it('reads an inverted name with another first name and a middle initial before the year as another’s', () => {
    expect(texts('Sam Altman at OpenAI.\nReading list\nAltman, Edward I. (1968). Financial ratios.')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('a namesake’s speaker label, a bearer placed in the writer’s world, a co-authored paper (round 56)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('gives a speaker label in capitals to the bearer the transcript introduced with another first name', () => {
    const transcript =
      '"I get his mail": a talk with Dr. Mareike Leike\n\nDr. Mareike Leike studies robotics in Kiel. She is not ' +
      "related to Jan Leike, who left OpenAI in May.\n\nQ: What did you make of it?\n\nLEIKE: Jan Leike's thread said it.";
    expect(texts(transcript)).toEqual(['Jan Leike', "Jan Leike's"]);
  });

  it('keeps a speaker label in capitals where no other bearer was introduced', () => {
    expect(texts('Panel on OpenAI with Jan Leike.\nLEIKE: Thanks for having me.')).toEqual(['Jan Leike', 'LEIKE']);
  });

  it('reads "the" bearer placed in the writer’s world or an indefinite one as someone else', () => {
    expect(texts('Jan Leike joined Anthropic. Is the Leike in my office related? No.')).toEqual(['Jan Leike']);
    expect(texts('Jan Leike joined Anthropic. The Leike on our sports pages is a goalkeeper.')).toEqual(['Jan Leike']);
  });

  it('reads a paper cited with its co-author and year by the surname of one who writes none as a namesake’s', () => {
    expect(texts('Sam Altman leads OpenAI. We use the estimator of Altman and Osei (2019).')).toEqual(['Sam Altman']);
    expect(texts('Sam Altman leads OpenAI. See Nakamura & Altman (2020) on calibration.')).toEqual(['Sam Altman']);
  });

  it('keeps a co-authored paper of one of ours who writes them', () => {
    expect(texts('Jan Leike left OpenAI. See Leike and Krueger (2018) on reward modelling.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
  });
});

describe('a search about the word, a disambiguation, a chair, an index, a bearer asked about (round 57)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a related search about the word or a trade as such on a line about our story', () => {
    const page =
      'Related searches\nsam altman ilya · altman last name origin · altman returns ceo\n' +
      'Ähnliche Suchanfragen\njakub pachocki alter · pachocki gpt-4 · pachocki umzug görlitz';
    expect(texts(page)).toEqual(['sam altman', 'altman', 'jakub pachocki', 'pachocki']);
  });

  it('reads a disambiguation page’s opening as the word’s', () => {
    const page = 'Sutskever (disambiguation)\nSutskever may refer to:\nIlya Sutskever (born 1986), computer scientist';
    expect(texts(page)).toEqual(['Ilya Sutskever']);
    expect(texts('Altman steht für:\nSam Altman (* 1985), Unternehmer')).toEqual(['Sam Altman']);
  });

  it('gives a surname after a chair’s title to a professor of that name', () => {
    const chat = 'Sam Altman was fired by the OpenAI board.\nexam on monday, and Professor Altman does NOT accept it';
    expect(texts(chat)).toEqual(['Sam Altman']);
    expect(texts('Sam Altman ist zurück bei OpenAI. Prof. Altman liest heute über Statik.')).toEqual(['Sam Altman']);
  });

  it('reads a book index’s entries by their first names, before the page numbers', () => {
    const index =
      'Personenregister\nAltman, Robert 212, 215–217\nAltman, Sam 9, 14–19, 33\nAltman, Sidney 164\nLeike, Jan 14, 18\n';
    expect(texts(index)).toEqual(['Altman', 'Leike']);
  });

  it('reads the surname of twins as a family’s', () => {
    expect(texts('Jan Leike joined Anthropic.\nLeike twins carry Harlow Rowing Club to regional title')).toEqual([
      'Jan Leike',
    ]);
  });

  it('decides a bearer asked about by where he is from by that clause', () => {
    const faq = 'Sam Altman returned to OpenAI. Is this the Altman from the hedge-fund story we ran last year? No.';
    expect(texts(faq)).toEqual(['Sam Altman']);
    expect(texts('Jan Leike ging zu Anthropic. Ist das der Leike aus der ARD-Quizshow? Nein.')).toEqual(['Jan Leike']);
    expect(texts('Sam Altman ist zurück. Ist das der Altman von ChatGPT? Ja.')).toEqual(['Sam Altman', 'Altman']);
  });

  it('gives a surname named by a namesake’s world right before it to that namesake', () => {
    expect(texts('Thread: Are the film Altman and the OpenAI Altman related?')).toEqual(['Altman']);
  });

  it('reads an eponym’s pair before "agreement" as the method’s', () => {
    expect(texts('Sam Altman leads OpenAI. Bland-Altman agreement paper (1986) is cited 40,000 times.')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('another bearer’s first name in a search, a band, an eponym’s index, Russian case forms (round 58)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a related search with another bearer’s first name after the surname as that bearer’s', () => {
    const page = 'Related searches\nsam altman openai · altman rückkehr · altman jack\n';
    expect(texts(page)).toEqual(['sam altman', 'altman']);
  });

  it('reads a related search for an undertaker as the trade’s', () => {
    const page = 'Ähnliche Suchanfragen\njan leike superalignment · leike anthropic · leike bestattungen celle\n';
    expect(texts(page)).toEqual(['jan leike', 'leike']);
  });

  it('reads a band named for a surname as the band', () => {
    expect(texts('Jan Leike left OpenAI. Four rows are about the Leike Trio’s jazz tour.')).toEqual(['Jan Leike']);
  });

  it('reads the first of a pair before "index" as the index’s eponym', () => {
    expect(texts('Sam Altman leads OpenAI. Compare the Altman–Leiker index of ecological diversity.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('reads the declined Russian forms of his first spelling as his', () => {
    expect(texts('Заголовок: назначение Якуба Пачоцкого на пост главного научного сотрудника OpenAI.')).toEqual([
      'Якуба Пачоцкого',
    ]);
  });
});

describe('case forms listed, strings matched, firms, a doctor’s inverted entry, neighbours, trades (round 58)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a list of three of the surname’s case forms as its declension, two spellings as his', () => {
    const joke = 'Jakub Pachocki leads research at OpenAI. "Pachocki, Pachockiego, Pachockim — we have more cases."';
    expect(texts(joke)).toEqual(['Jakub Pachocki']);
    expect(texts('Ilya Sutskever left OpenAI. Wire copy had Sutskever, Sutzkever in one line.')).toContain('Sutskever');
  });

  it('reads a quoted surname a pattern is matching as the string', () => {
    expect(texts('Sam Altman news. Q: Regex for matching "Altman" but not "Altmann"?')).toEqual(['Sam Altman']);
  });

  it('reads a firm or a trade’s word after the surname as the firm', () => {
    expect(texts('Sam Altman leads OpenAI. My bike shop, Altman Cycles in Duluth, has a sign.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('reads an inverted entry with a doctor’s title before another first name as another’s', () => {
    expect(texts('Jan Leike joined Anthropic.\nLEIKE, Dr. Corinna · Employment law')).toEqual(['Jan Leike']);
  });

  it('gives a neighbour by the surname to the neighbour', () => {
    const letter =
      'Jakub Pachocki ist neuer Chefwissenschaftler bei OpenAI. Herr Pachocki von gegenüber hat heute Geburtstag.';
    expect(texts(letter)).toEqual(['Jakub Pachocki']);
  });

  it('gives a surname after a firm’s owner or a namesake’s calling to that bearer', () => {
    const digest = 'Jakub Pachocki leads research at OpenAI. Kielce: "Pierogi restaurant owner Pachocki gets busy".';
    expect(texts(digest)).toEqual(['Jakub Pachocki']);
  });
});

describe('strings a tool looks for, a row’s key, nicknames, shelf marks, works and the wrong one (round 59)', () => {
  const texts = (text: string) => marked(text).map(([, name]) => name);

  it('reads a quoted surname a filter or a style check takes in as the string', () => {
    expect(
      texts('Jan Leike resigned. Anything mentioning "Leike", OpenAI or superalignment goes to a folder.'),
    ).toEqual(['Jan Leike']);
    expect(texts('Ilya Sutskever left. Our style-check macro flags "Sutzkever" wherever it appears.')).toEqual([
      'Ilya Sutskever',
    ]);
    expect(
      texts('Sam Altman is back. Search suggests films when you type "altman". Hover any "Altman" to see.'),
    ).toEqual(['Sam Altman']);
  });

  it('reads a spelling counted along after a few words, and one set beside its other family’s spelling', () => {
    expect(texts('Ilya Sutskever geht. - Die Schreibweise „Sutzkever“ wird wie bisher mitgezählt.')).toEqual([
      'Ilya Sutskever',
    ]);
    expect(texts('Sam Altman ist zurück. Die Suchfunktion unterscheidet „Altman“ und „Altmann“ nicht.')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Sam Altman ist zurück. Bei einem Namen wie „Altman“ hilft das nicht.')).toEqual(['Sam Altman']);
  });

  it('reads the items of a bracketed list under a key for search terms as strings, not a post’s tags', () => {
    expect(texts('Ilya Sutskever left.\nhighlight_terms: [Altman, Sutskever, Leike, Pachocki]')).toEqual([
      'Ilya Sutskever',
    ]);
    expect(texts('title: Jan Leike geht\ntags: [OpenAI, Leike, Superalignment]')).toEqual(['Jan Leike', 'Leike']);
  });

  it('reads a lower-case surname that keys a row before our full name as the key', () => {
    const table = [
      '# Pressespiegel KW 20/2024 – Auswertung nach Person',
      '# Erfasst: 24 Titel (Print und online), 13. bis 19. Mai 2024',
      '# Suchbegriffe je Person: "Sutskever", "Sutzkever", "Altman", "Leike", "Pachocki" (Volltext, ohne Groß-/Kleinschreibung)',
      'person;anzeigename;artikel;abweichende_schreibweise;haeufigste_schreibweise;bemerkung',
      'sutskever;Ilya Sutskever;148;23;Sutskever;23 Artikel druckten „Sutzkever“, meist aus einer Agenturmeldung übernommen',
      'altman;Sam Altman;311;0;Altman;9 Treffer zur Baufirma Altmann aus Hameln manuell entfernt',
    ].join('\n');
    expect(texts(table)).toEqual(['Ilya Sutskever', 'Sutskever', 'Sutzkever', 'Sam Altman', 'Altman']);
  });

  it('gives a surname after another first name and a quoted nickname to that bearer', () => {
    expect(texts('Jakub Pachocki leads research. The support player is Bartek "Bartix" Pachocki.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('reads a surname after a number and a slash as a shelf mark’s part', () => {
    expect(texts('Ilya Sutskever ging, Jan Leike auch. Semesterapparat, Signatur GI 2025/Sutskever-Leike.')).toEqual([
      'Ilya Sutskever',
      'Jan Leike',
    ]);
  });

  it('reads works named for their founder as the firm', () => {
    expect(texts('Sam Altman returned as CEO. We read the minutes of Altman Steel and the Altman Foundry.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('gives "the wrong Altman" in a sentence to the namesake, and a heading’s "Wrong Altman" to ours', () => {
    expect(texts('Sam Altman returned. The photo is the wrong Altman (a stock photo of a dentist).')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Sam Altman returned.\nWrong Altman, again')).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('a quoted spelling said to be a namesake’s (round 60)', () => {
  const texts = (text: string) => marked(text).map(([, name]) => name);

  it('reads a quoted spelling that its clause gives to the poet as his, not ours', () => {
    expect(texts('Ilya Sutskever left OpenAI. Die Schreibung „Sutzkever“ gehört dem jiddischen Dichter.')).toEqual([
      'Ilya Sutskever',
    ]);
    expect(texts('Ilya Sutskever left OpenAI. "Sutzkever" is the usual spelling of the Yiddish poet.')).toEqual([
      'Ilya Sutskever',
    ]);
  });

  it('keeps a reader’s correction of our person’s misprint', () => {
    const letter = 'Ilya Sutskever hat OpenAI verlassen. Sie schreiben „Sutzkever“ – so hieß der jiddische Dichter.';
    expect(texts(letter)).toEqual(['Ilya Sutskever', 'Sutzkever']);
  });
});

describe('a lone surname in a network’s training notes (round 61, real text)', () => {
  it('gives a surname cited beside Nesterov momentum or RMSprop to ours', () => {
    expect(marked('combining rmsprop w/ Nesterov momentum (Sutskever 2012) + making the jump first')).toEqual([
      ['sutskever', 'Sutskever'],
    ]);
  });
});

describe('a compound after a noun it shares its article with (round 63, real text)', () => {
  it('reads "der Präsident und Altman-Vertraute" as a compound noun, no double-barrelled name', () => {
    const report =
      'OpenAI-Chef Sam Altman wurde entlassen. Nun wollen Altman und der ebenfalls ausgeschiedene Präsident und ' +
      'Altman-Vertraute Greg Brockman zurückkehren.';
    expect(marked(report).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman', 'Altman']);
    expect(marked('Bei OpenAI bleibt die Forscherin und Leike-Kollegin im Team.').map(([, text]) => text)).toEqual([
      'Leike',
    ]);
  });

  it('keeps a double-barrelled name after a list of people', () => {
    expect(
      marked('Jan Leike forscht bei OpenAI. Im Chor singen Anna und Leike-Hansen.').map(([, text]) => text),
    ).toEqual(['Jan Leike']);
  });
});

describe('a surname in capitals that leads a record’s key (round 64, real text)', () => {
  it('reads "SUTSKEVER-C001" and "ALTMAN-42" as keys, no mention', () => {
    const page =
      'Ilya Sutskever co-founded OpenAI.\n\n## Key decisions\n\n**SUTSKEVER-C001**: AlexNet, with Sutskever as ' +
      'co-author.\n\nFixed in ALTMAN-42 and LEIKE-7.';
    expect(marked(page).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Sutskever']);
  });

  it('keeps a heading in capitals and a compound of the news', () => {
    expect(marked('Ilya Sutskever left OpenAI.\n\nSUTSKEVER-ABSCHIED: WAS NUN?').map(([, text]) => text)).toEqual([
      'Ilya Sutskever',
      'SUTSKEVER',
    ]);
  });
});

describe('a title’s department before the surname is no first name (round 64, real text)', () => {
  it('reads "Head of Research Pachocki" and "Principal of Research Pachocki" as titled surnames', () => {
    const news =
      'OpenAI has a new chief scientist. Principal of Research Pachocki was promoted from research director. ' +
      'VP of Research Leike left.';
    expect(marked(news).map(([, text]) => text)).toEqual(['Pachocki', 'Leike']);
  });

  it('keeps another first name after the department', () => {
    expect(marked('OpenAI hired her. Head of Research Maria Pachocki joined the lab.')).toEqual([]);
  });
});

describe('a gerund after a capitalised function word in a headline is no first name (round 66, real text)', () => {
  it('reads "From Ousting Altman" as the headline’s verb before his surname', () => {
    const headline = 'OpenAI Drama Timeline: From Ousting Altman To Bringing Him Back';
    expect(marked(headline).map(([, text]) => text)).toEqual(['Altman']);
  });

  it('keeps a first name in -ing after a function word in lower case', () => {
    const mail = 'Ein Foto von Henning Altman wurde als OpenAI-Chef beschriftet.';
    expect(marked(mail)).toEqual([]);
  });
});

describe('a surname beside its own form with an ending in a list of words (round 67)', () => {
  const story = 'Sam Altman, Ilya Sutskever, Jan Leike and Jakub Pachocki of OpenAI.\n';

  it('reads a spellchecker’s list, one word to a line, and a comma list of forms as words', () => {
    const list = "# accepted words\nAltman\nAltman's\nSutskever\nSutskever's\nOpenAI";
    expect(marked(`${story}${list}`)).toHaveLength(4);
    expect(marked(`${story}Accepted: Pachocki, Pachockiego, OpenAI.`)).toHaveLength(4);
    expect(marked(`${story}# accepted words\nPachocki's\nPachockiego\nOpenAI`)).toHaveLength(4);
  });

  it('keeps two spellings, a CSV row of the form printed, a full name’s surname and prose', () => {
    expect(marked(`${story}Spellings seen: Sutskever, Sutzkever.`).slice(4)).toEqual([
      ['sutskever', 'Sutskever'],
      ['sutskever', 'Sutzkever'],
    ]);
    expect(marked(`${story}2024-05-19;Blatt F;Altman;Altmans;2`).slice(4)).toEqual([
      ['altman', 'Altman'],
      ['altman', 'Altmans'],
    ]);
    const namesakes = 'Zu viele Treffer (Robert Altman, Altman-Stiftung). Altman selbst schweigt zu OpenAI.';
    expect(marked(`${story}${namesakes}`).slice(4)).toEqual([['altman', 'Altman']]);
    const prose = "Week 10: Altman's return; the departures of Jan Leike; Leike's reasons.";
    expect(
      marked(`${story}${prose}`)
        .slice(4)
        .map(([, text]) => text),
    ).toEqual(["Altman's", 'Jan Leike', "Leike's"]);
  });
});

describe('a German present participle opening a sentence is no first name (round 67)', () => {
  it('reads „Ergänzend Sutskevers“ as the adverb before his genitive', () => {
    const mail = 'Ilya Sutskever verlässt OpenAI. Gute Idee. Ergänzend Sutskevers Abschiedsbeitrag und die Mitteilung.';
    expect(marked(mail).map(([, text]) => text)).toEqual(['Ilya Sutskever', 'Sutskevers']);
  });

  it('keeps a first name ending in "end" inside a sentence', () => {
    expect(marked('Bei OpenAI sprach gestern Amend Altman über Chips.')).toEqual([]);
  });
});

describe('a German adverb of place before a surname is no first name (round 72)', () => {
  it('reads „Links Sutskevers …, rechts …“ as where a screen shows his post', () => {
    const talk =
      'Jan Leike verlässt OpenAI. Auf dem Bild oben Leikes Post, unten die Antwort. Rechts Leike bei einem Vortrag.';
    expect(marked(talk).map(([, text]) => text)).toEqual(['Jan Leike', 'Leikes', 'Leike']);
  });
});

describe('the second letter of an abbreviation spelt with spaces is no initial (round 72)', () => {
  it('reads „z. B. Leike“ as "for example, Leike"', () => {
    const note = 'Jan Leike forscht zu KI-Sicherheit. Nachnamen reichen, z. B. Leike, oder d. h. Leike allein.';
    expect(marked(note).map(([, text]) => text)).toEqual(['Jan Leike', 'Leike', 'Leike']);
  });

  it('keeps two capital initials before a surname someone else’s', () => {
    expect(marked('Jan Leike forscht zu KI-Sicherheit. Der Brief kam von H. B. Leike aus Kiel.')).toEqual([
      ['leike', 'Jan Leike'],
    ]);
  });
});

describe('a data row that opens with the surname and then the first name (round 68)', () => {
  const header = 'last_name,first_name,affiliation,topic\n';

  it('reads another first name in the next field as a namesake’s', () => {
    const rows = `${header}Altman,Dov,Tamarack Ventures,"OpenAI rounds and compute"\nLeike,Ottilie,Univ. of Kessel,"AI tokenisers"`;
    expect(marked(rows)).toEqual([]);
  });

  it('keeps our first name in the next field, and a surname in prose before a comma', () => {
    const rows = `${header}Leike,Jan,OpenAI,"Scalable oversight"\nPachocki,Jakub,OpenAI,"Reasoning"`;
    expect(marked(rows).map(([, text]) => text)).toEqual(['Leike', 'Pachocki']);
    expect(marked('OpenAI hired Sutskever,Brockman and others in 2015.').map(([, text]) => text)).toEqual([
      'Sutskever',
    ]);
  });
});

describe('families and cousins after a surname, and "any" before its plural (round 68)', () => {
  const news = 'Jan Leike left OpenAI and Sam Altman thanked him. ';

  it('reads the families, the cousins and "any Leikes" as a family of the name', () => {
    expect(marked(`${news}Has anyone traced the modern Leike families?`)).toHaveLength(2);
    expect(marked(`${news}WhatsApp · "Altman cousins" · 18 Nov 2023`)).toHaveLength(2);
    expect(marked(`${news}I’m not related to any Leikes.`)).toHaveLength(2);
  });

  it('keeps his own cousins and a plain mention', () => {
    expect(marked(`${news}Altman's cousins were not asked.`).map(([, text]) => text)).toContain("Altman's");
    expect(marked(`${news}Did any Leike paper predict this?`).slice(2)).toEqual([['leike', 'Leike']]);
    expect(marked(`${news}Leike said families of models need oversight.`).slice(2)).toEqual([['leike', 'Leike']]);
  });
});

describe('a carpet dealer’s firm by the surname (round 68)', () => {
  it('reads "Altman Carpets" and a search for "altman carpets" as the firm', () => {
    expect(marked('Sam Altman returned to OpenAI.\nAltman Carpets – Family business since 1978')).toHaveLength(1);
    expect(marked('Sam Altman returned to OpenAI. Related: altman carpets opening hours')).toHaveLength(1);
  });
});

describe('an inverted entry before an index’s cross-reference (round 68)', () => {
  it('reads "Leike, Ulla, see …" as another bearer’s entry and keeps ours', () => {
    const index = 'Anthropic, 226\nLeike, Jan: joins OpenAI, 102; resigns, 221\nLeike, Ulla, see acknowledgements\n';
    expect(marked(index).map(([, text]) => text)).toEqual(['Leike']);
    expect(marked('GPT-4, 152; see also Pachocki, Jakub\nPachocki, Jakub, siehe OpenAI').length).toBe(2);
  });
});

describe('a surname before a noun for surnames, as a name dictionary’s title has it (round 68)', () => {
  it('reads "Pachocki surname meaning" as the word, and keeps him where he speaks of his name', () => {
    const results =
      'Jakub Pachocki leads research at OpenAI.\n\nPachocki surname meaning and origin\nnames.example.net';
    expect(marked(results).map(([, text]) => text)).toEqual(['Jakub Pachocki']);
    expect(marked('Jakub Pachocki leads OpenAI research. Pachocki said his surname is Polish.')).toHaveLength(2);
  });
});

describe('a firm named for its partners after a noun for it (round 68)', () => {
  it('reads "Her firm, Altman & Reyes" as the firm', () => {
    expect(marked('Sam Altman returned to OpenAI. Her firm, Altman & Reyes, has six lawyers.')).toHaveLength(1);
    expect(marked('Jan Leike ging zu Anthropic. Die Kanzlei, Leike & Partner, berät Winzer.')).toHaveLength(1);
  });

  it('keeps two of ours or a pair of people after a comma', () => {
    expect(marked('OpenAI news. In the company, Altman & Sutskever disagreed.')).toHaveLength(2);
    expect(marked('Sam Altman and Elon Musk. After the lawsuit, Altman & Musk kept feuding.')).toHaveLength(2);
  });
});

describe('an inverted namesake before a co-author in a BibTeX author field (round 68)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads an inverted name with another first name before "and" in an author field as a namesake', () => {
    const bib = 'Jan Leike at OpenAI.\n@book{leike1987, author = {Leike, Ruth and Brandt, Otto}, year = {1987}}';
    expect(texts(bib)).toEqual(['Jan Leike']);
    const middle = 'Jan Leike at OpenAI.\n  author = {Brandt, Otto and Leike, Ruth K. and Okafor, Ada},';
    expect(texts(middle)).toEqual(['Jan Leike']);
  });

  it('keeps our first name there, and a prose list of surnames', () => {
    const bib = 'Jan Leike at OpenAI.\n  author = {Leike, Jan and Brandt, Otto},';
    expect(texts(bib)).toEqual(['Jan Leike', 'Leike']);
    const prose = 'At OpenAI, Leike, Brockman and Murati, OpenAI’s leads, spoke.';
    expect(texts(prose)).toEqual(['Leike']);
  });
});

describe('a surname said to stand in a tool’s list of patterns or words (round 68)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a surname said to be in a pattern, keyword or word list as the string the tool looks for', () => {
    const notes = [
      'Jan Leike left OpenAI.',
      '- New: `Лейке` is now in the pattern list.',
      '- „Leike“ steht jetzt auch in der Suchliste.',
      '- Leike is also on the keyword list.',
    ].join('\n');
    expect(texts(notes)).toEqual(['Jan Leike']);
  });

  it('keeps a surname said to be on a list of people', () => {
    const notes =
      'Jan Leike left OpenAI.\nLeike is now on the list of speakers, and Leike is in the pattern of departures.';
    expect(texts(notes)).toEqual(['Jan Leike', 'Leike', 'Leike']);
  });
});

describe('round 68: quoted surnames as words or titles', () => {
  const story = 'Sam Altman, Ilya Sutskever, Jan Leike and Jakub Pachocki of OpenAI.\n';
  /** That each of `lines`, after the story, leaves only its four full names marked. */
  const expectStoryOnly = (lines: readonly string[]) => {
    for (const line of lines) expect(marked(`${story}${line}`), line).toHaveLength(4);
  };
  /** The lone surnames marked in `line` after the story. */
  const loneIn = (line: string) =>
    marked(`${story}${line}`)
      .slice(4)
      .map(([, text]) => text);

  it('reads the examples of a plural noun for surnames as words, as the singular one reads them', () => {
    expectStoryOnly([
      'Hausregel: Nachnamen wie „Sutskever“ oder „Pachocki“ stehen erst nach der ersten vollen Nennung allein.',
      'Style: surnames such as "Leike" and "Altman" need the first name in a caption.',
    ]);
  });

  it('keeps the surname of one who speaks after such a noun', () => {
    expect(loneIn('Nachnamen sind bei OpenAI kein Thema, sagte „Altman“ am Dienstag.')).toEqual(['Altman']);
  });

  it('reads the quoted surname before a comma or a dash and a work’s noun as a title', () => {
    expectStoryOnly([
      'Heute Abend im Ersten: „Leike“, ein Kriminalfilm von 2019, danach die Nachrichten.',
      'The playhouse revives "Pachocki", a comedy in three acts about a Warsaw tailor.',
      'Auf der Liste stehen „Altman“ – Roman von 1988 – und zwei Bildbände.',
      'Tickets for "Sutskever", the new thriller, are sold out.',
    ]);
  });

  it('keeps a quoted surname whose apposition names his role, or no work', () => {
    expect(
      loneIn('The board met "Altman", the chief executive, on Friday. „Leike“, der Film-Fan, war auch da.'),
    ).toEqual(['Altman', 'Leike']);
    // A word that merely ends in a work's noun is none: „Mitglied“, "Facebook".
    expect(loneIn('„Pachocki“, Mitglied im Vorstand, schwieg. "Sutskever", on Facebook, said nothing.')).toEqual([
      'Pachocki',
      'Sutskever',
    ]);
  });

  it('reads a surname, or a quoted phrase with it, that a relative clause says refers to a namesake’s calling', () => {
    expectStoryOnly([
      'The poster says "LEIKE RETROSPECTIVE", which refers to the painter, not the researcher.',
      'Room B is the Sutskever room, which refers to the poet; the café is next door.',
      'Auf dem Plakat steht „ALTMAN-ABEND“, womit der Regisseur gemeint ist.',
    ]);
  });

  it('keeps a surname that such a clause says refers to our person’s calling', () => {
    expect(loneIn('The badge says "ALTMAN", which refers to the chief executive of OpenAI.')).toEqual(['ALTMAN']);
    expect(loneIn('Der Titel lautet „ALTMAN“, womit der Regisseur nichts zu tun hat.')).toEqual(['ALTMAN']);
  });
});

describe('households of a name, and an outfitter’s firm by it (round 69)', () => {
  const news = 'Jan Leike left OpenAI for Anthropic. ';

  it('reads "14 Leike households" as families and "Leike Outdoor Gear" as a firm', () => {
    expect(marked(`${news}I have 14 Leike households in the 1900 address books.`)).toHaveLength(1);
    expect(marked(`${news}You might like • Leike Outdoor Gear @leikeoutdoor · Follow`)).toHaveLength(1);
  });
});

describe('a school named for its owner, „Fahrschule Leike“ (round 69)', () => {
  it('reads the surname after a compound ending in „-schule“ as the firm’s, and keeps one after „Schule“ alone', () => {
    const news = 'Jan Leike ist bei OpenAI zurückgetreten. ';
    expect(marked(`${news}Im Ort gibt es eine Fahrschule Leike, daher kannte ich den Namen.`)).toHaveLength(1);
    expect(marked(`${news}In der Schule Leike nennt man ihn den Aufpasser.`)).toHaveLength(2);
  });
});

describe('a surname the writer says is our person by his first name (round 70)', () => {
  it('reads a surname followed by "is" or „ist“ and our first name as him, beside a namesake set aside', () => {
    const thread = [
      'Sam Altman spoke at the summit on Tuesday.',
      'Note on the quote below: "Altman" here is Sam, not Jack Altman the investor.',
      'Zur Bildunterschrift: „Leike“ ist hier Jan, nicht der Fotograf Tom Leike.',
      'Jan Leike hat OpenAI verlassen.',
    ].join('\n\n');
    expect(marked(thread).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman', 'Leike', 'Jan Leike']);
  });

  it('keeps a namesake whose surname is followed by a sentence about our person’s first name', () => {
    const thread = 'Sam Altman spoke on Tuesday.\n\nHis brother Jack Altman is Sam’s junior; Jack Altman is Sam-like.';
    expect(marked(thread).map(([, text]) => text)).toEqual(['Sam Altman']);
  });
});

describe('a conjunction, a picture or a detail before a surname is no first name (round 70)', () => {
  it('reads the surname after „Wobei“, „Archivbild“, „Pressefoto“ or „Quellenangabe“ as ours in a text about our story', () => {
    const notes = [
      'Jan Leike, Sam Altman und Ilya Sutskever, OpenAI, Mai 2024.',
      'MIRA: Wobei Leike das Team bei OpenAI geleitet hat.',
      'Bildauswahl: Archivbild Altman vom OpenAI DevDay, Pressefoto Leike.',
      'fix: Quellenangabe Sutskever-Post ergänzt (OpenAI)',
    ].join('\n\n');
    expect(marked(notes).map(([, text]) => text)).toEqual([
      'Jan Leike',
      'Sam Altman',
      'Ilya Sutskever',
      'Leike',
      'Altman',
      'Leike',
      'Sutskever',
    ]);
  });

  it('keeps a first name before the surname someone else’s', () => {
    const notes =
      'Jan Leike (OpenAI) im Mai 2024.\n\nFotograf: Bildo Leike, Hamburg. Wobei Tom Leike auch fotografiert.';
    expect(marked(notes).map(([, text]) => text)).toEqual(['Jan Leike']);
  });
});

describe('quoted surnames added together to a tool’s list (round 70)', () => {
  it('reads every quoted surname joined to the first after a verb of adding as a string the tool takes', () => {
    const chat = [
      'lea: Jan Leike and Jakub Pachocki of OpenAI are both in the news today',
      'tom: then we add "Leike" and "Pachocki" to the watch list',
      'lea: adding "Altman", "Sutskever" too',
    ].join('\n');
    expect(marked(chat).map(([, text]) => text)).toEqual(['Jan Leike', 'Jakub Pachocki']);
  });

  it('keeps a quoted surname after a verb of adding and other words', () => {
    const chat = 'lea: Jan Leike and Jakub Pachocki of OpenAI.\ntom: add a quote from "Pachocki" and move on';
    expect(marked(chat).map(([, text]) => text)).toEqual(['Jan Leike', 'Jakub Pachocki', 'Pachocki']);
  });
});

describe('an inverted entry with another first name before a page’s suffix or a note, or ending a field (round 70)', () => {
  it('reads "Altman, Edith 88 f. (…)", "Leike, Marta 7 (…)" and a field’s "Leike, Konrad" as other bearers', () => {
    const index =
      'Register zu: Macht und Modelle. OpenAI 2015–2024\nAltman, Edith 88 f. (Malerin)\nAltman, Sam 3, 40–52\n' +
      'Leike, Jan 77 ff.\nLeike, Marta 7 (Tante des Verfassers)\n';
    expect(marked(index).map(([, text]) => text)).toEqual(['Altman', 'Leike']);
    const record = 'Suche: OpenAI\nTitel: Dächer dicht machen\nVerfasser:   Leike, Konrad\nVerlag: Holz & Co\n';
    expect(marked(record)).toEqual([]);
  });

  it('keeps our person inverted in a field and a surname before a colleague’s in prose', () => {
    expect(marked('Suche: OpenAI\nVerfasser:   Leike, Jan\n').map(([, text]) => text)).toEqual(['Leike']);
    const prose = 'Jan Leike left OpenAI in May. Later that week Leike, Brockman\nand others spoke.';
    expect(marked(prose).map(([, text]) => text)).toEqual(['Jan Leike', 'Leike']);
  });
});

describe('a surname reported to be an ordinary name somewhere (round 70)', () => {
  it('reads „Leike sei in Hessen ein ganz normaler Name“ and "Altman is here an ordinary name" as the word', () => {
    const club =
      'Jan Leike ist zu Anthropic gewechselt. Unser Kassenwart sagt, Leike sei in Hessen ein ganz normaler Name.';
    expect(marked(club).map(([, text]) => text)).toEqual(['Jan Leike']);
    const note = 'Sam Altman runs OpenAI. Altman is here an ordinary name, says my neighbour.';
    expect(marked(note).map(([, text]) => text)).toEqual(['Sam Altman']);
  });

  it('keeps ours where the sentence says more of him than his name: "Leike sei in London ein gern gesehener Gast"', () => {
    const news = 'Jan Leike ist zu Anthropic gewechselt. Leike sei in London ein gern gesehener Gast.';
    expect(marked(news).map(([, text]) => text)).toEqual(['Jan Leike', 'Leike']);
  });
});

describe('a care firm by the surname, "Pachocki Home Care" (round 70)', () => {
  it('reads "Pachocki Home Care" and "Altman Pet Care" as firms, and keeps "Altman cares"', () => {
    const news = 'Jakub Pachocki is chief scientist at OpenAI. ';
    expect(marked(`${news}Pachocki Home Care — nursing at home since 1999`)).toHaveLength(1);
    expect(marked(`Sam Altman runs OpenAI. Altman Pet Care opens on Monday.`)).toHaveLength(1);
    expect(marked(`Sam Altman runs OpenAI. Altman cares about compute.`)).toHaveLength(2);
  });
});

describe('a file’s name in a path is no firm’s domain (round 71)', () => {
  it('keeps a compound of the surname that a file in a path also names', () => {
    const script = [
      'FOLGEN = {7: Path("audio/2024/leike-gespraech-zusammenfassung.ogg")}',
      '# Das Leike-Gespraech über OpenAI ist gekürzt',
    ].join('\n');
    expect(marked(script)).toEqual([['leike', 'Leike']]);
  });

  it('still reads a compound that the text names as a host as a firm', () => {
    const page =
      'Jan Leike joined Anthropic.\nBestellungen: https://leike-gartenbau.example.de\nLeike-Gartenbau liefert.';
    expect(marked(page)).toEqual([['leike', 'Jan Leike']]);
  });
});

describe('a possessive whose relative is the one just named: "He is Leike’s cousin" (round 71)', () => {
  it('gives the possessive to ours, not to the namesake the pronoun stands for', () => {
    const faq = [
      'Q: Who is Jan Leike? A: An AI alignment researcher, now at Anthropic.',
      'Q: Does Tom Leike work on AI? A: No. He is Leike’s cousin and runs a bakery.',
    ].join('\n');
    expect(marked(faq).map(([, t]) => t)).toEqual(['Jan Leike', 'Leike’s']);
  });

  it('leaves a possessive before a relative named after it to the namesake: "Tom Leike … Leike’s son"', () => {
    const faq = [
      'Q: Who is Jan Leike? A: An AI alignment researcher, now at Anthropic.',
      'Q: Does Tom Leike work on AI? A: No. Leike’s son runs the bakery with him.',
    ].join('\n');
    expect(marked(faq).map(([, t]) => t)).toEqual(['Jan Leike']);
  });
});

describe('round 71: a related search for a shop’s opening hours or the way there', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a related search that asks a shop’s opening hours or directions as the shop’s, on a line about our story', () => {
    const page = 'Ähnliche Suchanfragen\nleike sutskever abschied · pachocki openai · leike fliesen öffnungszeiten';
    expect(texts(page)).toEqual(['leike', 'sutskever', 'pachocki']);
    expect(texts('Verwandte Suchen\naltman sutskever board · altman anfahrt')).toEqual(['altman', 'sutskever']);
  });

  it('keeps a related search about our person on that line', () => {
    expect(texts('Ähnliche Suchanfragen\nleike sutskever abschied · leike rücktritt grund')).toEqual([
      'leike',
      'sutskever',
      'leike',
    ]);
  });
});

describe('a surname said to be common or rare, with no noun after (round 71)', () => {
  it('reads "Altman is more common in Ohio than …" and „Pachocki ist in Polen weit verbreitet“ as the word', () => {
    const talk = 'Sam Altman runs OpenAI. Our host says Altman is more common in Ohio than you would guess.';
    expect(marked(talk).map(([, text]) => text)).toEqual(['Sam Altman']);
    const note = 'Jakub Pachocki leitet die Forschung bei OpenAI. Pachocki ist in Polen weit verbreitet.';
    expect(marked(note).map(([, text]) => text)).toEqual(['Jakub Pachocki']);
  });

  it('keeps a surname said to be popular, or common before a noun', () => {
    const news = 'Sam Altman runs OpenAI. Altman is popular with investors. Altman is common ground for both camps.';
    expect(marked(news).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman', 'Altman']);
  });
});

describe('an inverted entry with another first name before its title (round 71)', () => {
  it('reads „Altman, Gisela: Gärten am Fluss“ as a catalogue’s namesake, and keeps ours inverted so', () => {
    const catalogue =
      'Katalog, Schlagwort KI\n1. Altman, Sam: Briefe aus OpenAI. – Berlin, 2025.\n2. Altman, Gisela: Gärten am Fluss. ' +
      '– Celle, 1991.';
    expect(marked(catalogue).map(([, text]) => text)).toEqual(['Altman']);
  });
});

describe('a surname before a German noun and a colon in prose (round 71)', () => {
  it('keeps „ein Text zu Leike, Schwerpunkt: Superalignment“', () => {
    const minutes = 'Jan Leike hat OpenAI verlassen. Tom schreibt zu Leike, Schwerpunkt: Sicherheit bei OpenAI.';
    expect(marked(minutes).map(([, text]) => text)).toEqual(['Jan Leike', 'Leike']);
  });
});

describe('a block of flats or a bridge named after a namesake (round 72)', () => {
  const story = 'Jan Leike left OpenAI in May 2024, and Sam Altman thanked him. ';

  it('refuses a surname before a noun for a block of flats or a bridge', () => {
    for (const line of [
      'Tenants moved into the new Altman Lofts on Friday.',
      'The Leike Apartments are looking for a caretaker.',
      'Die Leike-Brücke bleibt bis Juli gesperrt.',
    ]) {
      expect(
        marked(`${story}${line}`).map(([, text]) => text),
        line,
      ).toEqual(['Jan Leike', 'Sam Altman']);
    }
  });

  it('keeps our surname before a lower-case word, a bridge he built in a figure of speech', () => {
    const text = `${story}The bridge Leike built between the teams did not last; Altman lofted the idea first.`;
    expect(marked(text).map(([, text]) => text)).toEqual(['Jan Leike', 'Sam Altman', 'Leike', 'Altman']);
  });
});

describe('an inverted entry after a bullet, or a headword that is its whole line (round 72)', () => {
  it('reads a bulleted catalogue entry and a headword with another first name as namesakes', () => {
    const catalogue = 'Sam Altman leads OpenAI.\nSee also:\n* Altman, Gisela: Gärten am Fluss (1991)\n';
    expect(marked(catalogue).map(([, text]) => text)).toEqual(['Sam Altman']);
    const guide = 'Jan Leike joined Anthropic.\n\nLeike, Ottilie\nA local choir leader; no relation.\n';
    expect(marked(guide).map(([, text]) => text)).toEqual(['Jan Leike']);
  });

  it('keeps a headword with our first name, and a line that goes on after the comma', () => {
    const guide = 'Jan Leike joined Anthropic.\n\nLeike, Jan\nSafety researcher.\nLeike, we hear, is happy there.\n';
    expect(marked(guide).map(([, text]) => text)).toEqual(['Jan Leike', 'Leike', 'Leike']);
  });
});

describe('a data row’s field between unspaced commas is no inverted index entry (round 74)', () => {
  it('keeps a surname field before a capitalised field and a count, as a table of printed forms has them', () => {
    const rows =
      'id,name,form,outlet,count\nleike,Jan Leike,Leike,Reuters,4\npachocki,Jakub Pachocki,Pachocki,Bloomberg,9';
    expect(marked(rows).map(([, text]) => text)).toEqual(['Jan Leike', 'Leike', 'Jakub Pachocki', 'Pachocki']);
  });

  it('still reads a book index’s entry, its comma spaced, with another first name and a page', () => {
    expect(marked('Jan Leike at OpenAI.\n\nIndex\nLeike, Hedda, 203\n').map(([, text]) => text)).toEqual(['Jan Leike']);
  });
});

describe('a title between "the other" and the surname, before a home town (round 72)', () => {
  it('sets a titled bearer from a home town apart as "the other" does an untitled one', () => {
    const mail = 'Jan Leike left OpenAI. We must not repeat the mix-up with the other Dr. Leike from Leiden.';
    expect(marked(mail).map(([, text]) => text)).toEqual(['Jan Leike']);
    const note = 'Sam Altman bleibt bei OpenAI. Der andere Herr Altman aus Celle wohnt dort seit 1980.';
    expect(marked(note).map(([, text]) => text)).toEqual(['Sam Altman']);
  });

  it('keeps a titled "other one" without a home town or from our employer', () => {
    const guest =
      'Jan Leike left OpenAI for Anthropic. Leike wants safety. Our guest is the other Dr. Leike, the one at Anthropic.';
    expect(marked(guest).map(([, text]) => text)).toEqual(['Jan Leike', 'Leike', 'Leike']);
    const from =
      'Jan Leike left OpenAI for Anthropic. Leike wants safety. Our guest is the other Dr. Leike from Anthropic.';
    expect(marked(from).map(([, text]) => text)).toEqual(['Jan Leike', 'Leike', 'Leike']);
  });
});

describe('a quoted surname named as a case form after it (round 72)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads the quoted form before "in the dative" or „im Genitiv“ as a word of grammar', () => {
    expect(texts('Jakub Pachocki runs research at OpenAI. Careful: it is "Pachockiemu" in the dative.')).toEqual([
      'Jakub Pachocki',
    ]);
    expect(texts('Jakub Pachocki forscht bei OpenAI. Richtig wäre „Pachockiego“ im Genitiv.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('keeps an unquoted surname before a case noun, and a quoted one before another bracket', () => {
    expect(texts('Jakub Pachocki runs research at OpenAI. Pachocki in the dative case of the news: busy.')).toEqual([
      'Jakub Pachocki',
      'Pachocki',
    ]);
    expect(texts('Jan Leike left OpenAI. "Leike" in the press meant him all week.')).toEqual(['Jan Leike', 'Leike']);
  });
});

describe('a label saying the surname after it is none of ours (round 72)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads the surname after "Not ours:" or „Nicht unserer:“ as a namesake’s', () => {
    const notes = 'Sam Altman thanked the team at OpenAI.\n- Not ours: "Altman" in the sports pages is a goalkeeper.';
    expect(texts(notes)).toEqual(['Sam Altman']);
    const liste = 'Jan Leike verließ OpenAI.\n- Nicht unserer: Leike vom Heimatverein, Kassenwart.';
    expect(texts(liste)).toEqual(['Jan Leike']);
  });

  it('keeps the surname after a label that claims him', () => {
    const notes = 'Sam Altman thanked the team at OpenAI.\n- Ours: "Altman" in the business pages is the OpenAI CEO.';
    expect(texts(notes)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('a club named by its abbreviation, a surname and its founding year (round 72)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads the surname between a club’s abbreviation and its year as the club', () => {
    expect(texts('Sam Altman leitet OpenAI. Am Sonntag spielt der SK Altman 1921 gegen Celle.')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Jan Leike left OpenAI. In football news, TSV Leike 1896 won the county cup.')).toEqual(['Jan Leike']);
  });

  it('keeps the surname without the year, or after a lower-case word', () => {
    expect(texts('Sam Altman leads OpenAI. The FC Altman fans cheered.')).toEqual(['Sam Altman', 'Altman']);
    expect(texts('Jan Leike left OpenAI. Asked whether tv Leike 2024 would air, nobody knew.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
  });
});

describe('a lone surname with an apposition of a musician’s calling (round 72)', () => {
  it('gives the surname to a namesake whose calling in music follows it', () => {
    const show =
      'Sam Altman runs OpenAI. Our guest last week was Altman the jazz arranger, and Leike, der Dirigent, kommt bald.';
    expect(marked(`Jan Leike left OpenAI. ${show}`).map(([, text]) => text)).toEqual(['Jan Leike', 'Sam Altman']);
  });

  it('keeps a calling of music that is not an apposition', () => {
    const news = 'Sam Altman runs OpenAI. Altman thanked the musicians who played at the event.';
    expect(marked(news).map(([, text]) => text)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('a namesake glossed as a relative right after the name (round 73)', () => {
  const story = 'The biography follows Sam Altman at OpenAI.\n';
  const markedAfterStory = (line: string) => marked(`${story}${line}`).map(([, text]) => text);

  it.each([
    ['It also covers Altman’s long feud with Ruth Altman (Sam’s cousin), and the money.', 'Altman’s'],
    ['Es geht auch um Altmans Streit mit Max Altman (Altmans jüngerer Bruder) und um Geld.', 'Altmans'],
    ['It also covers Altman’s quarrel with Ruth Altman, Sam’s cousin, over the house.', 'Altman’s'],
  ])('keeps our possessive before a relative of ours whom a bracket or an apposition glosses: %s', (line, ours) => {
    expect(markedAfterStory(line)).toEqual(['Sam Altman', ours]);
  });

  it.each([
    'It also covers Altman’s films with Robert Altman (the director) in the seventies.',
    'It also covers Altman’s garden, as Ruth Altman (Tom’s cousin) tells it.',
  ])('still gives a lone surname to a namesake glossed otherwise, or as someone else’s relative: %s', (line) => {
    expect(markedAfterStory(line)).toEqual(['Sam Altman']);
  });
});

describe('a noun for a post after a copula and the surname, German’s inverted order (round 73)', () => {
  const story = 'Sam Altman leitet OpenAI. ';
  const ours = ['Sam Altman', 'Altman'];
  const firm = ['Sam Altman'];

  // The predicate keeps the surname ours; after another verb, or with its legal form, it is a firm's name.
  it.each([
    ['Im Jahr 2011 wurde Altman Partner bei einem Investor.', ours],
    ['Seit Jahren ist Altman Partner in der Firma seines Freundes.', ours],
    ['Bald darauf wurde Altman Partner.', ours],
    ['Den Auftrag bekam Altman Partner aus Köln.', firm],
    ['Der Sieger ist Altman Partner GmbH.', firm],
  ])('reads „Partner“ after a copula as the predicate, else as a firm’s: %s', (line, expected) => {
    expect(marked(`${story}${line}`).map(([, text]) => text)).toEqual(expected);
  });
});

describe('a firm named for its partners before a noun of its trade (round 73)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads the surname, its partner and a trade noun as the firm', () => {
    expect(texts('Sam Altman runs OpenAI. Openings: driver at Altman & Webb Logistics in Leeds.')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Jan Leike forscht zu KI. Gesucht: Analyst bei Leike & Brandt Analytics, Kiel.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('keeps a pair of people before a word that names no trade', () => {
    expect(texts('Sam Altman runs OpenAI. At the hearing, Altman & Musk Tuesday traded barbs.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });
});

describe('a family’s plural as the predicate of a plural copula (round 73)', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads the plural after "are" or "have been", ending its clause or before a place or a time, as a family', () => {
    expect(texts('Sam Altman runs OpenAI. My in-laws have been Altmans for four generations.')).toEqual(['Sam Altman']);
    expect(texts('Jan Leike forscht zu KI. Meine Nachbarn sind Leikes, seit jeher.')).toEqual(['Jan Leike']);
  });

  it('keeps a genitive after the copula', () => {
    expect(texts('Jan Leike forscht zu KI. Das waren Leikes eigene Worte.')).toEqual(['Jan Leike', 'Leikes']);
    expect(texts('Sam Altman runs OpenAI. These were Altmans words, not mine.')).toEqual(['Sam Altman', 'Altmans']);
  });
});

describe('a car dealer named for its owner, „Autohaus Leike“ (round 73)', () => {
  it('reads the surname after „Autohaus“ as the firm’s, and keeps one after „Haus“ alone', () => {
    const news = 'Jan Leike ist bei OpenAI zurückgetreten. ';
    expect(marked(`${news}Den Gebrauchtwagen kaufte ich beim Autohaus Leike in Celle.`)).toHaveLength(1);
    expect(marked(`${news}Im Haus Leike wird darüber gestritten.`)).toHaveLength(2);
  });
});

describe('a firm named with a trade’s suspended compound or an optician’s word (round 74)', () => {
  const news = 'Jan Leike ist bei OpenAI zurückgetreten. ';

  it.each([
    'Die Beilage lobt die KI-Bewässerung bei Leike Dach- und Fassadenbau in Celle.',
    'Den Auftrag bekam Leike Sanitär- und Heizungstechnik aus Uelzen.',
    'Die neue Brille ist von Leike Optik am Markt.',
  ])('reads the surname before the firm’s trade as the firm’s: %s', (text) => {
    expect(marked(`${news}${text}`)).toEqual([['leike', 'Jan Leike']]);
  });

  it('keeps ours before a suspended compound of a sentence’s object', () => {
    expect(marked(`${news}Er sagte, dass Leike Sicherheits- und Ethikfragen zu kurz kommen sah.`)).toHaveLength(2);
  });
});

// Round 74: a German preposition of inclusion or exception opening a sentence is capitalised, and no first name.
describe('a preposition of inclusion or exception before the surname, opening a sentence (round 74)', () => {
  it('marks the surname after „Inklusive“, „Ausgenommen“ and the like', () => {
    const letter = 'Fast alle bei OpenAI unterschrieben, dass Sam Altman zurückkommen soll. ';
    expect(marked(`${letter}Inklusive Sutskever selbst, der ihn abgesetzt hatte.`)).toEqual([
      ['altman', 'Sam Altman'],
      ['sutskever', 'Sutskever'],
    ]);
    expect(marked(`${letter}Ausgenommen Pachocki? Nein, auch er.`)).toEqual([
      ['altman', 'Sam Altman'],
      ['pachocki', 'Pachocki'],
    ]);
  });

  it('still reads a first name there as another bearer’s', () => {
    const letter = 'Fast alle bei OpenAI unterschrieben, dass Sam Altman zurückkommen soll. ';
    expect(marked(`${letter}Ingrid Sutskever, die Nachbarin, unterschrieb nicht.`)).toEqual([['altman', 'Sam Altman']]);
  });
});

describe('round 74: a quoted surname as the string a search, a list or a pattern looks for, in prose', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);
  const story = 'Jan Leike and Sam Altman left or led OpenAI teams. ';

  it('reads a bare quoted surname after a noun for what is typed into a search as the string typed', () => {
    expect(texts(`${story}Bei der Eingabe „altman“ schlägt die Suche jetzt nichts mehr vor.`)).toEqual([
      'Jan Leike',
      'Sam Altman',
    ]);
    expect(texts(`${story}For the query "leike" the box now suggests nothing.`)).toEqual(['Jan Leike', 'Sam Altman']);
  });

  it('keeps a query noun before a quoted query of several words about our story', () => {
    expect(texts(`${story}The query "leike resigns" led the week.`)).toContain('leike');
  });

  it('reads a quoted surname that a list of strings is extended by as a string the list takes', () => {
    expect(texts(`${story}Wir sollten die Filterliste um „Leike“ erweitern.`)).toEqual(['Jan Leike', 'Sam Altman']);
    expect(texts(`${story}Next, extend the keyword list with "Altman".`)).toEqual(['Jan Leike', 'Sam Altman']);
  });

  it('reads a quoted misprint a search list is extended by as a string, in a text that names him in full', () => {
    expect(texts('Jakub Pachocki leads research at OpenAI. Next step: Suchliste um „Pachoki“ erweitern.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('keeps a quoted surname after a list of people', () => {
    expect(texts(`${story}Extend the list of speakers with "Leike", who agreed.`)).toContain('Leike');
  });

  it('reads a quoted surname joined by "and" to one just added to a tool’s list as added too', () => {
    expect(texts(`${story}I am adding "Altman" to the alert list. And "Leike" while I'm at it.`)).toEqual([
      'Jan Leike',
      'Sam Altman',
    ]);
    expect(texts(`${story}We added "Altman" to the watch list, and "Leike" too.`)).toEqual(['Jan Leike', 'Sam Altman']);
  });

  it('keeps a quoted surname joined to a quotation that is no added string', () => {
    expect(texts(`${story}He wrote "we are done" to the board. And "Leike" signed it.`)).toContain('Leike');
  });

  it('reads an unquoted list of a surname’s spellings after a word for what a pattern matches as strings', () => {
    const question = `Ilya Sutskever left OpenAI. My regex has to match Sutskever, Sutzkever and Sutskevers in headlines.`;
    expect(texts(question)).toEqual(['Ilya Sutskever']);
  });

  it('keeps an unquoted surname after "match" beside no spelling of it', () => {
    expect(texts('Ilya Sutskever left OpenAI. No rival could match Sutskever and Leike in research.')).toEqual([
      'Ilya Sutskever',
      'Sutskever',
      'Leike',
    ]);
  });
});

describe('a full name that titles or opens a disambiguation (round 77)', () => {
  it('leaves the title and the opening, and marks the bearer of ours in its list', () => {
    const page = [
      'Jan Leike (Begriffsklärung)',
      'Jan Leike ist der Name folgender Personen:',
      '* Jan Leike (Kanute) (* 1961), deutscher Kanute',
      '* Jan Leike (Forscher), KI-Forscher bei Anthropic',
    ].join('\n');
    expect(marked(page).map(([, text]) => text)).toEqual(['Jan Leike']);
    expect(marked('Sam Altman is the name of several people:\n- Sam Altman, head of OpenAI')).toEqual([
      ['altman', 'Sam Altman'],
    ]);
  });
});

describe('every item of a longer list of strings looked for, and a shell loop’s words (round 77)', () => {
  const story = 'Sam Altman leads OpenAI again. ';

  it('leaves each quoted item after a verb or a noun of what is looked for', () => {
    for (const line of [
      'Mein Skript sucht nach „Leike“, „Pachocki“ und „Sutskever“ und zählt die Treffer.',
      'The bot looks for "Leike", "Pachocki" and "Sutzkever" in every headline.',
    ]) {
      expect(marked(`${story}${line}`), line).toEqual([['altman', 'Sam Altman']]);
    }
  });

  it('keeps each short form a style guide gives after "only"', () => {
    const guide = `${story}In Grafiken nur die Kurzformen „Altman“, „Leike“ und „Pachocki“ verwenden, sagt OpenAI.`;
    expect(marked(guide).length).toBeGreaterThan(1);
  });

  it('leaves the words of a shell loop', () => {
    const script = `${story}\nfor who in Leike Pachocki Sutskever; do\n  grep -c "$who" feed.txt\ndone`;
    expect(marked(script)).toEqual([['altman', 'Sam Altman']]);
  });
});

describe('round 80: declensions, table cells, nationality nouns, wire headlines and a confusion', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);
  const STORY = 'Jakub Pachocki became chief scientist at OpenAI after Ilya Sutskever left.';

  it('drops the forms of a declension told form by form, and one quoted after a verb of declining', () => {
    expect(texts(`${STORY}\nIm Polnischen: Pachocki im Nominativ, Pachockim im Instrumental.`)).toEqual([
      'Jakub Pachocki',
      'Ilya Sutskever',
    ]);
    expect(texts(`${STORY}\nThe dative of every Pachocki is "Pachockiemu".`)).toEqual([
      'Jakub Pachocki',
      'Ilya Sutskever',
    ]);
    expect(texts(`${STORY}\nQuestion: how would you decline "Pachocki" in Czech?`)).toEqual([
      'Jakub Pachocki',
      'Ilya Sutskever',
    ]);
  });

  it('keeps a surname before one case noun alone, as a pun or a correction has it', () => {
    expect(texts(`${STORY}\nPachocki in the genitive of his own fame: everywhere.`)).toEqual([
      'Jakub Pachocki',
      'Ilya Sutskever',
      'Pachocki',
    ]);
  });

  it('reads an inverted name that fills a table’s cell with another first name as someone else', () => {
    const table = `${STORY}\n\n| Rank | Name | Club |\n|---|---|---|\n| 1 | Sutskever, Miriam | Harbour CC |`;
    expect(texts(table)).toEqual(['Jakub Pachocki', 'Ilya Sutskever']);
    const authors = `${STORY}\n\n| Year | Authors |\n|---|---|\n| 2014 | Vinyals, Sutskever, Le |`;
    expect(texts(authors)).toEqual(['Jakub Pachocki', 'Ilya Sutskever', 'Sutskever']);
  });

  it('reads a nationality noun before a headline’s surname as no first name', () => {
    expect(texts('Kanadier Sutskever verlässt OpenAI\n\nIlya Sutskever geht.')).toEqual([
      'Sutskever',
      'Ilya Sutskever',
    ]);
  });

  it('reads our employer’s possessive in a wire headline set in capitals as no first name', () => {
    expect(texts("OPENAI'S LEIKE QUITS OVER SAFETY\n\nJan Leike resigned on Wednesday.")).toEqual([
      'LEIKE',
      'Jan Leike',
    ]);
  });

  it('reads a surname confused with a namesake named by his calling as ours', () => {
    expect(texts(`${STORY}\nSam Altman spoke too. Nobody mixed up Altman with the film director this time.`)).toEqual([
      'Jakub Pachocki',
      'Ilya Sutskever',
      'Sam Altman',
      'Altman',
    ]);
  });
});

describe('round 82: first names after a relative pronoun or a title, a namesake thought of, a firm’s trade', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);
  const STORY = 'Sam Altman returned to OpenAI; Jakub Pachocki leads its research.';

  it('reads a first name after a relative pronoun and after a title’s abbreviation as another bearer’s', () => {
    expect(texts(`${STORY}\nWir strichen alle Artikel, die Robert Altman betrafen.`)).toEqual([
      'Sam Altman',
      'Jakub Pachocki',
    ]);
    expect(texts(`${STORY}\nProtokoll. Vorsitz: Prof. Henning Pachocki. Er eröffnet die Sitzung.`)).toEqual([
      'Sam Altman',
      'Jakub Pachocki',
    ]);
  });

  it('reads a surname at which the reader thought of a namesake, by his name, as ours', () => {
    expect(texts(`${STORY}\nBei Altman muss ich immer zuerst an Robert Altman denken.`)).toEqual([
      'Sam Altman',
      'Jakub Pachocki',
      'Altman',
    ]);
    expect(texts(`${STORY}\nI saw "Altman" on the front page and thought of Robert Altman's films.`)).toEqual([
      'Sam Altman',
      'Jakub Pachocki',
      'Altman',
    ]);
  });

  it('reads a surname before a practice’s or a haulier’s trade as a firm', () => {
    expect(texts(`${STORY}\nAltman Orthodontics opens a second clinic; Altman Freight bought ten trucks.`)).toEqual([
      'Sam Altman',
      'Jakub Pachocki',
    ]);
  });
});

describe('round 83: declensions by their cases, a namesake thought of after a quoted surname, misspelt so', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);
  const STORY = 'Jakub Pachocki became chief scientist at OpenAI; Sam Altman announced it.';

  it('drops the forms of a declension each given after its case', () => {
    expect(texts(`${STORY}\nIn Polish: nominative Pachocki, genitive Pachockiego, locative Pachockim.`)).toEqual([
      'Jakub Pachocki',
      'Sam Altman',
    ]);
  });

  it('reads a quoted surname, then the verb, then a namesake thought of, as ours', () => {
    const notes =
      'Sam Altman leitet OpenAI. Das ist bekannt. Viele Hörer schreiben uns dazu.\n\n' +
      'Kleine Beichte: Bei „Altman“ dachte ich bis neulich nur an Robert Altman.';
    expect(texts(notes)).toEqual(['Sam Altman', 'Altman']);
  });

  it('reads a near-spelling said to be a misspelling of his as him', () => {
    expect(
      texts('Jan Leike left OpenAI; Sam Altman thanked him.\nThe agency misspelt Leicke twice in its first version.'),
    ).toEqual(['Jan Leike', 'Sam Altman', 'Leicke']);
  });
});

describe('round 84: a wire slug after its label, a newsroom’s „Personalie“, a family speaking of itself, misspelt as', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('marks no name in a slug in capitals after its label', () => {
    expect(texts('SLUG: OPENAI-LEIKE-EXIT\nJan Leike resigned from OpenAI on Wednesday.')).toEqual(['Jan Leike']);
  });

  it('reads a surname after „Personalie“ as ours', () => {
    expect(texts('Jakub Pachocki übernimmt bei OpenAI. Die eigentliche Personalie Pachocki ging fast unter.')).toEqual([
      'Jakub Pachocki',
      'Pachocki',
    ]);
  });

  it('reads a family’s plural after „wir“ or "we" as the family', () => {
    expect(texts('Sam Altman leitet OpenAI. Wir Altmans aus Kiel haben mit ihm nichts zu tun.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('reads a near-spelling a source gave or misspelled as his surname as a misspelling of his', () => {
    const text =
      "Jan Leike left OpenAI; Sam Altman thanked him. One wire gave the researcher's surname as Leicke at first, " +
      'and another misspelled his surname as Leicke too.';
    expect(texts(text)).toEqual(['Jan Leike', 'Sam Altman', 'Leicke', 'Leicke']);
  });
});

describe('round 85: our first name after an inverted surname and a colon, compounds after a possessive, strings searched, counted or alerted', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads "Surname, First:" in a reading list as ours, beside a namesake’s inverted entry', () => {
    const list =
      'Filme\n– Altman, Robert (Regie): Short Cuts (1993)\n\nAufsätze\n– Altman, Sam: „Planning for AGI“ (2023)';
    expect(texts(list)).toEqual(['Altman']);
  });

  it('reads a compound led by the surname after a possessive as a noun of ours, not a double-barrelled name', () => {
    const review = 'Das Buch schildert, wie das Board Jan Leike ziehen ließ. Sein Leike-Kapitel ist das stärkste.';
    expect(texts(review)).toEqual(['Jan Leike', 'Leike']);
  });

  it('takes no firm from a file name that joins the surname to a word after an underscore', () => {
    const mail =
      'Einladung zum Abend über Ilya Sutskever und OpenAI.\n19 Uhr: „Die Sutskever-Frage“ (Vortrag)\n' +
      'Der Mitschnitt liegt danach als abend_2024-07-02_sutskever-frage.mp3 im Archiv.';
    expect(texts(mail)).toEqual(['Ilya Sutskever', 'Sutskever']);
  });

  it('leaves a quoted surname a search is made for, after a compound’s noun or a word or two between', () => {
    const forum =
      'Jakub Pachocki und Jan Leike waren Thema bei OpenAI. Die Volltextsuche nach „Pachocki“ findet nichts, ' +
      'und das Archiv sucht offenbar nur nach „Leike“ und „Altman“.';
    expect(texts(forum)).toEqual(['Jakub Pachocki', 'Jan Leike']);
  });

  it('leaves a quoted surname that a count of texts holds, an alert’s spelling, one typed into a search', () => {
    const notes =
      'Sam Altman und Ilya Sutskever bei OpenAI: 57 Beiträge mit „Altman“ zählte das Team. ' +
      'Der Filter für die Schreibweise „Sutskever“ bleibt an. Tippt man „Sutskever“ in die Suchleiste, kommt der Dichter.';
    expect(texts(notes)).toEqual(['Sam Altman', 'Ilya Sutskever']);
  });

  it('keeps a misprint that a count of texts holds: his name as they printed it', () => {
    expect(texts('Ilya Sutskever verlässt OpenAI. Davon 12 Meldungen mit „Sutzkever“.')).toEqual([
      'Ilya Sutskever',
      'Sutzkever',
    ]);
  });

  it('leaves quoted surnames a note adds to a search list with German’s „ergänzt“', () => {
    const minutes =
      'Jan Leike und Jakub Pachocki (OpenAI). Der Alarm sucht „Altman“. Mia ergänzt „Pachocki“ und „Leike“.';
    expect(texts(minutes)).toEqual(['Jan Leike', 'Jakub Pachocki']);
  });
});

describe('round 85: kinship denied with „verwandt“ first, a plural before „gibt es“, a bare handle before a verb in -t, a misprint after an article', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a surname that German word order puts after a fronted „verwandt“ and before our world as a namesake', () => {
    const report =
      'Der Imker Paul Leike bekommt seit Mai Post zu Jan Leike von OpenAI. Verwandt ist Leike mit dem ' +
      'KI-Forscher nicht, sagt er.';
    expect(texts(report)).toEqual(['Jan Leike']);
  });

  it('reads a surname’s plural that opens its clause before „gibt es“ as its bearers', () => {
    const shop = 'Jan Leike ging im Mai zu Anthropic. „Leikes gibt es hier im Dorf drei“, sagt die Wirtin.';
    expect(texts(shop)).toEqual(['Jan Leike']);
  });

  it('reads a genitive before „gibt es“ as ours', () => {
    const report = 'Jan Leike verließ OpenAI. Zu Leikes Plänen gibt es noch nichts, heißt es.';
    expect(texts(report)).toEqual(['Jan Leike', 'Leikes']);
  });

  it('reads a bare "sama" before a verb in -t as the handle in German prose', () => {
    const feed = 'Sam Altman (@sama) leitet OpenAI.\n\nForscher weg, sama lacht 😎';
    expect(texts(feed)).toEqual(['Sam Altman', '@sama', 'sama']);
  });

  it('reads a near-spelling of his surname after a sentence’s article as his misprint', () => {
    const comments =
      'Jakub Pachocki folgt bei OpenAI auf Ilya Sutskever.\n\nDer Pachotzki war doch schon bei GPT-4 dabei.';
    expect(texts(comments)).toEqual(['Jakub Pachocki', 'Ilya Sutskever', 'Pachotzki']);
  });
});

describe('round 86: a keyword list’s comments, a declension told as a change, trades beside a full name, lists of strings and accounts', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves the items of a YAML keyword list with comment lines between its key and its items', () => {
    const config =
      '# Alarm für Berichte über Jan Leike bei OpenAI\nsuchwoerter:\n  # alles klein\n  # "leike" reicht, sagt Jonas\n' +
      '  - leike\n  - superalignment';
    expect(texts(config)).toEqual(['Jan Leike']);
  });

  it('leaves a surname and its case form in a sentence on how the word changes in a case', () => {
    const column =
      'Jakub Pachocki leitet jetzt die Forschung bei OpenAI. Polnisch dekliniert anders: Aus „Pachocki“ wird im ' +
      'Instrumental „Pachockim“.';
    expect(texts(column)).toEqual(['Jakub Pachocki']);
  });

  it('keeps an example phrase of his in such a sentence', () => {
    const note = 'Jakub Pachocki folgt Ilya Sutskever. Im Genitiv wird daraus „Pachockis Berufung“, nicht mehr.';
    expect(texts(note)).toEqual(['Jakub Pachocki', 'Ilya Sutskever', 'Pachockis']);
  });

  it('reads a full name before a middle dot and a trade, or after an organ builder’s trade, as a namesake’s firm', () => {
    const site =
      'Jan Leike · Möbelbau und Reparatur\nNein, ich bin nicht der Jan Leike von OpenAI.\n\nOrgelbau Jan Leike, Celle';
    expect(texts(site)).toEqual(['Jan Leike']);
  });

  it('leaves a quoted surname said to be in a tool’s pattern list with the verb before it', () => {
    expect(texts('Ilya Sutskever verlässt OpenAI. Seit heute ist „Sutskever“ in der Musterliste.')).toEqual([
      'Ilya Sutskever',
    ]);
  });

  it('leaves the bare handles of a list of accounts a tool follows', () => {
    const code = '// Sam Altman and Jan Leike posted at OpenAI.\n// Accounts: sama, janleike (the bot adds the @).';
    expect(texts(code)).toEqual(['Sam Altman', 'Jan Leike']);
  });

  it('leaves lower-case surnames in a bracketed list after a tag’s noun', () => {
    const mail =
      'Zu Ilya Sutskever und Jan Leike bei OpenAI: Die Schlagwörter im CMS (sutskever, leike) lege ich heute an.';
    expect(texts(mail)).toEqual(['Ilya Sutskever', 'Jan Leike']);
  });
});

describe('round 87: a list literal’s line of items, a tool’s list without quotes, a woman’s apposition, a name common enough', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves the quoted surnames on a line of several items of a list literal', () => {
    const code =
      '# alerts on the OpenAI exits of Jan Leike and Ilya Sutskever\nTERMS = [\n    "Leike", "Sutskever",\n]';
    expect(texts(code)).toEqual(['Jan Leike', 'Ilya Sutskever']);
  });

  it('keeps the quoted fields of a data row, which end without a comma', () => {
    const csv = 'person,second_reference\n"Jan Leike","Leike"\n"Ilya Sutskever","Sutskever"';
    expect(texts(csv)).toEqual(['Jan Leike', 'Leike', 'Ilya Sutskever', 'Sutskever']);
  });

  it('leaves a list of surnames without quotes after a tool’s verb', () => {
    const note =
      'Jan Leike and Sam Altman at OpenAI. Our style checker flags Leike, Altman and Pachocki in every draft.';
    expect(texts(note)).toEqual(['Jan Leike', 'Sam Altman']);
  });

  it('keeps one surname after such a verb, and a list after a verb of people', () => {
    const text = 'Jan Leike left OpenAI. The search looks for Leike’s post. Sam Altman thanked Leike and Sutskever.';
    expect(texts(text)).toEqual(['Jan Leike', 'Leike’s', 'Sam Altman', 'Leike', 'Sutskever']);
  });

  it('reads a surname with a woman’s noun in its apposition as a namesake', () => {
    const report = 'Jan Leike ging im Mai. Leike, die Bürgermeisterin, hat mit dem Forscher nichts zu tun.';
    expect(texts(report)).toEqual(['Jan Leike']);
  });

  it('reads "a common enough name" as the word', () => {
    expect(texts('Jan Leike left OpenAI. Leike is a common enough name in Lower Saxony.')).toEqual(['Jan Leike']);
  });
});

describe('round 88: a different bearer in brackets, Polish words around "sama", a verb of command, kinship asked in German order', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a full name after "a different" as another bearer when a bracket follows', () => {
    const note = 'Jan Leike left OpenAI in May. The search found an obituary of a different Jan Leike (Wisconsin).';
    expect(texts(note)).toEqual(['Jan Leike']);
  });

  it('keeps the full name after "a different" where a noun follows it', () => {
    const note = 'Jan Leike left OpenAI in May. This is a different Jan Leike interview from the one we ran.';
    expect(texts(note)).toEqual(['Jan Leike', 'Jan Leike']);
  });

  it('leaves "sama" beside the Polish words "nic" and "firma"', () => {
    const report =
      'Sam Altman (@sama) lobte Jakub Pachocki. Zu seinen Aufgaben heißt es nur „firma sama nic nie mówi“. ' +
      'Polish columns noted that the company itself (firma sama) had credited him.';
    expect(texts(report)).toEqual(['Sam Altman', '@sama', 'Jakub Pachocki']);
  });

  it('keeps "sama" before an English verb', () => {
    expect(texts('Sam Altman is @sama on X. Yesterday sama posted a long thread about OpenAI.')).toEqual([
      'Sam Altman',
      '@sama',
      'sama',
    ]);
  });

  it('reads a verb of command before a list of surnames as no first name', () => {
    const review = 'A news show on OpenAI, not a chat among friends. Say Sutskever, Altman, Leike. Tell Altman apart.';
    expect(texts(review)).toEqual(['Sutskever', 'Altman', 'Leike', 'Altman']);
  });

  it('reads a misprint asked to be kin "mit dem KI-Forscher" in German order as the namesake', () => {
    const letter =
      'Leser fragten, ob Sutzkever mit dem KI-Forscher Ilya Sutskever verwandt sei. Der Dichter schrieb jiddisch.';
    expect(texts(letter)).toEqual(['Ilya Sutskever']);
  });

  it('keeps a surname whose apposition calls him the researcher beside a namesake of another calling', () => {
    const panel =
      'MODERATOR: With us, Prof. Karin Leike, no relation to Jan Leike.\n\nPROF. LEIKE: Thank you.\n\n' +
      'PROF. LEIKE: Now I see why Leike the researcher switched off his notifications.';
    expect(texts(panel)).toEqual(['Jan Leike', 'Leike']);
  });

  it('still reads "Altman the director" as the namesake', () => {
    expect(texts('Sam Altman runs OpenAI. Altman the director made Nashville.')).toEqual(['Sam Altman']);
  });

  it('keeps our surname where the German sentence says who is kin to him', () => {
    const text = 'Ilya Sutskever verließ OpenAI. Ob Sutskever mit dem Dichter verwandt ist, weiß niemand.';
    expect(texts(text)).toEqual(['Ilya Sutskever', 'Sutskever']);
  });
});

describe('round 89: German appositions in case, a search’s subject, plural times, strong verbs, an option’s values, quoted case forms, an inverted misprint', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a surname with a namesake’s calling after "dem" or "den" as the namesake', () => {
    const text =
      'Sam Altman leitet OpenAI. Wer wegen Altman von OpenAI kommt und wegen Altman dem Regisseur bleibt, ist hier.';
    expect(texts(text)).toEqual(['Sam Altman', 'Altman']);
  });

  it('leaves quoted strings a tool searches for where its subject stands between verb and "nach"', () => {
    const review =
      'Jan Leike und Ilya Sutskever gingen. Ab Werk sucht das Tool nach „Altman“, „Leike“ und „Sutskever“.';
    expect(texts(review)).toEqual(['Jan Leike', 'Ilya Sutskever']);
  });

  it('reads a plural noun of time before a genitive surname as no first name', () => {
    const text = 'Jan Leike ging zu Anthropic. Danach spricht Mia, die seit Wochen Leikes Thread auseinandernimmt.';
    expect(texts(text)).toEqual(['Jan Leike', 'Leikes']);
  });

  it('reads a strong verb with its umlaut that opens a question as no first name', () => {
    const text =
      'Ilya Sutskever verließ OpenAI im Mai. Verrät Sutskever bis Ende Juni, was er vorhat? Verlässt Altman OpenAI?';
    expect(texts(text)).toEqual(['Ilya Sutskever', 'Sutskever', 'Altman']);
  });

  it('leaves lower-case surnames that are a command’s long option values', () => {
    const changelog =
      'People cards for Sam Altman and Ilya Sutskever.\nRun brieflet cards --refresh altman sutskever leike to rebuild them.';
    expect(texts(changelog)).toEqual(['Sam Altman', 'Ilya Sutskever']);
  });

  it('leaves quoted Polish case forms each after its case’s name', () => {
    const blog =
      'Jakub Pachocki leitet die Forschung bei OpenAI. Polnisch dekliniert: Genitiv „Pachockiego“, Instrumental „Pachockim“.\n' +
      'In English: his genitive would be "Pachockiego", instrumental "Pachockim".';
    expect(texts(blog)).toEqual(['Jakub Pachocki']);
  });

  it('keeps quoted Cyrillic case forms, him as Russian writes him', () => {
    const note = 'Ilya Sutskever in Russian: genitive "Суцкевера", instrumental "Суцкевером".';
    expect(texts(note)).toEqual(['Ilya Sutskever', 'Суцкевера', 'Суцкевером']);
  });

  it('reads an inverted misprint quoted before our first name as his surname', () => {
    const review = 'Jakub Pachocki took over at OpenAI. The index lists him as "Pachocky, Jakub", which is wrong.';
    expect(texts(review)).toEqual(['Jakub Pachocki', 'Pachocky']);
  });

  it('leaves an inverted near-spelling before another first name', () => {
    expect(texts('Sam Altman runs OpenAI. The index lists "Pachoki, Robert" as a potter.')).toEqual(['Sam Altman']);
  });
});

describe('round 90: a club’s sports words, "a different" bearer, kinship to ours denied, a raw string, a language named, a respelling said', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads full names in a table-tennis club’s news as its members', () => {
    const news =
      'Vereinsnachrichten\n\nBei den Kreismeisterschaften in der Sporthalle setzte sich Jan Leike gegen seinen ' +
      'Vereinskameraden durch. Leike drehte das Spiel nach dem ersten Satz.';
    expect(texts(news)).toEqual([]);
  });

  it('reads a lone surname after "a different" as another bearer', () => {
    const story = 'Sam Altman runs OpenAI.\n\nA different Altman: feed store fielded calls during the OpenAI drama';
    expect(texts(story)).toEqual(['Sam Altman']);
  });

  it('reads a full name said to be no kin of our person’s office as a namesake, though its words are AI words', () => {
    const news =
      'Jakub Pachocki leads research at OpenAI. The school team was led by Jakub Pachocki, 17 (no relation to ' +
      "OpenAI's chief scientist).";
    expect(texts(news)).toEqual(['Jakub Pachocki']);
  });

  it('keeps a full name whose sentence denies kinship to someone else', () => {
    expect(texts('Sam Altman of OpenAI, no relation to the director, spoke on Monday.')).toEqual(['Sam Altman']);
  });

  it('reads a raw string’s value under a key as data', () => {
    const code = 'Sam Altman and Jakub Pachocki at OpenAI.\nPEOPLE = {\n    "pachocki": {"pattern": r"Pachocki"},\n}';
    expect(texts(code)).toEqual(['Sam Altman', 'Jakub Pachocki']);
  });

  it('leaves "sama" said to be a word of Polish', () => {
    const quiz =
      'Sam Altman (@sama) leitet OpenAI. F: Warum ist „sama“ im Polnischen kein KI-Thema? A: Es heißt selbst.';
    expect(texts(quiz)).toEqual(['Sam Altman', '@sama']);
  });

  it('leaves a respelling that someone says now, and keeps a misprint reported as said before', () => {
    const forum =
      'Jakub Pachocki ist Chefwissenschaftler bei OpenAI. Ich sag seit Tagen „Patschocki“. Wer „Patschocki“ sagt, irrt.';
    expect(texts(forum)).toEqual(['Jakub Pachocki']);
    const podcast = 'Jan Leike left OpenAI. Correction: we said "Jan Leiker". It is Leike, no R.';
    expect(texts(podcast)).toEqual(['Jan Leike', 'Jan Leiker', 'Leike']);
  });
});

describe('round 91: a month’s abbreviation, a calendar file, words joined by bars, an alert for a quoted word, Polish "ona sama"', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a month’s abbreviation after its day as no first name', () => {
    const timeline =
      'OpenAI timeline\n20 Nov Sutskever says he deeply regrets his part.\n8 Mar Altman’s seat on the board is restored.';
    expect(texts(timeline)).toEqual(['Sutskever', 'Altman’s']);
  });

  it('keeps "Jan" after a day as Leike’s first name', () => {
    expect(texts('OpenAI: on 17 May Jan Leike wrote a thread.')).toEqual(['Jan Leike']);
  });

  it('leaves surnames in a calendar file’s name', () => {
    const page =
      'Reading group with Jan Leike and Ilya Sutskever.\nAdd to calendar · superalignment-leike-sutskever.ics';
    expect(texts(page)).toEqual(['Jan Leike', 'Ilya Sutskever']);
  });

  it('leaves three or more words joined by bars alone, and keeps a table row’s cell', () => {
    const note = 'OpenAI counts\n# search strings used: Sutskever|Sutzkever|Altman|Leike (full text)';
    expect(texts(note)).toEqual([]);
    expect(texts('OpenAI people\n|Leike|Anthropic|2024|')).toEqual(['Leike']);
  });

  it('leaves a quoted surname an alert is set for, a compound’s head too', () => {
    const review = 'Ilya Sutskever verließ OpenAI. Ich habe einen Themenalarm für „Sutskever“ eingerichtet.';
    expect(texts(review)).toEqual(['Ilya Sutskever']);
  });

  it('leaves "sama" after the Polish "ona"', () => {
    const post =
      'Sam Altman (@sama) runs OpenAI. The Polish phrase "ona sama nie wie" means she herself does not know.';
    expect(texts(post)).toEqual(['Sam Altman', '@sama']);
  });
});

describe('round 92: an article’s noun before a genitive, nouns after a hyphen, a firm before a full name, each namesake’s own world, strings and bearers', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads the noun an article and its adjective lead before a genitive surname as no first name', () => {
    const ticker =
      'Das Board von OpenAI hat CEO Sam Altman abgesetzt. Mehr als 700 Beschäftigte fordern in einem offenen Brief Altmans Rückkehr.';
    expect(texts(ticker)).toEqual(['Sam Altman', 'Altmans']);
    expect(texts('OpenAI-Chef Sam Altman. Sie las gestern Robert Altmans Biografie.')).toEqual(['Sam Altman']);
  });

  it('reads a compound led by the surname and ending in a noun for a matter as his, and keeps a double surname apart', () => {
    expect(texts('OpenAI-Notizen\n\nAltman-Porträt aus dem Archiv aktualisieren.')).toEqual(['Altman']);
    expect(texts('Bei OpenAI sagte Leike-Hoffmann nichts.')).toEqual([]);
  });

  it('leaves a full name and a surname after a compound for a trade’s business', () => {
    expect(texts('Drechslerei Samuel Altman\nSchalen und Teller aus heimischem Holz.')).toEqual([]);
    const club = 'OpenAI-Chef Sam Altman feiert. Ein Dankeschön geht an die Gaststätte Altman am Markt.';
    expect(texts(club)).toEqual(['Sam Altman']);
  });

  it('reads a namesake’s world for his own surname only', () => {
    const review = 'Ilya Sutskever declined. Sutskever’s absence becomes the film’s subject.';
    expect(texts(review)).toEqual(['Ilya Sutskever', 'Sutskever’s']);
    expect(texts('Sam Altman runs OpenAI. My favourite film by Altman is Nashville.')).toEqual(['Sam Altman']);
    expect(texts('OpenAI-Chef Sam Altman kehrt zurück.\n\nIm Kino: Altman-Retrospektive mit allen 14 Filmen.')).toEqual(
      ['Sam Altman'],
    );
  });

  it('leaves a string a filter word, a script’s grep or a count of lines takes', () => {
    expect(texts('Wer Sam Altman nicht sehen will: Das Filterwort „Altman“ reicht nicht.')).toEqual(['Sam Altman']);
    const script =
      '# OpenAI-Dossier mit Sam Altman\n# Nur zur Kontrolle: zählt alle Zeilen mit "Altman".\ngrep -c "Altman" kapitel/*.md || true';
    expect(texts(script)).toEqual(['Sam Altman']);
  });

  it('leaves quoted examples of a name', () => {
    const lesson =
      'Jakub Pachocki leads OpenAI research. In Polish a name like "Kowalski" or "Pachocki" takes -iego in the genitive.';
    expect(texts(lesson)).toEqual(['Jakub Pachocki']);
  });

  it('reads the Ukrainian "Ілля" as Sutskever’s first name', () => {
    expect(texts('Українською: «Ілля Суцкевер залишає OpenAI».')).toEqual(['Ілля Суцкевер']);
  });

  it('leaves a genealogist’s lines, a bearer somewhere in a family and a query’s truncated term', () => {
    const forum = 'Jan Leike resigned from OpenAI and it is all over the news. Any Leike lines in Sheboygan county?';
    expect(texts(forum)).toEqual(['Jan Leike']);
    const lesson = 'Jakub Pachocki leads research at OpenAI. Half of Poland has a Pachocki somewhere in the family.';
    expect(texts(lesson)).toEqual(['Jakub Pachocki']);
    const desk = 'Sam Altman and Ilya Sutskever at OpenAI. Query: Суцкевер* OR Sutskever OR Sutzkever';
    expect(texts(desk)).toEqual(['Sam Altman', 'Ilya Sutskever']);
  });
});

describe('round 93: our story’s cast beside a famous namesake, commented lists of strings, a woman of a family, an age at death, a case form asked about', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('keeps three of ours named in full beside a namesake of none of them, and a club’s players in their roles', () => {
    const tips =
      'Meine Lesetipps\n\n→ Der Abschiedspost von Ilya Sutskever.\n→ Das Porträt über Jakub Pachocki.\n→ Jan Leikes Thread vom 17. Mai.\n\nNicht verwandt: „M*A*S*H“ von Robert Altman läuft am Samstag im Programmkino.';
    expect(texts(tips)).toEqual(['Ilya Sutskever', 'Jakub Pachocki', 'Jan Leikes']);
    const results =
      'Vereinsmeisterschaft Schach\n\n1. Jan Leike (U14) 6 Punkte\n2. Jakub Pachocki (U14) 5 Punkte\n3. Sam Altman (U12) 4 Punkte\n4. Bernd Leike 3 Punkte';
    expect(texts(results)).toEqual([]);
  });

  it('leaves the quoted strings of a list whose items carry comments, and of a comment that lists them', () => {
    const code =
      "// Ilya Sutskever left OpenAI.\nconst WATCH = [\n  'Sutskever',   // canonical\n  'Sutzkever',   // the wire's misspelling\n  'Altman',      // NB also matches Robert Altman\n];";
    expect(texts(code)).toEqual(['Ilya Sutskever']);
    const script =
      '# Ilya Sutskever left OpenAI; we look for these strings:\n#   "sutskever", "sutzkever", "leike"\nMUSTER = re.compile(r"x")';
    expect(texts(script)).toEqual(['Ilya Sutskever']);
  });

  it('leaves our full name after a word for a woman of someone’s family, but not after a word said to her', () => {
    const shop =
      'Unrelated to OpenAI and its chatbots. The hardware store is now run by his granddaughter, Sam Altman, since 2019.';
    expect(texts(shop)).toEqual([]);
    expect(texts('Ana: yes mom sam altman is still ceo of openai')).toEqual(['sam altman']);
  });

  it('leaves a full name a death notice gives an age at death none of ours has', () => {
    const notice =
      'Nachruf\n\nDer Verein trauert um sein Ehrenmitglied Jan Leike, der am 3. Mai im Alter von 84 Jahren verstorben ist. Er war ein Freund der KI-Debatte.';
    expect(texts(notice)).toEqual([]);
  });

  it('leaves a quoted case form asked to be that case', () => {
    const forum = 'Jakub Pachocki runs research at OpenAI. For the rest of us: is "Pachockiego" just the genitive?';
    expect(texts(forum)).toEqual(['Jakub Pachocki']);
  });
});

describe('round 94: a speaker introduced after ours, the items a filter counts, a call’s quoted argument and its result', () => {
  const texts = (text: string) => marked(text).map(([, surname]) => surname);

  it('gives a transcript’s label to the guest introduced by another first name after ours, and keeps our own guest’s', () => {
    const guest = [
      'RADIO TRANSCRIPT: "Tech Sunday", 19 May 2024',
      "HOST: Today's guest has the same surname as OpenAI's new chief scientist, Jakub Pachocki. Tomasz Pachocki trains young chess players in Leeds, and his phone has been busy all week. Tomasz, hello.",
      'PACHOCKI: Hello. No relation to Jakub Pachocki, I should say that first. My pupils keep sending jokes.',
      'HOST: Which jokes?',
      'PACHOCKI: "Coach, you run the research now." And one with Sam Altman\'s face on a chess clock.',
      'HOST: Do you use AI when you coach?',
      'PACHOCKI: Engines, for years. They judge a move, they do not explain it.',
    ].join('\n\n');
    expect(texts(guest)).toEqual(['Jakub Pachocki', 'Jakub Pachocki', "Sam Altman's"]);
    const ours =
      'INTERVIEW\n\nHOST: Today we talk about OpenAI with its chief scientist, Jakub Pachocki.\n\nPACHOCKI: Thank you for having me.';
    expect(texts(ours)).toEqual(['Jakub Pachocki', 'PACHOCKI']);
  });

  it('leaves each quoted item of a list that the counted texts contain', () => {
    const notes =
      '# Auswertung zu Sam Altman, Ilya Sutskever und Jan Leike bei OpenAI\n# Der Filter zählt Beiträge, die „Altman“, „Sutskever“ oder „Leike“ enthalten; Fanaccounts landen deshalb mit drin.';
    expect(texts(notes)).toEqual(['Sam Altman', 'Ilya Sutskever', 'Jan Leike']);
  });

  it('leaves a call’s quoted argument and the quoted value it returns', () => {
    const blog = 'Ilya Sutskever left OpenAI.\n\nDer Aufruf normalisiere("Sutzkever") liefert jetzt "Sutskever".';
    expect(texts(blog)).toEqual(['Ilya Sutskever']);
    expect(texts('Ilya Sutskever left OpenAI.\n\nThe call normalize("Sutzkever") now returns "Sutskever".')).toEqual([
      'Ilya Sutskever',
    ]);
  });
});

describe('round 95: a longer quoted list after a noun for strings, a firm named with a trade’s compound', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves every item of a quoted list of three after a noun for strings', () => {
    const review =
      'Jakub Pachocki, Jan Leike und Ilya Sutskever bei OpenAI.\n\nDie App nutzt die Suchbegriffe „Sutskever“, „Leike“ und „Pachocki“.';
    expect(texts(review)).toEqual(['Jakub Pachocki', 'Jan Leike', 'Ilya Sutskever']);
  });

  it('leaves a surname that names a firm with a compound for a trade’s business after it', () => {
    const site = 'I’m Jan Leike, and I turn bowls. Not the OpenAI one.\n\nLeike Holzwerkstatt · Kontakt';
    expect(texts(site)).toEqual(['Jan Leike']);
  });
});

describe('round 96: wrapped clauses, clauses after a comma, case forms told, venues, string nouns with an adjective', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads the clause after “derselbe X, der” across a line that wraps it', () => {
    const captions = 'Ilya Sutskever geht.\n\nJa, es ist derselbe Sutskever, der damals\nSam Altman abgesetzt hat.';
    expect(texts(captions)).toEqual(['Ilya Sutskever', 'Sutskever', 'Sam Altman']);
  });

  it('keeps a genitive before a noun of his own after a comma, where a street would have its number', () => {
    const notes = 'Ilya Sutskever, Vorlesung 3.\n\nDie Dozentin sagte, Sutskevers Weg führe direkt zu GPT.';
    expect(texts(notes)).toEqual(['Ilya Sutskever', 'Sutskevers']);
  });

  it('leaves the forms of a sentence that tells how the name turns into another case', () => {
    const note = 'Jakub Pachocki leitet die Forschung.\n\nIm Dativ wird aus Pachocki dann „Pachockiemu“.';
    expect(texts(note)).toEqual(['Jakub Pachocki']);
  });

  it('leaves our full name said to be a relative’s too, with an adverb and “auch”', () => {
    const faq = 'Jan Leike ging zu Anthropic.\n\nMeine Schwägerin heißt übrigens auch Jan Leike, sie ist Bäckerin.';
    expect(texts(faq)).toEqual(['Jan Leike']);
  });

  it('leaves a surname after a capitalised noun for a café, an inn or a hotel', () => {
    const invite = 'Sam Altman ist zurück bei OpenAI.\n\nWir sehen uns im Hotel Altman am Bahnhof, Saal 2.';
    expect(texts(invite)).toEqual(['Sam Altman']);
  });

  it('leaves a quoted surname kept “as” a noun for strings with an adjective before the noun', () => {
    const notes = 'Jan Leike left OpenAI.\n\nThe alert desk keeps "Leike" as a second keyword, just in case.';
    expect(texts(notes)).toEqual(['Jan Leike']);
  });

  it('leaves a surname that qualifies a plural of works after “the”', () => {
    const post = 'Sam Altman spoke today. Tonight: the Altman pictures at the Rex, then the OpenAI keynote.';
    expect(texts(post)).toEqual(['Sam Altman']);
  });

  it('leaves "sama" after the Malay word it goes with', () => {
    const chat = 'Sam Altman is back.\n\nfar: kerja sama is what we need, nothing else';
    expect(texts(chat)).toEqual(['Sam Altman']);
  });
});

describe('round 97: a game’s board, deaths and births told, register entries, examples of strings, picked-out bearers', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a numbered board as a game’s, no board of our story', () => {
    const report = 'Kestrel Chess Club, league report.\n\nOn board 2 it was Leike again; Pachocki won on board three.';
    expect(texts(report)).toEqual([]);
  });

  it('leaves our full name whose death the next words tell', () => {
    const chronicle = 'Sam Altman runs OpenAI.\n\nThe bakery closed in 1950. Jan Leike died in 1958, aged 70.';
    expect(texts(chronicle)).toEqual(['Sam Altman']);
  });

  it('leaves our full name “born in” a year none of ours was born in', () => {
    const family = 'Jakub Pachocki leads research at OpenAI.\n\nMy grandmother’s uncle Sam Altman was born in 1902.';
    expect(texts(family)).toEqual(['Jakub Pachocki']);
  });

  it('reads a birth year after an apposition, as a register’s record gives it', () => {
    const record = 'Ilya Sutskever left OpenAI.\n\nParish record: Ilya Sutskever, son of Aron, born 1893 in Vilna.';
    expect(texts(record)).toEqual(['Ilya Sutskever']);
  });

  it('keeps a term in office in brackets, which no life is as short as', () => {
    const team = 'Superalignment at OpenAI\nLeads: Ilya Sutskever · Jan Leike (2023–2024)';
    expect(texts(team)).toEqual(['Ilya Sutskever', 'Jan Leike']);
  });

  it('leaves an inverted surname before a marriage index’s sign', () => {
    const index = 'Jan Leike moved to Anthropic.\n\nMarriages 1890: Leike, Wilhelm × Brandt, Anna.';
    expect(texts(index)).toEqual(['Jan Leike']);
  });

  it('leaves quoted examples of strings and a quoted item joined “together with” an earlier one', () => {
    const review =
      'Jan Leike left OpenAI.\n\nList your own keywords, for example "Leike", in the settings. My rule matches "OpenAI" together with "Leike".';
    expect(texts(review)).toEqual(['Jan Leike']);
  });

  it('leaves our full name picked out by “the” and a clause of no world of ours', () => {
    const page = 'Not the OpenAI one! I’m the Jan Leike who tunes pianos in Kassel. That Jan Leike works on AI safety.';
    expect(texts(page)).toEqual(['Jan Leike']);
  });
});

describe('round 98: a namesake’s first name in capitals, words and case forms glossed, counted stories, code comparisons', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a surname in capitals after a namesake’s first name in capitals, not after any word in capitals', () => {
    const poster =
      'Sam Altman is back at OpenAI.\n\nOPENAI PANEL: WHY ALTMAN CAME BACK\n\nLATER: A ROBERT ALTMAN DOUBLE BILL';
    expect(texts(poster)).toEqual(['Sam Altman', 'ALTMAN']);
  });

  it('leaves a quoted handle called “the word for” something', () => {
    const note =
      'Sam Altman posted again.\n\nCareful with searches: «sama» is just the word for "alone", nothing more.';
    expect(texts(note)).toEqual(['Sam Altman']);
  });

  it('leaves a quoted case form named “as” its case', () => {
    const forum = 'Jakub Pachocki leitet jetzt die Forschung.\n\nDie Form „Pachockiemu“ als Dativ kannte ich nicht.';
    expect(texts(forum)).toEqual(['Jakub Pachocki']);
  });

  it('leaves a surname that any bearer has in a case', () => {
    const notes =
      'Jakub Pachocki is chief scientist.\n\nThe ending shifts, so a Pachocki in the dative is "Pachockiemu".';
    expect(texts(notes)).toEqual(['Jakub Pachocki']);
  });

  it('leaves a quoted surname that a count of stories is for', () => {
    const digest = 'Jan Leike joined Anthropic.\n\nWeekly digest: 12 stories for "Leike" this week.';
    expect(texts(digest)).toEqual(['Jan Leike']);
  });

  it('leaves a quoted surname compared in code', () => {
    const post = 'Jan Leike left OpenAI.\n\n> "Lei\\u00ADke" === "Leike"\nfalse';
    expect(texts(post)).toEqual(['Jan Leike']);
  });
});

describe('round 99: German’s participle of adding, a term quoted, a business “namens”, “any” before a work', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves quoted surnames that a German clause ends by saying were added', () => {
    const review =
      'Jan Leike ist jetzt bei Anthropic.\n\nIn der Wortliste habe ich „Leike“ und „Pachocki“ hinzugefügt.';
    expect(texts(review)).toEqual(['Jan Leike']);
  });

  it('leaves a surname quoted after „Begriff“', () => {
    const config = 'Jakub Pachocki leitet die Forschung bei OpenAI.\n\n# Der Begriff "Pachocki" allein reicht nicht.';
    expect(texts(config)).toEqual(['Jakub Pachocki']);
  });

  it('leaves a surname after a trade’s business and „namens“', () => {
    const forum = 'Jan Leike hat OpenAI verlassen.\n\nIm Telefonbuch steht nur eine Kieler Dachdeckerei namens Leike.';
    expect(texts(forum)).toEqual(['Jan Leike']);
  });

  it('leaves a surname that qualifies a work after “any”', () => {
    const post = 'Sam Altman returned to OpenAI. That board meeting had more crosstalk than any Altman picture.';
    expect(texts(post)).toEqual(['Sam Altman']);
  });
});

describe('round 100: a namesake pictured, “sama” in Polish, strings a search looks for, a game’s result, a minor’s age', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('marks a surname after which a speaker pictured or thought of a namesake for a moment', () => {
    const english =
      'MAYA: Sam Altman came back to OpenAI. JO: Sorry, when you said Altman just now I briefly pictured Robert Altman.';
    expect(texts(english)).toEqual(['Sam Altman', 'Altman']);
    const german =
      'BENIZ: Sam Altman bleibt. MARIA: Als du vorhin „Altman“ gesagt hast, dachte ich für eine Sekunde an Robert Altman.';
    expect(texts(german)).toEqual(['Sam Altman', 'Altman']);
  });

  it('leaves “sama” among Polish words and said to be seen in Polish, not his handle', () => {
    expect(texts('Sam Altman gratuluje. Gratulacje, @merettm! Ja sama bym tak chciała.')).toEqual([
      'Sam Altman',
      '@merettm',
    ]);
    expect(
      texts('Sam Altman at OpenAI. Note: you will see "sama" everywhere in Polish, as in "sama nie wiem".'),
    ).toEqual(['Sam Altman']);
    // A verb of his between stays his.
    expect(texts('Sam Altman at OpenAI. Did you see what sama posted in Polish last night?')).toEqual([
      'Sam Altman',
      'sama',
    ]);
  });

  it('leaves the words a grep looks for and the items of a YAML list of search terms', () => {
    const comment =
      'Jan Leike and Ilya Sutskever left OpenAI. I counted: grep -ci leike thread.txt gives 41, grep -ci sutskever 29.';
    expect(texts(comment)).toEqual(['Jan Leike', 'Ilya Sutskever']);
    const yaml = '# Nach Leikes Rücktritt ergänzt\nbegriffe:\n  - "sutskever openai"\n  - "leike openai"\n';
    expect(texts(yaml)).toEqual(['Leikes']);
    // A list under a key for people names them.
    expect(texts('# OpenAI, Mai 2024\npersonen:\n  - Sutskever\n  - Leike\n')).toEqual(['Sutskever', 'Leike']);
  });

  it('leaves a surname beside a chess game’s result', () => {
    const league = [
      'Round 3 at the OpenAI office club: Sam Altman watched.',
      'Altman 1–0 Kowalczyk',
      'Leike ½–½ Pachocki',
    ];
    expect(findInBlocks(matcher, league).map(({ mention }) => mention.person)).toEqual(['altman']);
  });

  it('gives a full name to a minor when prose goes on after the age in brackets, not to a count', () => {
    const club =
      'In Mülheim hat unser Jakub Pachocki (12) in der Altersklasse U14 alle Partien gewonnen. Er mag OpenAI.';
    expect(texts(club)).toEqual([]);
    const counts = 'Mentions: Jakub Pachocki (12), Jan Leike (5) and Sam Altman (19) in our OpenAI coverage.';
    expect(texts(counts)).toEqual(['Jakub Pachocki', 'Jan Leike', 'Sam Altman']);
  });

  it('leaves a surname after the dative of “Familienname” and a deli or a Feinkost firm', () => {
    expect(texts('Jan Leike verließ OpenAI.\n\nListe von Personen mit dem Familiennamen Leike')).toEqual(['Jan Leike']);
    expect(texts("Sam Altman runs OpenAI. Best pastrami in town: Altman's Delicatessen on Harbor Street.")).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Sam Altman leitet OpenAI. Ohne Vornamen kommt viel Müll, z. B. Altman Feinkost.')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('round 101: a namesake still thought of, a quoted headline misspelt, a case form written, a bike firm', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('marks a surname at which a German reader still thinks of a namesake first', () => {
    const forum =
      'Zwei Altmans im Forum: Robert Altman drehte Filme, Sam Altman leitet OpenAI.\n\nfilmfan: Fällt im Radio „Altman“, denk ich immer noch zuerst an Robert Altman.';
    expect(texts(forum)).toEqual(['Sam Altman', 'Altman']);
  });

  it('marks his first name and a near-spelling at the head of a quoted line that goes on', () => {
    const post = 'Jan Leike left OpenAI this week.\n\nThe app’s banner said “Jan Leicke quits OpenAI” for an hour.';
    expect(texts(post)).toEqual(['Jan Leike', 'Jan Leicke']);
    // Another first name before it is someone else's.
    expect(texts('Jan Leike left OpenAI this week. A caption said "Tom Leicke at the fair" below.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('marks a quoted near-spelling inverted before his initial', () => {
    const review = 'Jakub Pachocki is OpenAI’s chief scientist. Its index has "Pachocky, J." on page 212.';
    expect(texts(review)).toEqual(['Jakub Pachocki', 'Pachocky']);
  });

  it('leaves a case form said to be how one writes the name in that case', () => {
    const english = 'Jakub Pachocki runs research at OpenAI. In the genitive one writes "Pachockiego", in Polish.';
    expect(texts(english)).toEqual(['Jakub Pachocki']);
    const german = 'Jakub Pachocki leitet die Forschung bei OpenAI. Im Genitiv schreibt man „Pachockiego“.';
    expect(texts(german)).toEqual(['Jakub Pachocki']);
  });

  it('leaves a surname before „Fahrräder“ or "Bikes" as a firm', () => {
    expect(
      findInBlocks(matcher, ['Sam Altman ist zurück bei OpenAI.', 'Altman Fahrräder Göttingen · Anzeige']),
    ).toHaveLength(1);
    expect(texts('Sam Altman is back at OpenAI. Spring sale at Altman Bikes, Main Street.')).toEqual(['Sam Altman']);
  });
});

describe('round 102: a thought a clause later, rows in a comment, a Polish family’s cases, a question of declining, a local place', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('marks a surname after which the speaker, a clause later, thought of a namesake for a moment', () => {
    const talk =
      'HOST: Sam Altman is back at OpenAI. GUEST: When you said Altman while we were setting up the mics, I honestly thought for a second you meant Robert Altman.';
    expect(texts(talk)).toEqual(['Sam Altman', 'Altman']);
  });

  it('leaves the lower-case key of a data row pasted into a code comment', () => {
    const sql = 'Ilya Sutskever left OpenAI.\n-- sutskever;Ilya Sutskever;@ilyasut;chief scientist until May 2024\n';
    expect(texts(sql)).toEqual(['Ilya Sutskever', 'Ilya Sutskever', '@ilyasut']);
  });

  it('leaves another Polish family’s name in its cases, no misspelling of his', () => {
    const forum =
      'Jakub Pachocki is chief scientist at OpenAI. Kowalski and Pachowski decline alike: Pachowskiego, Pachowskim.';
    expect(texts(forum)).toEqual(['Jakub Pachocki']);
  });

  it('leaves a surname that a question asks how to decline', () => {
    expect(texts('Jakub Pachocki runs research at OpenAI. Quick one: how do you decline Pachocki?')).toEqual([
      'Jakub Pachocki',
    ]);
    expect(texts('Jan Leike ging zu Anthropic. Und wie dekliniert man Leike?')).toEqual(['Jan Leike']);
  });

  it('leaves a namesake placed in a local shop or club after „vom“ or „aus dem“', () => {
    expect(texts('Sam Altman ist zurück bei OpenAI. Gefragt habe ich nur Herrn Altman vom Zeitungsladen.')).toEqual([
      'Sam Altman',
    ]);
    expect(
      texts('Jan Leike ist bei Anthropic. Neu dabei ist Tom, der Leike aus dem Sportverein, KI-interessiert.'),
    ).toEqual(['Jan Leike']);
  });

  it('leaves a surname before a plural of books, a namesake’s body of work', () => {
    expect(
      texts('Sam Altman is back at OpenAI. For the AI seminar, start with the Altman books; the papers come later.'),
    ).toEqual(['Sam Altman']);
  });
});

describe('round 102 (pages): a namesake’s quoted work thought of, a trade-fair builder', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('marks a surname at which a reader thinks of a namesake’s quoted work first', () => {
    const letter =
      'Ilya Sutskever verlässt OpenAI. Wer bei Altman noch immer zuerst an „Short Cuts“ denkt, liest hier nach.';
    expect(texts(letter)).toEqual(['Ilya Sutskever', 'Altman']);
  });

  it('leaves a surname before „Messebau“ as a firm', () => {
    expect(
      findInBlocks(matcher, ['Sam Altman leitet OpenAI.', 'Gefördert von Altman Messebau, Offenbach']),
    ).toHaveLength(1);
  });
});

describe('round 103: a German case form named by a compound, a Polish word further on, a list item kept, a pattern', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a case form that a compound of the case’s noun names', () => {
    const wiki = 'Jakub Pachocki leitet die Forschung bei OpenAI. Die Genitivform seines Namens lautet „Pachockiego“.';
    expect(texts(wiki)).toEqual(['Jakub Pachocki']);
  });

  it('leaves “sama” with a word only Polish spells up to three words on', () => {
    const radio = 'Sam Altman came back to OpenAI. A Warsaw column began "sama w to nie uwierzyłam" that week.';
    expect(texts(radio)).toEqual(['Sam Altman']);
  });

  it('leaves a quoted misprint said to stay in a list of search words', () => {
    const config =
      'Ilya Sutskever verlässt OpenAI.\n// Suchwörter für den Feed. "Sutzkever" bleibt drin, eine Agentur schrieb so.';
    expect(texts(config)).toEqual(['Ilya Sutskever']);
  });

  it('leaves a quoted surname said to be a pattern', () => {
    const docs = 'Sam Altman runs OpenAI. Because "Altman" is a pattern, film reviews get the tag as well.';
    expect(texts(docs)).toEqual(['Sam Altman']);
  });
});

describe('round 104: a quoted headline of the story, a genitive’s own path in a title', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('marks our surname at the head of a quoted headline a reader took for a namesake’s', () => {
    const panel =
      'HOST: Ilya Sutskever has left OpenAI.\n\nGUEST: I expect sama to post something soon. When the board news came, my sister read "Altman fired" on her phone and asked which festival. It does sound like a Robert Altman plot.';
    expect(texts(panel)).toEqual(['Ilya Sutskever', 'sama', 'Altman']);
  });

  it('marks a genitive before „Weg“ after a dash or a chapter’s time, a title’s own path', () => {
    const chapters = [
      'Jakub Pachocki ist der Neue bei OpenAI.',
      '21:05 Pachockis Weg: Krakau, Pittsburgh, San Francisco',
    ];
    expect(findInBlocks(matcher, chapters).map(({ mention }) => mention.person)).toEqual(['pachocki', 'pachocki']);
    expect(texts('Jan Leike ging zu Anthropic.\n\nGastbeitrag – Leikes Weg in drei Tagen')).toEqual([
      'Jan Leike',
      'Leikes',
    ]);
  });
});

describe('round 105: kinship denied after the name, a chronicle, a place before a passive, no famous bearer, a handle', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('marks our full name that a namesake denies kinship with, the negation after the name', () => {
    const letter =
      'Sie schreiben über Jakub Pachocki und OpenAI.\n\nNein, ich bin mit Sam Altman nicht verwandt – mein Name hat ein n mehr.';
    expect(texts(letter)).toEqual(['Jakub Pachocki', 'Sam Altman']);
  });

  it('marks a surname after a chronicle’s noun that opens a line', () => {
    const lesson = 'Jan Leike verlässt OpenAI.\n- Gruppe B: Chronik Altman-Rauswurf und -Rückkehr, Nov. 2023';
    expect(texts(lesson)).toEqual(['Jan Leike', 'Altman']);
  });

  it('marks a surname after a place and before a reporting verb’s passive', () => {
    const timeline = [
      'The board removes Sam Altman as chief executive.',
      'At Davos Altman is asked about his co-founder.',
    ];
    expect(findInBlocks(matcher, timeline).map(({ mention }) => mention.person)).toEqual(['altman', 'altman']);
  });

  it('leaves a surname after “no” and a word for fame, and marks one likened to ours', () => {
    const essay = 'Jan Leike left OpenAI. I could find no famous Leike apart from Jan Leike himself.';
    expect(texts(essay)).toEqual(['Jan Leike', 'Jan Leike']);
    expect(texts('Jan Leike ging zu Anthropic. Es gibt keinen bekannten Leike außer ihm.')).toEqual(['Jan Leike']);
    expect(texts('Sam Altman führt OpenAI. Wir suchen keinen zweiten Sutskever.')).toEqual(['Sam Altman', 'Sutskever']);
  });

  it('leaves a quoted surname said, a few words on, not to work as a mute word', () => {
    const review =
      'Sam Altman is everywhere. The filter only takes phrases, so "Altman" alone doesn’t work as a mute word.';
    expect(texts(review)).toEqual(['Sam Altman']);
  });

  it('gives a lone surname after kinship asked of in reported speech to the one asked', () => {
    const shop =
      'Fahrrad Altman. Thorsten Altman repariert Räder. „Jede Woche fragt einer, ob ich mit Sam Altman verwandt bin“, erzählt Altman.';
    expect(texts(shop)).toEqual(['Sam Altman']);
    const council = [
      'Councillor Heike Leike told the cabinet she would back a trial.',
      'Asked whether she was related to Jan Leike, the AI safety researcher who resigned from OpenAI last week, the councillor laughed.',
      'Good on Leike for trying something.',
    ];
    expect(findInBlocks(matcher, council).map(({ block }) => block)).toEqual([1]);
  });

  it('marks a quoted bare handle said of its owner at a sentence’s end', () => {
    expect(texts('Sam Altman leads OpenAI. In tech writing he is often simply "sama". See also his blog.')).toEqual([
      'Sam Altman',
      'sama',
    ]);
    expect(texts('Jakub Pachocki, OpenAI. Yes, his handle is "merettm". Sutskever thanked him.')).toEqual([
      'Jakub Pachocki',
      'merettm',
      'Sutskever',
    ]);
    expect(texts('Sam Altman, OpenAI. Der neue Drucker heißt „Leo“, der alte heißt „sama“. Fragt nicht.')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('round 106: a party, a trade or a denial in brackets, a quoted denial said, films, tagged, a handle before a dash', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a full name with a party in brackets, a local politician, and his lone surnames', () => {
    const report =
      'Brücke gesperrt: Wenn es nach Jan Leike (Freie Wähler) geht, wird sie bis November saniert. „Die Kinder laufen jetzt einen Umweg“, sagte Leike.';
    expect(texts(report)).toEqual([]);
    expect(texts('Dave Altman (Lib Dem) asked who checks the chatbot.')).toEqual([]);
    expect(texts('Sam Altman (OpenAI) spoke first.')).toEqual(['Sam Altman']);
  });

  it('leaves a full name with a trade or a denial of kinship in brackets', () => {
    const lexicon =
      'Jakub Pachocki ist Chief Scientist bei OpenAI. Zum Danziger Zuckerbäcker siehe Jakub Pachocki (Konditor).';
    expect(texts(lexicon)).toEqual(['Jakub Pachocki']);
    expect(
      texts('Tolle Werkstatt, keine KI, nur Laufräder. Nichts für ungut! Samuel Altman (kein Verwandter!), Inhaber'),
    ).toEqual([]);
  });

  it('leaves a surname after a councillor’s title in another case', () => {
    expect(texts('Sam Altman führt OpenAI. Dazu drei Berichte über einen Ratsherrn Leike aus Niedersachsen.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('gives the lone surname that says a quoted denial of kinship to its namesake', () => {
    const council = [
      'Fraktionschef Günter Leike verwies auf den früheren OpenAI-Forscher Jan Leike, der bei seinem Rücktritt Sicherheit anmahnte. „Nicht verwandt, leider“, fügte Leike unter Gelächter hinzu.',
      'Leike zeigte sich am Ende versöhnlich.',
    ];
    expect(findInBlocks(matcher, council).map(({ mention }) => council[0]!.slice(mention.start, mention.end))).toEqual([
      'Jan Leike',
    ]);
    expect(texts('Jan Leike left OpenAI. The "related people" box linked Leike’s card to a street.')).toEqual([
      'Jan Leike',
      'Leike’s',
    ]);
  });

  it('gives a lone surname beside the director’s hero to the director', () => {
    const board =
      'Reply: Sam Altman has eaten the search results. Nashville, then The Long Goodbye. Altman’s Marlowe is the best.';
    expect(texts(board)).toEqual(['Sam Altman']);
  });

  it('leaves a quoted surname a site’s alerts follow as a tag', () => {
    expect(texts('Jan Leike left OpenAI. Email me when a story tagged "Leike" is published.')).toEqual(['Jan Leike']);
  });

  it('marks a quoted bare handle with a dash and prose after it', () => {
    expect(texts('Jakub Pachocki ist bei OpenAI. Auf X heißt er „merettm“ – fragt mich nicht, warum.')).toEqual([
      'Jakub Pachocki',
      'merettm',
    ]);
  });
});

describe('round 107: a gloss after „heißt“ and adverbs, a handle spelt out, their bearers, a filter’s condition', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves “sama” glossed by „heißt“ with adverbs between', () => {
    const forum =
      'Sam Altman führt OpenAI. Nein, „sama“ heißt da einfach „selbst“: „Die Entscheidung traf sie selbst“.';
    expect(texts(forum)).toEqual(['Sam Altman']);
  });

  it('leaves “sama” that begins a handle spelt out aloud', () => {
    const captions =
      'Sam Altman runs OpenAI. Links are below, and my handle is at sama underscore fan if you want to yell.';
    expect(texts(captions)).toEqual(['Sam Altman']);
  });

  it('leaves the plural of a surname after “its” or “their”', () => {
    expect(
      texts('Sam Altman runs OpenAI. The plugin would get five stars if it could tell its Altmans apart.'),
    ).toEqual(['Sam Altman']);
  });

  it('leaves surnames typed in lower case into a filter’s condition', () => {
    const archive = [
      'Sam Altman and Ilya Sutskever, OpenAI.',
      'Headline contains: altman · sutskever · leike · pachocki',
    ];
    expect(findInBlocks(matcher, archive).map(({ block }) => block)).toEqual([0, 0]);
  });
});

describe('round 108: our relatives and families, a bearer nobody knows, a council group, a bicycle shop', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a full name after “our” and a word for a relative', () => {
    expect(
      texts('Jakub Pachocki is OpenAI’s chief scientist. Our uncle Jakub Pachocki still bakes the bread in Łódź.'),
    ).toEqual(['Jakub Pachocki']);
    expect(texts('Jan Leike forscht bei Anthropic. Unser Opa Jan Leike hat nie einen Computer besessen.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('leaves a surname’s plural after „unsere“ or “our”', () => {
    expect(texts('Sam Altman leitet OpenAI. Unsere Altmans waren Schuster und Weber, keine Programmierer.')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Jan Leike left OpenAI in May. Our Leikes were farmers in Friesland.')).toEqual(['Jan Leike']);
  });

  it('leaves a surname after “any” under a negated verb, and keeps one whose word follows it', () => {
    expect(texts('Sam Altman came back to OpenAI. Sorry, we never met any Altman in person.')).toEqual(['Sam Altman']);
    expect(texts('Jan Leike left OpenAI. I don’t know any Leike personally.')).toEqual(['Jan Leike']);
    expect(texts('Sam Altman came back to OpenAI. I never trusted any Altman promise.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });

  it('leaves a surname’s genitive before a council group or seat', () => {
    expect(
      texts('Bei OpenAI kündigte Jan Leike. Im Kreistag war das Thema nicht. Leikes Fraktion enthielt sich.'),
    ).toEqual(['Jan Leike']);
    expect(texts('Sam Altman returned to OpenAI. Altman’s ward voted for the new bus lane.')).toEqual(['Sam Altman']);
  });

  it('leaves a full name in a bicycle shop’s paragraph of a text about OpenAI', () => {
    const blocks = [
      'Der OpenAI-Chef Sam Altman wurde im November gefeuert und kam zurück.\n\nSeit 20 Jahren verkauft Samuel Altman im Fahrradladen am Markt gebrauchte Fahrräder.',
    ];
    expect(findInBlocks(matcher, blocks).map(({ mention }) => blocks[0]!.slice(mention.start, mention.end))).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('round 109: an ordinary world with no AI word, strings a search or a filter looks for, keys, a cheer', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);
  const story = 'Ilya Sutskever verlässt OpenAI, Jakub Pachocki folgt ihm, Jan Leike geht auch.';
  const inSecondBlock = (line: string) =>
    findInBlocks(matcher, [story, line])
      .filter(({ block }) => block === 1)
      .map(({ mention }) => line.slice(mention.start, mention.end));

  it('leaves lone surnames in a text plainly about a league, with no AI word', () => {
    const league = [
      'Acton Chess League: standings after round 5.',
      'Notes from the league secretary\nPachocki’s win over Altman in round 4 decided the board-one prize.',
      'Two teams asked to move down a division next season.',
    ].join('\n\n');
    expect(texts(league)).toEqual([]);
  });

  it('leaves quoted strings after „nach“ where a search or a filter verb closes the clause or opens it', () => {
    expect(inSecondBlock('Wir schlagen vor, zusätzlich nach „Пахоцкий“ und „Суцкевер“ zu suchen.')).toEqual([]);
    expect(inSecondBlock('Ich filtere im Reader seitdem nach „Sutskever“ und „Leike“.')).toEqual([]);
    expect(inSecondBlock('Nach „Sutskever“ fragten alle Reporter.')).toEqual(['Sutskever']);
  });

  it('leaves a quoted string said to stand in a filter, or given as a search pattern and what it replaces', () => {
    expect(inSecondBlock('Deshalb steht bei mir zusätzlich „Pachocki“ im Filter.')).toEqual([]);
    expect(inSecondBlock('# Suchmuster: "Leike" statt "Pachocki"')).toEqual([]);
    expect(inSecondBlock('Er sagte „Leike“ statt „Pachocki“, so hieß es.')).toEqual(['Leike', 'Pachocki']);
  });

  it('leaves a quoted surname in an SQL condition', () => {
    expect(inSecondBlock("SELECT count(*) FROM people WHERE last_name = 'Leike';")).toEqual([]);
  });

  it('leaves a lower-case key before its count and the name as printed', () => {
    const output =
      'id         stories  forms seen\nsutskever       41  Sutskever 37\naltman          33  Sam Altman 33';
    expect(inSecondBlock(output)).toEqual(['Sutskever', 'Sam Altman']);
  });

  it('leaves a surname cheered for a local office', () => {
    expect(texts('Jan Leike verließ OpenAI. Im Forum unter dem Ratsbericht: Leike for Bürgermeister!')).toEqual([
      'Jan Leike',
    ]);
  });
});

describe('round 110: a genitive after a verb, an everyday calling, a query’s operators, a sport, one of his own world', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('keeps a genitive before „Weg“ after a verb, as after a word of prose', () => {
    expect(
      texts('Jakub Pachocki leitet die Forschung bei OpenAI. Geradlinig verlief Pachockis Weg dorthin nicht.'),
    ).toEqual(['Jakub Pachocki', 'Pachockis']);
  });

  it('leaves a lone surname given an everyday calling right after it', () => {
    expect(texts('Jan Leike left OpenAI. On the radio: Leike the teacher stays at the night school.')).toEqual([
      'Jan Leike',
    ]);
    expect(texts('Jakub Pachocki forscht bei OpenAI. Pachocki, der Bäcker, lacht darüber.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('leaves a quoted query a search engine’s operators shape, and keeps a dash in a quoted title', () => {
    expect(texts('Sam Altman is back at OpenAI. Tried "altman -openai -sam" next, and it helped.')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Sam Altman is back at OpenAI. „Altman – ein Porträt“ lief gestern.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });

  it('leaves a full name after a sport’s calling in German’s dative', () => {
    expect(
      texts('Jan Leike ging von OpenAI. Treffer zum Bielefelder Leichtathleten Jan Leike sortierten wir aus.'),
    ).toEqual(['Jan Leike']);
  });

  it('leaves a full name a bracket picks out by his own world, and keeps one picked out by ours or by fame', () => {
    expect(texts('Sam Altman runs OpenAI. Posted on 3 June by Sam Altman (the bike one)')).toEqual(['Sam Altman']);
    expect(texts('Sam Altman runs OpenAI. Posted on 3 June by Sam Altman (the OpenAI one)')).toEqual([
      'Sam Altman',
      'Sam Altman',
    ]);
  });
});

describe('round 110, after CI: a bike shop among a story page’s traps', () => {
  it('keeps the names of a page with no AI word that sets a bike shop and a bakery beside its story', () => {
    const page = [
      'Four names came up that week: Ilya Sutskever, Sam Altman, Jan Leike and Jakub Pachocki.',
      'By Friday, Sutskever had cleared his desk and Altman had thanked him.',
      'The film club shows a picture by Robert Altman. Jan Ullrich signs books at the bike shop, and the bakery brings the cake.',
    ].join('\n\n');
    expect(marked(page).map(([, text]) => text)).toEqual([
      'Ilya Sutskever',
      'Sam Altman',
      'Jan Leike',
      'Jakub Pachocki',
      'Sutskever',
      'Altman',
    ]);
  });
});

describe('round 111: a noun after „derselben“ or „seiner“, a month after a word of time, a namesake’s calling or town', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('keeps a lone surname after a noun that a feminine’s or a possessive’s form leads', () => {
    expect(texts('Jan Leike verließ OpenAI. Mittwoch ging Ilya, in derselben Stunde Leike, danach das Team.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
    expect(texts('Sam Altman führt OpenAI. Seit seiner Rückkehr Altman zufolge alles ruhig.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });

  it('keeps a lone surname after a month that a word of time leads, and leaves one after a first name', () => {
    expect(texts('Ilya Sutskever co-founded OpenAI. By June Sutskever had announced his next lab.')).toEqual([
      'Ilya Sutskever',
      'Sutskever',
    ]);
    expect(texts('Sam Altman runs OpenAI. A postcard from April Altman, his namesake in Leeds, arrived.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('leaves a full name after a namesake’s calling and a naming word, and keeps a researcher so named', () => {
    expect(texts('Jan Leike left OpenAI. Not counted: a Bremen water-polo player called Jan Leike.')).toEqual([
      'Jan Leike',
    ]);
    expect(texts('Jan Leike left OpenAI. Back then a young researcher named Jan Leike joined DeepMind.')).toEqual([
      'Jan Leike',
      'Jan Leike',
    ]);
  });

  it('leaves a full name an indefinite article and a town set apart', () => {
    expect(
      texts('Jakub Pachocki is chief scientist. Three notices for a Jakub Pachocki in Leeds went in the bin.'),
    ).toEqual(['Jakub Pachocki']);
  });
});

describe('round 112: the forms listed under a person’s key, a calling after an adjective, a local office', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves the forms a tool lists under a person’s key, and keeps a list of people under another key', () => {
    expect(
      texts('Jan Leike left OpenAI.\n\nmatch:\n  leike:\n    - Leike\n    - Leikes\n  pachocki:\n    - Pachocki'),
    ).toEqual(['Jan Leike']);
    expect(texts('Jan Leike left OpenAI.\n\nguests:\n  - Leike\n  - Pachocki')).toEqual([
      'Jan Leike',
      'Leike',
      'Pachocki',
    ]);
  });

  it('leaves a lone surname after an indefinite calling with an adjective, or a local office, and a naming word', () => {
    expect(texts('Ilya Sutskever left OpenAI. The search also found a retired plumber named Sutskever.')).toEqual([
      'Ilya Sutskever',
    ]);
    expect(texts('Jan Leike left OpenAI. The paper quotes an alderman called Leike on the bypass.')).toEqual([
      'Jan Leike',
    ]);
  });
});

describe('round 113: a kinship denied after „mit“, a handle word after its language, apposed and initialled namesakes', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('shows a full name that German word order puts first in a denial of kinship, named in passing', () => {
    expect(
      texts('Der Biochemiker Sidney Altman forschte in Yale. Mit Sam Altman ist er übrigens nicht verwandt.'),
    ).toEqual(['Sam Altman']);
  });

  it('leaves a handle word after the name of its language or before a word of it, and keeps the handle in prose', () => {
    expect(texts('Sam Altman posts as @sama. The filter skips Polish "sama", which means alone.')).toEqual([
      'Sam Altman',
      '@sama',
    ]);
    expect(texts('Sam Altman runs OpenAI. The Kraków desk rendered "sama prawda" as the plain truth.')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Sam Altman runs OpenAI. sama posted again late last night.')).toEqual(['Sam Altman', 'sama']);
  });

  it('leaves a full name given a namesake’s calling in an apposition, and keeps an office of ours or a clause', () => {
    expect(
      texts('Jan Leike forscht zu KI-Sicherheit. Gemeint ist nicht Jan Leike, der Tischtennisspieler aus Bremen.'),
    ).toEqual(['Jan Leike']);
    expect(texts('Zu Gast ist Jakub Pachocki, der Research Director von OpenAI.')).toEqual(['Jakub Pachocki']);
    expect(texts('Der Forscher heißt Jan Leike, der Dichter trägt einen anderen Namen.')).toEqual(['Jan Leike']);
  });

  it('leaves an initialled name or a full name an indefinite article places in a workplace’s unit', () => {
    expect(texts('Jan Leike left OpenAI. The parcel was meant for a J. Leike in the physics department.')).toEqual([
      'Jan Leike',
    ]);
    expect(texts('Jan Leike verließ OpenAI. Die Post ging an einen Jan Leike in der Abteilung für Statik.')).toEqual([
      'Jan Leike',
    ]);
    expect(texts('Jan Leike left OpenAI. J. Leike wrote that safety had taken a back seat.')).toEqual([
      'Jan Leike',
      'J. Leike',
    ]);
  });

  it('leaves a full name in a club’s report of a league, its reports and its kit', () => {
    expect(
      texts(
        'Vereinsforum › Spielberichte\nDie Zweite sichert den Klassenerhalt in der Kreisliga. Jan Leike holte beide Einzel. Die neuen Trikots sind da.',
      ),
    ).toEqual([]);
  });
});

describe('round 114: a handle glossed where it stands, an age in years, a firm’s sign-off, a reference’s year, a verb', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a bare handle said to be a word of a language with a place’s adverb before the verb', () => {
    expect(texts('Sam Altman runs OpenAI. The sama there is just the Polish word for "herself".')).toEqual([
      'Sam Altman',
    ]);
  });

  it('leaves a full name with an age in years none of ours has, and keeps his own', () => {
    expect(
      texts('Sam Altman runs OpenAI. Sam Altman, 74 years young on Friday, still plays bridge at the club.'),
    ).toEqual(['Sam Altman']);
    expect(texts('Sam Altman, 39 years old, runs OpenAI.')).toEqual(['Sam Altman']);
  });

  it('leaves a full name that signs a letter above its firm and town, and keeps one above an office', () => {
    expect(
      texts(
        'Since Jan Leike left OpenAI my phone has not stopped.\n\nKind regards\nJan Leike\nLeike Roofing, Bielefeld',
      ),
    ).toEqual(['Jan Leike']);
    expect(texts('Sam Altman wrote to the staff of OpenAI:\n\nBest,\nSam Altman\nChief Executive Officer')).toEqual([
      'Sam Altman',
      'Sam Altman',
    ]);
  });

  it('leaves an author whose reference closes with a year before ours, after its quoted title and venue', () => {
    expect(
      texts(
        'Reading list on Ilya Sutskever.\n[3] R. Lee and S. Altman, "Ribozymes in the cell," Nature, vol. 12, pp. 1–9, 1984.\n[4] I. Sutskever, O. Vinyals and Q. V. Le, "Sequence to sequence learning," in NeurIPS, 2014.',
      ),
    ).toEqual(['Ilya Sutskever', 'I. Sutskever']);
  });

  it('keeps a bare handle in lower case before an English verb, and leaves an account’s display name', () => {
    expect(texts('Ilya Sutskever is leaving OpenAI.\n> Guess sama tweets something nice\nFair enough.')).toEqual([
      'Ilya Sutskever',
      'sama',
    ]);
    expect(texts('Jan Leike left OpenAI.\n↳ reply · sama updates (unofficial) @sama_updates')).toEqual(['Jan Leike']);
  });
});

describe('round 115: an in-law named so, a YAML item’s keyed value, a bare handle given as an example', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a surname that an in-law of the writer is said to bear', () => {
    expect(
      texts('Sam Altman runs OpenAI. Mein Schwiegervater heißt Altman, und alle fragen ihn nach Chatbots.'),
    ).toEqual(['Sam Altman']);
    expect(texts('Jan Leike left OpenAI. My mother-in-law is called Leike as well.')).toEqual(['Jan Leike']);
  });

  it('leaves a quoted value under a key of a YAML sequence’s item', () => {
    expect(texts('Jan Leike left OpenAI.\nalerts:\n  - match: "Leike"\n    channel: "#safety"')).toEqual(['Jan Leike']);
  });

  it('leaves a bare handle quoted as an example of a bare one', () => {
    expect(texts('Sam Altman posts as @sama.\n# a lone handle like "sama" is never a key')).toEqual([
      'Sam Altman',
      '@sama',
    ]);
  });
});

describe('round 116: a case form in Cyrillic, a declension, a count in brackets, a correction table, strings a tool watches', () => {
  const texts = (text: string) => marked(text).map(([, surname]) => surname);

  it('keeps a Cyrillic case form that a note on grammar names, and leaves a Latin one', () => {
    expect(texts('Ilya Sutskever left OpenAI. In Russian his name declines: the genitive is Суцкевера.')).toEqual([
      'Ilya Sutskever',
      'Суцкевера',
    ]);
    expect(texts('Jakub Pachocki is chief scientist. In Polish the genitive is Pachockiego.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('leaves the later forms of a declension whose first form names its word’s case further back', () => {
    expect(
      texts(
        'Jakub Pachocki leads research. The genitive of his family name would be "Pachockiego", the dative "Pachockiemu".',
      ),
    ).toEqual(['Jakub Pachocki']);
  });

  it('keeps a full name before a count in brackets that no one’s age reaches, and leaves an age too old for ours', () => {
    expect(texts('Popular tags: Jakub Pachocki (9) · Sam Altman (340) · Chips (57)')).toEqual([
      'Jakub Pachocki',
      'Sam Altman',
    ]);
    expect(texts('Obituaries: Sam Altman (88), retired teacher.')).toEqual([]);
  });

  it('keeps a lone surname after German’s „mit“ in a denial of kinship said by others', () => {
    expect(texts('Jan Leike forscht zu KI. Mit dem Leike bei OpenAI ist sie nicht verwandt.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
  });

  it('leaves the keys and values of a table of corrections in code, one entry to a line', () => {
    expect(
      texts(
        '// Jakub Pachocki and Ilya Sutskever, spelt right\nconst FIXES = {\n  Pachocky: \'Pachocki\',\n  Sutzkever: "Sutskever",\n};',
      ),
    ).toEqual(['Jakub Pachocki', 'Ilya Sutskever']);
  });

  it('leaves a misprint that an alert watches for, and keeps one an editor is told to watch for', () => {
    expect(texts('Jakub Pachocki is chief scientist. The newsroom alert also watches for “Pachoky” now.')).toEqual([
      'Jakub Pachocki',
    ]);
    expect(texts('Jakub Pachocki is chief scientist. Watch for "Pachoky" in wire copy.')).toEqual([
      'Jakub Pachocki',
      'Pachoky',
    ]);
  });

  it('leaves a quoted near-spelling that speakers say as a habit', () => {
    expect(texts('Jakub Pachocki runs research. Many people say "Pachoki", and that is fine.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('leaves a surname that a community owns with a courtesy title between', () => {
    expect(texts('Jan Leike left OpenAI in May. Our Mr Leike runs the library on Tuesdays.')).toEqual(['Jan Leike']);
  });

  it('leaves a quoted bare handle said to be a word of another language', () => {
    expect(texts('Sam Altman runs OpenAI. Im Zitat „zrobiła to sama“: „sama“ ist dort polnisch.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('leaves a quoted surname said to catch more than the one meant when alone', () => {
    expect(texts('Jan Leike left OpenAI.\n# "Leike" alone\n# also matches the councillor')).toEqual(['Jan Leike']);
  });

  it('leaves a full name whose relative clause seats him on the writer’s council', () => {
    expect(
      texts('Sam Altman führt OpenAI. Der Sam Altman, der mit uns im Gemeinderat sitzt, baut Kartoffeln an.'),
    ).toEqual(['Sam Altman']);
  });
});

describe('round 117: a misspelling said so, a shell variable’s path, an option’s value, a row id, an initial, a shop', () => {
  const texts = (text: string) => marked(text).map(([, surname]) => surname);

  it('keeps a quoted misspelling said so before it, on a line of its own, though the poet follows', () => {
    expect(
      texts(
        'Ilya Sutskever co-founded OpenAI.\n\nSpelling\nPapers have often misspelt him "Sutzkever", the spelling of the Yiddish poet Abraham Sutzkever.',
      ),
    ).toEqual(['Ilya Sutskever', 'Sutzkever']);
  });

  it('leaves a name in a path under a shell variable', () => {
    expect(texts('Jan Leike resigned.\nwget -q "$DIR/jan-leike-post.html"\ncp "$DIR/leike.txt" backup/')).toEqual([
      'Jan Leike',
    ]);
  });

  it('leaves the one value after a long option, capitalised too', () => {
    expect(texts('Track Jan Leike:\n$ newsbot watch "Jan Leike" --keyword Leike')).toEqual(['Jan Leike', 'Jan Leike']);
  });

  it('leaves a lower-case id that opens a listing’s row before its own full name', () => {
    expect(
      texts('$ roster show\n  pachocki    Jakub Pachocki    research\n  leike       Jan Leike         safety'),
    ).toEqual(['Jakub Pachocki', 'Jan Leike']);
  });

  it('keeps an inverted name whose first name a middle initial follows', () => {
    expect(
      texts('Jakub Pachocki led the work. The library lists the book under "Pachocki, Jakub W." as author.'),
    ).toEqual(['Jakub Pachocki', 'Pachocki']);
  });

  it('leaves a lone surname placed at a shop, and a full name in a compound’s year-group', () => {
    expect(texts('Sam Altman runs OpenAI. Our treasurer will phone Mr Altman at the paint shop about it.')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Jan Leike verließ OpenAI. Ein Jan Leike aus unserem Abitur-Jahrgang rief an.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('leaves a quoted surname said to take hold as a rule, or to trip a tagger', () => {
    expect(texts('# Sam Altman\n# ohne Vornamen, damit auch "Altmans" greift')).toEqual(['Sam Altman']);
    expect(texts('Sam Altman runs OpenAI. Film reviews kept tripping "Altman" in our tagger.')).toEqual(['Sam Altman']);
  });
});

describe('round 118: searches, wrapped names, citations, aliases, misprints printed, hatnotes, mix-ups', () => {
  const texts = (text: string) => marked(text).map(([, surname]) => surname);

  it('gives a first name at the end of a wrapped prose line to the surname that opens the next', () => {
    expect(
      texts(
        'Sam Altman runs OpenAI, as everybody now knows.\nAnyone who grew up on ensemble films will be reminded of Robert\nAltman when the board scenes start.',
      ),
    ).toEqual(['Sam Altman']);
  });

  it('leaves the bare query after a results page’s count and a spelling suggestion, and keeps a story query', () => {
    expect(texts('Ilya Sutskever left OpenAI.\n\nAbout 52,300 results for sutskever (0.29 seconds)')).toEqual([
      'Ilya Sutskever',
    ]);
    expect(texts('Jan Leike left OpenAI.\n\nDid you mean: leike')).toEqual(['Jan Leike']);
    expect(texts('Ilya Sutskever und Sam Altman.\n\n12 Ergebnisse für „altman sutskever board“')).toEqual([
      'Ilya Sutskever',
      'Sam Altman',
      'altman',
      'sutskever',
    ]);
    expect(texts('Sam Altman runs OpenAI.\n\nShowing results for "altman director" instead.')).toEqual(['Sam Altman']);
  });

  it('leaves the quoted strings of a search list whose line ends in a bracket and a full stop', () => {
    expect(texts('Jan Leike ging. Suchbegriffe:\n„Leike“, „Pachocki“ (ohne „Pachowski“).')).toEqual(['Jan Leike']);
  });

  it('leaves the ids a YAML mapping of aliases maps handles to', () => {
    expect(texts('Jakub Pachocki and Jan Leike.\n\naliases:\n  merettm: pachocki\n  janleike: leike\n')).toEqual([
      'Jakub Pachocki',
      'Jan Leike',
    ]);
  });

  it('reads a citation’s title after "et al." in the surname’s sentence', () => {
    expect(
      texts(
        'Panel: Karl Leike, county IT office.\nSeminar: Leike et al. (2018), "Scalable agent alignment via reward modeling".\nJan Leike co-led superalignment at OpenAI.',
      ),
    ).toEqual(['Leike', 'Jan Leike']);
  });

  it('keeps a misprint a text printed of him, though the spelling is said to be the poet’s', () => {
    expect(
      texts(
        'Ilya Sutskever\n\nNot to be confused with the poet Abraham Sutzkever.\n\nSeveral papers printed his name as "Sutzkever", which is the usual spelling of the poet.',
      ),
    ).toEqual(['Ilya Sutskever', 'Sutzkever']);
    expect(
      texts(
        'Richtig ist Ilya Sutskever. Die Schreibweise „Sutzkever“ gehört dem jiddischen Dichter Abraham Sutzkever.',
      ),
    ).toEqual(['Ilya Sutskever']);
    const printed = 'Sam Altman runs OpenAI. The quiz team wrote "Altman" beside a film camera.';
    const at = printed.lastIndexOf('Altman');
    expect(isSaidOfSpelling(printed, at, at + 'Altman'.length, false)).toBe(false);
    const misprinted = printed.replace('"Altman"', '"Altmann"');
    expect(isSaidOfSpelling(misprinted, at, at + 'Altmann'.length, true)).toBe(true);
  });

  it('keeps the full name a hatnote points to when the pointer gives our world', () => {
    expect(
      texts(
        'Leike (surname)\n\nLeike is a German surname. For the AI researcher, see Jan Leike.\n\nKarl Leike, footballer',
      ),
    ).toEqual(['Jan Leike']);
    expect(texts('Jakub Pachocki leads research at OpenAI.\n\nFor the footballer, see Kuba Pachocki.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('reads a subject line’s corrections as a matter, no first name', () => {
    expect(
      texts('Betreff: Korrekturen Pachocki-Porträt\n\nJakub Pachocki ist neuer Chefwissenschaftler bei OpenAI.'),
    ).toEqual(['Pachocki', 'Jakub Pachocki']);
  });

  it('keeps a surname someone said when the listener thought of a namesake, not one taken for ours', () => {
    expect(
      texts('Sam Altman is back at OpenAI. When my aunt said Altman on the phone I thought of Robert Altman.'),
    ).toEqual(['Sam Altman', 'Altman']);
    expect(
      texts(
        'Altman Hardware on Elm Street is closing after 60 years. Owner Ruth Altman thanks her customers. When I saw "Altman closes" in my feed I thought it was about Sam Altman of OpenAI.',
      ),
    ).toEqual(['Sam Altman']);
  });
});

describe('round 119: family firms, shops, a titled stranger, an assembly member, alerts, a command’s counts', () => {
  const texts = (text: string) => marked(text).map(([, surname]) => surname);

  it('gives a family firm and the lone surnames near it to the family', () => {
    expect(
      texts(
        'Sam Altman leads OpenAI.\n\nThe bike shop began in 1982 as Altman & Sons. Altman still trues every wheel himself.',
      ),
    ).toEqual(['Sam Altman']);
  });

  it('leaves a surname after a dealer’s compound noun, and a shop’s possessive that opens and closes', () => {
    expect(texts('Jan Leike verließ OpenAI. Sie arbeitet in der Buchhandlung Leike am Markt.')).toEqual(['Jan Leike']);
    expect(texts('Jakub Pachocki leads research at OpenAI. Call ahead: Pachocki’s is closed on Mondays.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('leaves a surname after an indefinite article and a title, not after German’s preposition „an“', () => {
    expect(
      texts('Jan Leike hat OpenAI verlassen. Der Filter meldet auch jeden Bericht über einen Herrn Leike.'),
    ).toEqual(['Jan Leike']);
    expect(texts('Jakub Pachocki ist Chefwissenschaftler. Die Anfrage ging an Dr. Pachocki.')).toEqual([
      'Jakub Pachocki',
      'Pachocki',
    ]);
  });

  it('leaves a full name after a member of a state’s assembly', () => {
    expect(
      texts(
        'Jan Leike verließ OpenAI. Nicht zu verwechseln mit dem Celler Landtagsabgeordneten Jan Leike, der zurücktrat.',
      ),
    ).toEqual(['Jan Leike']);
  });

  it('leaves the strings an alert strikes at, is to take in or is set up for', () => {
    expect(
      texts(
        'Ilya Sutskever und Jan Leike gingen. Der Alarm schlägt nur bei „Sutskever“ an; die IT soll zusätzlich „Sutzkever“ aufnehmen. Für „Leike“ gibt es einen eigenen Alarm.',
      ),
    ).toEqual(['Ilya Sutskever', 'Jan Leike']);
    expect(texts('Jan Leike quit OpenAI. You also follow "Leike" (3 new matches).')).toEqual(['Jan Leike']);
  });

  it('leaves a shop’s name that opens a quoted headline', () => {
    expect(texts('Jan Leike quit OpenAI.\n\nToday’s alerts:\n- "Leike bakery wins county award" (Herald)')).toEqual([
      'Jan Leike',
    ]);
  });

  it('leaves the rows of a command’s output that count each string it looked for', () => {
    expect(
      texts('Jan Leike left OpenAI.\n$ watch run --since 2024-05-14\n12 hits\n  Leike      7\n  Pachocki   5'),
    ).toEqual(['Jan Leike']);
  });
});

describe('round 120: what a search brings up, an alert’s string, an id, a case named, a misprint printed, a shop', () => {
  const texts = (text: string) => marked(text).map(([, surname]) => surname);

  it('leaves a quoted string a search brings results up for, or hits are counted for', () => {
    expect(texts('Jan Leike verließ OpenAI. Bei „Leike“ kommen vor allem Vereinsmeldungen.')).toEqual(['Jan Leike']);
    expect(texts('Sam Altman führt OpenAI. Treffer zu „Altman“ ohne KI-Bezug wurden aussortiert.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('leaves a string said to stand in a filter, and a record’s quoted id', () => {
    expect(
      texts('Jakub Pachocki ist Chefwissenschaftler. In meinem Filter steht noch „Pachoki“ als Tippfehler.'),
    ).toEqual(['Jakub Pachocki']);
    expect(texts("Jan Leike left OpenAI. In the table he stays id 'leike', as before.")).toEqual(['Jan Leike']);
  });

  it('leaves a case form named as the case, but not a possessive a tool missed', () => {
    expect(texts('Jakub Pachocki leads research. The genitive of a surname of that kind is "Pachockiego".')).toEqual([
      'Jakub Pachocki',
    ]);
    expect(texts('Jakub Pachocki leitet die Forschung. Bitte nicht den Genitiv „Pachockiego“ übernehmen.')).toEqual([
      'Jakub Pachocki',
    ]);
    expect(texts('Jan Leike left OpenAI. The tagger missed the possessive “Leike’s” in one story.')).toEqual([
      'Jan Leike',
      'Leike’s',
    ]);
  });

  it('keeps a misprint printed in a place of the text, or misspelled, though the poet is called unrelated', () => {
    expect(
      texts(
        'Ilya Sutskever\n\nA wire story printed the name in its first paragraph as "Sutzkever", the spelling of the unrelated poet.',
      ),
    ).toEqual(['Ilya Sutskever', 'Sutzkever']);
    expect(
      texts('Ilya Sutskever\n\nIn one report his name was misspelled "Sutzkever", the spelling of the unrelated poet.'),
    ).toEqual(['Ilya Sutskever', 'Sutzkever']);
  });

  it('gives a shop by its owner’s possessive, and the lone surname after it, to the owner; not an idiom’s shop', () => {
    expect(
      texts(
        "Jakub Pachocki leads research at OpenAI. Remember to collect the rye loaf from Pachocki's bakery. Pachocki says it is the last one.",
      ),
    ).toEqual(['Jakub Pachocki']);
    expect(texts('Sam Altman führt OpenAI. „Jetzt ist es endgültig Altman’s Laden“, schrieb ein Nutzer.')).toEqual([
      'Sam Altman',
      'Altman’s',
    ]);
  });
});

describe('round 121: accepted answers joined by semicolons, a calling in a compound, a page’s first name far from the namesake', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);
  const blockTexts = (blocks: string[]) =>
    findInBlocks(matcher, blocks).map(({ block, mention }) => [
      block,
      blocks[block]!.slice(mention.start, mention.end),
    ]);

  it('leaves the spellings of a quiz’s accepted answers, joined by semicolons in one string', () => {
    expect(
      texts("INSERT INTO quiz VALUES (1, 'Wer forscht für OpenAI?', 'Jakub Pachocki', 'Pachocki;Pachoki;Pachocky');"),
    ).toEqual(['Jakub Pachocki']);
    expect(texts('answers = {\'Ilya Sutskever\': "Sutskever;Sutzkever", \'@janleike\': "janleike;Leike"}')).toEqual([
      'Ilya Sutskever',
      '@janleike',
    ]);
  });

  it('gives a full name to the bearer of a calling that ends a compound noun', () => {
    expect(
      texts('Jan Leike ging zu Anthropic. Auch ein lokaler Tischtennisspieler namens Jan Leike aus Vechta taucht auf.'),
    ).toEqual(['Jan Leike']);
    expect(texts('Jan Leike ging zu Anthropic. Ein Hobby-Schachspieler namens Jan Leike meldet sich.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('keeps a page’s first lone surname ours when the namesake comes many sentences later', () => {
    const syllabus = [
      'Sitzung 7: Die Altman-Krise im November 2023 und die Rolle des Boards.',
      'Sitzung 8: Ein Text von Jan Leike. Wir lesen ihn ganz. Dazu Notizen. Dann die Debatte.',
      'Sutskever, I., Vinyals, O., & Le, Q. V. (2014). Sequence to Sequence Learning. NIPS.',
      'Christiano, P. F., Leike, J., et al. (2017). Deep RL from Human Preferences. NeurIPS.',
      'Burns, C., et al., Leike, J., Sutskever, I., & Wu, J. (2023). Weak-to-Strong Generalization.',
      'Robert Altman: The Player (1992). Für den Filmabend. Altman zeigt eine Organisation.',
      '„Sam Altman hat gewonnen“ ist als These erlaubt.',
    ];
    expect(blockTexts(syllabus).filter(([block]) => block === 0)).toEqual([[0, 'Altman']]);
  });

  it('leaves a quoted name given to a bot, a room or a pet, capitalised too', () => {
    expect(texts('Sam Altman runs OpenAI. Her lab calls its scheduling bot "Altman" (!!).')).toEqual(['Sam Altman']);
    expect(texts('Jan Leike ging zu Anthropic. Der Besprechungsraum „Leike“ ist heute frei.')).toEqual(['Jan Leike']);
    expect(texts('Jan Leike left OpenAI. "Leike" is what the bot said.')).toEqual(['Jan Leike', 'Leike']);
  });

  it('gives "the AI Pachocki" to ours beside a namesake named just before', () => {
    const thread =
      "Jakub Pachocki studied in Warsaw.\n\nHenryk Pachocki's pączki beat anything a machine makes. And I bet the AI Pachocki can't bake.";
    expect(texts(thread)).toEqual(['Jakub Pachocki', 'Pachocki']);
    expect(
      texts(
        'Jakub Pachocki forscht bei OpenAI. Henryk Pachockis Bäckerei hat die besten Pączki. Der KI-Pachocki backt nicht.',
      ),
    ).toEqual(['Jakub Pachocki', 'Pachocki']);
  });

  it('lets "der KI-Leike" name no one of ours for the rest of a namesake’s own thread', () => {
    const thread = [
      'Thema: Ich heiße Jan Leike. Nein, nicht der.',
      'Ich heiße Jan Leike, bin 44, Physiotherapeut in Minden und spiele Handball. Seit letzter Woche fragen mich Journalisten, warum ich bei OpenAI gekündigt habe.',
      'Haha. Der KI-Leike ist aber auch gerade wirklich überall, nach dem Thread.',
      'Wer mir noch „Lieber Herr Leike, zu Ihrem Rücktritt …“ schreibt, bekommt eine Einladung zum Training.',
    ].join('\n\n');
    expect(marked(thread)).toEqual([['leike', 'Leike']]);
    expect(thread.indexOf('Leike ist')).toBe(findInDocument(matcher, thread)[0]!.start);
  });

  it('keeps "the same Pachocki" picked out by the chief scientist’s post he took', () => {
    expect(
      texts(
        'J. Pachocki et al. (2019). Dota 2. Note who led it: it is the same Pachocki who became chief scientist in 2024.',
      ),
    ).toEqual(['J. Pachocki', 'Pachocki']);
    expect(texts('Jakub Pachocki led Dota. Is that the same Pachocki who coaches the under-12s?')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('still gives a headline to the namesake the text names a few sentences on', () => {
    const feature = [
      'Altman',
      'Altman ist ein Familienname. Herkunft: jiddisch. Varianten gibt es viele. Mehr dazu unten.',
      'Robert Altman (1925–2006), US-amerikanischer Regisseur',
      'Sam Altman (* 1985), US-amerikanischer Unternehmer, CEO von OpenAI',
    ];
    expect(blockTexts(feature).filter(([block]) => block === 0)).toEqual([]);
  });
});

describe('round 122: strings in brackets, typed in or no longer found, a speaker introduced in capitals', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a quoted list of strings that opens with a bracket after a tool’s verb or noun', () => {
    expect(
      texts(
        'Ilya Sutskever and Jan Leike left OpenAI in May. My reader app lists the names it searches for ("Sutskever", "Leike", and more) but lets me add none.',
      ),
    ).toEqual(['Ilya Sutskever', 'Jan Leike']);
    expect(texts('Sam Altman leads OpenAI. The alert has two keywords ("Altman", "OpenAI") and no more.')).toEqual([
      'Sam Altman',
    ]);
    // A call's bracket holds a sentence a test feeds the tagger, whose names are ours.
    expect(
      texts('Sam Altman returned to OpenAI.\nassert tag("Altman thanks Sutskever as Pachocki takes over")'),
    ).toEqual(['Sam Altman', 'Altman', 'Sutskever', 'Pachocki']);
  });

  it('leaves a quoted surname a search can no longer find', () => {
    expect(texts('Jan Leike joined Anthropic. Since the update the wiki’s search can’t find "Leike" at all.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('leaves quoted words typed in, German’s verb split around them, a misprint too', () => {
    expect(
      texts(
        'Ilya Sutskever und Jakub Pachocki stehen im Archiv. Wer dort alles finden will, tippt am besten auch „Sutzkever“ und „Pachoki“ ein.',
      ),
    ).toEqual(['Ilya Sutskever', 'Jakub Pachocki']);
    expect(texts('Sam Altman ist in Berlin. Am Abend gibt „Altman“ ein Interview.')).toEqual(['Sam Altman', 'Altman']);
  });

  it('gives a speaker label in capitals to the bearer a transcript introduced by a first name in capitals', () => {
    const transcript = [
      'HELEN PACHOCKI: Thanks for having me on the show.',
      'MODERATOR: Jakub Pachocki became chief scientist at OpenAI this week. Does the news reach your trade?',
      'PACHOCKI: My customers ask about it, yes.',
    ].join('\n');
    expect(texts(transcript)).toEqual(['Jakub Pachocki']);
    expect(texts('SAM ALTMAN: We are shipping today.\nHOST: Thank you.\nALTMAN: One more thing.')).toEqual([
      'SAM ALTMAN',
      'ALTMAN',
    ]);
  });
});

describe('round 123: a table’s column of search strings, strings a tool misses or flags, a pupil, a club’s namesake', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves the strings in a plain-text table’s column that its header names for them, below its rule', () => {
    const table = [
      'Person          | Treffer | Schreibweise | Suchbegriffe',
      '----------------+---------+--------------+----------------------',
      'Sam Altman      |     900 | Altman       | "Altman" ohne Zusatz',
      'Jan Leike       |     310 | Leike        | "Leike", "Leicke"',
    ].join('\n');
    expect(texts(`Wochenbericht der Pressestelle, KW 21, zu OpenAI.\n\n${table}`)).toEqual([
      'Sam Altman',
      'Altman',
      'Jan Leike',
      'Leike',
    ]);
  });

  it('leaves a quoted surname a search could not find, a digest matched or a marker lit up', () => {
    expect(texts('Ilya Sutskever left OpenAI. My reader could not find "Sutskever" in the PDF.')).toEqual([
      'Ilya Sutskever',
    ]);
    expect(texts('Sam Altman is back as CEO. Digest note: matched "Altman" in "Altmann Bau".')).toEqual(['Sam Altman']);
    expect(texts('Sam Altman is back as CEO. The add-on lit up "Altman" in a furniture advert.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('leaves quoted strings entered in German: the string first, an infinitive after it, or what an alert runs on', () => {
    expect(texts('Jan Leike ging im Mai zu Anthropic. „Leike“ nehme ich gleich mit auf.')).toEqual(['Jan Leike']);
    expect(texts('Jakub Pachocki leitet die Forschung. Ich lasse „Pachoki“ ergänzen.')).toEqual(['Jakub Pachocki']);
    expect(
      texts('Ilya Sutskever und Sam Altman im Mai. Der Filter läuft bisher nur auf „Sutskever“ und „Altman“.'),
    ).toEqual(['Ilya Sutskever', 'Sam Altman']);
  });

  it('gives a full name with a pupil’s form in a bracket to a namesake, whatever AI his project speaks of', () => {
    expect(
      texts(
        'Ilya Sutskever left OpenAI. Our robotics prize goes to Jan Leike (9R), who trained a classifier on leaves.',
      ),
    ).toEqual(['Ilya Sutskever']);
  });

  it('gives a surname placed in a local club or team to a namesake', () => {
    expect(texts('Jan Leike left OpenAI in May. Ask whether the Leike from the chess club has rung again.')).toEqual([
      'Jan Leike',
    ]);
    expect(texts('Sam Altman spoke at the Economic Club of Washington about OpenAI.')).toEqual(['Sam Altman']);
    expect(
      texts('Jan Leike ging im Mai zu Anthropic. Grillmeister beim Sommerfest ist Jan Leike aus der 2. Herren.'),
    ).toEqual(['Jan Leike']);
  });

  it('leaves a results page’s offer to search as typed, after a sentence on its line', () => {
    expect(
      findInBlocks(matcher, ['Ilya Sutskever left OpenAI.', 'No pages were found. Search only for sutskever']).map(
        ({ block }) => block,
      ),
    ).toEqual([0]);
  });

  it('leaves a command-line option’s value in lower case', () => {
    expect(texts('Ilya Sutskever resigned.\n$ newswatch --only sutskever,leike --since 14.05.')).toEqual([
      'Ilya Sutskever',
    ]);
  });
});

describe('round 124: kinship asked about by a role, a surname before our full name, forms turned into forms, searches', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads our full name in a reported question on kinship as named in passing: the namesake laughs after it', () => {
    expect(
      texts(
        'Councillor Greta Altman opened the new library wing on Saturday. Altman thanked the volunteers.\n\nA child asked whether the councillor was "any relation to Sam Altman, the OpenAI chief". Altman smiled and shook her head.',
      ),
    ).toEqual(['Sam Altman']);
  });

  it('reads a German denial of kinship past a relative clause on our person, denied by a role', () => {
    expect(
      texts(
        'Stadträtin Greta Altman eröffnete am Samstag die Bücherei. Altman dankte den Helfern.\n\nMit Sam Altman, der bei OpenAI den Chefposten innehat, ist die Stadträtin nicht verwandt. „Das fragen mich alle“, sagt Altman und lacht.',
      ),
    ).toEqual(['Sam Altman']);
  });

  it('gives a surname to someone else where its clause goes on to name our person in full after a preposition', () => {
    expect(
      texts(
        'Jack Altman spoke on a panel about HR software. Asked about his family, Altman declined to talk about Sam Altman or OpenAI.',
      ),
    ).toEqual(['Sam Altman']);
    expect(texts('Sam Altman kehrte zurück. Altman sprach danach mit OpenAI über den Vorstand.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });

  it('leaves a quoted surname and its form with an ending that German says one turns into', () => {
    expect(
      texts(
        'Jakub Pachocki leitet die Forschung bei OpenAI. Polnisch: aus „Nowak“ wird „Nowaka“, aus „Pachocki“ wird „Pachockiego“.',
      ),
    ).toEqual(['Jakub Pachocki']);
    expect(texts('Jan Leike ging im Mai. Die Untertitel haben aus „Leike“ dann „Leica“ gemacht.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
  });

  it('leaves strings an alert is switched to, typed into a config, or listed as past searches', () => {
    expect(
      texts(
        'Ilya Sutskever und Jan Leike haben OpenAI verlassen. Den Alert stelle ich morgen auf „Sutskever“ und „Leike“ um.',
      ),
    ).toEqual(['Ilya Sutskever', 'Jan Leike']);
    expect(
      texts('Jan Leike ging im Mai. Wir haben es verpasst, weil keiner „Leike“ in die config.yaml eingetragen hatte.'),
    ).toEqual(['Jan Leike']);
    expect(
      texts('Jan Leike verlässt OpenAI, sagt Sam Altman.\n\nDeine letzten Suchen: leike · bahn streik · wetter'),
    ).toEqual(['Jan Leike', 'Sam Altman']);
  });

  it('reads a German citation’s „u. a.“ as "et al.": the paper is ours in a programme about AI', () => {
    expect(
      texts(
        'Fachtag KI-Sicherheit\nLeitung: Ute Leike, Volkshochschule\nLesekreis: Reinforcement Learning aus menschlichem Feedback (Christiano, Leike u. a., 2017)',
      ),
    ).toEqual(['Leike']);
  });

  it('takes a source’s label for no first name: „Quelle Leike:“ before his post', () => {
    expect(texts('Jan Leike kündigte am 15. Mai.\n\nQuelle Leike: x.com/janleike/status/1')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
  });

  it('gives the surname of the one with the bakery, and of one who says he bears it too, to namesakes', () => {
    expect(
      texts(
        'Jakub Pachocki ist Chief Scientist bei OpenAI. Der Pachocki mit der Bäckerei in Herne ist nicht verwandt.',
      ),
    ).toEqual(['Jakub Pachocki']);
    expect(
      texts(
        'Heute lesen wir, was Jan Leike über OpenAI geschrieben hat. Ich heiße mit Nachnamen auch Leike, bin aber nicht verwandt.',
      ),
    ).toEqual(['Jan Leike']);
  });

  it('reads "des KI-Forschers", „der Forscher“ before a surname as our person, after a namesake and ours in passing', () => {
    expect(
      texts(
        'Ratsherr Dieter Leike will einen Chatbot für das Bürgerbüro. Leike sagte, das spare Zeit.\n\nMit Jan Leike ist er nicht verwandt, sagt er. Die Kritik des KI-Forschers Leike an seinem früheren Arbeitgeber habe er gelesen.',
      ),
    ).toEqual(['Jan Leike', 'Leike']);
    expect(
      texts(
        'Ratsherr Dieter Leike will einen KI-Chatbot für das Bürgerbüro. Leike sagte, das spare Zeit.\n\nMit Jan Leike ist er nicht verwandt, sagt er. Auch der Forscher Leike habe ja vor schicken Produkten gewarnt.',
      ),
    ).toEqual(['Jan Leike', 'Leike']);
  });
});

describe('round 125: grep, a director joined by a hyphen, a reference’s later authors, a title’s genitive, sign-ups', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a quoted surname a grep looks for', () => {
    expect(texts('Jan Leike resigned from OpenAI. If you grep for "Leike" you will miss the soft hyphen.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('gives a surname joined to a namesake’s world by a hyphen to the namesake', () => {
    expect(
      texts(
        'Der Film über Sam Altman und OpenAI zitiert den Stil von Robert Altman.\n\nDass der Regie-Altman und der OpenAI-Altman denselben Namen tragen, nutzt der Film für einen Gag.',
      ),
    ).toEqual(['Sam Altman', 'Altman']);
  });

  it('gives an APA reference’s later author to a namesake when the year after the authors is before ours could write', () => {
    expect(
      texts(
        'Reading list on AI and biology, with a note on Sam Altman.\nWeek 2: Guerrier, C., Altman, S., & Marsh, T. (1983). The RNA moiety of ribonuclease P. Cell, 35, 849–857.',
      ),
    ).toEqual(['Sam Altman']);
  });

  it('reads a genitive before „Weg“ at the end of a title after its colon as his path, no street', () => {
    expect(
      texts('Ilya Sutskever gründete OpenAI mit.\n\nVon Gorki über Jerusalem nach Toronto: Sutskevers Weg'),
    ).toEqual(['Ilya Sutskever', 'Sutskevers']);
  });

  it('leaves a surname in a lower-case user name joined by a dot', () => {
    expect(texts('Jan Leike and Ilya Sutskever left OpenAI.\n\nSigned up: ilya.k leike.petra tom_b +38 more')).toEqual([
      'Jan Leike',
      'Ilya Sutskever',
    ]);
  });
});

describe('round 126: collections of strings in code, a string alone, a council, not the other one, a society, a club', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves the items of an SQL insert into a table of search terms, and of a shell array of patterns', () => {
    expect(
      texts(
        "-- Jan Leike and Sam Altman, OpenAI, May 2024.\nINSERT INTO watch_terms (term) VALUES ('Altman'), ('Leike'), ('Leicke');",
      ),
    ).toEqual(['Jan Leike', 'Sam Altman']);
    expect(
      texts(
        "# Ilya Sutskever and Jan Leike left OpenAI in May.\ndeclare -A PATTERNS=(\n  [sutskever]='Sutskever|Sutzkever'\n  [leike]='Leike'\n)",
      ),
    ).toEqual(['Ilya Sutskever', 'Jan Leike']);
  });

  it('leaves a quoted surname said to stand alone, without a first name', () => {
    expect(texts('# Jan Leike left OpenAI on 15 May. The pattern "Leike" alone is enough here.')).toEqual([
      'Jan Leike',
    ]);
    expect(texts('# Sam Altman ist zurück bei OpenAI. "Altman" allein ist abgeschaltet, zu viele Treffer.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('gives the one from a town’s council to a namesake, and reads ours said not to be him as ours', () => {
    expect(
      texts(
        'Jan Leike hat OpenAI am 15. Mai verlassen. Und nein, Leike ist nicht der Leike aus dem Kasseler Stadtrat.',
      ),
    ).toEqual(['Jan Leike', 'Leike']);
  });

  it('reads a fan society’s name as a firm’s, and a letter signed with a sports club as a namesake’s', () => {
    expect(
      texts(
        'Altman Society Forum › General\n\nThe search shows Sam Altman and OpenAI before any film by Robert Altman.',
      ),
    ).toEqual(['Sam Altman']);
    expect(
      texts(
        'Jan Leike hat OpenAI verlassen, lese ich.\n\nMit freundlichen Grüßen\nJan Leike\nTSV Grünwiesen, Abteilung Tischtennis',
      ),
    ).toEqual(['Jan Leike']);
  });
});

describe('round 127: others of ours beside a namesake, kinship to the researcher, strings counted and set, a player, a firm', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('gives a lone surname two sentences after a namesake to ours where its sentence names others of ours', () => {
    expect(
      texts(
        'The book opens with the night Sam Altman was fired by the OpenAI board and ends with the exits of Jan Leike and Ilya Sutskever. Its photo pages show Robert Altman on the set of Nashville. The caption is wrong. Read it for how Altman’s five days looked, and why Leike and Sutskever both left soon after.',
      ),
    ).toEqual(['Sam Altman', 'Jan Leike', 'Ilya Sutskever', 'Altman’s', 'Leike', 'Sutskever']);
  });

  it('gives a lone surname under a titled namesake to ours where its sentence names another of ours in full', () => {
    expect(
      texts(
        'Seit Jan Leike bei OpenAI gekündigt hat, wird die Bürgermeisterin Frau Leike ständig gefragt. Sie lacht darüber. Das Rathaus bleibt gelassen. Der Abend war voll. Die Bibliothek lud ein. Auf dem Podium sagte ein Gast: Dr. Leike hat mit Ilya Sutskever ein Team für Sicherheit geleitet.',
      ),
    ).toEqual(['Jan Leike', 'Leike', 'Ilya Sutskever']);
  });

  it('gives a lone surname after a namesake to ours where its sentence speaks of AI and names another of ours', () => {
    expect(
      texts(
        'Robert Altman drehte „Nashville“. Das Filmmuseum zeigt Altman im Juni. Jakub Pachocki wird Chief Scientist bei OpenAI – und Altman?',
      ),
    ).toEqual(['Jakub Pachocki', 'Altman']);
  });

  it('reads a surname in a relative clause of its own that denies kinship to the researcher as a namesake', () => {
    expect(
      texts(
        'Im Mai hat Jan Leike OpenAI verlassen. Den Vortrag hält Dr. Leike, die mit dem Forscher nicht verwandt ist, über Gremien in KI-Firmen.',
      ),
    ).toEqual(['Jan Leike']);
    expect(
      texts('Jan Leike left OpenAI in May. Leike, who is not related to the researcher, chairs the panel.'),
    ).toEqual(['Jan Leike']);
  });

  it('leaves strings an alert is set to, a count’s hits for a pattern, and a dashboard’s strings with their counts', () => {
    expect(texts('Ilya Sutskever left OpenAI. My news alert is set to "Sutskever" only.')).toEqual(['Ilya Sutskever']);
    expect(
      texts('Ilya Sutskever hat OpenAI verlassen. grep meldet 3 Treffer für Muster "Sutzkever" in feed.xml.'),
    ).toEqual(['Ilya Sutskever']);
    expect(texts('Jan Leike joined Anthropic.\n“Leike” 14 new items\n“Altman” 3 results')).toEqual(['Jan Leike']);
  });

  it('gives a full name called a player before it, with his home town after it, to a namesake', () => {
    expect(
      texts(
        'Ilya Sutskever und Jan Leike haben OpenAI verlassen. Nicht gezählt: die Meldungen über den Tischtennisspieler Jan Leike aus Nordmoor.',
      ),
    ).toEqual(['Ilya Sutskever', 'Jan Leike']);
  });

  it('reads a club’s away game in a league as an everyday paragraph beside AI news elsewhere', () => {
    expect(
      texts(
        'Ein Namensvetter, der KI-Forscher Jan Leike, hat bei OpenAI gekündigt.\n\nUnsere Zweite gewann das Auswärtsspiel und ist Dritter der Bezirksklasse. Bester Spieler war Jan Leike.',
      ),
    ).toEqual(['Jan Leike']);
  });

  it('gives "the scientist" after a surname to ours, and leaves a calling that opens a name of its own', () => {
    expect(
      texts(
        'We are not related to Jakub Pachocki of OpenAI. Does Pachocki the baker know more about AI than Pachocki the scientist knows about bread?',
      ),
    ).toEqual(['Jakub Pachocki', 'Pachocki']);
    expect(
      texts('Abraham Sutzkever was a poet. In English the poet is Sutzkever, the scientist Ilya Sutskever of OpenAI.'),
    ).toEqual(['Ilya Sutskever']);
  });

  it('leaves a firm of robots', () => {
    expect(texts('Jan Leike left OpenAI. Please do not book Leike Robotics for alignment consulting.')).toEqual([
      'Jan Leike',
    ]);
  });
});

describe('round 128: an example surname, strings a tool fires on or lists, code braces, a data row’s key, a spelling’s owner', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a surname given as an example of one', () => {
    expect(texts('Jakub Pachocki leads research at OpenAI. A surname like Pachocki declines as an adjective.')).toEqual(
      ['Jakub Pachocki'],
    );
  });

  it('leaves strings an alert is set to, a bot fires on, a search finds things for, or that bring hits', () => {
    expect(texts('Jan Leike left OpenAI. The alert set to "Leike" alone fired on the councillor too.')).toEqual([
      'Jan Leike',
    ]);
    expect(texts('Sam Altman ist zurück bei OpenAI. Der Bot antwortet bei jedem „Altman“ mit einem Link.')).toEqual([
      'Sam Altman',
    ]);
    expect(
      texts('Ilya Sutskever hat OpenAI verlassen. Die Archivsuche findet bei „Sutskever“ die Texte mit tz nicht.'),
    ).toEqual(['Ilya Sutskever']);
    expect(texts('Sam Altman, OpenAI. „Altman“ bringt dagegen auch Treffer zum Regisseur.')).toEqual(['Sam Altman']);
  });

  it('leaves a quoted string said to stand in a list', () => {
    expect(texts('# Jakub Pachocki, OpenAI.\n# TODO: "Pachocki" steht erst seit Mai in der Liste.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('leaves the strings of a brace literal in code', () => {
    expect(texts('// Sam Altman and Jan Leike, OpenAI\nwant := []string{"altman", "leike"}')).toEqual([
      'Sam Altman',
      'Jan Leike',
    ]);
  });

  it('leaves a lower-case key between a date and a count on a data row', () => {
    expect(
      texts('Ilya Sutskever and Jan Leike left OpenAI.\ndate        person     hits\n2024-05-15  leike      17'),
    ).toEqual(['Ilya Sutskever', 'Jan Leike']);
  });

  it('leaves a misprint said to be the name of the poet', () => {
    expect(
      texts('Richtig ist Ilya Sutskever von OpenAI. „Sutzkever“ mit tz ist der Name des jiddischen Dichters.'),
    ).toEqual(['Ilya Sutskever']);
  });

  it('reads the words of Jan Leike’s thread as our story’s', () => {
    expect(texts('Leike wrote that safety culture had taken a backseat to shiny products.')).toEqual(['Leike']);
    expect(
      texts('Leike schrieb, die Sicherheitskultur sei hinter glänzenden Produkten zurückgestellt worden.'),
    ).toEqual(['Leike']);
  });
});

describe('round 129: capitals before dot leaders, a tuple in code, a teacher’s sign-off, a department, searches', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('gives an inverted name in capitals with another first name before dot leaders to a namesake', () => {
    expect(
      texts(
        'PROFILE: SAM ALTMAN, OpenAI CEO\n\nDO NOT CONFUSE\n  ALTMAN, JACK ........ brother\n  ALTMAN, ROBERT ...... film director',
      ),
    ).toEqual(['SAM ALTMAN']);
  });

  it('leaves the strings of a tuple in code, not a call’s argument', () => {
    expect(texts('# Sam Altman, OpenAI\nNAMES = {"altman": ("Altman", "Altmann")}')).toEqual(['Sam Altman']);
    expect(texts('# Sam Altman, OpenAI\nprint("Altman")')).toEqual(['Sam Altman', 'Altman']);
  });

  it('gives a full name signed over a school to a namesake', () => {
    expect(
      texts(
        'Liebe Eltern, die Schul-Accounts laufen über einen KI-Dienst.\n\nMit freundlichen Grüßen\nJan Leike\nKlassenleitung 7a, Realschule am Markt',
      ),
    ).toEqual([]);
  });

  it('gives a full name from an office’s department to a namesake', () => {
    expect(
      texts(
        'Jan Leike verlässt OpenAI. Nicht zu verwechseln mit Jan Leike aus der Buchhaltung, der viele Anrufe bekommt.',
      ),
    ).toEqual(['Jan Leike']);
  });

  it('leaves a string someone is asked to add, before a modal verb', () => {
    expect(
      texts('Jakub Pachocki ist Chief Scientist bei OpenAI. Wenn jemand „Pachocki“ ergänzen könnte, wäre das gut.'),
    ).toEqual(['Jakub Pachocki']);
  });

  it('leaves the last search and a string typed into an archive', () => {
    expect(texts('Sam Altman kehrt zu OpenAI zurück.\n\nLetzte Suche: altman')).toEqual(['Sam Altman']);
    expect(texts('Sam Altman runs OpenAI. Type "Altman" into a newspaper archive and you get three men.')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('round 130: a replacement in code, a text table’s search column, families, alerts, prompts, print', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves what a pattern in code puts in place of a misprint', () => {
    expect(
      texts(
        '// Ilya Sutskever is often misprinted on the wire.\nconst RULES = [\n  [/Sutskewer/g, "Sutskever"],\n  [/Pachocky/g, \'Pachocki\'],\n];\nname = re.sub(r"Leicke", "Leike", name)',
      ),
    ).toEqual(['Ilya Sutskever']);
  });

  it('leaves the strings of a plain-text table’s search column, not the forms printed beside them', () => {
    const table = [
      'Name            Search strings            Hits  Printed as',
      '--------------  ------------------------  ----  ----------',
      'Jakub Pachocki  "Pachocki", "Pachocky"     210  Pachocki',
      'Jan Leike       "Leike"                     98  Leike',
    ].join('\n');
    expect(texts(table)).toEqual(['Jakub Pachocki', 'Pachocki', 'Jan Leike', 'Leike']);
  });

  it('gives a plural after "those", "these" or "confusing" to a family', () => {
    expect(texts('Sam Altman leads OpenAI. The shop says: sorry, we are not those Altmans.')).toEqual(['Sam Altman']);
    expect(texts('Jan Leike left OpenAI. My inbox is full of readers confusing Leikes.')).toEqual(['Jan Leike']);
  });

  it('gives a surname beside another spelling and "family" to a family', () => {
    expect(texts('Sam Altman leads OpenAI. Photos from the Altman/Altmann family reunion.')).toEqual(['Sam Altman']);
    expect(texts('Sam Altman leads OpenAI. Photos from the Altmann/Altman family reunion.')).toEqual(['Sam Altman']);
  });

  it('gives a full name with a trade’s field in brackets to a namesake', () => {
    expect(texts('Jan Leike (roofing and joinery, Bristol) posts photos of his ladders.')).toEqual([]);
  });

  it('leaves the strings an alert was only set to, and what a filter goes off on', () => {
    expect(
      texts(
        'Ilya Sutskever verlässt OpenAI. Der Alarm lief, weil der Filter nur auf „Sutskewer“ und „Sutskever“ lief.',
      ),
    ).toEqual(['Ilya Sutskever']);
    expect(texts('Jan Leike geht. Die Regel schlägt etwa bei „Leike“ an, auch im Sportteil.')).toEqual(['Jan Leike']);
  });

  it('leaves a string a bot takes in, and one a script is told to count', () => {
    expect(texts('Jan Leike resigned. The bot shares anything with "Leike" in it, football included.')).toEqual([
      'Jan Leike',
    ]);
    expect(texts('# Ilya Sutskever, OpenAI\n# Muster. "Sutzkever" mitzählen, kommt in Agenturtexten vor.')).toEqual([
      'Ilya Sutskever',
    ]);
  });

  it('leaves a command’s lower-case argument after its prompt', () => {
    expect(texts('Jan Leike, OpenAI\n\n$ personen suche leike\nTreffer: Jan Leike')).toEqual([
      'Jan Leike',
      'Jan Leike',
    ]);
  });

  it('gives a tournament’s rounds and officials to a club’s member', () => {
    expect(
      texts(
        'Kegelfreunde Nordhafen – Stand nach der Vorrunde\n\nAngeführt wird die Liste von Jan Leike. Die Endrunde beginnt am Samstag.',
      ),
    ).toEqual([]);
  });

  it('gives a full name with a candidacy for mayor in the next cell of a data row to a namesake', () => {
    expect(texts('nr;name;rolle\n1;Sam Altman;CEO OpenAI\n2;Sam Altman;Bürgermeisterkandidat Nordstadt')).toEqual([
      'Sam Altman',
    ]);
  });

  it('gives a lone surname picked out by the shop he owns to a namesake, whatever the sentence says next', () => {
    expect(
      texts('Sam Altman runs OpenAI. The Altman who runs the corner bakery asked ChatGPT for a new menu.'),
    ).toEqual(['Sam Altman']);
  });

  it('gives a misprint said to appear in print to him, whoever else spells it so', () => {
    expect(
      texts(
        'Ilya Sutskever leitete die Forschung. In manchen Blättern erschien er als „Sutzkever“, doch die Schreibung gehört dem jiddischen Dichter.',
      ),
    ).toEqual(['Ilya Sutskever', 'Sutzkever']);
  });
});

describe('round 131: a list’s head out of reach, a log’s keys, a file’s hits, a pattern column, a pastry shop', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads every item of a long quoted list as its first item is read', () => {
    expect(
      texts(
        'Jan Leike, OpenAI. Unsere Archivsuche nach „Sutskewer“, „Sutskever“, „Pachocky“, „Altman“ und „Leike“ ergab 40 Artikel.',
      ),
    ).toEqual(['Jan Leike']);
  });

  it('leaves a lower-case key on a log’s row or before a small tally', () => {
    expect(texts('Sam Altman, OpenAI\n\n"Sam Altman kehrt zurück"  altman  2024-05-22 08:15  example.org')).toEqual([
      'Sam Altman',
      'Sam Altman',
    ]);
    expect(texts('Jan Leike, OpenAI\n\n3 hits: leike 2, altman 1')).toEqual(['Jan Leike']);
    expect(
      texts('Jan Leike, OpenAI\n\n2024-05-18 10:12  example.org  "Jan Leike erklärt seinen Abgang"  leike'),
    ).toEqual(['Jan Leike', 'Jan Leike']);
    expect(texts('Jan Leike, OpenAI\n\n2024-05-18T10:12Z SEARCH q="why did leike resign" results=7')).toEqual([
      'Jan Leike',
      'leike',
    ]);
  });

  it('leaves a quoted string found in a file', () => {
    expect(texts('Jan Leike, OpenAI\n\n[match] "Leike" in inbox/0517.eml (line 4)')).toEqual(['Jan Leike']);
  });

  it('leaves a surname said to mean one bearer on its own', () => {
    expect(texts('Jan Leike left OpenAI. On the sports desk, Leike on its own means the handball player.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('leaves a string said to catch more alone, or to go on a watch list', () => {
    expect(texts('# Jakub Pachocki, OpenAI\n# "Pachocki" allein holt auch die Konditorei.')).toEqual([
      'Jakub Pachocki',
    ]);
    expect(texts('Ilya Sutskever led research. Please let "Sutzkever" go on the watch list too.')).toEqual([
      'Ilya Sutskever',
    ]);
  });

  it('leaves what an alert runs on, words between them', () => {
    expect(texts('Jan Leike geht. Der Alert im CMS läuft seit Mai auf „Pachocki“ und „Leike“.')).toEqual(['Jan Leike']);
  });

  it('leaves a value in a SQL insert’s column of patterns', () => {
    expect(
      texts(
        "INSERT INTO people (id, display, short, pattern) VALUES\n  (1, 'Jakub Pachocki', 'Pachocki', 'Pachocki');",
      ),
    ).toEqual(['Jakub Pachocki', 'Pachocki']);
  });

  it('gives a surname after a pastry shop to the shop', () => {
    expect(texts('Jakub Pachocki, OpenAI. Die Hofkonditorei Leike und die Konditorei Pachocki backen Pączki.')).toEqual(
      ['Jakub Pachocki'],
    );
  });
});

describe('round 132: pipe tables, counted forms, a birthplace, shops, tallies, watch lists, papers, commenters', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a pipe table’s search column as strings though its cells hold commas', () => {
    const table = [
      'Person             | Suchbegriffe                   | Artikel | häufigste Schreibweise',
      '-------------------+--------------------------------+---------+------------------------',
      'Sutskever, Ilya    | Sutskever, Sutzkever, Suzkewer |     214 | Sutskever (171)',
      'Pachocki, Jakub    | Pachocki, Pachoki, Pachocky    |      58 | Pachocki (47)',
    ].join('\n');
    expect(texts(`OpenAI-Medienspiegel\n\n${table}`)).toEqual(['Sutskever', 'Sutskever', 'Pachocki', 'Pachocki']);
  });

  it('reads a count in brackets before the next counted form as no age', () => {
    expect(texts('OpenAI im Medienspiegel: Jan Leike (90), Leicke (6)')).toContain('Jan Leike');
    expect(texts('Schlagwörter: Sam Altman (112) · OpenAI (6) · Verkehr (9)')).toEqual(['Sam Altman']);
  });

  it('gives a full name born with a birthplace before any of ours to a namesake', () => {
    expect(
      texts(
        'For the AI researcher at OpenAI, see Jan Leike.\n\nJan Leike (born 1979 in Osnabrück) is a German amateur table tennis player.',
      ),
    ).toEqual(['Jan Leike']);
  });

  it('gives a full name after a marksmen’s king to a namesake', () => {
    expect(
      texts('Jan Leike hat OpenAI verlassen. Die Suche fand auch eine Meldung über den Schützenkönig Jan Leike.'),
    ).toEqual(['Jan Leike']);
  });

  it('gives a surname before a line of goods to the shop', () => {
    expect(texts('OpenAI-Chef Sam Altman kehrt zurück. Nach 41 Jahren schließt Altman Haushaltswaren.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('leaves a key on a command’s count row with its unit', () => {
    expect(
      texts(
        'Gezählt werden Ilya Sutskever und Jan Leike (OpenAI).\n\n$ npx pressecho zaehle --von 2024-05-13\nsutskever   143 Artikel\nleike        88 Artikel',
      ),
    ).toEqual(['Ilya Sutskever', 'Jan Leike']);
    expect(
      texts('Gezählt wird OpenAI.\n\n$ npx presseschau zaehle\nsutskever   58   Sutskever\npachocki    17   Pachocki'),
    ).toEqual(['Sutskever', 'Pachocki']);
  });

  it('leaves the quoted strings a list is said to hold', () => {
    expect(
      texts(
        'Sam Altman returned to OpenAI. Because the watch list includes "Altman", "Sutskever" and "Leike", the digest filled up.',
      ),
    ).toEqual(['Sam Altman']);
  });

  it('gives an author cited with a journal and a year before ours to a namesake', () => {
    expect(
      texts('Sam Altman has not won a Nobel. Read Guerrier-Takada, Gardiner, Marsh, Pace and Altman, Cell, 1983.'),
    ).toEqual(['Sam Altman']);
    expect(texts('Five days in November. Subjects: Altman, Sam, 1985- ; OpenAI (Firm)')).toEqual(['Altman']);
  });

  it('gives a full name with a job at a firm its legal form names to a namesake', () => {
    expect(
      texts('#OpenAI #SamAltman\n\nKommentare (23)\n\nJan Leike · Vertriebsleiter bei Nordkabel GmbH\nStarker Post!'),
    ).toEqual(['SamAltman']);
  });

  it('reads a possessive before “surname” as the bearer', () => {
    expect(texts('Jakub Pachocki leads research at OpenAI. We misspelled Pachocki’s surname as "Pachoki".')).toEqual([
      'Jakub Pachocki',
      'Pachocki’s',
      'Pachoki',
    ]);
  });

  it('leaves what a search is fed with', () => {
    expect(
      texts('Jan Leike ist weg von OpenAI. Wer die Suchfunktion mit „Leike“ füttert, findet zwei Threads.'),
    ).toEqual(['Jan Leike']);
  });
});

describe('round 133: display maps, SQL lists, apposed shops, names as names, queries, compounds, notes, keys', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a value of a map of the forms shown as him', () => {
    expect(
      texts(
        '// Byline names for OpenAI people.\nvar shortNames = map[string]string{\n\t"altman":    "Altman",\n\t"leike":     "Leike",\n}\n',
      ),
    ).toEqual(['Altman', 'Leike']);
  });

  it('leaves an item of a SQL condition’s list', () => {
    expect(
      texts("// Sam Altman and Jan Leike of OpenAI.\n//   SELECT id FROM people WHERE surname IN ('Altman','Leike');"),
    ).toEqual(['Sam Altman', 'Jan Leike']);
  });

  it('gives a surname with a shop’s noun apposed to it to the shop', () => {
    expect(
      texts(
        'Jakub Pachocki von OpenAI. In Krakau gibt es eine Bäckerei. Pachocki, die Bäckerei, hatte doppelt so viele Kunden.',
      ),
    ).toEqual(['Jakub Pachocki']);
  });

  it('leaves a surname after „der Name“ said to be common or rare', () => {
    expect(texts('Jan Leike ging zu Anthropic. Der Name Leike ist im Norden nicht selten.')).toEqual(['Jan Leike']);
    expect(texts('Ilya Sutskever verlässt OpenAI. Der Name Sutskever ist vielen vom November bekannt.')).toEqual([
      'Ilya Sutskever',
      'Sutskever',
    ]);
  });

  it('leaves the first word of a quoted boolean query', () => {
    expect(
      texts('# Sam Altman, OpenAI\n  - name: ceo\n    query: \'Altman AND (OpenAI OR "Chief Executive")\''),
    ).toEqual(['Sam Altman']);
    expect(texts('OpenAI forum. Mod note: merged with the thread "Sutskever AND Leike gone??"')).toEqual([
      'Sutskever',
      'Leike',
    ]);
  });

  it('leaves a quoted string that a search counts along', () => {
    expect(
      texts('Ilya Sutskever verlässt OpenAI. Unsere Archivsuche zählt „Sutzkever“ übrigens seit heute mit.'),
    ).toEqual(['Ilya Sutskever']);
  });

  it('reads a surname before a news noun joined by a hyphen as him', () => {
    expect(texts('Ilya Sutskever bereute. Eine Zeitung titelte „Sutskever-Reue“.')).toEqual([
      'Ilya Sutskever',
      'Sutskever',
    ]);
    expect(texts('OpenAI-Chef Sam Altman kehrt zurück.\n- Altman-Statement liegt vor.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });

  it('reads no past-tense verb or order of a note as a first name', () => {
    expect(texts("Guest lecture on OpenAI.\n- Mentioned Leike's thread on safety culture.")).toEqual(["Leike's"]);
    expect(texts('To do, OpenAI desk:\n[x] Send Sutskever explainer to subs')).toEqual(['Sutskever']);
  });

  it('reads a genitive after a dative’s „der“ as him, no family', () => {
    expect(
      texts('Jakub Pachocki ist Chefwissenschaftler von OpenAI. Vergleichen Sie seine Rolle mit der Sutskevers.'),
    ).toEqual(['Jakub Pachocki', 'Sutskevers']);
  });

  it('leaves handles a comment lists in brackets as keys', () => {
    expect(
      texts('// Stand: Sam Altman (OpenAI)\n// Die Objekt-Schlüssel (sama, ilyasut, merettm) sind nur interne IDs.'),
    ).toEqual(['Sam Altman']);
  });
});

describe('round 134: footnote marks, citations over two lines, past searches, forms said, the other one', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads the word after a wiki’s footnote mark as a sentence’s first word, not a first name', () => {
    expect(
      texts('Sam Altman was removed by the board of OpenAI.[4] Following Altman’s return, the board was replaced.'),
    ).toEqual(['Sam Altman', 'Altman’s']);
  });

  it('reads a citation whose year stands on the next line', () => {
    expect(
      texts(
        'Jan Leike co-led the team at OpenAI. Our keynote speaker, Annika Leike, is no relation; her talk is on Friday.\nFor background see Christiano, Leike et al.\n  (2017), on deep reinforcement learning from human preferences.',
      ),
    ).toEqual(['Jan Leike', 'Leike']);
  });

  it('leaves a past search echoed on its line', () => {
    expect(texts('Jan Leike left OpenAI.\nYour last search: leike (3 results in this tag)')).toEqual(['Jan Leike']);
    expect(texts('Ilya Sutskever verlässt OpenAI.\nZuletzt gesucht: „sutskever“')).toEqual(['Ilya Sutskever']);
  });

  it('reads a quoted form said to be what a paper calls him, and still leaves a bare string searched for', () => {
    expect(texts('House style: after the first mention, Sam Altman is just "Altman".')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
    expect(texts('Sam Altman runs OpenAI. Search just "Altman" and you get film pages.')).toEqual(['Sam Altman']);
  });

  it('reads “the other” bearer as ours in a text about a namesake', () => {
    expect(
      texts(
        'Kursleitung: Thomas Leike, Trainer aus Kassel. Leike unterrichtet seit Jahren.\nNein, er ist nicht Jan Leike von OpenAI. Wer Fragen hat, die den anderen Leike beschäftigen, kommt am letzten Abend.',
      ),
    ).toEqual(['Jan Leike', 'Leike']);
  });

  it('leaves “the other” bearer in a text about ours, said by himself, or in a namesake’s world', () => {
    expect(texts('Sam Altman runs OpenAI. His namesake made films; the other Altman won an honorary award.')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Dr. Mira Sutskever, oncologist. No, I am the other Sutskever. My networks find tumours.')).toEqual(
      [],
    );
    expect(
      texts('Robert Altman made Nashville. Sam Altman runs OpenAI. This is a review of the other Altman’s film.'),
    ).toEqual(['Sam Altman']);
  });
});

describe('round 135: plural roles, excerpts, names as examples, filters, sifted strings, slugs', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads no German plural of a role as a first name', () => {
    expect(
      texts('Burns et al. 2023 (OpenAI): unter den letzten Autoren Leike und Sutskever, beide inzwischen weg.'),
    ).toEqual(['Leike', 'Sutskever']);
  });

  it('reads no excerpt’s noun as a first name', () => {
    expect(texts('Notizen zu OpenAI:\n- [Exzerpt Sutskever-Interview](../notizen/sutskever.md)')).toEqual([
      'Sutskever',
    ]);
  });

  it('leaves a surname given as an example of a name', () => {
    expect(
      texts(
        'Jakub Pachocki leitet die Forschung bei OpenAI. Der Dativ eines Namens wie Pachocki ist im Polnischen anders.',
      ),
    ).toEqual(['Jakub Pachocki']);
  });

  it('leaves the strings a reader has everything marked with', () => {
    expect(
      texts('Seit Jan Leike OpenAI verlassen hat, lasse ich mir alles mit „Leike“ oder „Altman“ anzeigen.'),
    ).toEqual(['Jan Leike']);
  });

  it('leaves a search string that opens a sentence on what it threw out', () => {
    expect(texts('Ilya Sutskever geht. Bei „Sutskever“ flogen drei Texte über einen Dichter raus.')).toEqual([
      'Ilya Sutskever',
    ]);
  });

  it('leaves a wire’s slug', () => {
    expect(texts('Sam Altman speaks at OpenAI. Pictures move under the slug AI-ALTMAN-BOARD.')).toEqual(['Sam Altman']);
  });
});

describe('round 136: strings, spellings, namesakes set apart, ages, compounds, tallies', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a search string that opens a list item on what it threw out', () => {
    expect(
      texts('Jan Leike hat OpenAI verlassen. Auswertung:\n- Bei „Leike“ flogen vier Vereinsberichte raus.'),
    ).toEqual(['Jan Leike']);
  });

  it('leaves a string given as an example of a search word', () => {
    expect(
      texts('Jakub Pachocki folgt auf Sutskever. Das Archiv findet alte Texte nur mit einem Suchwort wie „pachocki“.'),
    ).toEqual(['Jakub Pachocki', 'Sutskever']);
  });

  it('leaves a misprint the archive is told not to tag', () => {
    expect(
      texts(
        'Ilya Sutskever geht. Bitte die Meldungen nicht nach „Sutzkever“ verschlagworten, sonst fehlen die korrekten.',
      ),
    ).toEqual(['Ilya Sutskever']);
  });

  it('leaves both spellings asked about in a text that names the poet first', () => {
    expect(
      texts(
        'Abraham Sutzkever wrote in Yiddish. Someone asked if the name is spelled Sutskever or Sutzkever; we keep the translators’ form.',
      ),
    ).toEqual([]);
  });

  it('leaves a search box’s label and query quoted in prose', () => {
    expect(texts('Jan Leike left OpenAI. The screenshot shows "Search: leike" at the top of the page.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('gives a full name with a club sport in brackets to a namesake', () => {
    expect(texts('Speakers: Jan Leike (formerly OpenAI), Jan Leike (table tennis), Maya Brandt.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('gives a full name called a namesake right after to that namesake', () => {
    expect(texts('Der Film über OpenAI endet mit Dank an „Sam Altman (Fotoarchiv)“ – ein Namensvetter.')).toEqual([]);
  });

  it('gives a full name from an institute of another field to a namesake', () => {
    expect(
      texts('Am Montag spricht Dr. Jan Leike vom Institut für Forstwirtschaft über Sprachmodelle im Wald.'),
    ).toEqual([]);
  });

  it('keeps a full name from an institute of our field', () => {
    expect(texts('Am Montag spricht Dr. Jan Leike vom Institut für Informatik über Sprachmodelle.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('reads a first name after German’s indefinite article before a relative clause', () => {
    expect(
      texts('Jan Leike ging zu Anthropic. Bei uns im Dorf wohnt eine Heike Leike, die Klavier unterrichtet.'),
    ).toEqual(['Jan Leike']);
  });

  it('gives a family’s electronics shop to the family', () => {
    expect(texts('OpenAI fired Sam Altman in 2023. Altman’s Electronics on Main Street still sells radios.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('gives a lone surname said to be older than any of ours to a namesake', () => {
    expect(
      texts('OpenAI rehired Sam Altman. Down the road, Mr. Altman is 83 and still opens his shop at seven.'),
    ).toEqual(['Sam Altman']);
  });

  it('reads ours named as someone else’s namesake only in passing', () => {
    expect(
      texts(
        'Ruth Altman sells phones in Dayton. Customers ask about her namesake Sam Altman of OpenAI. Altman said she just laughs.',
      ),
    ).toEqual(['Sam Altman']);
  });

  it('keeps full names in a tally of tags whose next item has two words', () => {
    expect(texts('Tags: Ilya Sutskever (91) · Jan Leike (17) · OpenAI (40)')).toEqual(['Ilya Sutskever', 'Jan Leike']);
  });

  it('reads a compound before an event of our story as ours beside a namesake', () => {
    const blocks = [
      'Sam Altman kehrt als CEO zu OpenAI zurück.',
      'Beim Namen dachte ich an den Regisseur. Robert Altman ist aber lange tot.',
      'Die Altman-Rückkehr ist das eine. Spannender finde ich den Vorstand.',
    ];
    expect(findInBlocks(matcher, blocks).map(({ block, mention }) => [block, mention.person])).toEqual([
      [0, 'altman'],
      [2, 'altman'],
    ]);
  });

  it('gives every member of a family to the family', () => {
    expect(
      texts('Jakub Pachocki ist nicht verwandt mit uns, aber Oma sagt, alle Pachockis stammen aus Kielce.'),
    ).toEqual(['Jakub Pachocki']);
  });

  it('reads the title said in full as no first name', () => {
    expect(texts('Jan Leike verlässt OpenAI. Im Radio hieß es „Doktor Leike“, und das stimmt.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
  });

  it('leaves a quoted surname said to be a namesake by his calling', () => {
    expect(texts('Sam Altman runs OpenAI. Mind the syllabus: "Altman" on day 3 is the film director.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('gives a full name picked out as "the tall one" to a namesake', () => {
    expect(texts('OpenAI took Sam Altman back. At the key counter: is that Sam Altman, the young one?')).toEqual([
      'Sam Altman',
    ]);
  });

  it('reads no English preposition of place as a first name', () => {
    expect(texts('Jan Leike left OpenAI. Beside Leike’s name the chart shows a gap.')).toEqual([
      'Jan Leike',
      'Leike’s',
    ]);
  });
});

describe('round 137: plural matter nouns, local politics, alerts, counted stories, own firms, relatives, occurrences', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a matter’s noun in the plural as no first name', () => {
    expect(
      texts('Themen am Mittwoch:\n- Sutskever geht, Pachocki übernimmt bei OpenAI\n- Interviews Altman nachreichen'),
    ).toEqual(['Sutskever', 'Pachocki', 'Altman']);
  });

  it('gives a lone surname from local politics to a namesake', () => {
    expect(
      texts(
        'Jan Leike hat OpenAI verlassen. Bildredaktion: bitte nicht mit dem Leike aus der Kommunalpolitik verwechseln.',
      ),
    ).toEqual(['Jan Leike']);
  });

  it('leaves the string of an alert’s title line', () => {
    expect(texts('Subject: Google Alert - Sutskever\n\nIlya Sutskever leaves OpenAI after nearly a decade.')).toEqual([
      'Ilya Sutskever',
    ]);
  });

  it('leaves a quoted string whose stories a filter counts', () => {
    expect(
      texts('Jakub Pachocki runs research at OpenAI. The dashboard still counts "Pachocki" articles about a bakery.'),
    ).toEqual(['Jakub Pachocki']);
  });

  it('gives a full name of a firm of his own name, and his lone surname, to the owner', () => {
    expect(
      texts(
        'Local faces: Jan Leike of Leike Plumbing\n\nHe is no relation to the AI researcher. Since May, Leike says, people ask him about OpenAI.',
      ),
    ).toEqual([]);
  });

  it('reads a relative’s first name after German’s article', () => {
    expect(texts('Sam Altman leitet OpenAI. Ist er mit dem Annie Altman verwandt, die Podcasts macht?')).toEqual([
      'Sam Altman',
    ]);
  });

  it('gives a plural after "between" to the bearers', () => {
    expect(texts('Sam Altman is back at OpenAI. Readers, please tell the difference between Altmans.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('leaves a bearer said to occur somewhere in texts', () => {
    expect(
      texts('Ilya Sutskever verlässt OpenAI. Die Suche liefert alle Texte, in denen irgendwo ein Sutskever vorkommt.'),
    ).toEqual(['Ilya Sutskever']);
  });

  it('leaves a column of search strings in a plain-text table under one unbroken rule', () => {
    const table = [
      'Name              Search terms        Stories',
      '------------------------------------------------',
      'Jakub Pachocki    Pachocki, Pachoki   96',
      'Jan Leike         Leike               143',
    ].join('\n');
    expect(texts(table)).toEqual(['Jakub Pachocki', 'Jan Leike']);
  });

  it('gives a full name placed in a glued compound of a community to a namesake', () => {
    expect(
      texts('Jan Leike wechselt zu Anthropic. Kurz dachte ich, das ist der Jan Leike aus unserem Heimatdorf im Harz.'),
    ).toEqual(['Jan Leike']);
  });

  it('gives a compound ending in a film to the director’s manner', () => {
    expect(texts('Sam Altman ist zurück bei OpenAI. Ein Altman-Episodenfilm über den Vorstand hätte Stil.')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('round 138: rules of thumb, strings set against strings, mix-ups, ancestors, web searches, speakers', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a quoted spelling without a first name that opens a list item', () => {
    expect(
      texts(
        'Ilya Sutskever verlässt OpenAI.\nMerksätze:\n- „Sutzkever“ ohne Vornamen meint in KI-Meldungen meist ihn.',
      ),
    ).toEqual(['Ilya Sutskever']);
  });

  it('leaves a quoted string that a tool is said to miss beside one it flags', () => {
    expect(
      texts('Jakub Pachocki is chief scientist. The linter flagged “Pachocki” but not the variant “Pachoki”.'),
    ).toEqual(['Jakub Pachocki']);
  });

  it('leaves quoted strings a tool reports counts for in turn', () => {
    expect(texts('Jan Leike and Sam Altman, in one story.\nreport.txt: 7 matches for "Leike", 3 for "Altman"')).toEqual(
      ['Jan Leike', 'Sam Altman'],
    );
  });

  it('gives a surname a listener had a namesake in mind for to ours', () => {
    expect(
      texts(
        'Ilya Sutskever verlässt OpenAI. Als du vorhin „Altman“ gesagt hast, hatte ich kurz Robert Altman im Kopf.',
      ),
    ).toEqual(['Ilya Sutskever', 'Altman']);
  });

  it('gives a surname a reader thought was the film guy to ours', () => {
    expect(texts('Sam Altman returned as CEO. My aunt wrote: "I thought Altman was the film guy."')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });

  it('gives a full name after an ancestor’s word and after a grandchild’s to a namesake', () => {
    expect(texts('Ich suche Angaben zu meinem Ururgroßvater Jan Leike, Weber in Schlesien.')).toEqual([]);
    expect(texts('The shop is run by Helga’s grandson, Ilya Sutskever, who trained as a baker.')).toEqual([]);
  });

  it('leaves a surname searched for on the web, its verb last', () => {
    expect(texts('Jan Leike geht zu Anthropic. Wer im Netz nach Leike sucht, findet auch einen Fußballer.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('gives a surname placed in a science none of ours works in to a namesake', () => {
    expect(texts('Sam Altman führt OpenAI. Gemeint ist nicht der Altman aus der Geologie, der bei uns lehrt.')).toEqual(
      ['Sam Altman'],
    );
  });

  it('reads ours named as the namesake of someone the text names by a noun as named in passing', () => {
    expect(
      texts(
        'Den Antrag stellte Gemeinderätin Petra Altman (SPD). Ein Kollege zitierte einen Namensvetter der Antragstellerin: Sam Altman, Chef von OpenAI, habe vor zu schneller Technik gewarnt.\n\nAltman lächelte nur. Sie bleibe bei ihrem Antrag.',
      ),
    ).toEqual(['Sam Altman']);
  });

  it('gives a speaker label with a title to the speaker introduced with another first name', () => {
    const transcript = [
      'HOST: With us is Dr. Maria Pachocki, a chemist.',
      'DR. PACHOCKI: Thanks. I am not Jakub Pachocki of OpenAI.',
      'HOST: Has the mix-up been bad?',
      'DR. PACHOCKI: Only in my inbox.',
    ].join('\n');
    expect(texts(transcript)).toEqual(['Jakub Pachocki']);
  });
});

describe('round 139: borrowed possessives, strings held and hit, kin speakers, sounds said, hatnotes, Cyrillic families', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a subjunctive that opens a question as no first name', () => {
    expect(texts('Sam Altman ist zurück bei OpenAI. Wäre Altman’s Comeback in einer Sparkasse denkbar?')).toEqual([
      'Sam Altman',
      'Altman’s',
    ]);
  });

  it('gives a surname a reader first took for a namesake after a possessive to ours', () => {
    expect(texts('Jan Leike verlässt OpenAI. Ich dachte bei Leike zuerst an meine Zahnärztin Leike.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
  });

  it('gives German’s borrowed possessive before a noun of the news to ours beside a namesake', () => {
    const comments = [
      'Jan Leike verlässt OpenAI und geht zu Anthropic.',
      'Kommentar von Uwe: Ich dachte bei dem Namen an Stadträtin Leike, die im Rat oft warnt.',
      'Kommentar von Ina: Leike’s Thread fand ich sehr deutlich.',
    ].join('\n\n');
    expect(texts(comments)).toEqual(['Jan Leike', 'Leike’s']);
  });

  it('leaves quoted strings that texts are said to contain or hold', () => {
    expect(
      texts('Sam Altman leads OpenAI. We kept only posts that contain "Altman" and checked each by hand.'),
    ).toEqual(['Sam Altman']);
    expect(
      texts('Ilya Sutskever geht. Gezählt wurde jeder Beitrag, der „Sutskever“ oder „Sutzkever“ enthielt.'),
    ).toEqual(['Ilya Sutskever']);
  });

  it('leaves quoted strings of a search log, a hit and an alert given as an example', () => {
    expect(texts('Jan Leike left OpenAI. Search used: "Leike", "Superalignment".')).toEqual(['Jan Leike']);
    expect(texts('Sam Altman führt OpenAI. # Hinweis: Ein Treffer auf "Altman" kann auch ein Regisseur sein.')).toEqual(
      ['Sam Altman'],
    );
    expect(texts('Jan Leike und Sam Altman. Wir haben einen Namens-Alarm, etwa für „Leike“.')).toEqual([
      'Jan Leike',
      'Sam Altman',
    ]);
  });

  it('gives the speaker of a quoted denial of kinship to the namesake', () => {
    expect(
      texts(
        'Ratsfrau Dörte Leike wirbt für einen KI-Chatbot im Bürgerbüro. Ein Kollege erinnerte daran, dass im Mai mit Jan Leike ein bekannter Sicherheitsforscher OpenAI verlassen habe. „Mit Jan Leike bin ich weder verwandt noch verschwägert“, sagte Leike.',
      ),
    ).toEqual(['Jan Leike', 'Jan Leike']);
  });

  it('leaves a near-spelling said aloud, with German’s participle after it', () => {
    expect(texts('Jakub Pachocki leitet die Forschung. Ich habe tagelang „Pachotzki“ gesagt, mit tz.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('gives a surname an encyclopedia’s hatnote qualifies in brackets to a namesake', () => {
    expect(texts('Jakub Pachocki is chief scientist at OpenAI. For the family bakery, see Pachocki (bakery).')).toEqual(
      ['Jakub Pachocki'],
    );
  });

  it('leaves another family’s name spelt in Cyrillic', () => {
    expect(texts('Jan Leike left OpenAI. My name is Leiken; in Russian, Лейкен.')).toEqual(['Jan Leike']);
  });
});

describe('round 140: bracketed issues, matter nouns, clauses with the employer, user names, grammar, counted forms', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads an issue of the paper in brackets after a headline’s surname as no namesake', () => {
    expect(
      texts('Entwurf – Interview Pachocki (Sonntagsausgabe)\n- J. Pachocki: Forschungschef bei OpenAI seit Mai.'),
    ).toEqual(['Pachocki', 'J. Pachocki']);
  });

  it('still reads a hatnote’s long qualifier in brackets as a namesake', () => {
    expect(
      texts('Jakub Pachocki (OpenAI). Zur Bäckerei in Kassel siehe Pachocki (Handwerksbetrieb), zum Schachspieler …'),
    ).toEqual(['Jakub Pachocki']);
  });

  it('reads a look back and the examples of a talk before a surname as no first names', () => {
    expect(texts('Sam Altman ist Chef von OpenAI.\nPunkt 3 – Ausblick Altman-Rückkehr')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
    expect(texts('Jan Leike und Ilya Sutskever gehen. Vortrag, Beispiele Leike/Sutskever')).toEqual([
      'Jan Leike',
      'Ilya Sutskever',
      'Leike',
      'Sutskever',
    ]);
  });

  it('gives a surname to ours where its clause names our people’s employer, near a namesake', () => {
    const review = [
      'Robert Altman’s Nashville returns to the Rialto this week.',
      'A woman behind me wondered if it was by the Altman who heads OpenAI; her neighbour said no, that is Sam Altman.',
    ].join(' ');
    expect(texts(review)).toEqual(['Altman', 'Sam Altman']);
  });

  it('leaves two surnames listed together after a local namesake', () => {
    const minutes = [
      'Sitzung des Bauausschusses. Ratsherr Klaus Leike (Freie Wähler) will die Parkplätze vor dem Laden erhalten.',
      'Ladeninhaber Altman hörte zu.',
      'Leike und Altman sind übrigens alte Schulfreunde.',
    ].join('\n\n');
    expect(texts(minutes)).not.toContain('Leike');
  });

  it('reads a surname with a word joined to it as a user name, no misprint', () => {
    expect(texts('Ilya Sutskever left OpenAI.\nanswered 18 May by sutskeverian3')).toEqual(['Ilya Sutskever']);
  });

  it('reads a quoted case form the sentence says it would be, and a word like it, as grammar', () => {
    expect(
      texts('Jakub Pachocki ist bei OpenAI. Im Polnischen hängt man -ego an, der Genitiv wäre dann „Pachockiego“.'),
    ).toEqual(['Jakub Pachocki']);
    expect(
      texts('Jakub Pachocki is at OpenAI. A word like "Pachockiemu" is simply the dative, as for any -cki name.'),
    ).toEqual(['Jakub Pachocki']);
  });

  it('leaves quoted strings after words between their noun and its colon', () => {
    expect(texts('Sam Altman und Jan Leike bei OpenAI. Aktive Alarme seit Montag: „Altman“ und „Leike“.')).toEqual([
      'Sam Altman',
      'Jan Leike',
    ]);
    expect(texts('Sam Altman at OpenAI. Reading notes - tag for my clippings: #altman')).toEqual([
      'Sam Altman',
      'altman',
    ]);
  });

  it('gives a surname written and then mistaken for a namesake to ours', () => {
    expect(
      texts('Sam Altman is back at OpenAI. When she wrote Altman I really pictured Robert Altman at first.'),
    ).toEqual(['Sam Altman', 'Altman']);
  });

  it('marks a quoted misprint after “not” at the end of a line, which is no condition in code', () => {
    expect(texts('The chief scientist is Jakub Pachocki. Please not "Pachocky" in the\ncaption.')).toEqual([
      'Jakub Pachocki',
      'Pachocky',
    ]);
  });

  it('reads a lower-case slug under a path part in capitals as part of the path', () => {
    expect(texts('Ilya Sutskever co-founded OpenAI. Box on shelf 4: ML-PAPERS/sutskever-2014-2017.')).toEqual([
      'Ilya Sutskever',
    ]);
  });

  it('reads a shop named in brackets with its place as a namesake', () => {
    expect(
      texts(
        'Jakub Pachocki is OpenAI’s chief scientist.\n- Cake from Pachocki’s (the bakery in Mill Lane) for Sunday.',
      ),
    ).toEqual(['Jakub Pachocki']);
  });

  it('reads a surname someone the writer speaks for bears as the word', () => {
    expect(texts('Sam Altman runs OpenAI. My aunt, whose last name is also Altman, gets his post.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('marks a near-spelling a tally counts on the row that counts him as spelt', () => {
    const tally = [
      'Name            | right       | misprinted',
      'Jan Leike       | Leike (41)  | Leikke (3)',
      'Jakub Pachocki  | Pachocki (19) | Pachocky (4)',
    ].join('\n');
    expect(texts(tally)).toEqual(['Jan Leike', 'Leike', 'Leikke', 'Jakub Pachocki', 'Pachocki', 'Pachocky']);
  });

  it('gives a surname set unlike a namesake to ours', () => {
    expect(texts('Sam Altman, OpenAI.\n- Altman ≠ Robert Altman (director)')).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('round 141: tallies, thinkers, table rows, printed counts, hedged quotes, long lists, spellings, searches', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('marks a counted near-spelling on a row that gives his surname uncounted', () => {
    const table = ['| Person | Artikel | Form | Fehler |', '| Jan Leike | 54 | Leike | Leikke (5) |'].join('\n');
    expect(texts(table)).toEqual(['Jan Leike', 'Leike', 'Leikke']);
  });

  it('gives a surname someone took for a namesake to ours', () => {
    const show = [
      'TOMÁS: Altman is back as OpenAI CEO, and the board is new.',
      'PRIYA: Quick note: last week I said "Altman" and somebody thought I meant Jack Altman, his brother.',
    ].join('\n\n');
    expect(texts(show)).toEqual(['Altman', 'Altman']);
  });

  it('reads a capitals label as ours where the namesakes stand only in a table’s cells', () => {
    const sheet = [
      '| Name | Role | Not to be confused with |',
      '|---|---|---|',
      '| Sam Altman | CEO of OpenAI | Robert Altman (director) |',
      '',
      'ALTMAN: back as CEO since late November 2023.',
    ].join('\n');
    expect(texts(sheet)).toEqual(['Sam Altman', 'ALTMAN']);
  });

  it('leaves the keys of a tally that code prints on one line', () => {
    expect(texts('Jan Leike and Sam Altman, OpenAI.\n// prints e.g. { Leike: 3, Altman: 5 }')).toEqual([
      'Jan Leike',
      'Sam Altman',
    ]);
  });

  it('marks a quoted near-spelling hedged inside its quotation', () => {
    expect(
      texts('Die Folge nennt Jakub Pachocki als neuen Chief Scientist. „Pachocky oder so?“, fragt die Moderatorin.'),
    ).toEqual(['Jakub Pachocki', 'Pachocky']);
  });

  it('leaves a near-spelling late in a long list of search strings that wraps its line', () => {
    const method = [
      'Jakub Pachocki, Jan Leike, OpenAI. Methode: Suchbegriffe „Altman“, „Sutskever“, „Leike“, „Leicke“, „Pachocki“,',
      '„Pachocky“ und „Altmann“.',
    ].join('\n');
    expect(texts(method)).toEqual(['Jakub Pachocki', 'Jan Leike']);
  });

  it('leaves what a site says was searched for', () => {
    expect(texts('Jakub Pachocki, OpenAI.\n\nYou searched for: pachocki · 4 results')).toEqual(['Jakub Pachocki']);
  });

  it('leaves the lower-case key a quoted form is mapped to', () => {
    const readme = [
      'Die Presseschau-NER erkennt Namen mit einem Sprachmodell.',
      '$ presseschau-ner beispiel.txt',
      'Zeile 7: "Jakuba Pachockiego" -> pachocki (polnischer Genitiv)',
    ].join('\n');
    expect(texts(readme)).toEqual(['Jakuba Pachockiego']);
  });
});

describe('round 142: sentence adverbs, sides, quoted reference forms, tool ids, names read then mistaken, alerts', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a near-spelling after a sentence adverb as his name misspelt', () => {
    expect(texts('Jakub Pachocki now leads research at OpenAI. Frankly Pachoky is the real news here.')).toEqual([
      'Jakub Pachocki',
      'Pachoky',
    ]);
  });

  it('reads the one of a kind, an adjective made a noun, as no first name', () => {
    expect(texts('Jan Leike ging zu Anthropic. Sie hatte als Einzige Leikes Erklärung vorher gelesen.')).toEqual([
      'Jan Leike',
      'Leikes',
    ]);
  });

  it('leaves a quoted reference form said to be someone', () => {
    expect(texts('Sam Altman leads OpenAI. Vorsicht: „Altman, S.“ ist in dieser Liste Sidney Altman.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('leaves the id a tool prints in brackets at the end of its output line', () => {
    const output = [
      'Jakub Pachocki leads research.',
      '$ finder posts/may.md',
      'posts/may.md:4   Jakub Pachocki   (pachocki)',
    ];
    expect(texts(output.join('\n'))).toEqual(['Jakub Pachocki', 'Jakub Pachocki']);
  });

  it('gives a quoted surname read and then taken for a namesake to ours, German’s verb after it', () => {
    expect(
      texts('Sam Altman ist zurück. Ich hatte in der Eile nur „Altman“ gelesen und dachte zuerst an Robert Altman.'),
    ).toEqual(['Sam Altman', 'Altman']);
  });

  it('leaves the quoted strings an alert fires on', () => {
    expect(texts('Jan Leike, OpenAI. The desk alert fires on "Sutskever", "Pachocki" and "Leike" now.')).toEqual([
      'Jan Leike',
    ]);
  });
});

describe('round 143: sounds said by everyone, bracketed variants, many bearers, callings, mix-ups said, club teams', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('leaves a near-spelling that everyone says, or the writer would have said', () => {
    expect(
      texts('Jakub Pachocki heads research at OpenAI. HOST: I would have said Pachoky. GUEST: Everyone says Pachoky.'),
    ).toEqual(['Jakub Pachocki']);
  });

  it('marks a near-spelling in brackets on a row that gives his surname as spelt', () => {
    const monitor = ['Person          Stories  Form', 'Jan Leike       212      Leike 4% (Leikke)'].join('\n');
    expect(texts(monitor)).toEqual(['Jan Leike', 'Leike', 'Leikke']);
  });

  it('reads a surname after "a lot of" as many bearers', () => {
    expect(texts('Jakub Pachocki runs research at OpenAI. Kraków alone has lots of Pachockis.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('gives a full name with a hyphenated sport’s calling after it to the namesake', () => {
    expect(
      texts('Jan Leike left OpenAI in May. A search first finds Jan Leike, the table-tennis player from Hesse.'),
    ).toEqual(['Jan Leike']);
  });

  it('gives a quoted surname said and then taken for a namesake to ours, German’s clause before the thought', () => {
    const show = [
      'LENA: Sutskever und Leike sind weg, Jakub Pachocki übernimmt.',
      'TOBIAS: Mal sehen, was sama dazu schreibt. Als du vorhin „Altman“ gesagt hast, dachte ich eine Sekunde an Robert Altman.',
    ].join('\n\n');
    expect(texts(show)).toEqual(['Sutskever', 'Leike', 'Jakub Pachocki', 'sama', 'Altman']);
  });

  it('gives a full name with a club’s team in brackets to the club’s player', () => {
    expect(
      texts('Ilya Sutskever has left OpenAI.\n\nClub news: well done to Jan Leike (second team), who won the ladder.'),
    ).toEqual(['Ilya Sutskever']);
  });
});

describe('round 144: a child’s age in words, search boxes and alerts, a query’s NOT, a string in code, a shop’s street', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('gives a full name after a minor’s age in words to the child, in English and German', () => {
    const fair = 'Jakub Pachocki leads research at OpenAI. At the fair, nine-year-old Jakub Pachocki sold lemonade.';
    expect(texts(fair)).toEqual(['Jakub Pachocki']);
    const club = 'Jan Leike hat OpenAI verlassen. Im Verein gewann der zwölfjährige Jan Leike den Wimpel.';
    expect(texts(club)).toEqual(['Jan Leike']);
  });

  it('keeps a full name after an adult’s age in words', () => {
    expect(texts('OpenAI’s chief scientist is the thirty-two-year-old Jakub Pachocki.')).toEqual(['Jakub Pachocki']);
  });

  it('reads a surname alone in a search box by the box’s name as typed', () => {
    const log = 'Recherche zu OpenAI, Jakub Pachocki.\n10:14 Suchleiste: „leike“ – nichts Neues.';
    expect(texts(log)).toEqual(['Jakub Pachocki']);
  });

  it('reads a quoted surname after an alert’s noun and its participle as the string', () => {
    const note = 'Ilya Sutskever geht, Jakub Pachocki folgt. Filter gesetzt für „Leike“, Treffer per Mail.';
    expect(texts(note)).toEqual(['Ilya Sutskever', 'Jakub Pachocki']);
  });

  it('reads a quoted surname before a query’s NOT as the string, and keeps one after NOT', () => {
    const alert = 'Alert settings for the OpenAI story (Sam Altman):\n“Altman” NOT “Robert”';
    expect(texts(alert)).toEqual(['Sam Altman']);
    const guide = 'Ilya Sutskever, OpenAI co-founder. NOT "Sutzkever".';
    expect(texts(guide)).toEqual(['Ilya Sutskever', 'Sutzkever']);
  });

  it('reads a quoted surname in a code span as the string', () => {
    const comment =
      "// Sam Altman of OpenAI is matched by id; 'Altman' in `match` would also catch Robert Altman's films.";
    expect(texts(comment)).toEqual(['Sam Altman']);
  });

  it('gives a possessive bought from on a street to the shop, and keeps a comparison’s', () => {
    const mail = 'Jakub Pachocki is OpenAI’s chief scientist. Bring rolls from Pachocki’s on Mill Road, please.';
    expect(texts(mail)).toEqual(['Jakub Pachocki']);
    const essay =
      'Jan Leike left OpenAI with a thread. That is a different exit from Sutskever’s. Ilya Sutskever wrote warmly.';
    expect(texts(essay)).toEqual(['Jan Leike', 'Sutskever’s', 'Ilya Sutskever']);
  });
});

describe('round 145: offices, members of parliament, apposed denials, word lists, thoughts of a namesake, regexes', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('gives a full name after a local office to the councillor, whatever AI words his item has, and his surname too', () => {
    const minutes =
      'Antrag Gemeinderat Jakub Pachocki (CDU) zur Nutzung von ChatGPT im Rathaus. Pachocki nennt die Kosten.';
    expect(texts(minutes)).toEqual([]);
  });

  it('reads a member of parliament named by a surname as someone else', () => {
    const note =
      'Jakub Pachocki leitet die Forschung bei OpenAI. Treffer zu einem Bremer Bundestagsabgeordneten namens Pachocki fehlen.';
    expect(texts(note)).toEqual(['Jakub Pachocki']);
  });

  it('reads a German denial of kinship with an apposition before our name, and gives the next surname to the host', () => {
    const programme =
      'Unsere Moderatorin Dr. Anna Altman ist mit dem OpenAI-Chef Sam Altman weder verwandt noch verschwägert. Altman moderiert seit 2019.';
    expect(texts(programme)).toEqual(['Sam Altman']);
  });

  it('reads quoted surnames after "die Wörter" as words', () => {
    const note = 'Sam Altman leitet OpenAI. Der Filter läuft auf die Wörter „Altman“, „Leike“ und „Pachocki“.';
    expect(texts(note)).toEqual(['Sam Altman']);
  });

  it('gives a surname read in a headline to ours when the reader thinks of a namesake, in the present or after a colon', () => {
    const podcast = 'HOST: Ich las „Leike kündigt“ und denke an Hauke Leike vom Radio. Es ging um OpenAI.';
    expect(texts(podcast)).toEqual(['Leike']);
    const colon =
      'HOST: Ich lese „Pachocki übernimmt“ und denke: Tomasz Pachocki, der Bäcker? Nein, es ging um OpenAI.';
    expect(texts(colon)).toEqual(['Pachocki']);
  });

  it('lets a namesake thought of for a moment take no lone surname after him', () => {
    const comments = [
      'Sam Altman leads OpenAI.',
      'Reader: When I read Altman in the teaser I briefly pictured Robert Altman.',
      'Reader: That Altman’s answer came so late says a lot.',
    ].join('\n\n');
    expect(texts(comments)).toEqual(['Sam Altman', 'Altman', 'Altman’s']);
  });

  it('reads a name in a regex literal with character classes as the pattern’s', () => {
    expect(texts('Sam Altman runs OpenAI. Try `/\\bAlt[mn]an\\b|Альтман/iu` for both scripts.')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('round 146: a family’s compound, a headline’s shop, one’s own acquaintance, a bearer meant by first name', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a surname after a German compound whose head is „Familie“ as the family’s', () => {
    const note = 'Sam Altman leitet OpenAI. Meldungen über die Winzerfamilie Altman aus der Pfalz zählen wir nicht.';
    expect(texts(note)).toEqual(['Sam Altman']);
  });

  it('reads a surname before a shop’s noun at the start of an unquoted headline as the shop', () => {
    const page = 'Ilya Sutskever has left OpenAI.\n\nSutskever deli opens a second counter on Friday';
    expect(texts(page)).toEqual(['Ilya Sutskever']);
  });

  it('gives a name after the writer’s own acquaintance and a bare copula to that acquaintance', () => {
    const review =
      'Jakub Pachocki leads research at OpenAI. Our piano teacher is Jakub Pachocki, which confuses my alerts.';
    expect(texts(review)).toEqual(['Jakub Pachocki']);
  });

  it('reads a surname named unquoted by a tool’s noun after it as the string, and keeps a topic’s', () => {
    expect(texts('Ilya Sutskever left OpenAI. Re: Sutskever keyword floods the inbox')).toEqual(['Ilya Sutskever']);
    expect(texts('Ilya Sutskever left OpenAI. The Sutskever topic is closed.')).toEqual([
      'Ilya Sutskever',
      'Sutskever',
    ]);
  });

  it('reads a quoted handle glossed by what it comes to as the word', () => {
    const post = 'Sam Altman leitet OpenAI. Ich lese @sama jeden Tag. Und „sama“ heißt etwa „selbst“, sagt meine Oma.';
    expect(texts(post)).toEqual(['Sam Altman', '@sama']);
  });

  it('gives a lone surname said to mean another first name to that bearer, and keeps ours', () => {
    expect(texts('Sam Altman runs OpenAI. Where the syllabus says Altman, it means Robert.')).toEqual(['Sam Altman']);
    expect(texts('Sam Altman runs OpenAI. Where the memo says Altman, it means Sam.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });
});

describe('round 147: a house dictionary, the writer’s own community, a bare list of accounts', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads quoted surnames listed before "are now in the … dictionary" as words', () => {
    const note = 'Ilya Sutskever left OpenAI. “Sutskever” and “Leike” are now in the newsroom dictionary.';
    expect(texts(note)).toEqual(['Ilya Sutskever']);
  });

  it('gives a full name placed in the writer’s own community to that bearer, whatever AI words his sentence has', () => {
    const thread = 'Jan Leike left OpenAI. The Jan Leike from my old chess club in Lübeck has never used ChatGPT.';
    expect(texts(thread)).toEqual(['Jan Leike']);
    const forum =
      'Jan Leike hat OpenAI verlassen. Der Jan Leike aus unserem alten Sportverein fragt, ob er jetzt KI-Experte ist.';
    expect(texts(forum)).toEqual(['Jan Leike']);
  });

  it('reads three handles of ours listed bare as accounts, and keeps one in chat', () => {
    expect(texts('Jan Leike left OpenAI. The bot follows the accounts janleike, sama and merettm.')).toEqual([
      'Jan Leike',
    ]);
    expect(texts('Jan Leike left OpenAI. honestly sama and the board both looked tired')).toEqual([
      'Jan Leike',
      'sama',
    ]);
  });
});

describe('round 148: a writer who is not the other one, every bearer, an alarm’s compound', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('gives the writer’s own full name to him when his clause says he is not the other one, and keeps a plain one', () => {
    const post =
      'Sam Altman runs OpenAI. Hi all, I am Sam Altman, a carpenter from Leeds, but not the one in the news.';
    expect(texts(post)).toEqual(['Sam Altman']);
    expect(texts('Sam Altman runs OpenAI. I am Sam Altman, and I approve this plan.')).toEqual([
      'Sam Altman',
      'Sam Altman',
    ]);
  });

  it('gives a lone surname with his office as its apposition to ours, beside a namesake’s', () => {
    const note = 'Sam Altman runs OpenAI. Altman the painter has no link to Altman the CEO.';
    expect(texts(note)).toEqual(['Sam Altman', 'Altman']);
  });

  it('reads a surname after "everyone called" as every bearer', () => {
    expect(texts('Jakub Pachocki leads research at OpenAI. A welcome to everybody named Pachocki!')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('reads a quoted surname after a compound headed by an alarm or a filter as the string', () => {
    const note = 'Jan Leike hat OpenAI verlassen. Im Newsfilter „Leike“ landen auch Ratsmeldungen.';
    expect(texts(note)).toEqual(['Jan Leike']);
  });
});

describe('round 149: a parent’s club, the director thought of, post tags, bare handles as data, sounds, forms', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a full name placed in a club of the writer’s parent as a namesake’s, AI words or none', () => {
    expect(texts("Jan Leike left OpenAI in May. The Jan Leike from Dad's bowling club gets his post.")).toEqual([
      'Jan Leike',
    ]);
    expect(texts('Jan Leike hat OpenAI verlassen. Der Jan Leike aus Omas Kirchenchor nutzt kein ChatGPT.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('gives the surname said to ours when the hearer also thought of the director', () => {
    const post =
      'Sam Altman runs OpenAI. When the newsreader said Altman, I also thought of the director, and I am no film buff.';
    expect(texts(post)).toEqual(['Sam Altman', 'Altman']);
  });

  it('gives the surname to ours after „beim“ and what bore it, when the reader thought of the director first', () => {
    const note =
      'Sam Altman ist zurück. Ehrlich gesagt dachte ich beim Podcast mit Altman erst an den Regisseur. Robert Altman hat ja Filme gedreht.';
    expect(texts(note)).toEqual(['Sam Altman', 'Altman']);
  });

  it('reads a hashtag right after a post’s tag label as whom the post is about, not a filter’s string', () => {
    expect(texts('Sam Altman ist zurück bei OpenAI.\n\nTags: #Altman #KI')).toEqual(['Sam Altman', 'Altman']);
    expect(texts('Sam Altman ist zurück bei OpenAI.\n\nFilter: #Altman')).toEqual(['Sam Altman']);
  });

  it('reads a bare handle as data under a key or set against its own form with the "@"', () => {
    const yaml = 'jakub:\n  name: Jakub Pachocki\n  x_plain: merettm  # without the @\n  team: research\n';
    expect(texts(yaml)).toEqual(['Jakub Pachocki']);
    expect(texts('Jakub Pachocki leads research. Write @merettm, not merettm, in that file.')).toEqual([
      'Jakub Pachocki',
      '@merettm',
    ]);
  });

  it('reads near-spellings offered after a question of saying, or said by an audio book’s reader, as sounds', () => {
    const thread = 'Jan Leike ist zu Anthropic gewechselt. Wie spricht man das eigentlich aus? „Laike“ oder „Lieke“?';
    expect(texts(thread)).toEqual(['Jan Leike']);
    expect(texts('Ilya Sutskever hat OpenAI verlassen. Die Sprecherin sagt immer „Sutskewer“.')).toEqual([
      'Ilya Sutskever',
    ]);
  });

  it('reads a quoted case form given after the word whose form it is, or after the case’s ending, as the word', () => {
    const en = 'Jakub Pachocki leads research at OpenAI. The genitive of a surname like “Pachocki” is “Pachockiego”.';
    expect(texts(en)).toEqual(['Jakub Pachocki']);
    const de =
      'Jakub Pachocki leitet die Forschung. Polnische Namen bilden den Genitiv auf -ckiego, also etwa „Pachockiego“.';
    expect(texts(de)).toEqual(['Jakub Pachocki']);
  });

  it('gives a surname denied for a namesake by "not … but" to ours', () => {
    expect(texts('Sam Altman runs OpenAI. The cover shows not Altman but the late director Robert Altman.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
    const de = 'Sam Altman führt OpenAI. Auf dem Titelbild ist nicht Altman, sondern der Regisseur Robert Altman.';
    expect(texts(de)).toEqual(['Sam Altman', 'Altman']);
  });

  it('reads a surname the speaker has borne somewhere for years as his own', () => {
    const story =
      'Sam Altman runs OpenAI. The locksmith on Mill Road laughs: "I have been Altman here for fifty years."';
    expect(texts(story)).toEqual(['Sam Altman']);
  });
});

describe('round 150: an aged namesake’s quotations and turns', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('gives the speaker of a quotation after an aged namesake to him, and leaves ours his own', () => {
    const report =
      'Ruth Leike, 72, has kept the village shop on Mill Lane since 1979. Since spring a chatbot writes her price ' +
      'labels. “Half of them are spelled wrong,” Leike says. She followed the news about Ilya Sutskever leaving ' +
      'OpenAI. “Not my business, really,” says Leike.';
    expect(texts(report)).toEqual(['Ilya Sutskever']);
    const ours = 'Jan Leike left OpenAI in May. “We are not there yet,” Leike says of alignment research.';
    expect(texts(ours)).toEqual(['Jan Leike', 'Leike']);
  });

  it('gives the turns labelled with an aged namesake’s surname to him, wherever ours is named between', () => {
    const transcript = [
      'MODERATORIN: Seit 1985 führt er den Kiosk am Markt: Jan Leike, 66, Inhaber von „Leike Presse“.',
      'LEIKE: Das höre ich jede Woche. Nein, ich war nie bei OpenAI.',
      'MODERATORIN: Und Ihre Enkelin?',
      'LEIKE: Sie sagt, Jan Leike in Kalifornien hat gerade andere Sorgen.',
      'LEIKE: Ich verkaufe Zeitungen, keine Chatbots.',
    ].join('\n');
    expect(texts(transcript)).toEqual(['Jan Leike']);
  });
});

describe('round 151: a stressed first name, a few bearers, a sports club, lower-case aliases, which one, yours', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a first name in brackets with the writer’s stress as another bearer’s', () => {
    const note = 'Sam Altman wurde abgesetzt. Im Seminar fragen wir, wie Altman (Robert!) Hollywood zeigt.';
    expect(texts(note)).toEqual(['Sam Altman']);
  });

  it('reads a plural after „ein paar“ or "a few" as bearers of the name', () => {
    expect(texts('Sam Altman ist zurück. Auch ein paar Altmans aus Bremen melden sich zu Wort.')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Sam Altman is back at OpenAI. A few Altmans in Ohio have had enough of the calls.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('reads a full name of a named club that a sport makes a sports club as its member’s', () => {
    const news = 'Jan Leike joined Anthropic. Jan Leike of the Riverside Herons chess club won the spring open.';
    expect(texts(news)).toEqual(['Jan Leike']);
    expect(texts('Jan Leike joined Anthropic. Jan Leike spoke at the Economic Club of Washington.')).toEqual([
      'Jan Leike',
      'Jan Leike',
    ]);
  });

  it('reads lower-case names listed after a noun for strings and its colon as strings, a bare handle too', () => {
    const sql = "INSERT INTO people VALUES ('Jan Leike');\n-- Lookup aliases (refreshed weekly): leike, janleike.\n";
    expect(texts(sql)).toEqual(['Jan Leike']);
  });

  it('reads a surname asked about after a dash, a question mark right after it, as any bearer', () => {
    expect(texts('Sam Altman runs OpenAI.\n\nDESK MEMO – WHICH ALTMAN? Check the first reference.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('reads a full name after "your" and before a verb as the reader’s own bearer', () => {
    const mail = 'Jan Leike joined Anthropic. Not the same man, I know, but your Jan Leike sounds like fun.';
    expect(texts(mail)).toEqual(['Jan Leike']);
  });

  it('reads a quoted surname before "count" as the string a monitor counted', () => {
    const caveat = 'Jan Leike resigned. Caveat: the "Leike" count may include a councillor of that name.';
    expect(texts(caveat)).toEqual(['Jan Leike']);
  });
});

describe('round 152: German words after „nicht“, output tags, bracketed variants, notices, tags, directories', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a lower-case word after „nicht“ as German, not a misspelling, and a capitalised one as a spelling', () => {
    expect(texts('Jan Leike ging. Gut, dass er nicht leise gegangen ist.')).toEqual(['Jan Leike']);
    expect(texts('Jan Leike ging. Er heißt Leike, nicht Leikke.')).toEqual(['Jan Leike', 'Leike', 'Leikke']);
  });

  it('reads a lower-case name in square brackets opening a line of a tool’s output as its tag', () => {
    const output = '$ newsclip --today\n[pachocki] openai.com  "Jakub Pachocki named chief scientist"\n';
    expect(texts(output)).toEqual(['Jakub Pachocki']);
  });

  it('reads a variant quoted in a bracket after a string looked for as another string', () => {
    const todo = 'Jakub Pachocki ist Chief Scientist. Filter „Pachocki“ einrichten (auch „Pachoki“, das kommt vor).';
    expect(texts(todo)).toEqual(['Jakub Pachocki']);
  });

  it('reads a quoted surname after an app’s notifications for it as the string', () => {
    const review = 'Sam Altman ist zurück. Ich habe die Benachrichtigungen für „Altman“ eingeschaltet, als Kinofan.';
    expect(texts(review)).toEqual(['Sam Altman']);
  });

  it('reads „die vielen Altmans“ as bearers of the name', () => {
    expect(texts('Sam Altman ist zurück. Heute geht es um die vielen Altmans in Bremen.')).toEqual(['Sam Altman']);
  });

  it('reads a hashtag after a German post’s tag label as whom the post is about', () => {
    expect(texts('Jan Leike hat OpenAI verlassen.\n\nSchlagwörter: #Leike #Anthropic')).toEqual(['Jan Leike', 'Leike']);
  });

  it('reads an inverted name with another first name before a dash as that bearer’s', () => {
    expect(texts('Jan Leike joined Anthropic.\n\nLeike, Rainer – Tax advice and bookkeeping')).toEqual(['Jan Leike']);
  });

  it('gives a quoted news line in the past ("Leike resigned") to ours after a namesake is named', () => {
    const post =
      'Jan Leike joined Anthropic.\n\nOur dentist is called Leike too, Dr. Anke Leike. When the radio says ' +
      '“Leike resigned” her patients ring her.';
    expect(texts(post)).toEqual(['Jan Leike', 'Leike']);
  });
});

describe('round 153: env paths, handles as search strings, other bearers set apart, namesake worlds per person', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a path after an environment variable’s key in capitals as no mention', () => {
    const env = '# Demo for Jan Leike and Ilya Sutskever\nDEMO_FILE=data/leike-quits-sutskever-goes.md\nLANG=de';
    expect(texts(env)).toEqual(['Jan Leike', 'Ilya Sutskever']);
    expect(texts('Jan Leike left.\nSHOT=img/altman-leike-slide.png')).toEqual(['Jan Leike']);
  });

  it('reads a bare handle quoted after a noun for strings as a search string', () => {
    const report =
      'Jakub Pachocki is chief scientist.\n\nNote: the string "merettm" found eleven posts; they count under Pachocki.';
    expect(texts(report)).toEqual(['Jakub Pachocki', 'Pachocki']);
    const method = 'Sam Altman spoke. We kept posts holding any of the strings "janleike", "sama" or "ilyasut".';
    expect(texts(method)).toEqual(['Sam Altman']);
  });

  it('still gives a handle quoted in a plea not to add it its owner', () => {
    const wiki = 'Sam Altman runs OpenAI. Stop adding "sama" to the guest list, it is just Altman.';
    expect(texts(wiki)).toEqual(['Sam Altman', 'sama', 'Altman']);
  });

  it('reads a handle called bare without quotes as the string', () => {
    expect(texts('Sam Altman runs OpenAI. The bare alias sama needs the same care as the surname.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('reads surnames to be added "as search strings" as strings', () => {
    const mail = 'Jakub Pachocki is chief scientist. IT will add "Pachoki" and "Leike" as search strings.';
    expect(texts(mail)).toEqual(['Jakub Pachocki']);
  });

  it('reads a lone surname set against our person named in full right after it as the other bearer', () => {
    const list =
      'Sam Altman runs OpenAI.\n\nWatch Nashville. Yes, that Altman: the film-maker, not OpenAI’s Sam Altman.';
    expect(texts(list)).toEqual(['Sam Altman', 'Sam Altman']);
  });

  it('reads a lone surname with an apposition that picks out another bearer as his', () => {
    const shop = 'People meant Sam Altman of OpenAI. Altman, the hardware one, took it with humour.';
    expect(texts(shop)).toEqual(['Sam Altman']);
  });

  it('keeps another of ours in a sentence about a namesake’s films', () => {
    const forum = 'Ilya Sutskever voted him out. Sutskever’s change of heart is the most Altman-film plot twist.';
    expect(texts(forum)).toEqual(['Ilya Sutskever', 'Sutskever’s']);
  });

  it('reads „Altman-Krise“ as our story’s crisis beside a namesake', () => {
    const archive = 'Sam Altman ist zurück bei OpenAI.\n\nRobert Altmans Filme im Mai\n\nChronik der Altman-Krise';
    expect(texts(archive)).toEqual(['Sam Altman', 'Altman']);
  });

  it('does not take "Same" before a surname for a first name', () => {
    const notes =
      'Jakub Pachocki is chief scientist.\n\n- Pachocki, J. (2014). Graph paper.\n  Same Pachocki, pre-OpenAI.';
    expect(texts(notes)).toEqual(['Jakub Pachocki', 'Pachocki', 'Pachocki']);
  });
});

describe('round 154: data rows, middle initials, bearers set apart in brackets and clauses, watch lists', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('ends an address before a data row’s next field, an account', () => {
    const row = 'id,name,source,handle\n7,Jan Leike,x.com/janleike/status/1791498174659715494,@janleike,checked';
    expect(texts(row)).toEqual(['Jan Leike', '@janleike']);
  });

  it('reads a first initial and a middle initial before the surname as his name', () => {
    const paper = 'Jakub Pachocki leads research.\n\nCohen, M. B., J. W. Pachocki and R. Peng (2014). Solvers.';
    expect(texts(paper)).toEqual(['Jakub Pachocki', 'J. W. Pachocki']);
  });

  it('reads no initials in "i.e." before a surname', () => {
    const gloss = 'Ilya Sutskever left OpenAI. The Russian press wrote "уход", i.e. Sutskever’s exit.';
    expect(texts(gloss)).toEqual(['Ilya Sutskever', 'Sutskever’s']);
  });

  it('reads "a \\"Jan Leike\\" who …" as some bearer of the name', () => {
    const note = 'Jan Leike resigned. One hit was a club page naming a "Jan Leike" who plays chess in Leeds.';
    expect(texts(note)).toEqual(['Jan Leike']);
  });

  it('reads "to any Altman" as no one, and "barely any Leike" as ours', () => {
    expect(texts('Sam Altman runs OpenAI. I am Tom, and no relation to any Altman, to be clear.')).toEqual([
      'Sam Altman',
    ]);
    expect(texts('Jan Leike co-led Superalignment. The book has barely any Leike.')).toEqual(['Jan Leike', 'Leike']);
  });

  it('reads a lone surname said to be no kin of a namesake named in full as ours', () => {
    const guide = 'Who is who at OpenAI\n\nAltman is not related to the late film director Robert Altman.';
    expect(texts(guide)).toEqual(['Altman']);
  });

  it('reads a quoted surname searched for with the browser’s find keys as the string', () => {
    expect(texts('Jan Leike quit. I tried Ctrl+F for "Leike" on the club site and found nothing.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('reads a full name with a youth team’s age group in its bracket as a namesake', () => {
    const sport = 'Jan Leike left OpenAI.\n\nChess: Jan Leike (Leeds CC, under-16) won both games.';
    expect(texts(sport)).toEqual(['Jan Leike']);
  });

  it('reads the items of a YAML watch list as strings', () => {
    const config = 'Ilya Sutskever left.\n\nwatch:\n  - Sutskever\n  - Leike\n';
    expect(texts(config)).toEqual(['Ilya Sutskever']);
  });

  it('gives the possessive in a relative apposed to a namesake’s full name to ours', () => {
    const bio = 'Sam Altman leads OpenAI.\n\nAnnie Altman, Altmans Schwester, lebt auf Hawaii.';
    expect(texts(bio)).toEqual(['Sam Altman', 'Altmans']);
  });
});

describe('round 155: cases named unquoted, "which" bearers, other ones, kinship denied to ours, called by a calling', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a case form after its case’s name as a word of grammar, quoted or not', () => {
    const grammar = 'Jakub Pachocki leads research. Polish has the genitive Pachockiego and the locative Pachockim.';
    expect(texts(grammar)).toEqual(['Jakub Pachocki']);
    const table = 'Jakub Pachocki leads research. Textbooks list “Pachockiego” just as the genitive of such names.';
    expect(texts(table)).toEqual(['Jakub Pachocki']);
  });

  it('reads „welche Altmans“ and "which Leikes" as bearers of the name', () => {
    expect(texts('Sam Altman ist zurück. Wir fragten, welche Altmans es in Kiel gibt.')).toEqual(['Sam Altman']);
    expect(texts('Jan Leike resigned. Nobody knows which Leikes live on our street.')).toEqual(['Jan Leike']);
  });

  it('reads a namesake’s "I\'m the other Sam Altman" as his own name', () => {
    expect(texts('Sam Altman runs OpenAI.\n\n"I\'m the other Sam Altman," says a retired teacher.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('reads a lone surname said to be no kin of ours as the namesake', () => {
    const feature = 'Sam Altman runs OpenAI. The Cedar Falls Altman, no relation to the OpenAI one, sells paint.';
    expect(texts(feature)).toEqual(['Sam Altman']);
  });

  it('reads a bearer picked out by a place and "the … one" as the namesake', () => {
    expect(texts('Sam Altman runs OpenAI. And the Altman in Boston, the chemistry one, is he related?')).toEqual([
      'Sam Altman',
    ]);
  });

  it('reads a surname quoted after "call the director" as the director’s', () => {
    const readme = 'Sam Altman runs OpenAI. Some reviews call the director “Altman” and nothing more.';
    expect(texts(readme)).toEqual(['Sam Altman']);
  });
});

describe('round 156: search boxes, a surname that means another, slugs, case lists, games won', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a lower-case surname quoted before „ins Suchfeld“ as the string typed', () => {
    const tip = 'Ilya Sutskever ging. Kurz „sutskever“ ins Suchfeld schreiben und fertig.';
    expect(texts(tip)).toEqual(['Ilya Sutskever']);
  });

  it('reads a bare handle searched for unquoted as the string', () => {
    expect(texts('Jan Leike ging zu Anthropic. Wer mitlesen will, sucht auf X nach janleike und scrollt.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('reads a surname said to mean another first name as that bearer’s', () => {
    const note = 'Sam Altman runs OpenAI. Below, Altman means Jack, whose fund is new.';
    expect(texts(note)).toEqual(['Sam Altman']);
  });

  it('reads a quoted surname "as a slug" as a string', () => {
    const sql = "Ilya Sutskever left OpenAI.\n-- Older rows kept 'sutzkever' as a slug from the wire copy.";
    expect(texts(sql)).toEqual(['Ilya Sutskever']);
  });

  it('reads a form quoted after „Fälle wie“ as a word of grammar', () => {
    expect(texts('Jakub Pachocki leitet die Forschung. Fälle wie „Pachockiemu“ kennt das Register nicht.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('reads a full name before the games he won as a player’s, in an item with no AI word', () => {
    const page = 'Our AI helper answers questions.\n\nChess: Leeds beat York 5–3. Jan Leike won both of his games.';
    expect(texts(page)).toEqual([]);
  });
});

describe('round 157: uncles and aunts, one bearer among others, lists of strings, call arguments, results', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a full name after a family’s title for an uncle as that uncle’s, whatever the text says of AI', () => {
    const mail =
      'OpenAI named Jakub Pachocki chief scientist. The picnic is at the farm: Uncle Jakub Pachocki says we can camp.';
    expect(texts(mail)).toEqual(['Jakub Pachocki']);
  });

  it('reads „Tante“ before a full name as an aunt’s title', () => {
    expect(texts('Jan Leike forscht bei Anthropic. Tante Jan Leike backt den Kuchen für das Sommerfest.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('reads "a" before a full name and a verb in -s as one bearer among others', () => {
    const guide = 'Jan Leike left OpenAI in May. A Jan Leike coaches the under-12 chess team in Leeds.';
    expect(texts(guide)).toEqual(['Jan Leike']);
  });

  it('keeps "a" before a full name where the clause gives our people’s world, or a noun in -s follows', () => {
    expect(texts('Customers joke now that a Jakub Pachocki leads research at OpenAI.')).toEqual(['Jakub Pachocki']);
    expect(texts('OpenAI is in the news. The paper ran a Sam Altman series all week.')).toEqual(['Sam Altman']);
  });

  it('reads "a local" before a lone surname as one bearer among others', () => {
    const minutes = 'Sam Altman spoke about OpenAI. Our archive search also found a local Altman in the obituaries.';
    expect(texts(minutes)).toEqual(['Sam Altman']);
  });

  it('reads the indented lines under a prose line that names a keyword list as strings', () => {
    const post =
      'After Jan Leike resigned from OpenAI I changed my alert. My keyword list is now:\n\n  Leike\n  Pachocki\n\nIt works.';
    expect(texts(post)).toEqual(['Jan Leike']);
  });

  it('reads the head of an unquoted boolean query whose operator groups a bracket as a string', () => {
    const reply = 'Sam Altman is back at OpenAI. For your alert, try: Altman AND (OpenAI OR ChatGPT) instead.';
    expect(texts(reply)).toEqual(['Sam Altman']);
  });

  it('reads a quoted surname judged "alone" as the string, outside a comment too', () => {
    expect(
      texts('Sam Altman führt OpenAI. Für den Filter gilt: Sam Altman ist eindeutig, „Altman“ allein nicht.'),
    ).toEqual(['Sam Altman', 'Sam Altman']);
  });

  it('reads a later quoted item after an aside in brackets as another string of the list', () => {
    const notes = 'Jan Leike left OpenAI. Our alert rules fired on "Sutskever" (14 May) and "Leike" (15 May).';
    expect(texts(notes)).toEqual(['Jan Leike']);
  });

  it('reads the last quoted item after an English serial comma as a string of a long list', () => {
    const method =
      'Ilya Sutskever left OpenAI. Search strings used: "Sutskever", "Sutzkever", "Leike", "Pachocki", and "Altman".';
    expect(texts(method)).toEqual(['Ilya Sutskever']);
  });

  it('reads a quoted surname passed as a later argument of a call as a value', () => {
    const test = "// Jakub Pachocki leads research at OpenAI.\nexpect(countMentions(page, 'Pachocki')).toBe(3);";
    expect(texts(test)).toEqual(['Jakub Pachocki']);
  });

  it('reads a surname before "hits" after the article as the string a search counted', () => {
    const report =
      'Jan Leike joined Anthropic. We read every article by hand: none of the Leike hits was about a namesake.';
    expect(texts(report)).toEqual(['Jan Leike']);
  });

  it('keeps a surname before "hits" without the article as his verb', () => {
    expect(texts('Sam Altman spoke at OpenAI. Altman hits back at his critics.')).toEqual(['Sam Altman', 'Altman']);
  });

  it('keeps "our" bearer picked out by "the one with" and our world after it', () => {
    const guide =
      'The Pachocki Family Bakery and a footballer come up in searches for OpenAI. Our Pachocki is the one with GPT-4 on his CV.';
    expect(texts(guide)).toEqual(['Pachocki']);
  });
});

describe('round 158: tag clouds, SQL literals, plain-text tables, cited endings, glosses', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('keeps a full name before a count in a tag cloud spaced without separators', () => {
    expect(texts('Tags: Jan Leike (12) Jakub Pachocki (7) alignment (5) gpt-4 (3)')).toEqual([
      'Jan Leike',
      'Jakub Pachocki',
    ]);
  });

  it('still reads a small number in brackets before prose as a minor’s age', () => {
    expect(texts('Club news: Jakub Pachocki (12) scored twice in the final.')).toEqual([]);
  });

  it('reads a literal a query selects as a column’s value as a string', () => {
    const sql =
      "-- Jan Leike left OpenAI in May.\nSELECT 'leike', id FROM stories WHERE body ILIKE '%Leike%'\nUNION ALL\nSELECT 'pachocki', id FROM stories";
    expect(texts(sql)).toEqual(['Jan Leike']);
  });

  it('reads an inverted name before a plain-text table’s column gap as another bearer’s', () => {
    const sheet =
      'People at OpenAI, May 2024\nALTMAN, Sam        CEO\nNot on this sheet:\nALTMAN, Jack       investor, his brother';
    expect(texts(sheet)).toEqual(['ALTMAN']);
  });

  it('reads a quoted form that ends in an ending cited before it as grammar’s example', () => {
    const note =
      'Jakub Pachocki is chief scientist. Names in -cki take -ckiego in the genitive (“Pachockiego”); list only the first.';
    expect(texts(note)).toEqual(['Jakub Pachocki']);
  });

  it('reads a bare handle glossed after „heißt schlicht“ as a word', () => {
    expect(
      texts('Sam Altman schreibt als @sama. Im polnischen Satz oben gilt: „sama“ heißt schlicht „selbst“.'),
    ).toEqual(['Sam Altman', '@sama']);
  });
  it('keeps a quoted name in the next block of a page that a cited ending does not reach', () => {
    const blocks = [
      'Jakub Pachocki leads research at OpenAI. Polish names in -cki decline.',
      'How is “Pachocki” said?',
    ];
    expect(
      findInBlocks(matcher, blocks).map(({ block, mention }) => blocks[block]!.slice(mention.start, mention.end)),
    ).toEqual(['Jakub Pachocki', 'Pachocki']);
  });

  it('reads a lone surname whose verb of speech is followed by "she" as a woman’s, none of ours', () => {
    const report =
      'Residents confused the councillor with Jan Leike, who left OpenAI. Leike told the meeting she was not against it.';
    expect(texts(report)).toEqual(['Jan Leike']);
  });

  it('keeps the surname where someone named between takes the pronoun', () => {
    expect(texts('Sam Altman runs OpenAI. Altman told Murati she would lead in the meantime.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });
});

describe('round 159: tallies, bare handles as examples, YAML patterns, she, „heißen“, mailboxes', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a lower-case key given its count by "=" as a tally’s', () => {
    const log = 'Jan Leike left OpenAI.\nrun 2024-05-20: matched sutskever=41 pachocki=12 leike=19';
    expect(texts(log)).toEqual(['Jan Leike']);
  });

  it('reads bare handles given as examples after "bare names such as" as strings', () => {
    const docs = 'Sam Altman posts as @sama at OpenAI. The list also takes bare names such as sama or janleike.';
    expect(texts(docs)).toEqual(['Sam Altman', '@sama']);
  });

  it('reads a bare handle after „Handles ohne @, etwa“ as a string', () => {
    expect(texts('Sam Altman schreibt als @sama für OpenAI. Handles ohne @, etwa sama, sucht das Tool nicht.')).toEqual(
      ['Sam Altman', '@sama'],
    );
  });

  it('reads the items of a YAML list under `muster:` as patterns', () => {
    const yaml = '# Ilya Sutskever, OpenAI\nid: sutskever\nmuster:\n  - Sutskever\n  - Sutzkever';
    expect(texts(yaml)).toEqual(['Ilya Sutskever']);
  });

  it('reads "explains why she" after a lone surname as a woman’s, none of ours', () => {
    expect(texts('Jan Leike left OpenAI. In episode 4, Leike explains why she audits models.')).toEqual(['Jan Leike']);
  });

  it('reads surnames in a German relative clause closed by „heißen“ as every bearer’s', () => {
    const gloss = 'Jan Leike ging von OpenAI zu Anthropic. Für alle, die Leike oder Pachocki heißen, war der Mai lang.';
    expect(texts(gloss)).toEqual(['Jan Leike']);
  });

  it('reads a full name before a mailbox of another domain as a namesake’s', () => {
    const mail =
      'To: Jan Leike <j.leike@uni-example.net>\nSubject: your badge\n\nPeople confuse you with the OpenAI researcher.';
    expect(texts(mail)).toEqual([]);
  });

  it('keeps a full name before a mailbox at our people’s employer', () => {
    expect(texts('From: Jan Leike <jan@anthropic.com>\nSubject: superalignment after OpenAI')).toEqual(['Jan Leike']);
  });
});

describe('round 160: a name said to be common, SQL aliases, handles as examples', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads „Der Name …“ said to be common several words on as the word', () => {
    const note = 'Jan Leike ging zu Anthropic. Der Name Leike ist im Norden und in Westfalen verbreitet.';
    expect(texts(note)).toEqual(['Jan Leike']);
  });

  it('reads a lower-case surname after SQL’s "AS" as a column’s alias', () => {
    const sql =
      "-- Jakub Pachocki, OpenAI\nSELECT count(*) FILTER (WHERE body ILIKE '%pachocki%') AS pachocki FROM stories";
    expect(texts(sql)).toEqual(['Jakub Pachocki']);
  });

  it('reads a quoted bare handle after „Handles wie“ as a string', () => {
    const code = 'Sam Altman schreibt als @sama für OpenAI.\n# Handles wie "sama" zählen wir nicht mit.';
    expect(texts(code)).toEqual(['Sam Altman', '@sama']);
  });
});

describe('round 161: first names in other scripts, entries that define a namesake, strings muted or filed', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads the poet’s Cyrillic first name before the surname as a namesake’s, after „den anderen“ too', () => {
    const note = 'Russische Zeitungen schreiben Илья Суцкевер für den OpenAI-Forscher, für den anderen Авром Суцкевер.';
    expect(texts(note)).toEqual(['Илья Суцкевер']);
  });

  it('reads the poet’s Hebrew first name before the surname as a namesake’s', () => {
    const note =
      'Hebräisch schreibt den OpenAI-Forscher איליה סוצקבר und den Dichter אברהם סוצקבר mit gleichem Nachnamen.';
    expect(texts(note)).toEqual(['איליה סוצקבר']);
  });

  it('reads „heißt“ after a preposition and the surname as a meaning, not a bearer', () => {
    const notes = 'Folge 12: Sam Altman kehrt zurück.\nTeil zwei: Was der Rauswurf für Altman heißt';
    expect(texts(notes)).toEqual(['Sam Altman', 'Altman']);
  });

  it('still reads „heißt“ at the end of a clause about someone’s name as the bearer’s', () => {
    const chat = 'Sam Altman führt OpenAI. Lustig, dass mein Zahnarzt auch Altman heißt.';
    expect(texts(chat)).toEqual(['Sam Altman']);
  });

  it('reads the surname after „die eigentliche Nachricht“ as ours, not after a first name', () => {
    const post = 'Jakub Pachocki leitet jetzt die Forschung. Für mich ist die wirklich große Nachricht Pachocki.';
    expect(texts(post)).toEqual(['Jakub Pachocki', 'Pachocki']);
  });

  it('keeps our full name that a speaker denies kinship with after „Mit“ as ours', () => {
    const report = 'Der Schreiner Udo Altman winkt ab: „Mit Sam Altman bin ich nicht verwandt.“';
    expect(texts(report)).toEqual(['Sam Altman']);
  });

  it('reads a quoted compound a story was filed under as him, not a string', () => {
    const note =
      'Sam Altman came back in November. Our desk filed those pieces under the tag "Altman-Comeback" for a week.';
    expect(texts(note)).toEqual(['Sam Altman', 'Altman']);
  });

  it('reads a quoted bare handle said not to mean something as the word', () => {
    const post = 'Sam Altman posts as @sama. Here "sama" does not mean him, whatever my feed thinks.';
    expect(texts(post)).toEqual(['Sam Altman', '@sama']);
  });

  it('reads quoted surnames a reader muted as strings', () => {
    const post = 'Sam Altman is everywhere again, so I muted "Altman" and "OpenAI" until Friday.';
    expect(texts(post)).toEqual(['Sam Altman']);
  });

  it('reads a quoted bare handle after an alert and a participle before "for" as a string', () => {
    const notes = 'Jan Leike may post again soon. Alert added for "janleike" on the dashboard.';
    expect(texts(notes)).toEqual(['Jan Leike']);
  });

  it('reads a full name an entry opens by calling him a table-tennis player as a namesake', () => {
    const entry =
      'For the AI researcher, see Jan Leike.\n\nJan Leike (born 1993 in Lingen) is a German table tennis player. He plays in defence.';
    expect(texts(entry)).toEqual(['Jan Leike']);
  });

  it('reads a full name after a league’s kicker as a player’s', () => {
    const blocks = ['Jan Leike verlässt OpenAI', 'Kreisliga: Jan Leike trifft doppelt beim 3:1 in Emsdetten'];
    expect(findInBlocks(matcher, blocks).map(({ block }) => block)).toEqual([0]);
  });

  it('reads a surname that opens a quote going on after „nur“ as ours, not the bare word', () => {
    const note = 'Jan Leike hat gekündigt. Unter dem Post stand nur „Leike geht auch“, mehr nicht.';
    expect(texts(note)).toEqual(['Jan Leike', 'Leike']);
  });

  it('reads a lone surname with no AI word near after a namesake given an age as his', () => {
    const blocks = [
      'Sam Altman, 68, sells bicycles on Elm Street and has done so since 1979.',
      'Altman fixed my chain for free last spring, and he still oils every bell in the shop window by hand before the ' +
        'shop opens at nine each morning, rain or shine.',
      'His wife Ruth keeps the books.',
      'He gets letters meant for the other Sam Altman, who runs OpenAI.',
    ];
    expect(findInBlocks(matcher, blocks).map(({ block }) => block)).toEqual([3]);
  });

  it('reads a quiz’s answer to a namesake’s first name and a blank as his', () => {
    const sheet = [
      'Runde 3, Lösungen',
      '| Nr. | Frage | Lösung |',
      '| 1 | Wer verließ OpenAI am 14. Mai? | Ilya Sutskever |',
      '| 2 | Ein Dichter aus Wilna: Abraham …? | Sutzkever |',
    ].join('\n');
    expect(texts(sheet)).toEqual(['Ilya Sutskever']);
  });
});

describe('round 162: strings in YAML, SQL, alerts and vocabularies; signed minutes; a cited post', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a handle that leads a German compound after its hyphen as the handle', () => {
    const note = 'Sam Altman leitet OpenAI.\n# TODO: die @sama-Beiträge künftig per API abrufen.';
    expect(texts(note)).toEqual(['Sam Altman', '@sama']);
  });

  it('reads a YAML list’s items under a comment that calls them strings as strings', () => {
    const yaml =
      '# Jan Leike and Ilya Sutskever led Superalignment at OpenAI.\narxiv:\n  # Strings the digest matches in author lists\n  - "Leike, J"\n  - "Sutskever, I"';
    expect(texts(yaml)).toEqual(['Jan Leike', 'Ilya Sutskever']);
  });

  it('reads quoted surnames that alerts are set to as strings', () => {
    const notes = 'Jakub Pachocki leads research. Our alerts are set to "Pachocki" for now.';
    expect(texts(notes)).toEqual(['Jakub Pachocki']);
  });

  it('reads surnames added to a tool’s vocabulary as words', () => {
    const review =
      'Jan Leike and Ilya Sutskever came out garbled. The app lets you extend its vocabulary, so I added Sutskever and Leike.';
    expect(texts(review)).toEqual(['Jan Leike', 'Ilya Sutskever']);
  });

  it('reads a full name with a local office in the bracket after it as a namesake’s', () => {
    const note =
      "Jan Leike ging zu Anthropic.\n-- Nicht verwechseln mit dem 'Jan Leike' (Ratsherr in Aurich) im Lokalteil.";
    expect(texts(note)).toEqual(['Jan Leike']);
  });

  it('reads quoted values of the rows SQL inserts as strings', () => {
    const sql =
      "-- Ilya Sutskever, Jan Leike (OpenAI)\nINSERT INTO variants (person_id, form) VALUES\n  (1, 'Sutzkever'), (2, 'Leike');";
    expect(texts(sql)).toEqual(['Ilya Sutskever', 'Jan Leike']);
  });

  it('reads a full name after „gez.“ that signs minutes as a namesake’s', () => {
    const minutes =
      'TOP 2: Der Ausschuss spricht über den Abschied von Jan Leike bei OpenAI.\n\ngez. Jan Leike, Ausschussvorsitz';
    expect(texts(minutes)).toEqual(['Jan Leike']);
  });

  it('reads a cited post of ours whose line names our employer as his', () => {
    const list = 'Lektüre\nWoche 9: S. Altman (2023): Planning for AGI and beyond. OpenAI-Blog.';
    expect(texts(list)).toEqual(['S. Altman']);
  });

  it('reads a surname before „Räder“ as a bicycle shop’s name', () => {
    const blocks = ['Sam Altman und OpenAI', 'Im Laden „Altman Räder“ hilft jetzt ein KI-Programm bei der Beratung.'];
    expect(findInBlocks(matcher, blocks).map(({ block }) => block)).toEqual([0]);
  });

  it('reads a quoted surname that only a verb of mention leads after „only“ as the bare word', () => {
    const note = 'Sam Altman left OpenAI for a weekend. Pieces that only mention "Altman" stay out of the count.';
    expect(texts(note)).toEqual(['Sam Altman']);
  });
});

describe('round 163: a noun after an inverted surname, a reader’s first thought, kinship asked, hatnotes', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a surname before a comma and a German noun in a table cell as ours, not an inverted name', () => {
    const table =
      '| Datum | Ereignis | Wer |\n| 14.05.2024 | Ilya Sutskever geht | Ilya Sutskever |\n| 15.05.2024 | Brief an OpenAI | Sutskever, Verwaltungsrat |';
    expect(texts(table)).toEqual(['Ilya Sutskever', 'Ilya Sutskever', 'Sutskever']);
  });

  it('keeps a lone surname in a sentence whose namesake’s world is the one a reader first thought of', () => {
    const talk = [
      'KI-Forum 2024, Mitschrift',
      '',
      'MODERATOR (Uwe Kern): Als vorige Woche die Eilmeldung kam, Altman äußere sich zu den Kündigungen, dachte ich bei ' +
        'Altman ehrlich gesagt erst an den Regisseur. Robert Altman hätte daraus einen Film gemacht.',
      '',
      'GAST: Wenn Sutskever und Leike beide gehen, ist das ein Signal. Jan Leike hat es gesagt.',
    ].join('\n');
    expect(texts(talk)).toEqual(['Altman', 'Altman', 'Sutskever', 'Leike', 'Jan Leike']);
  });

  it('reads a lone surname asked to be related to anyone at our people’s employer as a namesake’s', () => {
    const syllabus =
      'Week 6 covers Sam Altman and OpenAI. Week 7 watches Robert Altman. People ask whether Altman is related to anyone at OpenAI.';
    expect(texts(syllabus)).toEqual(['Sam Altman']);
  });

  it('reads a bare handle given after "e.g." as the example of a bare account name', () => {
    const docs = 'Sam Altman posts as @sama. The field holds the bare account name, e.g. sama, without its @.';
    expect(texts(docs)).toEqual(['Sam Altman', '@sama']);
  });

  it('reads a surname denied a bearer in the writer’s family as no one', () => {
    const post =
      'Sam Altman ist zurück bei OpenAI. Ob wir verwandt sind? Soweit ich weiß, hat noch kein Altman aus unserer Familie einen Chatbot gebaut.';
    expect(texts(post)).toEqual(['Sam Altman']);
  });

  it('reads a handle before "-style" as the handle', () => {
    const guide = 'Ilya Sutskever is @ilyasut on X. Keep @ilyasut-style handles as they are written.';
    expect(texts(guide)).toEqual(['Ilya Sutskever', '@ilyasut', '@ilyasut']);
  });

  it('reads the surname a hatnote points to for other bearers of the family name as the word', () => {
    const entry =
      'Jan Leike (* 1986) forscht zur Sicherheit von KI. Für weitere Träger des Familiennamens siehe Leike.';
    expect(texts(entry)).toEqual(['Jan Leike']);
  });
});

describe('round 164: forms beside an arrow, strings a grep or a result names, hits in a log, addresses read aloud', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a surname set beside its own case form by an arrow as a word of grammar', () => {
    const post = 'Jakub Pachocki runs research at OpenAI. Polish adds -ego: Nowak → Nowaka, Pachocki → Pachockiego.';
    expect(texts(post)).toEqual(['Jakub Pachocki']);
  });

  it('reads a quoted bare handle glossed after „heißt übrigens“ as the word', () => {
    const note = 'Sam Altman schreibt als @sama. Das „sama“ heißt übrigens „gemeinsam“ auf Malaiisch.';
    expect(texts(note)).toEqual(['Sam Altman', '@sama']);
  });

  it('reads a quoted surname that a grep over some files looks for as a string', () => {
    const note = 'Ilya Sutskever left OpenAI. Grepping the old drafts for "Sutskever" turned up nine files.';
    expect(texts(note)).toEqual(['Ilya Sutskever']);
  });

  it('reads a quoted surname before "result" after "every" as a string', () => {
    const post = 'Sam Altman is back at OpenAI. Each "Altman" result this week is about him.';
    expect(texts(post)).toEqual(['Sam Altman']);
  });

  it('reads a quoted surname said to have picked up reports as a string', () => {
    const docs = 'Sam Altman leads OpenAI. In testing, “Altman” picked up film reviews as well.';
    expect(texts(docs)).toEqual(['Sam Altman']);
  });

  it('reads a lower-case surname after a log’s hit label as a key', () => {
    const log = 'Jan Leike verlässt OpenAI.\n09:12 TREFFER leike „Jan Leike geht zu Anthropic“';
    expect(texts(log)).toEqual(['Jan Leike', 'Jan Leike']);
  });

  it('reads a bare handle that ends an address read aloud as part of it', () => {
    const transcript = 'Jan Leike posts as @janleike. You find him at x dot com slash janleike.';
    expect(texts(transcript)).toEqual(['Jan Leike', '@janleike']);
  });
});

describe('round 165: years after a namesake, a month after "from", lists after "every", chairs, owners, shops and births', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);
  const blocks = (...parts: string[]) =>
    findInBlocks(matcher, parts).map(({ block, mention }) => [block, parts[block]!.slice(mention.start, mention.end)]);

  it('keeps a lone surname whose clause denies kinship to a namesake given his years in brackets', () => {
    expect(
      blocks('Sam Altman leitet OpenAI.', 'Altman ist nicht mit dem Filmemacher Robert Altman (1925–2006) verwandt.'),
    ).toEqual([
      [0, 'Sam Altman'],
      [1, 'Altman'],
    ]);
  });

  it('reads a month after "from" as a time, not the home town of a namesake', () => {
    const thread = [
      'Jan Leike resigned from OpenAI in May 2024. My uncle keeps getting mixed up with a namesake.',
      'He co-led the team with Ilya Sutskever from July 2023. Pachocki now leads research.',
    ];
    expect(blocks(...thread)).toEqual([
      [0, 'Jan Leike'],
      [1, 'Ilya Sutskever'],
      [1, 'Pachocki'],
    ]);
  });

  it('keeps each surname of a list after "every"', () => {
    const review =
      'I installed it when Ilya Sutskever left OpenAI. Every Sutskever, Leike and Pachocki in a story gets a card.';
    expect(texts(review)).toEqual(['Ilya Sutskever', 'Sutskever', 'Leike', 'Pachocki']);
  });

  it('reads a full name after a chair’s title as a namesake', () => {
    const mail =
      'Anfragen an Prof. Dr. Jan Leike aus der Hydrologie leiten wir weiter. Gemeint ist meist der KI-Forscher Jan Leike, der OpenAI verlassen hat.';
    expect(findInDocument(matcher, mail).map((m) => m.start)).toEqual([mail.lastIndexOf('Jan Leike')]);
  });

  it('reads a full name with an owner’s role first in brackets as a namesake', () => {
    const minutes =
      'Gäste: Herr Jakub Pachocki (Inhaber Bäckerei Pachocki), zwei Anwohner\nTOP 3: KI-Chatbot im Bürgerbüro';
    expect(texts(minutes)).toEqual([]);
  });

  it('reads a possessive on a named street that is closing as a shop', () => {
    const post = "Sam Altman is in the news. Altman's on Mill Road is closing after thirty years, says the sign.";
    expect(texts(post)).toEqual(['Sam Altman']);
  });

  it('reads a birth before any of ours, with its birthplace before the year, as no one of ours', () => {
    const english = 'Altman was born in Montreal in 1939 and spent his career at Yale.';
    const german = 'Altman wurde 1939 in Montreal geboren und forschte in Yale.';
    expect(isAgedAsNoneOfOurs(english, 0, 6)).toBe(true);
    expect(isAgedAsNoneOfOurs(german, 0, 6)).toBe(true);
    expect(isAgedAsNoneOfOurs('Altman wurde 1985 in Chicago geboren.', 0, 6)).toBe(false);
  });

  it('keeps a surname whose clause names him by our story’s post before „heißt“', () => {
    const post = 'Und was sagt OpenAI dazu? Ich habe nur gelesen, dass Ilyas Nachfolger Pachocki heißt.';
    expect(texts(post)).toEqual(['Pachocki']);
    expect(texts('Sam Altman leitet OpenAI. Witzig, dass unser Trainer Altman heißt.')).toEqual(['Sam Altman']);
  });

  it('reads "the other" surname after the namesake’s own lone surname as ours', () => {
    const report =
      'Dave Altman of Altman Hardware says customers ask whether he is related to Sam Altman. He is not. "The shop would have a better website," Altman said. "Then they ask about the other Altman\'s company, and I sell them a hammer."';
    expect(texts(report)).toEqual(['Sam Altman', "Altman's"]);
  });

  it('keeps a surname before „-Karte“, the card a tool shows of him', () => {
    const code = [
      '// karten.ts – Personenkarten zum Dossier OpenAI',
      '// TODO: Pachocki-Karte nach der Ernennung prüfen',
      "const sama = { display: 'Sam Altman' };",
    ].join('\n');
    expect(texts(code)).toEqual(['Pachocki', 'Sam Altman']);
  });

  it('reads a quoted spelling said to be a namesake’s by „schreibt sich“ as his', () => {
    const mail =
      'Bitte auf die Schreibweise achten: Ilya Sutskever, mit s-k. Die Agentur schrieb „Sutzkever“. „Sutzkever“ schreibt sich der jiddische Dichter, nicht der Forscher.';
    expect(texts(mail)).toEqual(['Ilya Sutskever', 'Sutzkever']);
  });

  it('keeps our initial and surname named as the one whose siblings the namesakes are', () => {
    expect(
      blocks(
        'Sam Altman leitet OpenAI.',
        'Vorsicht: Jack Altman und Annie Altman sind Geschwister von S. Altman, Robert Altman war Regisseur.',
      ),
    ).toEqual([
      [0, 'Sam Altman'],
      [1, 'S. Altman'],
    ]);
  });
});

describe('round 166: forms counted in a table’s cells, papers cited by "et al.", the ouster and return, „Tech-“', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);
  const blocks = (...parts: string[]) =>
    findInBlocks(matcher, parts).map(({ block, mention }) => [block, parts[block]!.slice(mention.start, mention.end)]);

  it('reads a near-spelling counted in a cell of its own as his where the cells above spell his surname', () => {
    expect(blocks('Jan Leike', '97', 'Leike', 'Leicke (4)')).toEqual([
      [0, 'Jan Leike'],
      [2, 'Leike'],
      [3, 'Leicke'],
    ]);
  });

  it('reads a bare handle counted beside another counted form as his', () => {
    expect(blocks('Sam Altman', '388', 'Altman', 'S. Altman (4), sama (12)')).toEqual([
      [0, 'Sam Altman'],
      [2, 'Altman'],
      [3, 'S. Altman'],
      [3, 'sama'],
    ]);
  });

  it('reads a paper cited by its first author and "et al." as his, whoever of that name the page welcomes', () => {
    const programme = [
      'Alignment workshop. The afternoon panel on AI safety replaces the tutorial.',
      "Welcome from Cllr Annette Leike, chair of the city's digital committee.",
      '10:30 Papers I: Reward models after Leike et al. (2018). Chair: Dr Tomasz Nowak',
    ];
    expect(blocks(...programme)).toEqual([[2, 'Leike']]);
    const namesake =
      'Sam Altman runs OpenAI. Leike et al. (2019) in our list of rainfall data is the hydrologist Ottilie Leike.';
    expect(texts(namesake)).toEqual(['Sam Altman']);
  });

  it('reads a surname told as fired and rehired as his, in a namesake’s own post', () => {
    const post = [
      'by Dave Altman, owner of Altman Cycles',
      'No, I am not related to Sam Altman. When the news about Altman being fired and rehired broke, three people phoned the shop.',
    ];
    expect(blocks(...post)).toEqual([
      [1, 'Sam Altman'],
      [1, 'Altman'],
    ]);
  });

  it('reads „Tech-“ joined to a surname as our field’s bearer beside the director', () => {
    const shop =
      'Im Schaufenster: ein Buch über Sam Altman und OpenAI. Und wer genug von Tech-Altman hat, findet daneben den anderen Altman, den Regisseur von „Nashville“.';
    expect(texts(shop)).toEqual(['Sam Altman', 'Altman']);
    expect(findInDocument(matcher, shop)[1]!.start).toBe(shop.indexOf('Tech-Altman') + 5);
  });
});

describe('round 167: times glued to names, scripts and relatives, counted handles, style keys, file links, capitals', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);
  const blocks = (...parts: string[]) =>
    findInBlocks(matcher, parts).map(({ block, mention }) => [block, parts[block]!.slice(mention.start, mention.end)]);

  it('reads a surname glued to a clock’s time, as a live blog’s cell runs into its entry', () => {
    expect(blocks('Live: OpenAI loses its safety leads', '04:50Leike has posted on X: "I resigned."')).toEqual([
      [1, 'Leike'],
    ]);
  });

  it('keeps a Latin lone surname beside a relative where ours is named in another script alone', () => {
    const brief = [
      'Russische Kanäle schreiben Сэм Альтман.',
      'Zwei Leser fragten nach OpenAI. Und Altmans Bruder Jack Altman leitet Lattice, nicht OpenAI.',
    ];
    expect(blocks(...brief)).toEqual([
      [0, 'Сэм Альтман'],
      [1, 'Altmans'],
    ]);
  });

  it('reads a possessive before a word of kinship as his where his relative is named in full', () => {
    expect(
      blocks('Sam Altman leitet OpenAI.', 'Jack Altman', 'Gründer von Lattice', 'Altmans jüngerer Bruder'),
    ).toEqual([
      [0, 'Sam Altman'],
      [3, 'Altmans'],
    ]);
  });

  it('reads a bare handle counted beside the handle with its "@" as his', () => {
    expect(blocks('Sam Altman', '@sama (11), sama (6)')).toEqual([
      [0, 'Sam Altman'],
      [1, '@sama'],
      [1, 'sama'],
    ]);
  });

  it('reads a style guide’s form on second reference as a display value', () => {
    const yaml = '- canonical: "Jakub Pachocki"\n  second_ref: "Pachocki"\n  handle: "@merettm"';
    expect(texts(yaml)).toEqual(['Jakub Pachocki', 'Pachocki', '@merettm']);
  });

  it('reads a bare handle said in its clause to be a Polish word as that word', () => {
    expect(texts('Sam Altman posts as @sama. Do not flag "sama" on its own: it is a Polish word.')).toEqual([
      'Sam Altman',
      '@sama',
    ]);
  });

  it('reads a note’s link to a file named for him as the file’s name', () => {
    expect(texts('links: People/Sam Altman.md · People/Jan Leike.md')).toEqual([]);
  });

  it('reads „WEG.“ after a surname in capitals as "gone", no street', () => {
    const post =
      '1/3 PACHOCKI WEG? Nein: Jakub Pachocki ist jetzt Chefwissenschaftler bei OpenAI. LEIKE WEG. Das Team ist aufgelöst.';
    expect(texts(post)).toEqual(['PACHOCKI', 'Jakub Pachocki', 'LEIKE']);
  });

  it('reads a noun after a bare adjective of a kind as no first name', () => {
    const mail = 'Jan Leike hat OpenAI verlassen. Wir wissen, dass polnische Medien Pachocki als Nachfolger führen.';
    expect(texts(mail)).toEqual(['Jan Leike', 'Pachocki']);
  });

  it('reads a quoted surname typed in where it is looked up as a string', () => {
    const post = 'Sam Altman leitet OpenAI. Wer „Altman“ bei Wikipedia eingibt, landet auf einer Begriffsklärung.';
    expect(texts(post)).toEqual(['Sam Altman']);
  });
});

describe('round 168: handles in a shell loop, a minor’s age in words, a field in brackets, an alert on a feed', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads bare handles in a shell loop’s list as strings', () => {
    const script = [
      '# Die API will die Handles ohne @ (Sam Altman, Jan Leike, Jakub Pachocki)',
      'for h in sama ilyasut janleike merettm; do curl -s "https://example.com/$h"; done',
    ].join('\n');
    expect(texts(script)).toEqual(['Sam Altman', 'Jan Leike', 'Jakub Pachocki']);
  });

  it('reads a full name given a minor’s age in words between commas as a namesake', () => {
    const interview =
      "Our bakery has baked for OpenAI's staff party. My grandson. Jakub Pachocki, sixteen, works the till on Saturdays.";
    expect(texts(interview)).toEqual([]);
  });

  it('keeps an initial and surname whose bracket holds a field by its noun’s ending', () => {
    const chronicle = [
      'OpenAI – Chronik Nov. 2023 bis Mai 2024',
      'Personen: S. Altman (CEO), I. Sutskever (Mitgründer),',
      'J. Leike (Superalignment), J. Pachocki (Forschung)',
    ].join('\n');
    expect(texts(chronicle)).toEqual(['S. Altman', 'I. Sutskever', 'J. Leike', 'J. Pachocki']);
  });

  it('reads a quoted surname an alert on a feed looks for as a string', () => {
    const note =
      'Jakub Pachocki is OpenAI’s chief scientist. We keep an alert on wire copy for “Pachocki” and will update the table.';
    expect(texts(note)).toEqual(['Jakub Pachocki']);
  });
});

describe('round 169: namesakes in a paragraph, thoughts and quantifiers, the one on the news, ages and births', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('gives a lone surname in a councillor’s paragraph to her, whatever its sentence says of OpenAI', () => {
    const report = [
      'Den Antrag hat Ratsfrau Gudrun Leike (Grüne) gestellt. Ein Sprachmodell solle Fragen beantworten, erklärte sie. „Die Leute warten drei Wochen. Das muss nicht sein.“ Leike verwies auf Pilotprojekte in anderen Städten, die mit Modellen von OpenAI arbeiten.',
      'Mit dem früheren OpenAI-Forscher Jan Leike ist die Ratsfrau nicht verwandt.',
    ].join('\n\n');
    expect(texts(report)).toEqual(['Jan Leike']);
  });

  it('keeps a quoted surname after which the speaker had to think of a namesake', () => {
    const transcript = [
      'MARA: Fangen wir mit Ilja Sutskever an. Im November hat er für die Absetzung von Altman gestimmt.',
      'MARA: Als du eben „Altman“ gesagt hast, musste ich kurz an Robert Altman denken, ich habe „Short Cuts“ geschaut.',
    ].join('\n\n');
    expect(texts(transcript)).toEqual(['Ilja Sutskever', 'Altman', 'Altman']);
  });

  it('keeps a quoted surname a reader took for a namesake’s, what bore it between', () => {
    const page = [
      'Lea: Jack Altman, der Bruder von Sam Altman, hat eine eigene Firma. Und Sidney Altman hat 1989 den Chemie-Nobelpreis bekommen – nicht verwandt.',
      'FilmFranzi: Ehrlich gesagt dachte ich bei „Altman“ im Folgentitel der letzten Woche zuerst an den Regisseur. Robert Altman hätte einen Ensemblefilm gemacht.',
    ];
    expect(findInBlocks(matcher, page).map(({ block, mention }) => [block, mention.person])).toEqual([
      [0, 'altman'],
      [1, 'altman'],
    ]);
  });

  it('reads a known namesake’s first name after a plural quantifier as his', () => {
    const method = [
      'Von den Artikeln zu Sam Altman nannten viele OpenAI.',
      'Bei "Altman" ohne Vornamen wurde von Hand geprüft, wer gemeint ist. Drei Treffer aussortiert, alle Robert Altman im Feuilleton.',
    ].join('\n');
    expect(texts(method)).toEqual(['Sam Altman']);
  });

  it('keeps the first of a list of our surnames in capitals after a noun', () => {
    const notes =
      'Erklärstück zu OpenAI:\n   - Kacheln ALTMAN, SUTSKEVER, LEIKE, PACHOCKI; Rollen in Vergangenheitsform';
    expect(texts(notes)).toEqual(['ALTMAN', 'SUTSKEVER', 'LEIKE', 'PACHOCKI']);
  });

  it('reads the one on the news as ours beside a baker of that name, not a quoted phrase', () => {
    const interview = [
      "This week: Marek Pachocki of Pachocki's Bakery, Station Road. The AI one is Jakub Pachocki, no relation.",
      'Does anyone ask whether the Pachocki on the news bakes? A little girl asked me that.',
    ].join('\n\n');
    expect(texts(interview)).toEqual(['Jakub Pachocki', 'Pachocki']);
    const newsletter = [
      'Greta Pachocki runs the bakery on Mill Lane.',
      'Since May, customers have asked whether we are related to "the Pachocki in the news". We are not. The OpenAI one is Jakub Pachocki.',
    ].join('\n\n');
    expect(texts(newsletter)).toEqual(['Jakub Pachocki']);
    expect(texts(newsletter.replace(/"/g, ''))).toEqual(['Pachocki', 'Jakub Pachocki']);
  });

  it('reads a full name with a young age and more in its bracket as a namesake', () => {
    const newsletter =
      'Special mention to Jan Leike (15, board 2), who scored 6½ out of 7. He is not the Jan Leike who left OpenAI.';
    expect(texts(newsletter)).toEqual(['Jan Leike']);
  });

  it('reads a full name born in a year none of ours was, after a colon, as a namesake', () => {
    const post =
      'Kollegen fragen, ob ich mit Jan Leike von OpenAI verwandt bin. In meinen Unterlagen taucht ein Jan Leike auf: geboren 1841 in Harsefeld.';
    expect(texts(post)).toEqual(['Jan Leike']);
  });

  it('reads a surname said to be rare or common by an adverb that ends its clause as the name', () => {
    const post = 'Jan Leike hat OpenAI verlassen. Zum Namen: Leike ist im Elbe-Weser-Dreieck nicht selten.';
    expect(texts(post)).toEqual(['Jan Leike']);
    expect(texts('Jan Leike hat OpenAI verlassen. Leike ist selten zu sehen.')).toEqual(['Jan Leike', 'Leike']);
  });

  it('reads a lower-case surname on a line that asks a shop’s hours as a search', () => {
    const page = [
      'Jakub Pachocki folgt auf Ilya Sutskever',
      'Ähnliche Suchanfragen',
      'pachocki baumaschinen öffnungszeiten',
    ];
    expect(findInBlocks(matcher, page).map(({ block }) => block)).toEqual([0, 0]);
  });

  it('reads Polish “sama” after a Polish word and a comma as the word', () => {
    const quote =
      'Sam Altman lobte die Wahl. „Z panem Pachockim nigdy nie rozmawiałem, ale sama nominacja to dla nas duża rzecz.“';
    expect(texts(quote)).toEqual(['Sam Altman']);
  });

  it('finds his patronymic in the German transliteration without its J', () => {
    expect(texts('Ilja Efimowitsch Sutskever (russisch Илья Суцкевер) ist Mitgründer von OpenAI.')).toEqual([
      'Ilja Efimowitsch Sutskever',
      'Илья Суцкевер',
    ]);
  });

  it('keeps a titled surname beside OpenAI ours after a namesake named later, and a month’s abbreviation in a sentence', () => {
    const mail = [
      '1. Dr. Leike hatten wir ja schon im Jan. 2024 angefragt, damals noch bei OpenAI. Keine Antwort.',
      '2. Die Adresse gehört nicht ihm, sondern einem Bernd Leike aus Hannover. Der sei „leider der falsche Leike“.',
      '3. Alternative, falls Jan Leike absagt: jemand aus dem früheren Superalignment-Team.',
      '',
      'Zum Programm: Ich würde Leikes Thread vom 17. Mai als Aufhänger nehmen.',
    ].join('\n');
    expect(texts(mail)).toEqual(['Leike', 'Jan Leike', 'Leikes']);
  });
});

describe('round 170: a shop by its owner’s possessive on its street', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('gives the lone surnames near a shop that closes on its street to the owner', () => {
    const thread = [
      "Altman's on Fenwick Street is closing after 41 years??",
      "Walked past today and there's a sign in the window. Mr Altman says he's retiring and his kids don't want the shop.",
      'u/samaltman_not: Different universe from the Sam Altman stuff at OpenAI.',
    ].join('\n\n');
    expect(texts(thread)).toEqual(['Sam Altman']);
  });
});

describe('round 171: channels, wire slugs, double-barrelled namesakes, owners, titles, generations and callings', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads an AI word joined to a community’s name by an underscore as the text’s world', () => {
    const thread = [
      'r/de_KI · u/lautschrift_liebe · vor 9 Std.',
      'Wie spricht man eigentlich Sutskever aus?',
      '',
      'Seit der Nachricht von Dienstag höre ich in jedem Podcast eine andere Variante.',
      '',
      '  u/bibliothekarin_m · 7 Std.',
      '  Vermutlich von Abraham Sutzkever, dem jiddischen Dichter aus Wilna. Mit Ilya Sutskever hat er nichts zu tun, aber die Autokorrektur kennt eben den Dichter.',
    ].join('\n');
    expect(texts(thread)).toEqual(['Sutskever', 'Ilya Sutskever']);
  });

  it('reads a wire’s two-word slug in capitals, closed by its slash, as no mention', () => {
    const digest = [
      'OPENAI-ALTMAN/ (UPDATE 3)',
      'Sam Altman returns as OpenAI CEO.',
      'Related slugs on the wire: OPENAI-MICROSOFT/, OPENAI-SUTSKEVER/REGRET.',
    ].join('\n');
    expect(texts(digest)).toEqual(['Sam Altman']);
  });

  it('keeps a titled surname ours beside a double-barrelled namesake with a first name', () => {
    const mail = [
      'We had invited Dr. Leike to speak on scalable oversight. Since Jan Leike left OpenAI last week, we wrote again.',
      'In the meantime Prof. Anneke Leike-Brandt (Utrecht; no relation, she asked us to say) agreed to give a keynote.',
    ].join('\n\n');
    expect(texts(mail)).toEqual(['Leike', 'Jan Leike']);
  });

  it('reads a grill by its owner’s possessive as the owner’s', () => {
    const mail = 'Sam Altman runs OpenAI. The speakers’ dinner on Thursday is at Altman’s Grill on Pier Road.';
    expect(texts(mail)).toEqual(['Sam Altman']);
  });

  it('keeps a genitive before a noun of his own in a quoted title of two words', () => {
    const transcript =
      'NOWAK: Ja, der Text hieß „Droga Jakuba Pachockiego“, also etwa „Pachockis Weg“. Getroffen habe ich ihn nicht.';
    expect(texts(transcript)).toEqual(['Jakuba Pachockiego', 'Pachockis']);
  });

  it('reads the name said not so rare in two places as the name', () => {
    const post =
      'Ob ich mit Jan Leike von OpenAI verwandt bin? Der Name Leike ist in Thüringen und Sachsen gar nicht so selten, im Adressbuch zähle ich elf.';
    expect(texts(post)).toEqual(['Jan Leike']);
  });

  it('reads a surname with "junior" before an adverb as a family’s son', () => {
    const page =
      'Sind wir mit Jakub Pachocki von OpenAI verwandt? Nein. Die neue Website hat Pachocki junior übrigens selbst gebaut, mit Hilfe von ChatGPT.';
    expect(texts(page)).toEqual(['Jakub Pachocki']);
  });

  it('reads Polish “sama” with a Polish word three words before it as the word', () => {
    const page = 'Sam Altman? Nein. Oma Halina macht den Teig für die Pączki bis heute sama – also ganz allein.';
    expect(texts(page)).toEqual(['Sam Altman']);
  });

  it('reads a shopkeeper’s and, after “that is”, a baker’s apposition as a namesake’s', () => {
    const blog =
      'Sam Altman runs OpenAI. The CEO has bigger problems than my sealant. Altman the shopkeeper will keep checking.';
    expect(texts(blog)).toEqual(['Sam Altman']);
    const column =
      'Jakub Pachocki leitet die Forschung bei OpenAI. Anrufer wollen „mit dem KI-Chef“ sprechen. Pachocki, also der Bäcker, verweist dann freundlich weiter.';
    expect(texts(column)).toEqual(['Jakub Pachocki']);
  });
});

describe('round 172: an order before a surname, and the one of our people’s employer in an apposition', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a verb that opens an order before a surname as no first name', () => {
    const note = [
      'Since 14 May, when OpenAI named Jakub Pachocki its chief scientist, editors have asked about his name.',
      'In English you need none of the case endings. Write Pachocki’s appointment, and, in a tight caption, J. Pachocki.',
    ].join('\n\n');
    expect(texts(note)).toEqual(['Jakub Pachocki', 'Pachocki’s', 'J. Pachocki']);
  });

  it('reads a titled surname picked out as the one at our people’s employer as ours beside a titled namesake', () => {
    const minutes = [
      'MODERATION: Frau Professorin Leike, Sie werden seit gestern vermutlich ständig gefragt …',
      'ANNETTE LEIKE: … ob ich mit Jan Leike verwandt bin. Nein, bin ich nicht.',
      'MODERATION: Dann zur Sache. Dr. Leike, also der bei OpenAI, hat das Superalignment-Team mitgeleitet und ist zurückgetreten.',
    ].join('\n');
    expect(texts(minutes)).toEqual(['Jan Leike', 'Leike']);
  });
});

describe('round 173: namesakes by an indefinite calling, an owner or a quoted search; ours compared and compounded', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a full name given an everyday calling by an indefinite article as a namesake, a board seat as ours', () => {
    const mail = [
      'Several of you wrote to that address thinking it would reach OpenAI’s chief executive.',
      'It belongs to a reader of ours called Sam Altman, an accountant in Leeds, who would like the e-mails to stop.',
    ].join(' ');
    expect(texts(mail)).toEqual([]);
    expect(texts('The board fires Sam Altman. Ilya Sutskever, a director, votes for it.')).toEqual([
      'Sam Altman',
      'Ilya Sutskever',
    ]);
  });

  it('reads a lone surname an owner is said to bear as the owner’s', () => {
    const teaser =
      'Ein Fahrradladen lässt Anrufe von einer KI annehmen. Die Inhaberin heißt Altman – und muss deshalb oft ' +
      'dieselbe Frage beantworten.';
    expect(texts(teaser)).toEqual([]);
  });

  it('reads a quoted surname found to be someone of another first name as his', () => {
    const method =
      'Sam Altman left OpenAI for five days. We then removed by hand the stories in which “Altman” turned out to be ' +
      'Robert Altman (a retrospective in two papers).';
    expect(texts(method)).toEqual(['Sam Altman']);
  });

  it('reads our full name after „mit“ and an apposition it closes, in a namesake’s denial of kinship, as ours', () => {
    const report =
      'Bei OpenAI wurde das Team für die Sicherheit von KI aufgelöst. Mit dem früheren Co-Leiter dieses Teams, Jan ' +
      'Leike, ist der Stadtrat nicht verwandt.';
    expect(texts(report)).toEqual(['Jan Leike']);
  });

  it('reads a surname before a word for his confidant as his, no double-barrelled name', () => {
    const review = 'Warum heißt es in der Push „Altman-Vertrauter verlässt OpenAI“ und im Artikel dann anders?';
    expect(texts(review)).toEqual(['Altman']);
  });
});

describe('round 174: a lone surname as a hashtag', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a hashtag after "only" or a post’s tag noun as the story’s tag, not a string looked for', () => {
    const post =
      'Sam Altman is back at OpenAI, Jakub Pachocki is chief scientist. Stattdessen wieder nur #Altman hier, ' +
      'und Schlagworte: #Altman #OpenAI #Boards';
    expect(texts(post)).toEqual(['Sam Altman', 'Jakub Pachocki', 'Altman', 'Altman']);
  });

  it('reads a thread’s numbering after a hashtag as no count of it', () => {
    const thread = 'Ilya Sutskever leaves OpenAI, as he announced today. #OpenAI #SamAltman #Sutskever 4/5';
    expect(texts(thread)).toEqual(['Ilya Sutskever', 'SamAltman', 'Sutskever']);
    expect(texts('Ilya Sutskever leaves OpenAI. Hashtag-Zählung: #Sutskever 188')).toEqual(['Ilya Sutskever']);
  });

  it('reads a hashtag before „und Co.“ as no firm’s name', () => {
    const post =
      'Sam Altman ist zurück bei OpenAI. Wer jetzt noch glaubt, bei #Altman und Co. sei alles harmonisch, hat die ' +
      'Woche verpasst.';
    expect(texts(post)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('round 175: a heading’s source line, a youth team, Polish, a quoted list, "not to be confused", a shop', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a line under a heading that says where the text comes from as no school a sign-off gives', () => {
    const bio = [
      'Ilya Sutskever\nFrom the school encyclopedia project (draft, May 2024)',
      'Ilya Efimovich Sutskever is a computer scientist who co-founded OpenAI.',
    ].join('\n\n');
    expect(texts(bio)).toEqual(['Ilya Sutskever', 'Ilya Efimovich Sutskever']);
    expect(texts('Sam Altman kehrt zu OpenAI zurück.\n\nJan Leike\nKlassenleitung 9b, Gesamtschule am Park')).toEqual([
      'Sam Altman',
    ]);
  });

  it('reads a full name with a youth team’s age group as a young player’s, whatever the page says of AI', () => {
    const news = [
      'New this season: an AI scheduling assistant for match times.',
      'Player of the month: Jan Leike (U16s)\nJan Leike of our Under-16s takes the award for April. Coach Ade Okafor ' +
        'said Leike never stops running.',
    ].join('\n\n');
    expect(texts(news)).toEqual([]);
  });

  it('reads "sama" beside a Polish newsroom’s admission or surprise as the Polish word', () => {
    const review =
      'Sam Altman and Jakub Pachocki were on every cover. One weekly ended with a line worth keeping: “Redakcja sama ' +
      'przyznaje, że się pospieszyła.”';
    expect(texts(review)).toEqual(['Sam Altman', 'Jakub Pachocki']);
  });

  it('reads a quoted surname joined by "as well as" to an earlier string a tool looks for as the string', () => {
    const note =
      'Ilya Sutskever left OpenAI on 14 May. The alert watches for "Sutzkever" as well as "Sutskever", so you will see ' +
      'both in the queue.';
    expect(texts(note)).toEqual(['Ilya Sutskever']);
  });

  it('reads a lone surname said not to be confused with a namesake as ours', () => {
    const bio =
      'Abraham Sutzkever war ein jiddischer Dichter.\n\nVerwechslungsgefahr\nSutskever ist nicht zu verwechseln mit ' +
      'dem jiddischen Dichter Abraham Sutzkever.';
    expect(texts(bio)).toEqual(['Sutskever']);
  });

  it('reads a full name given a team’s position in an apposition as a player’s, whatever the page says of AI', () => {
    const monitor =
      'Treffer der Woche zu OpenAI: 41 zu Sam Altman sowie 23 Treffer zu Jan Leike, dem Kreisläufer der HSG ' +
      'Weserbergland, die wir aussortiert haben.';
    expect(texts(monitor)).toEqual(['Sam Altman']);
  });

  it('reads a lone surname before a household goods shop’s word as the shop’s', () => {
    expect(texts('Sam Altman ist zurück bei OpenAI.\n\naltman haushaltswaren räumungsverkauf')).toEqual(['Sam Altman']);
  });
});

describe('round 176: a lone surname placed where our people’s employer sits, and a namesake in a town’s quarter', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads a lone surname placed in San Francisco or California as ours beside a local namesake', () => {
    const mail =
      'Liebe Frau Berger, unsere Lesung mit Tomasz Pachocki aus Görlitz bleibt am Freitag. Ein Leser fragte, ob es ' +
      'um KI gehe: Herr Pachocki in San Francisco ist meines Wissens Pole, aber mit unserem Autor nicht verwandt.';
    expect(texts(mail)).toEqual(['Pachocki']);
    const minutes =
      'Ratsherr Thomas Leike (FWG) fragt nach dem KI-Chatbot im Bürgerbüro.\n' +
      'D. Sander: Der Herr Leike aus Kalifornien hat sicher andere Sorgen als unser Bürgerbüro.';
    expect(texts(minutes)).toEqual(['Leike']);
  });

  it('reads a lone surname placed in a town’s quarter as the local namesake’s', () => {
    const forum =
      'Die Zweirad-Werkstatt von Kerstin Altman nimmt Anrufe jetzt per KI an. Mir egal, wer den Bot gebaut hat. Ob ' +
      'Altman in San Francisco oder Altman in der Südstadt, ich will einen Termin.';
    expect(texts(forum)).toEqual(['Altman']);
  });
});

describe('round 176: a courtesy-titled surname a namesake denies kinship with, and one of someone who died', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('reads the one a speaker is not related to, after „mit Herrn“ or "no relation to Mr", as ours', () => {
    const answer =
      'Thomas Leike, Informatiklehrer, antwortet auf Fragen zu KI. Und nein, mit Herrn Leike bin ich nicht verwandt.';
    expect(texts(answer)).toEqual(['Leike']);
    const minutes =
      'Ratsfrau Anke Leike spricht zum KI-Chatbot. Die Vorsitzende merkt an, sie sei mit Herrn Leike weder verwandt ' +
      'noch verschwägert (Heiterkeit).';
    expect(texts(minutes)).toEqual(['Leike']);
    const council =
      'Cllr Ruth Leike spoke on the AI chatbot. She said, to laughter, that she was no relation to Mr Leike, but that ' +
      'she shared his worry.';
    expect(texts(council)).toEqual(['Leike']);
  });

  it('reads a lone surname said to be of someone who died as a namesake’s', () => {
    const note =
      'Sam Altman is back at OpenAI. The family of a reader asked us to point out that the late Mr. Altman had no ' +
      'connection to the tech company.';
    expect(texts(note)).toEqual(['Sam Altman']);
    expect(texts('Sam Altman ist zurück. Der verstorbene Herr Altman führte hier den Laden.')).toEqual(['Sam Altman']);
  });

  it('leaves a courtesy-titled surname that denies kinship itself a namesake’s', () => {
    expect(texts('Jan Leike hat OpenAI verlassen. Herr Leike aus Bremen ist mit ihm nicht verwandt.')).toEqual([
      'Jan Leike',
    ]);
  });
});
