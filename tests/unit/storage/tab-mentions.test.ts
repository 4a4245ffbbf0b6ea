import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabMentions } from '../../../storage/tab-mentions';

test('keeps each frame’s counts per tab, starts afresh on a new page, forgets closed tabs', async () => {
  fakeBrowser.reset();
  const tabs = createTabMentions(fakeBrowser.storage.session);
  await tabs.record(1, 0, { altman: 2 }, true);
  await tabs.record(1, 5, { leike: 1 }, true);
  await tabs.record(2, 0, { pachocki: 1 }, true);
  expect(await tabs.frames(1)).toEqual([{ altman: 2 }, { leike: 1 }]);
  await tabs.record(1, 0, { sutskever: 1 }, true);
  expect(await tabs.frames(1)).toEqual([{ sutskever: 1 }]);
  await tabs.record(1, 0, { sutskever: 3 }, false);
  expect(await tabs.frames(1)).toEqual([{ sutskever: 3 }]);
  await tabs.forget(1);
  expect(await tabs.frames(1)).toEqual([]);
  expect(await tabs.frames(2)).toEqual([{ pachocki: 1 }]);
});

test('ignores corrupt session data', async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.session.set({ 'tab-mentions:3': { 0: { altman: 'x' }, 1: { leike: 1 } } });
  expect(await createTabMentions(fakeBrowser.storage.session).frames(3)).toEqual([{ leike: 1 }]);
});
