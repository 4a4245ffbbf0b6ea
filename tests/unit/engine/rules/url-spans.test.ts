import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../engine/match/matcher';
import { addressReader, findAddressSpans, isInPathLikeToken, overlapsAny } from '../../../../engine/rules/url-spans';
import { findInDocument } from '../../../../engine/rules/document-mentions';
import { people } from '../../../../knowledge/people';

/** The addresses in `text`, as strings. */
const addresses = (text: string) => findAddressSpans(text).map(([start, end]) => text.slice(start, end));

describe('findAddressSpans', () => {
  it('finds URLs with a scheme or www, up to the next space or quote', () => {
    expect(addresses('Siehe https://example.com/sam-altman-interview und HTTP://EXAMPLE.ORG/x heute')).toEqual([
      'https://example.com/sam-altman-interview',
      'HTTP://EXAMPLE.ORG/x',
    ]);
    expect(addresses('Read "www.example.net/ilya-sutskever" today')).toEqual(['www.example.net/ilya-sutskever']);
  });

  it('finds e-mail addresses', () => {
    expect(addresses('Schreib an sam.altman@example.com oder leike@example.org.')).toEqual([
      'sam.altman@example.com',
      'leike@example.org',
    ]);
  });

  it('finds bare domains with their path, also under country domains', () => {
    expect(addresses('Is openai.com/altman real? Try example.co.uk/jan-leike or beispiel.de.')).toEqual([
      'openai.com/altman',
      'example.co.uk/jan-leike',
      'beispiel.de',
    ]);
  });

  it('does not take a missing space after a full stop for a domain', () => {
    expect(addresses('said Altman.It was late. Leike.Er ging. Sutskever.De facto')).toEqual([]);
  });

  it('finds nothing in text without @, / or a dot', () => {
    expect(addresses('Sam Altman und Jan Leike')).toEqual([]);
  });
});

describe('overlapsAny', () => {
  const spans = [
    [5, 10],
    [20, 30],
  ] as const;

  it('is true for a range that shares a character with a span', () => {
    expect(overlapsAny(spans, 8, 12)).toBe(true);
    expect(overlapsAny(spans, 0, 6)).toBe(true);
    expect(overlapsAny(spans, 21, 22)).toBe(true);
  });

  it('is false for ranges that only touch a span or fall between spans', () => {
    expect(overlapsAny(spans, 0, 5)).toBe(false);
    expect(overlapsAny(spans, 10, 20)).toBe(false);
    expect(overlapsAny(spans, 30, 40)).toBe(false);
  });
});

describe('addressReader', () => {
  const texts = [
    'Siehe https://example.com/sam-altman-interview und HTTP://EXAMPLE.ORG/x heute, sam.altman@example.com.',
    'Is openai.com/altman real? Try example.co.uk/jan-leike or beispiel.de. said Altman.It was late.',
    'x.com/sama<b>altman.ai</b>leike@openai.com/sutskever "www.a.de/leike" Sam Altman at openai.com',
  ];

  it('answers for every range in order as the addresses of the whole text do', () => {
    for (const text of texts) {
      const spans = findAddressSpans(text);
      const inAddress = addressReader(text);
      for (let start = 0; start < text.length; start++) {
        for (const length of [1, 4, 11]) {
          const end = Math.min(text.length, start + length);
          expect(inAddress(start, end), `${start}-${end} of ${text}`).toBe(overlapsAny(spans, start, end));
        }
      }
    }
  });
});

/** Whether the first `name` in `text` lies in a path-like token. */
const inToken = (text: string, name: string) => {
  const start = text.indexOf(name);
  return isInPathLikeToken(text, start, start + name.length);
};

describe('a name inside an account name joined by dots, underscores or hyphens (round 23)', () => {
  it.each([
    ['@sam.altman.enjoyer · 1 day ago', 'altman'],
    ['reply from @Ilya_Sutskever_Fanclub: so true', 'Sutskever'],
    ['Kommentar von @jan-leike-news: Danke!', 'leike'],
  ])('is part of someone’s account name: %s', (text, name) => {
    expect(inToken(text, name)).toBe(true);
  });

  it('leaves a name after an @ with nothing joined to it, and prose', () => {
    expect(inToken('@Altman you promised', 'Altman')).toBe(false);
    expect(inToken('Sam Altman. Leike.', 'Altman')).toBe(false);
  });
});

describe('a name in a search result’s breadcrumb after its site’s address (round 27)', () => {
  it.each([
    ['zeit.example.de › digital › Leike-kuendigt-bei-OpenAI', 'Leike'],
    ['www.example.com > tech > Sutskever-Leaves-OpenAI-2024', 'Sutskever'],
    ['https://news.example.org › 2024 › 05 › Pachocki', 'Pachocki'],
    ['example.co.uk › business › Altman_back_as_CEO › amp', 'Altman'],
  ])('is part of the path: %s', (text, name) => {
    expect(inToken(text, name)).toBe(true);
  });

  it('leaves a title after a breadcrumb, a forum’s section path and a compound of prose', () => {
    expect(inToken('Forum › KI › Was macht Sam-Altman-Fan Tom jetzt?', 'Altman')).toBe(false);
    expect(inToken('example.com › news › Sam Altman is back', 'Altman')).toBe(false);
    expect(inToken('Das Sam-Altman-Interview › lesenswert', 'Altman')).toBe(false);
  });
});

describe('a name inside a package scope, a path or a host name written without a scheme (round 28, real text)', () => {
  it.each([
    ['import Logger from "@sama/core/logging/Logger.js"', '@sama'],
    ['npm install @janleike/eval-tools --save-dev', '@janleike'],
    ['| Homepage | ilya.sutskever.name |', 'sutskever'],
    ['mirror at docs.pachocki.example.page/notes', 'pachocki'],
    ['const cfg = settings.people.altman.enabled;', 'altman'],
    ['from .ilya_sutskever import ILYA_SUTSKEVER', 'ilya_sutskever'],
  ])('is part of the token: %s', (text, name) => {
    expect(inToken(text, name)).toBe(true);
  });

  it('leaves a handle before a slash and another handle, a sentence end without a space, and a capitalised host', () => {
    expect(inToken('thanks @sama/@ilyasut for the reply', '@sama')).toBe(false);
    expect(inToken('Es sprach Sam Altman.Danach Leike.', 'Altman')).toBe(false);
    expect(inToken('said altman. then leike', 'altman')).toBe(false);
  });
});

describe('a slug or id in single quotes, as code writes values (round 32, real text)', () => {
  it.each([
    ["{ id: 'altman-2025', group: 'electricity' }", 'altman'],
    ["slides.push({ id: 'sutskever-talk-notes', theme: 'dark' });", 'sutskever'],
  ])('is part of the token: %s', (text, name) => {
    expect(inToken(text, name)).toBe(true);
  });

  it('leaves a quoted name of prose and a possessive', () => {
    expect(inToken("the word 'Altman' on its own", 'Altman')).toBe(false);
    expect(inToken("the 'Altman-Rauswurf' story", 'Altman')).toBe(false);
    expect(inToken('Altman’s return', 'Altman')).toBe(false);
  });
});

describe('an issue key in capitals and a member of an identifier, as code and trackers write them (round 33, real text)', () => {
  it.each([
    ['| ALTMAN-008 | Sam Altman returns as CEO | verified |', 'ALTMAN'],
    ['Fixed in LEIKE-12, see the ticket.', 'LEIKE'],
    ['if jan_leike.departed(May_2024):', 'jan_leike'],
    ['team.ilya_sutskever = None', 'ilya_sutskever'],
  ])('is part of the token: %s', (text, name) => {
    expect(inToken(text, name)).toBe(true);
  });

  it('leaves German compounds in capitals or with a year, and a capitalised name before a full stop', () => {
    expect(inToken('die Altman-2024-Chronik', 'Altman')).toBe(false);
    expect(inToken('ALTMAN-RÜCKKEHR: OpenAI bestätigt', 'ALTMAN')).toBe(false);
    expect(inToken('Leike.departed is no code', 'Leike')).toBe(false);
  });
});

describe('a Markdown footnote’s label (round 38, real text)', () => {
  it('is part of the token, as a slug', () => {
    expect(inToken('agency."[^altman-principles] In June, Altman and others', 'altman')).toBe(true);
  });

  it('leaves a capitalised name after a caret of prose', () => {
    expect(inToken('^ Altman said so', 'Altman')).toBe(false);
  });
});

describe('a slug as a field of a data row (round 49)', () => {
  it('reads a slug between a CSV row’s commas or semicolons as a slug, and the row’s other fields as before', () => {
    const row = '2024-05-14,Westbridge Post,Ilya Sutskever,Sutzkever,sutzkever-exits-openai';
    expect(inToken(row, 'sutzkever-exits')).toBe(true);
    expect(inToken(row, 'Sutzkever,')).toBe(false);
    expect(inToken('2024-05-17;Harbor Daily;Jan Leike;leike-thread-safety-backseat', 'leike-thread')).toBe(true);
  });
});

describe('a bare identifier of a log line or a TOML table (round 52)', () => {
  const matcher = createMatcher(people);
  const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

  it('reads a lower-case name as a log’s value or a table’s key, and keeps the full names beside it', () => {
    const log = 'Ilya Sutskever left OpenAI.\n12:00:01 INFO tagged item=88 person=sutskever name="Ilya Sutskever"';
    expect(marked(log)).toEqual(['Ilya Sutskever', 'Ilya Sutskever']);
    const toml = 'Jan Leike at OpenAI.\n\n[watch.leike]\ndisplay = "Jan Leike"\n\n[leike]\nalerts = true';
    expect(marked(toml)).toEqual(['Jan Leike', 'Jan Leike']);
  });

  it('keeps a lower-case name of chat after a speaker or in a Markdown link', () => {
    expect(marked('Jan Leike left OpenAI.\nmaya: leike is out too\n[leike](https://example.com/x) said why')).toEqual([
      'Jan Leike',
      'leike',
      'leike',
    ]);
  });
});

describe('a data file’s name and a case’s result in SQL (round 53)', () => {
  const matcher = createMatcher(people);
  const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

  it('reads a lower-case name with a data file’s extension, and a quoted one after THEN, as code', () => {
    expect(marked('Jakub Pachocki at OpenAI.\n4f2a1c0 people: add pachocki.yaml and pachocki.toml')).toEqual([
      'Jakub Pachocki',
    ]);
    const sql =
      "Jan Leike at OpenAI.\nSELECT CASE WHEN body LIKE '%Jan Leike%' THEN 'leike' ELSE 'other' END FROM posts;";
    expect(marked(sql)).toEqual(['Jan Leike', 'Jan Leike']);
  });
});

describe('a search tool’s line number after a file’s name, a code file’s name (round 56)', () => {
  it('reads the name in the file’s name before the line number as the path’s, the text after it as the line’s', () => {
    const line = 'notes/2024-05/altman-returns.md:12:Altman is back as CEO.';
    expect(inToken(line, 'altman')).toBe(true);
    expect(inToken(line, 'Altman')).toBe(false);
  });

  it('reads a name in a code file’s name as the path’s', () => {
    expect(inToken('The card lives in components/sutskever-card.tsx now.', 'sutskever')).toBe(true);
    expect(inToken('Die Box steht in leike-abschied.ts.', 'leike')).toBe(true);
  });
});

describe('a tagger’s namespaced slug and a result’s breadcrumb after its title (round 57)', () => {
  it('takes a lower-case slug after a namespace’s word and colon for a tag', () => {
    const log = 'INFO tagger "Leike resigns from OpenAI" -> tags=[person:jan-leike, org:openai]';
    expect(isInPathLikeToken(log, log.indexOf('jan-leike'), log.indexOf('jan-leike') + 9)).toBe(true);
  });

  it('keeps a capitalised name after a colon, as prose writes it', () => {
    const text = 'Update:Jan Leike joined Anthropic.';
    expect(isInPathLikeToken(text, 7, 16)).toBe(false);
  });

  it('reads a breadcrumb’s segment after the result’s title and a dash on the same line', () => {
    const line =
      'Sutskever verlässt OpenAI: Die Reaktionen – example.org › news › sutskever-abschied\nSam Altman dankte.';
    const start = line.indexOf('sutskever-abschied');
    expect(isInPathLikeToken(line, start, start + 9)).toBe(true);
  });
});

describe('a forum’s user name joined by a dot (round 58)', () => {
  it('reads a first name and a surname joined by a dot as a user name', () => {
    const post = 'Miri.Altman schrieb am 18.05.2024: Bevor jemand fragt …';
    expect(isInPathLikeToken(post, 5, 11)).toBe(true);
  });

  it('keeps a surname after a sentence’s full stop and a space', () => {
    const prose = 'Er ging. Altman blieb.';
    expect(isInPathLikeToken(prose, 9, 15)).toBe(false);
  });
});

describe('a namespaced id’s last part (round 67)', () => {
  it('reads the slug after lower-case parts closed by colons as a token', () => {
    expect(inToken('<id>urn:example:story:sutskever-departure-20240514</id>', 'sutskever')).toBe(true);
  });

  it('keeps a surname after a capitalised label’s colon', () => {
    expect(inToken('Note:Sutskever left OpenAI.', 'Sutskever')).toBe(false);
  });
});

describe('a bare key’s value in a log line (round 72)', () => {
  it('reads the slug after a lower-case key and its equals sign as a token', () => {
    expect(inToken('12:00:01 INFO import id=77 slug=board-fires-sam-altman-friday', 'altman')).toBe(true);
  });

  it('keeps a capitalised name after a key’s equals sign, as a log writes a person', () => {
    expect(inToken('12:00:01 INFO publish by=Sam-Altman', 'Altman')).toBe(false);
  });
});

describe('a printed table’s index (round 68)', () => {
  const matcher = createMatcher(people);
  const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

  it('reads lower-case names alone before their counts as keys, and the same words in the notes after them', () => {
    const table = [
      '>>> df.value_counts("who")',
      'who',
      'leike        64',
      'pachocki     12',
      'openai        9',
      '',
      '# the leike rows are mostly the resignation thread; Jan Leike posted it on 17 May.',
    ].join('\n');
    expect(marked(table)).toEqual(['Jan Leike']);
  });

  it('keeps a lower-case name with words after it, and a lone row without a neighbour', () => {
    const chat = 'Jan Leike quit OpenAI today.\nmika: leike   2 posts so far\nkai: wow';
    expect(marked(chat)).toEqual(['Jan Leike', 'leike']);
    const single = 'Jakub Pachocki at OpenAI.\n\npachocki   3\n\nThat was the count.';
    expect(marked(single)).toEqual(['Jakub Pachocki', 'pachocki']);
  });
});

describe('a printed table’s index before other columns and its count (round 74)', () => {
  const matcher = createMatcher(people);
  const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

  it('reads lower-case keys of a grouped count as keys, and keeps the printed forms in the column beside them', () => {
    const table = [
      'Out[3]:',
      'who        form             n',
      'sutskever  Ilya Sutskever   88',
      'leike      Leike            41',
      'pachocki   Jakub Pachocki   17',
    ].join('\n');
    expect(marked(table)).toEqual(['Ilya Sutskever', 'Leike', 'Jakub Pachocki']);
  });

  it('keeps such a row alone, without a neighbour row', () => {
    const single = 'Jakub Pachocki at OpenAI.\n\npachocki   chief scientist   3\n\nThat was the count.';
    expect(marked(single)).toEqual(['Jakub Pachocki', 'pachocki']);
  });
});

describe('a file name with a subtitle’s extension (round 74)', () => {
  it.each([
    ['The file is talk-night-ep4-sutskever-de.srt, keep it.', 'sutskever'],
    ['Upload altman-keynote-captions.vtt first.', 'altman'],
  ])('reads %s as a file name', (text, name) => {
    expect(inToken(text, name)).toBe(true);
  });
});

describe('a file name with an e-book’s, a notebook’s or an archive’s extension (round 69)', () => {
  it.each([
    ['File name: five-days-november-altman-sutskever.epub', 'sutskever'],
    ['attached: leike-interview-notes.ipynb', 'leike'],
    ['backup pachocki-talk-2024.tar', 'pachocki'],
  ])('reads %s as a file name', (text, name) => {
    expect(inToken(text, name)).toBe(true);
  });

  it('keeps a name before a full stop in prose', () => {
    expect(inToken('We asked Altman.', 'Altman')).toBe(false);
  });
});

describe('an id in code quotes joined to a noun of the story (round 69)', () => {
  it('reads a quoted key’s value as a slug', () => {
    expect(inToken("{ id: 'sutskever-abschied', autor: 'Ilya Sutskever' }", 'sutskever')).toBe(true);
    expect(inToken('{"slug": "altman-rauswurf"}', 'altman')).toBe(true);
  });

  it('keeps the compound in prose and after a colon without quotes', () => {
    expect(inToken('beim altman-rauswurf war ich im urlaub', 'altman')).toBe(false);
    expect(inToken('status: altman-rauswurf bestätigt', 'altman')).toBe(false);
  });
});

describe('a named argument or an element’s name in code (round 70)', () => {
  const matcher = createMatcher(people);
  const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

  it('reads a lower-case name before "=" and a value, in a call or a list, as a key, and its printed header too', () => {
    const script = [
      '# Posts by Jan Leike and Jakub Pachocki (OpenAI), per week.',
      'weeks <- list(leike = c(4, 9),',
      '              pachocki = "2,3")',
      'report(weeks, altman=0)',
      'print(lengths(weeks))',
      '#    leike pachocki',
      '#        2        1',
    ].join('\n');
    expect(marked(script)).toEqual(['Jan Leike', 'Jakub Pachocki']);
  });

  it('keeps a lower-case name before "=" and words in chat', () => {
    const chat = 'Jan Leike left OpenAI.\nmika: ok, leike = hero of the week';
    expect(marked(chat)).toEqual(['Jan Leike', 'leike']);
  });
});

describe('a news wire’s slug (round 71)', () => {
  const matcher = createMatcher(people);
  const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

  it('reads a name among the slug’s keywords as part of it, not a namesake before the headline', () => {
    expect(inToken('AP-EU--Tech-Anthropic-Leike-Hire, Advisory', 'Leike')).toBe(true);
    const wire = 'AP-EU--Tech-Anthropic-Leike-Hire, Advisory\nLEIKE JOINS ANTHROPIC TO LEAD NEW SAFETY TEAM';
    expect(marked(wire)).toEqual(['LEIKE']);
  });

  it('keeps a surname in prose’s hyphened compounds', () => {
    expect(inToken('Das Leike-Anthropic-Interview lief gestern.', 'Leike')).toBe(false);
  });
});

describe('a wire story’s slug in capitals (round 80)', () => {
  const matcher = createMatcher(people);
  const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

  it('marks no name in a slug of capitals joined by hyphens before its slash', () => {
    expect(marked('EU-OPENAI-LEIKE/ (UPDATE 1)\nJan Leike resigns from OpenAI.')).toEqual(['Jan Leike']);
    expect(isInPathLikeToken('EU-OPENAI-LEIKE/ (UPDATE 1)', 10, 15)).toBe(true);
  });

  it('keeps a headline in capitals that pairs two names with a slash', () => {
    expect(isInPathLikeToken('SUTSKEVER/LEIKE EXIT', 0, 9)).toBe(false);
  });
});
