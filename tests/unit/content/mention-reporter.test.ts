import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startMentionReporter, type ReportingRuntime } from '../../../entrypoints/content/mention-reporter';

/**
 * The content script's reports (entrypoints/content/mention-reporter.ts), against a stand-in for the
 * runtime that keeps what was sent: the reporter takes any object with `sendMessage`.
 */

function fakeRuntime() {
  const sent: { doc: string; counts: object; host?: string }[] = [];
  const runtime: ReportingRuntime = {
    sendMessage: (message) => {
      sent.push(message as (typeof sent)[number]);
      return Promise.resolve();
    },
  };
  return { runtime, sent };
}

let lifetime: AbortController;
beforeEach(() => {
  lifetime = new AbortController();
});
afterEach(() => lifetime.abort());

const pageEvent = (type: 'pagehide' | 'pageshow', persisted: boolean) =>
  dispatchEvent(Object.assign(new Event(type), { persisted }));

describe('the mention reporter', () => {
  test('the top frame speaks at once with its host; the same counts are sent once, under one document key', () => {
    const { runtime, sent } = fakeRuntime();
    const { report } = startMentionReporter(runtime, lifetime.signal);
    report({});
    report({ altman: 1 });
    report({ altman: 1 });
    report({ altman: 2, leike: 1 });
    expect(sent.map(({ counts, host }) => ({ counts, host }))).toEqual([
      { counts: {}, host: location.hostname },
      { counts: { altman: 1 }, host: location.hostname },
      { counts: { altman: 2, leike: 1 }, host: location.hostname },
    ]);
    expect(new Set(sent.map((message) => message.doc)).size).toBe(1);
    expect(sent[0]!.doc).toMatch(/^[a-z0-9]{8,32}$/);
  });

  test('two documents have two keys', () => {
    const first = fakeRuntime();
    const second = fakeRuntime();
    startMentionReporter(first.runtime, lifetime.signal);
    startMentionReporter(second.runtime, lifetime.signal);
    expect(first.sent[0]!.doc).not.toBe(second.sent[0]!.doc);
  });

  test('takes its counts out when the page is hidden, and puts them back when it is shown from the cache', () => {
    const { runtime, sent } = fakeRuntime();
    const { report } = startMentionReporter(runtime, lifetime.signal);
    report({ altman: 1 });
    pageEvent('pagehide', true);
    pageEvent('pageshow', false);
    pageEvent('pageshow', true);
    expect(sent.map(({ counts }) => counts)).toEqual([{}, { altman: 1 }, {}, { altman: 1 }]);
  });

  test('knows its document key, the answer to the background’s question', () => {
    const { runtime, sent } = fakeRuntime();
    expect(startMentionReporter(runtime, lifetime.signal).doc).toBe(sent[0]!.doc);
  });

  test('sends nothing once its lifetime is over, and survives a runtime that is gone', () => {
    const { runtime, sent } = fakeRuntime();
    const { report } = startMentionReporter(runtime, lifetime.signal);
    lifetime.abort();
    report({ altman: 1 });
    pageEvent('pagehide', false);
    expect(sent).toHaveLength(1);

    const gone: ReportingRuntime = {
      sendMessage: () => {
        throw new Error('Extension context invalidated.');
      },
    };
    const other = new AbortController();
    expect(() => startMentionReporter(gone, other.signal).report({ altman: 1 })).not.toThrow();
    other.abort();
  });
});
