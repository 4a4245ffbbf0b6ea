import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { isStorySearchLine } from '../../../../engine/rules/search-lines';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** The characters a reader would see marked in `text`. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

const ours = new Set(['altman', 'sutskever', 'leike', 'pachocki']);

describe('lower-case related searches that pair two of ours (round 18)', () => {
  it('reads a search line that pairs two of our surnames as a line about our story', () => {
    const line = 'related: leike sutskever · openai board';
    const start = line.indexOf('sutskever');
    expect(isStorySearchLine(line, start, start + 'sutskever'.length, new Set(['ilya']), ours)).toBe(true);
  });

  it('marks both surnames of a related search that pairs two of ours', () => {
    const page =
      'Ilya Sutskever leaves OpenAI\nSearches related to ilya sutskever\n' +
      'ilya sutskever age · leike altman · altman pachocki · sutskever thread';
    expect(marked(page)).toEqual([
      'Ilya Sutskever',
      'ilya sutskever',
      'ilya sutskever',
      'leike',
      'altman',
      'altman',
      'pachocki',
      'sutskever',
    ]);
  });

  it('keeps a namesake’s first name before the surname a namesake’s search', () => {
    const page = 'Sam Altman (OpenAI)\nRelated searches: sam altman age · jack altman · altman leike';
    // The query "altman leike" pairs two of ours: both are ours beside the namesake's search (round 19).
    expect(marked(page)).toEqual(['Sam Altman', 'sam altman', 'altman', 'leike']);
  });
});

// Round 22: a search page that shows its query quoted ('Search: "sutskever"') writes the surname as code writes a
// key; its related searches about our story are still searches for our people, not the query's string.
describe('related searches about our story under a quoted query (round 22)', () => {
  it('marks the related searches’ surnames where the query box quotes the surname', () => {
    const page =
      'Search: "leike"   About 90,000 results\n\nJan Leike - Wikipedia\nJan Leike is a machine learning researcher.\n\n' +
      'Related searches: leike sutskever · leike superalignment openai · leike anthropic';
    expect(marked(page)).toEqual(['Jan Leike', 'Jan Leike', 'leike', 'sutskever', 'leike', 'leike']);
    const suche =
      'Suche: "pachocki"\n\nJakub Pachocki – OpenAI\n\nÄhnliche Suchanfragen: pachocki altman · pachocki gpt-4';
    expect(marked(suche)).toEqual(['Jakub Pachocki', 'pachocki', 'altman', 'pachocki']);
  });

  it('leaves data whose keys are our surnames', () => {
    const data = 'columns: "outlet", "sutskever", "leike"\nwire,12,4\nblog,3,9\n# sutskever counted by hand';
    expect(marked(data)).toEqual([]);
  });
});

// Round 23 (marking-rule decision): a query about our story, in the search box or among the related searches, names
// our people; the bare surname alone in the box is the string searched for, whatever the box's button looks like.
describe('search queries and related searches: the query about our story marked, the bare surname not (round 23)', () => {
  it('marks the surnames of a query about our story, in the box and among the related searches', () => {
    const boxes = [
      'Search results for: "altman sutskever feud"\n\nWhy Ilya Sutskever voted against Sam Altman',
      'Suchergebnisse für „pachocki gpt-4“\n\nJakub Pachocki leitet die Forschung bei OpenAI',
      'You searched for: leike superalignment\n\nJan Leike resigns from OpenAI',
    ];
    expect(boxes.map(marked)).toEqual([
      ['altman', 'sutskever', 'Ilya Sutskever', 'Sam Altman'],
      ['pachocki', 'Jakub Pachocki'],
      ['leike', 'Jan Leike'],
    ]);
    const related =
      'Ilya Sutskever gründet SSI\n\nÄhnliche Suchanfragen\nsutskever heute · altman rückkehr · ilya sutskever vermögen';
    expect(marked(related)).toEqual(['Ilya Sutskever', 'sutskever', 'altman', 'ilya sutskever']);
  });

  it('leaves the bare surname in the search box before or after its magnifier', () => {
    const pages = [
      'leike                                  🔍\nAlle   News   Bilder\n\nJan Leike verlässt OpenAI',
      '🔎 pachocki\n\nAll  Images  News\nJakub Pachocki named chief scientist',
      'sutskever        ⌕\nAbout 2,000,000 results\nIlya Sutskever left OpenAI in May',
    ];
    expect(pages.map(marked)).toEqual([['Jan Leike'], ['Jakub Pachocki'], ['Ilya Sutskever']]);
  });
});

// Round 70: an export of search queries keys its rows by the bare surname ({"q": "leike"}), but a query of several
// words is no key written again: it is what a reader searched for, and about our story it names our person.
describe('queries of several words in a search export whose keys are our surnames (round 70)', () => {
  it('marks the surnames of a quoted query about our story, and leaves the bare surname and the keys', () => {
    const log = [
      '{ "report": "site search, OpenAI week",',
      '  "queries": [ {"q": "pachocki", "n": 310}, {"q": "pachocki openai research", "n": 120},',
      '    {"q": "altman leike streit", "n": 75}, {"q": "leike", "n": 40} ],',
      '  "related": { "leike": ["leike anthropic wechsel"] } }',
    ].join('\n');
    expect(marked(log)).toEqual(['pachocki', 'altman', 'leike', 'leike']);
  });

  it('leaves a quoted phrase of several words that tells nothing of our story', () => {
    const log = '{"queries": [{"q": "leike", "n": 9}, {"q": "leike familie wappen", "n": 2}], "note": "OpenAI week"}';
    expect(marked(log)).toEqual([]);
  });
});

describe('a ranked list of search queries with counts: the bare surname is the string searched (round 74)', () => {
  it('leaves a lower-case surname alone, or quoted, as a numbered or bulleted query before its count', () => {
    const report = [
      'Top queries this week (count)',
      '1. sam altman (3,090)',
      '2. leike resignation (904)',
      '3. altman (611)',
      'No results:',
      '- "leikes" (21): unclear intent.',
    ].join('\n');
    expect(marked(report)).toEqual(['sam altman', 'leike']);
  });

  it('keeps a capitalised surname before a count in a list of people', () => {
    expect(marked('Sam Altman runs OpenAI. Mentions by person:\n1. Altman (611)\n2. Leike (21)')).toEqual([
      'Sam Altman',
      'Altman',
      'Leike',
    ]);
  });
});
