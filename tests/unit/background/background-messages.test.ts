import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background/index';
import { decodeMentions } from '../../../engine/match/mention-wire';
import { MAX_MATCH_TEXTS, parseMatchAnswer } from '../../../model/match-messages';

/**
 * The background accepts messages from the extension's own contexts only, and of the shapes it knows
 * only: anything else changes nothing and gets no answer. (Web pages cannot message it at all: the
 * manifest has no `externally_connectable`, which tests/e2e/extension-build.test.ts checks.)
 */

const OWN = fakeBrowser.runtime.id;
const DOC = 'k3j2h1g0f9e8';
const TAB = { id: 7 } as never;

// The fake browser has no context menu, commands or badge: stand-ins that do nothing.
function stubUnmocked() {
  const events = [fakeBrowser.contextMenus.onClicked, fakeBrowser.commands.onCommand];
  for (const event of events) vi.spyOn(event, 'addListener').mockImplementation(() => {});
  for (const name of ['create', 'removeAll', 'update'] as const) {
    vi.spyOn(fakeBrowser.contextMenus, name).mockImplementation((() => Promise.resolve()) as never);
  }
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(() => Promise.resolve());
}

const send = async (message: unknown, sender: object) => {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return answer instanceof Promise ? await answer : answer;
};
const stored = () => fakeBrowser.storage.session.get(null);

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  stubUnmocked();
  background.main();
});

describe('the background’s messages', () => {
  test('records a report from its own content script', async () => {
    await send({ type: 'mentions-report', doc: DOC, counts: { altman: 2 } }, { id: OWN, tab: TAB, frameId: 0 });
    expect(await stored()).toEqual({ 'tab-mentions:7': { 0: { doc: DOC, counts: { altman: 2 } } } });
    // The popup's question checks the frames first: this one answers with its document's key.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(DOC as never);
    expect(await send({ type: 'tab-mentions', tabId: 7 }, { id: OWN })).toEqual({ altman: 2 });
  });

  test.each([
    ['another extension', { id: 'someone-else', tab: TAB, frameId: 0 }],
    ['no extension', { tab: TAB, frameId: 0, url: 'https://example.org/' }],
  ])('ignores a well-formed report from %s', async (_, sender) => {
    expect(await send({ type: 'mentions-report', doc: DOC, counts: { altman: 2 } }, sender)).toBeUndefined();
    expect(await send({ type: 'tab-mentions', tabId: 7 }, sender)).toBeUndefined();
    expect(await stored()).toEqual({});
  });

  test('opens no tab for a stranger', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await send({ type: 'open-story' }, { id: 'someone-else', tab: TAB })).toBeUndefined();
    expect(create).not.toHaveBeenCalled();
  });

  test.each([
    undefined,
    null,
    42,
    'mentions-report',
    [{ type: 'mentions-report', counts: {} }],
    {},
    { type: 'unknown' },
    { type: 'MENTIONS-REPORT', counts: { altman: 1 } },
    { type: 'mentions-report' },
    { type: 'mentions-report', counts: { altman: 1 } },
    { type: 'mentions-report', doc: DOC, counts: { altman: 1e12 } },
    { type: 'mentions-report', doc: DOC, counts: { altman: Number.NaN } },
    { type: 'mentions-report', doc: DOC, counts: { constructor: 1 } },
    { type: 'mentions-report', doc: DOC, counts: JSON.parse('{"__proto__": {"altman": 1}}') },
    { type: 'tab-mentions', tabId: 7.5 },
    { type: 'tab-mentions', tabId: '7' },
    { type: 'open-story-now' },
  ])('changes nothing for %j', async (message) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await send(message, { id: OWN, tab: TAB, frameId: 0 })).toBeUndefined();
    expect(await stored()).toEqual({});
    expect(create).not.toHaveBeenCalled();
  });
});

describe('the page sessions’ texts to match', () => {
  const texts = ['Sam Altman met Jan Leike.', 'The weather held.'];

  test('answers its own content script with the candidates of each text, as plain data', async () => {
    const answer = await send({ type: 'match-texts', texts }, { id: OWN, tab: TAB, frameId: 3 });
    const parsed = parseMatchAnswer(answer, texts);
    expect(decodeMentions(parsed!, texts)!.map((found) => found.map((m) => m.person))).toEqual([
      ['altman', 'leike'],
      [],
    ]);
  });

  test.each([
    ['a stranger', { type: 'match-texts', texts }, { id: 'someone-else', tab: TAB, frameId: 0 }],
    ['texts that are no strings', { type: 'match-texts', texts: [1, 2] }, { id: OWN, tab: TAB, frameId: 0 }],
    [
      'more than a request may carry',
      { type: 'match-texts', texts: Array.from({ length: MAX_MATCH_TEXTS + 1 }, () => 'Sam Altman') },
      { id: OWN, tab: TAB, frameId: 0 },
    ],
  ])('does not answer %s', async (_, message, sender) => {
    expect(await send(message, sender)).toBeUndefined();
  });
});

describe('the tab’s counts, kept per frame and document', () => {
  const fromFrame = (frameId: number) => ({ id: OWN, tab: TAB, frameId });
  const report = (frameId: number, doc: string, counts: object, host?: string) =>
    send({ type: 'mentions-report', doc, counts, ...(host !== undefined && { host }) }, fromFrame(frameId));
  const badge = () => vi.mocked(fakeBrowser.action.setBadgeText).mock.lastCall?.[0];
  /** Each frame answers the background's `report-key` question with its document's key, or not at all. */
  const frames = (docs: Record<number, string>) =>
    vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockImplementation(((_tab: number, _message: unknown, options?: { frameId?: number }) =>
        docs[options?.frameId ?? 0] === undefined
          ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))
          : Promise.resolve(docs[options?.frameId ?? 0])) as never);

  test('takes thirty reports that arrive at once, none awaited before the next', async () => {
    const docs = Array.from({ length: 30 }, (_, i) => `frame${String(i).padStart(4, '0')}`);
    await Promise.all(docs.map((doc, i) => report(i + 1, doc, { altman: 1 })));
    frames(Object.fromEntries(docs.map((doc, i) => [i + 1, doc])));
    expect(await send({ type: 'tab-mentions', tabId: 7 }, { id: OWN })).toEqual({ altman: 30 });
  });

  test('keeps what frames reported before the top frame, and drops the frames of the page before', async () => {
    await report(0, 'oldpage000', { altman: 1 }, 'old.example');
    await report(4, 'oldframe00', { sutskever: 1 });
    // The tab goes to a new page, whose frames report before its top frame does.
    await Promise.all([report(5, 'newframe05', { leike: 1 }), report(6, 'newframe06', { pachocki: 1 })]);
    frames({ 0: 'newpage000', 5: 'newframe05', 6: 'newframe06' });
    await report(0, 'newpage000', {}, 'new.example');
    expect(await send({ type: 'tab-mentions', tabId: 7 }, { id: OWN })).toEqual({ leike: 1, pachocki: 1 });
    expect(badge()).toEqual({ tabId: 7, text: '2' });
  });

  test('drops the counts of frames that went away, whether they said so or not', async () => {
    await report(0, 'toppage000', {}, 'example.org');
    await Promise.all([report(1, 'frame00001', { altman: 1, leike: 1 }), report(2, 'frame00002', { altman: 1 })]);
    expect(badge()).toEqual({ tabId: 7, text: '2' });
    // Frame 1 says goodbye; frame 2 goes without a word, and no longer answers.
    await report(1, 'frame00001', {});
    frames({ 0: 'toppage000' });
    expect(await send({ type: 'tab-mentions', tabId: 7 }, { id: OWN })).toEqual({});
    expect(badge()).toEqual({ tabId: 7, text: '' });
  });

  test('tells a frame its tab’s top-level site: the top frame’s answer, or its first report', async () => {
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce('example.org' as never);
    expect(await send({ type: 'top-site' }, fromFrame(3))).toEqual({ host: 'example.org' });
    expect(ask).toHaveBeenCalledWith(7, { type: 'page-host' }, { frameId: 0 });
    // The tab is still loading and its top frame's content script has not started: the question waits
    // for its first report. A frame below the top cannot answer it.
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, status: 'loading' } as never);
    ask.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const answer = send({ type: 'top-site' }, fromFrame(3));
    await report(3, 'frame00003', {}, 'evil.example');
    await report(0, 'toppage000', {}, '127.0.0.1');
    expect(await answer).toEqual({ host: '127.0.0.1' });
  });
});
