import { describe, expect, test } from 'vitest';
import { parseBackgroundMessage, parseContentMessage, sumCounts } from '../../utils/messages';

describe('messages', () => {
  test('accepts the messages the extension sends', () => {
    expect(parseBackgroundMessage({ type: 'mentions-report', counts: { altman: 2 }, newPage: true })).toEqual({
      type: 'mentions-report',
      counts: { altman: 2 },
      newPage: true,
    });
    expect(parseBackgroundMessage({ type: 'tab-mentions', tabId: 4 })).toEqual({ type: 'tab-mentions', tabId: 4 });
    expect(parseBackgroundMessage({ type: 'open-story' })).toEqual({ type: 'open-story' });
    expect(parseContentMessage({ type: 'jump-to-mention', person: 'leike' })).toEqual({ type: 'jump-to-mention', person: 'leike' });
  });

  test.each([
    undefined,
    null,
    'mentions-report',
    [],
    { type: 'unknown' },
    { type: 'mentions-report', counts: { nobody: 1 } },
    { type: 'mentions-report', counts: { altman: -1 } },
    { type: 'mentions-report', counts: { altman: 1.5 } },
    { type: 'mentions-report', counts: { altman: '3' } },
    { type: 'mentions-report', counts: [] },
    { type: 'tab-mentions', tabId: '4' },
    { type: 'tab-mentions' },
    { type: 'jump-to-mention', person: '__proto__' },
  ])('ignores %j', (message) => {
    expect(parseBackgroundMessage(message)).toBeUndefined();
    expect(parseContentMessage(message)).toBeUndefined();
  });

  test('sums the counts of a tab’s frames', () => {
    expect(sumCounts([{ altman: 1 }, { altman: 2, leike: 1 }, {}])).toEqual({ altman: 3, leike: 1 });
  });
});
