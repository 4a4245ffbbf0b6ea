import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** The characters a reader would see marked in `text`. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

describe('names in code and strings a tool looks for (round 17)', () => {
  it('reads the surnames of a regular expression’s alternation as the pattern’s strings', () => {
    const question =
      'Our OpenAI tracker should catch Jan Leike and Jakub Pachocki. I use\n  /(?:Pachocki|Leike|Sutzkever)\\s/giu\nand ' +
      're.compile(r"(Altman|Sutskever)") too.';
    expect(marked(question)).toEqual(['Jan Leike', 'Jakub Pachocki']);
  });

  it('reads a quoted surname a tool accepts bare, adds to its list or searches for as the string', () => {
    const notes = [
      'Sam Altman and Jan Leike of OpenAI. Take a bare "Leike" or "Altman" only near OpenAI.',
      'Ilya Sutskever (OpenAI). I am adding "Sutzkever" as well, since a wire misspelled him.',
      'Jakub Pachocki leads research at OpenAI. Thanks, we added "Pachocki" to the dictionary.',
      'Sam Altman (OpenAI) und Robert Altman (Regie): Die Suche nach „Altman“ findet beide.',
    ];
    expect(notes.flatMap(marked)).toEqual([
      'Sam Altman',
      'Jan Leike',
      'Ilya Sutskever',
      'Jakub Pachocki',
      'Sam Altman',
    ]);
  });

  it('keeps a quoted phrase added that starts with the surname, and a spelling added as his', () => {
    expect(marked('Jan Leike left OpenAI. Add "Leike left on 15 May" to the timeline.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
    const changelog = 'Ilya Sutskever left OpenAI. Fixed: added "Sutzkever" as a spelling the card knows.';
    expect(marked(changelog)).toEqual(['Ilya Sutskever', 'Sutzkever']);
  });

  it('reads a lower-case key before a data row’s full name, the row quoting a note with commas', () => {
    const csv = 'key,name,stories,note\nleike,Jan Leike,88,"left OpenAI, 15 May; thread on 17 May"\n';
    expect(marked(csv)).toEqual(['Jan Leike']);
  });

  it('reads a function call’s quoted surname and the lower-case value it maps to as code', () => {
    const review = 'Index of Sam Altman at OpenAI.\n> canonical("Altman") -> "altman"\nLooks right to me.';
    expect(marked(review)).toEqual(['Sam Altman']);
  });
});

describe('a quoted spelling proposed as a wiki’s redirect (round 17)', () => {
  it('reads „Sutzkever“ als Weiterleitung as the string a wiki looks up', () => {
    const talk =
      'Diskussion:Ilya Sutskever\nSchreibweise „Sutzkever“ als Weiterleitung anlegen? Sie führt zum Dichter.';
    expect(marked(talk)).toEqual(['Ilya Sutskever']);
  });
});

describe('a quoted string a count, an alert or a tracker looks for (round 18)', () => {
  it('reads a quoted surname after a count of entries as the string counted', () => {
    const notes = [
      'Jan Leike (OpenAI) grew up elsewhere: the phone book of our town lists twelve entries "Leike".',
      'Im Adressbuch der Stadt stehen allein neun Einträge „Leike“; keiner ist mit Jan Leike verwandt.',
    ];
    expect(notes.flatMap(marked)).toEqual(['Jan Leike', 'Jan Leike']);
  });

  it('reads a quoted surname an alert or a rule looks for as its string', () => {
    const notes = [
      'Sam Altman (OpenAI). Last spring our alert for "Altman" fired on every film review.',
      'Sam Altman bei OpenAI: Die alte Regel für „Altman“ meldete uns dreißig Filmkritiken.',
    ];
    expect(notes.flatMap(marked)).toEqual(['Sam Altman', 'Sam Altman']);
  });

  it('keeps a quoted surname after a count that is no count of the string', () => {
    const notes = [
      'Jakub Pachocki leads research at OpenAI. In 2017 "Pachocki" was a name few knew.',
      'Ilya Sutskever verließ OpenAI. Zwei Punkte für „Sutskever“, einen für „Ilya“.',
    ];
    expect(notes.flatMap(marked)).toEqual(['Jakub Pachocki', 'Pachocki', 'Ilya Sutskever', 'Sutskever']);
  });
});

describe('names in strings a tool looks for and in code: the shape of a list of strings (round 19)', () => {
  it('reads every item of a quoted, comma-separated list of search terms as a string', () => {
    const notes = [
      '# Jan Leike (OpenAI) im Export\n# Stichwörter: "Leike", "Sutzkever", "Altman", "Sutskever"\ndatum;quelle',
      'Sam Altman of OpenAI.\nKeywords: "Pachocki", "Altman", "Sutzkever"\n',
      'Jakub Pachocki leads research at OpenAI. Tracked terms = "Altman", "Pachocki"',
    ];
    expect(notes.flatMap(marked)).toEqual(['Jan Leike', 'Sam Altman', 'Jakub Pachocki']);
  });

  it('keeps quoted surnames listed in prose, not after a word for strings', () => {
    const prose = 'Ilya Sutskever left OpenAI. Three names came up: "Altman", "Leike", "Sutskever".';
    expect(marked(prose)).toEqual(['Ilya Sutskever', 'Altman', 'Leike', 'Sutskever']);
  });

  it('keeps a surname in a row that starts with no full name of ours, and one in a cell’s sentence', () => {
    const csv = 'date,site,person,note\n2024-05-17,blog,Leike,"thread"\nJan Leike,12,"Leike left OpenAI"\n';
    expect(marked(csv)).toEqual(['Leike', 'Jan Leike', 'Leike']);
  });

  it('reads a surname inside a quoted code string of a namesake’s full name as data', () => {
    const code =
      "// Ilya Sutskever and Sam Altman work at OpenAI.\nconst SKIP = ['Robert Altman', 'Jack Altman'];\nconst x = 1;";
    expect(marked(code)).toEqual(['Ilya Sutskever', 'Sam Altman']);
  });

  it('reads a quoted surname a rule matches, a tool underlines or a clue gives as the string', () => {
    const notes = [
      'Sam Altman (OpenAI).\n# Never match "Altman" alone in the arts section.',
      'Jan Leike left OpenAI. On a football page the plugin highlighted "Leike" and showed his card.',
      'Sam Altman runs OpenAI. The puzzle gave "Altman of Nashville" as a clue; the answer was ROBERT.',
    ];
    expect(notes.flatMap(marked)).toEqual(['Sam Altman', 'Jan Leike', 'Sam Altman']);
  });
});

describe('a count by person gives his name as printed (round 21)', () => {
  it('marks the form a row gives for the person its first cell names in full', () => {
    const csv = [
      'person;articles;printed as;note',
      'Ilya Sutskever;74;Sutskever;"9 spelt ""Sutzkever"""',
      'Sam Altman\t66\tAltman\t',
      'Jakub Pachocki,21,Pachocki,',
    ].join('\n');
    expect(marked(csv)).toEqual([
      'Ilya Sutskever',
      'Sutskever',
      'Sutzkever',
      'Sam Altman',
      'Altman',
      'Jakub Pachocki',
      'Pachocki',
    ]);
  });

  it('marks the spelling his counted articles printed, as the press wrote him', () => {
    const notes = [
      'Ilya Sutskever;12;208;17 davon in der Schreibweise „Sutzkever“',
      'Ilya Sutskever (OpenAI): 31 stories, 6 of them with the spelling "Sutzkever".',
      'Jakub Pachocki, OpenAI: 40 Artikel, darunter 3 mit der Schreibung „Pachoki“',
    ];
    expect(notes.flatMap(marked)).toEqual([
      'Ilya Sutskever',
      'Sutzkever',
      'Ilya Sutskever',
      'Sutzkever',
      'Jakub Pachocki',
      'Pachoki',
    ]);
  });
});

// Round 24 (marking-rule decision): a handle with its "@" is the account, his alone, as a value in code or data too.
describe('handles with their @ as values in code and data (round 24)', () => {
  it('marks an @-handle that a table, a data file or a row holds as a value', () => {
    const texts = [
      "const team = [{ id: 'pachocki', label: 'Jakub Pachocki', x: '@merettm' }];",
      'accounts:\n  - owner: Jan Leike\n    x_handle: "@janleike"',
      'name;x\nIlya Sutskever;@ilyasut',
    ];
    expect(texts.flatMap(marked)).toEqual([
      'Jakub Pachocki',
      '@merettm',
      'Jan Leike',
      '@janleike',
      'Ilya Sutskever',
      '@ilyasut',
    ]);
  });
});

// Round 24: a lone surname quoted as a value on a line of code is a string the code holds, whoever it stands for.
describe('a lone surname as a string literal in code (round 24)', () => {
  it('leaves a surname that a key or an assignment holds, or a lower-case key maps to', () => {
    const texts = [
      "// OpenAI people: Jan Leike, Jakub Pachocki\nconst badges = [\n  { label: 'Jan Leike', bare: 'Leike', tint: 'teal' },\n];",
      'Jakub Pachocki at OpenAI.\nrecord = {"given": "Jakub", "family": "Pachocki"}',
      'Ilya Sutskever (OpenAI)\n    fallback_name = "Sutskever"  # when no first name is known',
      'Sam Altman, OpenAI.\n    # so "altman" -> "Altman" before display',
      "Sam Altman (OpenAI)\n// maps 'altman' => 'Altman'",
    ];
    expect(texts.flatMap(marked)).toEqual([
      'Jan Leike',
      'Jakub Pachocki',
      'Jan Leike',
      'Jakub Pachocki',
      'Ilya Sutskever',
      'Sam Altman',
      'Sam Altman',
    ]);
  });

  it('keeps a quoted surname said of the man in prose after a colon', () => {
    const story = 'Jan Leike resigned from OpenAI in May 2024.';
    expect(marked(`${story}\nHer answer: "Leike", of course, who else would quit like that?`)).toEqual([
      'Jan Leike',
      'Leike',
    ]);
    expect(marked(`${story}\nHeadline: "Leike" walks out`)).toEqual(['Jan Leike', 'Leike']);
    // A story's extracted entity records the form printed of him: his name as printed.
    expect(marked(`${story}\n  { "who": "Jan Leike", "surface": "Leike", "n": 3 },`)).toEqual([
      'Jan Leike',
      'Jan Leike',
      'Leike',
    ]);
  });
});

describe('names as keys and values in code and tables (round 26)', () => {
  it('marks a lower-case full name that is a key in code: a full name is always a mention', () => {
    const python = 'SLUGS = {\n    "jan leike": "leike",\n    "jakub pachocki": "pachocki",\n}';
    const js = "const ids = { 'sam altman': 1, 'ilya sutskever': 2 };";
    const yaml = 'people:\n  ilya sutskever: chief scientist until 2024\n  sam altman: ceo';
    expect([python, js, yaml].map(marked)).toEqual([
      ['jan leike', 'jakub pachocki'],
      ['sam altman', 'ilya sutskever'],
      ['ilya sutskever', 'sam altman'],
    ]);
  });

  it('reads a lower-case initial and surname as a key still, no full name', () => {
    expect(marked('MAP = {\n    "s. altman": "Sam Altman",\n}')).toEqual(['Sam Altman']);
  });

  it('reads a lower-case surname in a code span as an identifier, beside the full names too', () => {
    const table = '| key | person |\n|---|---|\n| `leike` | Jan Leike |\n| `sutskever` | Ilya Sutskever |';
    const prose = 'Jakub Pachocki of OpenAI is stored under the slug `pachocki` in our tracker.';
    const config = 'Sam Altman (OpenAI): set `altman` to true in tags.toml to follow him.';
    expect([table, prose, config].map(marked)).toEqual([
      ['Jan Leike', 'Ilya Sutskever'],
      ['Jakub Pachocki'],
      ['Sam Altman'],
    ]);
  });

  it('keeps a capitalised spelling in a code span, which a changelog gives as his', () => {
    expect(marked('Ilya Sutskever left OpenAI. Fixed: `Sutzkever` is now recognised.')).toEqual([
      'Ilya Sutskever',
      'Sutzkever',
    ]);
  });
});

describe('a lone surname as a display value of a people table (round 27)', () => {
  it('keeps the short or display form a page shows beside his full name', () => {
    const texts = [
      '// sidebar.json: how each person is shown\n{ "id": "leike", "display": "Jan Leike", "short": "Leike" }',
      "// profile cards, OpenAI people\nconst cards = [{ fullName: 'Jakub Pachocki', shortName: 'Pachocki', role: 'Chief Scientist' }];",
      'people:\n  - label_full: "Ilya Sutskever"\n    label: "Sutskever"   # shown in the timeline',
    ];
    expect(texts.flatMap(marked)).toEqual([
      'Jan Leike',
      'Leike',
      'Jakub Pachocki',
      'Pachocki',
      'Ilya Sutskever',
      'Sutskever',
    ]);
  });

  it('leaves the short form a script matches or highlights on pages', () => {
    const script =
      '// highlights my people on news pages; note "Altman" alone also matches film reviews\n' +
      "const WATCH = [{ full: 'Sam Altman', short: 'Altman' }, { full: 'Jan Leike', short: 'Leike' }];";
    expect(marked(script)).toEqual(['Sam Altman', 'Jan Leike']);
  });
});

describe('keywords in a YAML flow sequence, printed forms and a namesake’s record (round 41)', () => {
  it('leaves the lower-case keywords of a flow sequence, and keeps a full name among them', () => {
    const config = [
      'topic: openai-people',
      'people:',
      '  - name: "Jan Leike"',
      '    keywords: [leike, "jan leike"]',
      '  - name: "Jakub Pachocki"',
      '    tags: [openai, pachocki]',
    ].join('\n');
    expect(marked(config)).toEqual(['Jan Leike', 'jan leike', 'Jakub Pachocki']);
  });

  it('keeps the form a newsletter prints of him, under a key that says it was printed', () => {
    const config = 'people:\n  - name: "Ilya Sutskever"\n    printed_as: "Sutskever"\n    note: "left OpenAI in May"';
    expect(marked(config)).toEqual(['Ilya Sutskever', 'Sutskever']);
  });

  it('gives a record’s short form to the namesake its display names, in a table that also lists ours', () => {
    const table = [
      '{ "people": [',
      '  { "display": "Sam Altman", "short": "Altman", "role": "CEO of OpenAI" },',
      '  {',
      '    "display": "Robert Altman",',
      '    "short": "Altman",',
      '    "role": "film director"',
      '  }',
      '] }',
    ].join('\n');
    expect(marked(table)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('quoted strings of a YAML block sequence (round 42)', () => {
  it('leaves the quoted surnames an alert looks for, and keeps the handles and prose of its file', () => {
    const config = [
      'alarm:',
      '  name: "OpenAI people"',
      '  muster:',
      '    - "Sutskever"',
      '    - "Sutzkever"',
      '    - "Leike"',
      '  konten:',
      '    - "@ilyasut"',
      '# Jan Leike joined Anthropic on 28 May.',
    ].join('\n');
    expect(marked(config)).toEqual(['@ilyasut', 'Jan Leike']);
  });
});

describe('a pattern string of bare alternatives, and display forms beside a key of their own for matching (round 47)', () => {
  it('reads the surnames of a quoted or slashed alternation without a group as the pattern’s strings', () => {
    const code = [
      '# Jan Leike and Ilya Sutskever left OpenAI in May.',
      'FEED = re.compile(r"Sutskever|Sutzkever|Pachocki|Leike")',
      'const WATCH = /Altman|Leike/g;',
    ].join('\n');
    expect(marked(code)).toEqual(['Jan Leike', 'Ilya Sutskever']);
  });

  it('keeps a table’s short forms when the strings a tool matches have a key of their own in the record', () => {
    const cards = [
      '{ "_comment": "display and short are what readers see; match lists the strings the highlighter searches for.",',
      '  "people": [',
      '    { "display": "Sam Altman", "short": "Altman", "handle": "@sama", "match": ["Altman"] },',
      '    { "display": "Jan Leike",',
      '      "short": "Leike",',
      '      "aliases": ["Leike"] } ] }',
    ].join('\n');
    expect(marked(cards)).toEqual(['Sam Altman', 'Altman', '@sama', 'Jan Leike', 'Leike']);
  });
});

describe('a correction table’s keys, a call’s arguments and a query’s wildcards (round 48)', () => {
  it('reads a surname quoted as a key of a table or as a call’s argument as a string', () => {
    const code = [
      '# Ilya Sutskever and Jakub Pachocki, spelled as the house prints them.',
      'CORRECTIONS = {',
      '    "Sutzkever": "Sutskever",',
      '    "Pachoki": "Pachocki",',
      '}',
      'return name.replace("Sutzkever", "Sutskever")',
    ].join('\n');
    expect(marked(code)).toEqual(['Ilya Sutskever', 'Jakub Pachocki']);
  });

  it('reads a surname between a query’s wildcards as a pattern', () => {
    const sql =
      "-- Ilya Sutskever at OpenAI\nSELECT titel FROM artikel WHERE titel LIKE '%Sutskever%' OR titel LIKE '%Sutzkever%';";
    expect(marked(sql)).toEqual(['Ilya Sutskever']);
  });
});

describe('bare keywords of a YAML list and a shell command’s arguments (round 49)', () => {
  it('leaves the bare surnames a YAML key for keywords or exclusions lists, and keeps a Markdown list of people', () => {
    const config = [
      '# Watchlist for the OpenAI desk: Ilya Sutskever, Jakub Pachocki',
      'keywords:',
      '  - Sutskever',
      '  - Sutzkever',
      '  - Pachocki',
      '  - superalignment',
    ].join('\n');
    expect(marked(config)).toEqual(['Ilya Sutskever', 'Jakub Pachocki']);
    const notes = 'Ilya Sutskever and Jakub Pachocki at OpenAI.\n\nWho left:\n- Sutskever\n- Leike';
    expect(marked(notes)).toEqual(['Ilya Sutskever', 'Jakub Pachocki', 'Sutskever', 'Leike']);
  });

  it('leaves the surnames a shell command searches or replaces, and keeps the file’s text it prints', () => {
    const session = [
      '$ grep -l "Sutzkever" *.md',
      'wire-0514-openai.md',
      "$ sed -i 's/Sutzkever/Sutskever/g' wire-0514-openai.md",
      '$ head -1 wire-0514-openai.md',
      'OpenAI co-founder Ilya Sutskever to leave; Sutskever said on Tuesday he would go.',
    ].join('\n');
    expect(marked(session)).toEqual(['Ilya Sutskever', 'Sutskever']);
  });
});

describe('a prose list of quoted search terms under its heading (round 51)', () => {
  it('reads the lone surnames of the list as strings, and keeps the full names in it', () => {
    const order = [
      'Presseauswertung für den Vorstand',
      '',
      'Suchwörter (alle Quellen):',
      '- „Jan Leike“, „Leike“ (nur mit „KI“ in der Nähe)',
      '- „Jakub Pachocki“, „Pachocki“, „Pachoki“',
      '',
      'Treffer der Woche: Leike verlässt OpenAI.',
    ].join('\n');
    expect(marked(order)).toEqual(['Jan Leike', 'Jakub Pachocki', 'Leike']);
  });

  it('leaves a list of quoted sayings under a heading of prose', () => {
    const quotes = 'What they said at OpenAI:\n- "Sutskever stays", "Altman returns"\n- "Leike resigns"';
    expect(marked(quotes)).toEqual(['Sutskever', 'Altman', 'Leike']);
  });
});

describe('a keyword label’s inline list of lower-case surnames (round 54)', () => {
  it('reads them as the strings an alert looks for', () => {
    expect(
      marked(
        'Jakub Pachocki joined OpenAI in 2017.\n# Monitoring keywords: sutskever, pachocki, leike. Export of 14 May.',
      ),
    ).toEqual(['Jakub Pachocki']);
  });

  it('keeps a capitalised tag list’s surname, as a news page’s keywords name ours', () => {
    expect(marked('Ilya Sutskever left OpenAI.\nKeywords: Sutskever, OpenAI, safety')).toEqual([
      'Ilya Sutskever',
      'Sutskever',
    ]);
  });
});

describe('a pattern’s variants with quantifiers, and tags joined by semicolons (round 55)', () => {
  it('reads the alternatives of a pattern that spells variants as its strings', () => {
    expect(marked('Jan Leike left OpenAI.\nNAMES = re.compile(r"Leike|Pachock?i|Alt+man")')).toEqual(['Jan Leike']);
  });

  it('reads lower-case surnames joined by semicolons as a data row’s tags', () => {
    expect(marked('date,headline,tags\n2024-05-15,"Jan Leike resigns","leike;sutskever"')).toEqual(['Jan Leike']);
  });

  it('keeps a surname after a semicolon and a space, as prose writes it', () => {
    expect(marked('Jan Leike left OpenAI; Sutskever left too.')).toEqual(['Jan Leike', 'Sutskever']);
  });
});

describe('a YAML sequence’s mapping item (round 57)', () => {
  it('reads the first key’s bare lower-case value of an item as an identifier', () => {
    const yaml =
      'personen:\n  - schluessel: altman\n    name: "Sam Altman"\n  - schluessel: leike\n    name: "Jan Leike"\n';
    expect(marked(yaml)).toEqual(['Sam Altman', 'Jan Leike']);
  });

  it('keeps a chat line’s speaker and surname, which has no item’s dash', () => {
    expect(marked('Sam Altman is back at OpenAI.\ndad: altman again?')).toEqual(['Sam Altman', 'altman']);
  });
});

describe('a list literal’s item on a line of its own, and a sequence’s first item under its key (round 58)', () => {
  it('reads a raw string on a line of its own in a list as a string', () => {
    const code =
      'PATTERNS = [\n    r"Jakub\\s+Pachocki",\n    r"Pachocki",\n    r"Altman",\n]\n# Sam Altman leads OpenAI.';
    expect(marked(code)).toEqual(['Sam Altman']);
  });

  it('reads a quoted first item under its key as a string', () => {
    const yaml = '- name: "Sam Altman"\n  match:\n    - "Altman"\n  exclude:\n    - "Robert Altman"';
    expect(marked(yaml)).toEqual(['Sam Altman']);
  });
});

describe('a lower-case surname after the noun tag or slug (round 68)', () => {
  it('reads a lower-case name after the noun "Tag", "the tag" or "slug" as the tag’s name', () => {
    const log = [
      'Jan Leike und Jakub Pachocki bei OpenAI.',
      'WARN cms: Tag pachocki hat keine Beschreibung',
      'Please merge the tag leike into the person page; the slug leike was taken.',
    ].join('\n');
    expect(marked(log)).toEqual(['Jan Leike', 'Jakub Pachocki']);
  });

  it('keeps the verb "tag" before a lower-case name, and a capitalised name after the noun', () => {
    const chat = 'Jan Leike left OpenAI.\nnoor: can someone tag leike in the thread?\nDer Tag, an dem Leike ging.';
    expect(marked(chat)).toEqual(['Jan Leike', 'leike', 'Leike']);
  });
});

describe('a lower-case surname a tag’s noun and a copula give as the tag’s value (round 72)', () => {
  it('reads a quoted or bare lower-case name after "the tag is", "slug was" or „Schlagwort ist noch“ as the tag', () => {
    const chat = [
      'Ilya Sutskever left OpenAI.',
      'ops: fyi our web tag is still "sutskever" on that piece',
      'ed: the slug was sutskever until Tuesday.',
      'Das Schlagwort ist noch sutskever.',
    ].join('\n');
    expect(marked(chat)).toEqual(['Ilya Sutskever']);
  });

  it('keeps the verb "tag" and a capitalised name after the copula', () => {
    const chat = 'Ilya Sutskever left OpenAI.\nops: can you tag sutskever here? The name on the tag is Sutskever.';
    expect(marked(chat)).toEqual(['Ilya Sutskever', 'sutskever', 'Sutskever']);
  });
});

describe('a surname declared as a name in code (round 68)', () => {
  it('reads a surname after a declaration’s keyword and before its type, value or parameters as the identifier', () => {
    const code = [
      '// Cards for Jakub Pachocki and Jan Leike (OpenAI).',
      'const LEIKE: Card = { name: "Jan Leike" };',
      '# let Pachocki = lookup("pachocki")',
      'def Sutskever(card): return card',
    ].join('\n');
    expect(marked(code)).toEqual(['Jakub Pachocki', 'Jan Leike', 'Jan Leike']);
  });

  it('keeps a surname after the words of prose', () => {
    const prose = 'Jan Leike left OpenAI in May. They let Leike go after the vote, a class Leike did not attend.';
    expect(marked(prose)).toEqual(['Jan Leike', 'Leike', 'Leike']);
  });
});

describe('a chat bot’s command (round 68)', () => {
  it('reads a lower-case name glued to the "!" that opens a word as the command’s keyword', () => {
    const chat = ['Jan Leike hat OpenAI verlassen.', 'mod_bot: !leike → Jan Leike, Sicherheitsforscher', 'lea: !leike'];
    expect(marked(chat.join('\n'))).toEqual(['Jan Leike', 'Jan Leike']);
  });

  it('keeps a name after an exclamation mark and a space, or after a word’s "!"', () => {
    const chat = 'Jan Leike hat OpenAI verlassen.\nlea: omg! leike ist weg\ntim: krass!leike auch';
    expect(marked(chat)).toEqual(['Jan Leike', 'leike', 'leike']);
  });
});

describe('display forms in a people table that keeps its matched strings under a key of their own (round 70)', () => {
  it('keeps the short forms of YAML cards whose records list the matched strings under a match key', () => {
    const cards = [
      '# cards.yaml: short is what the card shows; match holds what the tagger searches for',
      '- id: leike',
      '  display: "Jan Leike"',
      '  short: "Leike"',
      '  match: ["Leike"]',
      '- id: pachocki',
      '  display: "Jakub Pachocki"',
      '  short: "Pachocki"',
    ].join('\n');
    expect(marked(cards)).toEqual(['Jan Leike', 'Leike', 'Jakub Pachocki', 'Pachocki']);
  });

  it('keeps a record’s short form when another record of the table, or its German key, holds the search strings', () => {
    const cards = [
      '{ "personen": [',
      '  { "display": "Sam Altman", "short": "Altman", "aliases": ["sama"] },',
      '  { "display": "Ilya Sutskever", "short": "Sutskever", "suchvarianten": ["Sutzkever"] },',
      '  { "display": "Jan Leike", "short": "Leike" } ] }',
    ].join('\n');
    expect(marked(cards)).toEqual(['Sam Altman', 'Altman', 'Ilya Sutskever', 'Sutskever', 'Jan Leike', 'Leike']);
  });

  it('reads a short form spelt off ours as its own record’s person, not a misprint of ours', () => {
    const cards = [
      '{ "people": [',
      '  { "display": "Jan Leike", "short": "Leike", "aliases": ["@janleike"] },',
      '  { "display": "Edith Leiker", "short": "Leiker", "role": "photo desk" } ] }',
    ].join('\n');
    expect(marked(cards)).toEqual(['Jan Leike', 'Leike', '@janleike']);
  });

  it('still leaves the short forms of a script that highlights them, with no key of their own for matching', () => {
    const script =
      '# highlights these names on news pages\npeople:\n  - full: "Sam Altman"\n    short: "Altman"\n    alt: ["sama"]';
    expect(marked(script)).toEqual(['Sam Altman']);
  });
});

describe('surnames joined into one string by bars or commas without a space (round 70)', () => {
  it('reads a surname in a quoted string or a config value of words joined by bars or commas as the list’s item', () => {
    const config = [
      '# Alerts for Jan Leike and Jakub Pachocki (OpenAI).',
      'WATCH_TERMS=Leike|Pachocki|GPT-4o',
      'ALERT_WORDS="Altman,Sutzkever,OpenAI"',
      'names <- c(a = "Sutskever|@ilyasut")',
    ].join('\n');
    expect(marked(config)).toEqual(['Jan Leike', 'Jakub Pachocki', '@ilyasut']);
  });

  it('keeps surnames in prose, a comma without its space and a quoted list of words', () => {
    const prose =
      'Sam Altman and Jan Leike of OpenAI: the board met Altman,then Leike. The memo said "Leike,Altman and Pachocki".';
    expect(marked(prose)).toEqual(['Sam Altman', 'Jan Leike', 'Altman', 'Leike', 'Leike', 'Altman', 'Pachocki']);
  });

  it('keeps a quoted surname whose comma closes the sentence’s clause inside the quotes, as American style sets it', () => {
    const desk =
      'Jakub Pachocki leads research at OpenAI. Desk note: not "Pachocky," please, and not "Pachotski," either.';
    expect(marked(desk)).toEqual(['Jakub Pachocki', 'Pachocky', 'Pachotski']);
  });
});

describe('a call’s raw string argument, a spreadsheet’s wildcard and a query’s pattern (round 70)', () => {
  it('reads a surname in a prefixed string a method gets, between a formula’s wildcards or a LIKE’s as the pattern', () => {
    const code = [
      '# Jakub Pachocki and Sam Altman (OpenAI).',
      'rx = re.compile(r"Pachocki")',
      'Zeilen mit Namen: =ZÄHLENWENN(D2:D40;"*Altman*")',
      "SELECT id FROM posts WHERE body ILIKE '%pachocky%';",
    ].join('\n');
    expect(marked(code)).toEqual(['Jakub Pachocki', 'Sam Altman']);
  });

  it('keeps a surname set in italics or bold by asterisks', () => {
    const prose = 'Jakub Pachocki (OpenAI). The *Pachocki* era begins, and **Pachocki** leads research.';
    expect(marked(prose)).toEqual(['Jakub Pachocki', 'Pachocki', 'Pachocki']);
  });
});

describe('a quoted surname that code tests a text for (round 70)', () => {
  it('reads a quoted surname before "in" and a variable, after a condition’s keyword, as the string tested for', () => {
    const code = [
      '# Checks copy about Ilya Sutskever and Jan Leike (OpenAI).',
      'if "Sutzkever" in line:',
      '    flag(line)',
      'elif "Leike" not in titles[0]:',
      '    ok = any(x for x in rows) and "Leike" in row.text',
    ].join('\n');
    expect(marked(code)).toEqual(['Ilya Sutskever', 'Jan Leike']);
  });

  it('keeps a quoted surname before "in" and words of prose', () => {
    const prose =
      'Jan Leike left OpenAI. Ask whether "Leike" in the headline means him, and if "Leike" in print is ok.';
    expect(marked(prose)).toEqual(['Jan Leike', 'Leike', 'Leike']);
  });
});

describe('a surname as a key of a configuration’s mapping (round 70)', () => {
  it('reads a surname keying a list or a mapping, indented under its parent key, as the key', () => {
    const yaml = [
      '# Hints for the transcripts of Jan Leike and Jakub Pachocki (OpenAI).',
      'respell:',
      '  Leike: ["lai ke", "leica"]',
      '  Pachocki: {weight: 3}',
    ].join('\n');
    expect(marked(yaml)).toEqual(['Jan Leike', 'Jakub Pachocki']);
  });

  it('keeps a speaker’s line and an indented line of prose', () => {
    const transcript = 'Jan Leike (OpenAI) spoke.\nQ&A:\n  Leike: [laughs] yes, I resigned.\nLeike: [nods]';
    expect(marked(transcript)).toEqual(['Jan Leike', 'Leike', 'Leike']);
  });
});

describe('a word list of one term a line under a comment that names its terms (round 70)', () => {
  it('reads a surname alone on its line, in a block of single words under such a comment, as a term of the list', () => {
    const vocab = [
      '# dictation_words.txt, for the OpenAI episodes with Jan Leike and Jakub Pachocki',
      '# Each line is one term the dictation app should know.',
      'Leike',
      'Pachocki',
      'Sutzkever',
      'merettm',
      '# And whole names:',
      'Jan Leike',
    ].join('\n');
    expect(marked(vocab)).toEqual(['Jan Leike', 'Jakub Pachocki', 'Jan Leike']);
  });

  it('keeps a column of surnames under a comment that names no terms', () => {
    const roster = '# Who left OpenAI in May, with Jan Leike first:\nLeike\nSutskever\nKokotajlo';
    expect(marked(roster)).toEqual(['Jan Leike', 'Leike', 'Sutskever']);
  });
});

describe('a word list under a heading that names its terms (round 74)', () => {
  it('reads single words on their lines under a heading, not a comment, that names the list', () => {
    const glossary = [
      'Style sheet for the OpenAI episodes: Ilya Sutskever, Jan Leike.',
      '',
      'Custom vocabulary (one entry per line)',
      'Sutskever',
      'Leike',
      'RLHF',
    ].join('\n');
    expect(marked(glossary)).toEqual(['Ilya Sutskever', 'Jan Leike']);
  });

  it('keeps a column of surnames under a heading that names no terms', () => {
    const roster = 'Jan Leike and Ilya Sutskever left OpenAI.\n\nWho left in May\nLeike\nSutskever';
    expect(marked(roster)).toEqual(['Jan Leike', 'Ilya Sutskever', 'Leike', 'Sutskever']);
  });
});

describe('a string literal alone in a Markdown code span (round 74)', () => {
  it('reads a quoted surname that fills a code span as the string code handles', () => {
    const readme = [
      'Finds Sam Altman and Jan Leike (OpenAI) in text.',
      '| `lone` | `false` | also take `"Leike"` or `\'Altman\'` without a first name |',
    ].join('\n');
    expect(marked(readme)).toEqual(['Sam Altman', 'Jan Leike']);
  });

  it('keeps a quoted surname in a code span with more code around it, and one quoted in prose', () => {
    const readme = 'Sam Altman (OpenAI).\nThe card shows `short: "Altman"`, and the post says "Altman" too.';
    expect(marked(readme)).toEqual(['Sam Altman', 'Altman', 'Altman']);
  });
});

describe('a code comment’s owner tag (round 74)', () => {
  it('reads a lower-case name in the brackets after TODO or FIXME as the owner’s user name', () => {
    const code = [
      '// Cards for Jan Leike and Sam Altman (OpenAI).',
      '// TODO(leike): check the role line.',
      '# FIXME(altman) the date is wrong',
    ].join('\n');
    expect(marked(code)).toEqual(['Jan Leike', 'Sam Altman']);
  });

  it('keeps a name in brackets after other words', () => {
    expect(marked('Jan Leike left OpenAI. to do (leike) next: the role line')).toEqual(['Jan Leike', 'leike']);
  });
});

describe('a lower-case surname a tool maps to after an arrow (round 72)', () => {
  it('reads a lower-case name after "->" or "→" that ends its line or item as the key it maps to', () => {
    const log = [
      'Jakub Pachocki and Jan Leike at OpenAI.',
      'INFO linker: handle @merettm found in the post -> pachocki',
      'Aliases: "J. Leike" → leike, "Leik" → leike.',
    ].join('\n');
    expect(marked(log)).toEqual(['Jakub Pachocki', 'Jan Leike', '@merettm', 'J. Leike']);
  });

  it('keeps a lower-case name that begins a clause after an arrow', () => {
    const chat = 'Jan Leike left OpenAI.\nnoor: board drama -> leike quits the same week';
    expect(marked(chat)).toEqual(['Jan Leike', 'leike']);
  });
});

describe('a keyword list’s key with a comment after it, and a quoted phrase among its bare items (round 73)', () => {
  it('leaves the bare and quoted items under a key for keywords that a comment follows', () => {
    const config = [
      '# alerts.yml for the AI desk: Ilya Sutskever, Jan Leike',
      'watch:',
      '  terms:   # what the clipping service searches',
      '    - Leike',
      '    - Sutskever',
      '    - "Altman board"',
      '  exclude:',
      '    - "Altman Plumbing"',
    ].join('\n');
    expect(marked(config)).toEqual(['Ilya Sutskever', 'Jan Leike']);
  });

  it('keeps a Markdown list of people under a heading with a remark after it', () => {
    const notes = 'Ilya Sutskever and Jan Leike left OpenAI.\n\nDepartures:   # May 2024\n- Leike\n- Sutskever';
    expect(marked(notes)).toEqual(['Ilya Sutskever', 'Jan Leike', 'Leike', 'Sutskever']);
  });
});

describe('capitalised items of a YAML flow sequence under a key for matching (round 73)', () => {
  it('leaves the surnames a match or alias key lists in brackets, quoted or bare, first or later', () => {
    const config = [
      'people:',
      '  leike:',
      '    name: Jan Leike',
      '    match: [Leike, Leicke]',
      '  pachocki:',
      '    name: Jakub Pachocki',
      '    aliases: [Pachocki, "Jakub Pachocki"]',
    ].join('\n');
    expect(marked(config)).toEqual(['Jan Leike', 'Jakub Pachocki', 'Jakub Pachocki']);
  });

  it('keeps capitalised surnames in a flow sequence of people under another key', () => {
    const config = 'story: OpenAI departures, with Jan Leike and Ilya Sutskever\nauthors_quoted: [Leike, Sutskever]';
    expect(marked(config)).toEqual(['Jan Leike', 'Ilya Sutskever', 'Leike', 'Sutskever']);
  });
});
