import { describe, expect, it } from 'vitest';
import { MAX_MATCH_CHARS, MAX_MATCH_TEXTS, parseMatchAnswer, parseMatchRequest } from '../../../model/match-messages';

describe('parseMatchRequest: what the background takes from a content script', () => {
  it('takes texts within the bounds', () => {
    expect(parseMatchRequest({ type: 'match-texts', texts: ['Sam Altman', ''] })).toEqual({
      type: 'match-texts',
      texts: ['Sam Altman', ''],
    });
    expect(parseMatchRequest({ type: 'match-texts', texts: ['x'.repeat(MAX_MATCH_CHARS)] })).toBeDefined();
  });

  it.each([
    ['no object', 'match-texts'],
    ['another type', { type: 'mentions-report', texts: [] }],
    ['texts that are no array', { type: 'match-texts', texts: 'Sam Altman' }],
    ['a text that is no string', { type: 'match-texts', texts: ['Sam Altman', 7] }],
    ['too many texts', { type: 'match-texts', texts: Array.from({ length: MAX_MATCH_TEXTS + 1 }, () => 'a') }],
    ['too many characters', { type: 'match-texts', texts: ['x'.repeat(MAX_MATCH_CHARS), 'y'] }],
  ])('ignores %s', (_, message) => {
    expect(parseMatchRequest(message)).toBeUndefined();
  });
});

describe('parseMatchAnswer: what the page session takes from the background', () => {
  const texts = ['Sam Altman', 'the weather'];

  it('takes one array of small integers per text, and the spellings', () => {
    const answer = { found: [[1, 0, 10, 0, 1, 0, 1], []], spellings: ['altman'] };
    expect(parseMatchAnswer(answer, texts)).toEqual(answer);
  });

  it.each([
    ['none', undefined],
    ['no spellings', { found: [[], []] }],
    ['one array too few', { found: [[]], spellings: [] }],
    ['a fraction', { found: [[0.5], []], spellings: [] }],
    ['a negative number', { found: [[-1], []], spellings: [] }],
    ['a number as text', { found: [['1'], []], spellings: [] }],
    ['more cells than the text has room for', { found: [Array(89).fill(0), []], spellings: [] }],
    ['a spelling that is no string', { found: [[], []], spellings: [1] }],
    ['a spelling longer than a name', { found: [[], []], spellings: ['a'.repeat(65)] }],
  ])('refuses %s', (_, answer) => {
    expect(parseMatchAnswer(answer, texts)).toBeUndefined();
  });
});
