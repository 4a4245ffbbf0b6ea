import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startMentionReporter, type ReportingRuntime } from '../../../entrypoints/content/mention-reporter';

/**
 * The content script's reports (entrypoints/content/mention-reporter.ts), against a stand-in for the
 * runtime that keeps what was sent: the reporter takes any object with `sendMessage` and `onMessage`.
 */

type Listener = Parameters<ReportingRuntime['onMessage']['addListener']>[0];

function fakeRuntime() {
  const sent: { doc: string; counts: object; host?: string }[] = [];
  const listeners = new Set<Listener>();
  const runtime: ReportingRuntime = {
    sendMessage: (message) => {
      sent.push(message as (typeof sent)[number]);
      return Promise.resolve();
    },
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  /** What the content script answers the background's `message`, through `sendResponse`. */
  const ask = (message: unknown) => {
    let answer: unknown;
    for (const listener of listeners) listener(message, {}, (response) => (answer = response));
    return answer;
  };
  return { runtime, sent, listeners, ask };
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

  test('answers the background’s question with its document key, and nothing else', () => {
    const { runtime, sent, ask } = fakeRuntime();
    startMentionReporter(runtime, lifetime.signal);
    expect(ask({ type: 'report-key' })).toBe(sent[0]!.doc);
    expect(ask({ type: 'report-key?' })).toBeUndefined();
    expect(ask('report-key')).toBeUndefined();
  });

  test('sends nothing and answers nothing once its lifetime is over, and survives a runtime that is gone', () => {
    const { runtime, sent, listeners } = fakeRuntime();
    const { report } = startMentionReporter(runtime, lifetime.signal);
    lifetime.abort();
    report({ altman: 1 });
    pageEvent('pagehide', false);
    expect(sent).toHaveLength(1);
    expect(listeners.size).toBe(0);

    const gone: ReportingRuntime = {
      sendMessage: () => {
        throw new Error('Extension context invalidated.');
      },
      onMessage: runtime.onMessage,
    };
    const other = new AbortController();
    expect(() => startMentionReporter(gone, other.signal).report({ altman: 1 })).not.toThrow();
    other.abort();
  });
});
