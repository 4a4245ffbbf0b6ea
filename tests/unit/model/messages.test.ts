import { describe, expect, it, test } from 'vitest';
import {
  contentMessageType,
  MAX_SELECTION,
  parseBackgroundMessage,
  parseContentMessage,
  parsePageDateAnswer,
  parsePageHost,
  parseTopSite,
  sumCounts,
} from '../../../model/messages';

const DOC = 'k3j2h1g0f9e8';

describe('messages', () => {
  test('accepts the messages the extension sends', () => {
    expect(parseBackgroundMessage({ type: 'mentions-report', doc: DOC, counts: { altman: 2 } })).toEqual({
      type: 'mentions-report',
      doc: DOC,
      counts: { altman: 2 },
    });
    expect(parseBackgroundMessage({ type: 'mentions-report', doc: DOC, counts: {}, host: 'example.org' })).toEqual({
      type: 'mentions-report',
      doc: DOC,
      counts: {},
      host: 'example.org',
    });
    // A top frame without a host (a `file:` page) says so; a host that is no host name is left out.
    expect(parseBackgroundMessage({ type: 'mentions-report', doc: DOC, counts: {}, host: '' })).toMatchObject({
      host: '',
    });
    expect(parseBackgroundMessage({ type: 'mentions-report', doc: DOC, counts: {}, host: 'a b' })).not.toHaveProperty(
      'host',
    );
    expect(parseBackgroundMessage({ type: 'top-site' })).toEqual({ type: 'top-site' });
    expect(parseContentMessage({ type: 'report-key' })).toEqual({ type: 'report-key' });
    expect(parseBackgroundMessage({ type: 'tab-mentions', tabId: 4 })).toEqual({ type: 'tab-mentions', tabId: 4 });
    expect(parseBackgroundMessage({ type: 'open-story' })).toEqual({ type: 'open-story' });
    expect(parseContentMessage({ type: 'jump-to-mention', person: 'leike' })).toEqual({
      type: 'jump-to-mention',
      person: 'leike',
    });
    expect(parseContentMessage({ type: 'who-is', text: 'Sam Altman' })).toEqual({ type: 'who-is', text: 'Sam Altman' });
    expect(parseContentMessage({ type: 'next-mention', extra: 1 })).toEqual({ type: 'next-mention' });
    expect(parseContentMessage({ type: 'page-host' })).toEqual({ type: 'page-host' });
    expect(parseContentMessage({ type: 'page-date' })).toEqual({ type: 'page-date' });
  });

  test('takes the top frame’s page date, or its word that the page has none, and nothing else', () => {
    const dated = { type: 'page-date', pageDate: { date: '2023-11-20', signal: 'meta' } };
    expect(parsePageDateAnswer(dated)).toEqual(dated);
    expect(parsePageDateAnswer({ ...dated, pageDate: { date: '2024-03-08', signal: 'json-ld', extra: 1 } })).toEqual({
      type: 'page-date',
      pageDate: { date: '2024-03-08', signal: 'json-ld' },
    });
    expect(parsePageDateAnswer({ type: 'page-date', pageDate: null })).toEqual({ type: 'page-date', pageDate: null });
    for (const answer of [
      undefined,
      null,
      '2023-11-20',
      { type: 'page-host', pageDate: null },
      { type: 'page-date' },
      { type: 'page-date', pageDate: { date: '20.11.2023', signal: 'meta' } },
      { type: 'page-date', pageDate: { date: '2023-11-20T10:00', signal: 'meta' } },
      { type: 'page-date', pageDate: { date: '2023-11-20', signal: 'guess' } },
      { type: 'page-date', pageDate: { date: '2023-11-20' } },
    ]) {
      expect(parsePageDateAnswer(answer), JSON.stringify(answer)).toBeUndefined();
    }
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

  test('takes the top-level host from the background’s answer, and nothing else', () => {
    expect(parseTopSite({ host: 'example.org' })).toBe('example.org');
    expect(parseTopSite({ host: '' })).toBe('');
    for (const answer of [undefined, 'example.org', { host: 'Example.org' }, { host: 7 }, {}]) {
      expect(parseTopSite(answer)).toBeUndefined();
    }
  });

  test.each([
    undefined,
    null,
    'mentions-report',
    { type: 'mentions-report', counts: { altman: 1 } },
    { type: 'mentions-report', doc: 'short', counts: { altman: 1 } },
    { type: 'mentions-report', doc: 'NOT-A-KEY-AT-ALL', counts: { altman: 1 } },
    [],
    { type: 'unknown' },
    { type: 'mentions-report', doc: DOC, counts: { nobody: 1 } },
    { type: 'mentions-report', doc: DOC, counts: { altman: -1 } },
    { type: 'mentions-report', doc: DOC, counts: { altman: 1.5 } },
    { type: 'mentions-report', doc: DOC, counts: { altman: '3' } },
    { type: 'mentions-report', doc: DOC, counts: [] },
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
    expect(contentMessageType({ type: 'page-date' })).toBe('page-date');
    expect(contentMessageType({ type: 'report-key' })).toBe('report-key');
  });

  it('knows nothing else', () => {
    for (const value of [
      undefined,
      null,
      'page-host',
      ['page-host'],
      { type: 'mentions-report' },
      { type: 'toString' },
      {},
    ]) {
      expect(contentMessageType(value)).toBeUndefined();
    }
  });
});
