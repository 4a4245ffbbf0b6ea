import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background/index';

/**
 * The background accepts messages from the extension's own contexts only, and of the shapes it knows
 * only: anything else changes nothing and gets no answer. (Web pages cannot message it at all: the
 * manifest has no `externally_connectable`, which tests/e2e/extension-build.test.ts checks.)
 */

const OWN = fakeBrowser.runtime.id;
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
    await send({ type: 'mentions-report', counts: { altman: 2 }, newPage: true }, { id: OWN, tab: TAB, frameId: 0 });
    expect(await stored()).toEqual({ 'tab-mentions:7': { 0: { altman: 2 } } });
    expect(await send({ type: 'tab-mentions', tabId: 7 }, { id: OWN })).toEqual({ altman: 2 });
  });

  test.each([
    ['another extension', { id: 'someone-else', tab: TAB, frameId: 0 }],
    ['no extension', { tab: TAB, frameId: 0, url: 'https://example.org/' }],
  ])('ignores a well-formed report from %s', async (_, sender) => {
    expect(await send({ type: 'mentions-report', counts: { altman: 2 }, newPage: true }, sender)).toBeUndefined();
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
    { type: 'mentions-report', counts: { altman: 1e12 } },
    { type: 'mentions-report', counts: { altman: Number.NaN } },
    { type: 'mentions-report', counts: { constructor: 1 } },
    { type: 'mentions-report', counts: JSON.parse('{"__proto__": {"altman": 1}}') },
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
