import { describe, expect, it } from 'vitest';
import { findAll, WINDOW } from '../../../../engine/match/long-text';
import { createMatcher } from '../../../../engine/match/matcher';
import { encodeMentions } from '../../../../engine/match/mention-wire';
import { createPrefilter, namePattern } from '../../../../engine/look/prefilter';
import { localMatcher } from '../../../../engine/scan/local-match';
import { matchBlockTexts, remoteMatcher, requestsOf } from '../../../../engine/scan/remote-match';
import { namedPeople } from '../../../../knowledge/names';
import {
  MAX_MATCH_CHARS,
  MAX_MATCH_TEXTS,
  parseMatchRequest,
  type MatchRequest,
} from '../../../../model/match-messages';
import { plainMentions } from '../plain-mentions';

const matcher = createMatcher(namedPeople);
const prefilter = createPrefilter(namePattern(namedPeople));
const mayName = (text: string) => prefilter.test(text);

/** The background as the page session meets it: the request as a message would carry it, the answer likewise. */
const background = (requests: MatchRequest[]) => async (request: MatchRequest) => {
  const taken = parseMatchRequest(JSON.parse(JSON.stringify(request)));
  if (!taken) throw new Error('refused');
  requests.push(taken);
  return JSON.parse(JSON.stringify(encodeMentions(taken.texts.map((text) => findAll(matcher, text)))));
};

describe('requestsOf: a batch in requests within the bounds', () => {
  it('makes one request of a usual batch', () => {
    expect(requestsOf(['Sam Altman', 'Jan Leike'])).toEqual([['Sam Altman', 'Jan Leike']]);
    expect(requestsOf([])).toEqual([]);
  });

  it('splits by count and by characters, in order', () => {
    const many = Array.from({ length: MAX_MATCH_TEXTS + 1 }, (_, i) => `text ${i}`);
    expect(requestsOf(many).map((texts) => texts.length)).toEqual([MAX_MATCH_TEXTS, 1]);
    const long = ['a'.repeat(MAX_MATCH_CHARS - 10), 'b'.repeat(20), 'c'];
    expect(requestsOf(long)).toEqual([[long[0]], [long[1], long[2]]]);
  });
});

describe('remoteMatcher: candidates from the background', () => {
  it('finds what the matcher finds, one request a batch', async () => {
    const requests: MatchRequest[] = [];
    const texts = ['Sam Altman met Jan Leike.', 'The weather held.', 'Sutskever (OpenAI) spoke.'];
    const found = await remoteMatcher(background(requests))(texts);
    expect(found!.map(plainMentions)).toEqual(texts.map((text) => plainMentions(matcher.find(text))));
    expect(requests).toHaveLength(1);
  });

  it('asks nothing for no text', async () => {
    const requests: MatchRequest[] = [];
    expect(await remoteMatcher(background(requests))([])).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('has no answer where the background gives none, or one that does not parse', async () => {
    expect(await remoteMatcher(() => Promise.reject(new Error('gone')))(['Sam Altman'])).toBeUndefined();
    expect(await remoteMatcher(async () => undefined)(['Sam Altman'])).toBeUndefined();
    expect(await remoteMatcher(async () => ({ found: [[9, 0, 99, 0, 1, 0, 0]], spellings: [] }))(['Sam Altman'])).toBe(
      undefined,
    );
  });
});

describe('matchBlockTexts: a long text is sent only where it may name someone', () => {
  const filler = 'The board met again and the staff letter kept growing. ';
  const text = `${filler.repeat(3_000)}Then Sam Altman spoke.${filler.repeat(1_000)}`;

  it('sends one window of four, and finds the name where the whole text has it', async () => {
    expect(text.length).toBeGreaterThan(3 * WINDOW);
    const asked: string[][] = [];
    const local = localMatcher(matcher);
    const found = await matchBlockTexts(
      (texts) => (asked.push([...texts]), local(texts)),
      [text, 'Jan Leike'],
      mayName,
    );
    expect(asked[0]).toHaveLength(2);
    expect(asked[0]![0]!.length).toBe(WINDOW);
    expect(found).toEqual([findAll(matcher, text), matcher.find('Jan Leike')]);
    expect(text.slice(found![0]![0]!.start, found![0]![0]!.end)).toBe('Sam Altman');
  });

  it('has no answer where none came', async () => {
    expect(await matchBlockTexts(async () => undefined, [text], mayName)).toBeUndefined();
  });
});
