import { describe, expect, it, test } from 'vitest';
import { contentMessageType, MAX_SELECTION, parseBackgroundMessage, parseContentMessage, parsePageHost, sumCounts } from '../../../model/messages';

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
    expect(parseContentMessage({ type: 'who-is', text: 'Sam Altman' })).toEqual({ type: 'who-is', text: 'Sam Altman' });
    expect(parseContentMessage({ type: 'next-mention', extra: 1 })).toEqual({ type: 'next-mention' });
    expect(parseContentMessage({ type: 'page-host' })).toEqual({ type: 'page-host' });
  });

  test.each([
    { type: 'who-is' },
    { type: 'who-is', text: 42 },
    { type: 'who-is', text: 'x'.repeat(MAX_SELECTION + 1) },
  ])('ignores a malformed question about a selection: %j', (message) => {
    expect(parseContentMessage(message)).toBeUndefined();
  });

  test('takes a host name from the top frame, and nothing else', () => {
    expect(parsePageHost('news.example.org')).toBe('news.example.org');
    expect(parsePageHost('127.0.0.1')).toBe('127.0.0.1');
    for (const answer of [undefined, '', 'Example.org', 'example.org:8080', 'https://example.org', '<b>', 7]) {
      expect(parsePageHost(answer)).toBeUndefined();
    }
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

describe('contentMessageType', () => {
  it('tells the content script which request a message is, by its type alone', () => {
    expect(contentMessageType({ type: 'jump-to-mention', person: 'nobody' })).toBe('jump-to-mention');
    expect(contentMessageType({ type: 'who-is', text: 'Sam' })).toBe('who-is');
    expect(contentMessageType({ type: 'next-mention' })).toBe('next-mention');
    expect(contentMessageType({ type: 'page-host' })).toBe('page-host');
  });

  it('knows nothing else', () => {
    for (const value of [undefined, null, 'page-host', ['page-host'], { type: 'mentions-report' }, { type: 'toString' }, {}]) {
      expect(contentMessageType(value)).toBeUndefined();
    }
  });
});
