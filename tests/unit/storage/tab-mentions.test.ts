import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabMentions } from '../../../storage/tab-mentions';

const DOC = ['doc0aaaaaaa', 'doc1bbbbbbb', 'doc2ccccccc', 'doc3ddddddd'] as const;

let tabs: ReturnType<typeof createTabMentions>;
beforeEach(() => {
  fakeBrowser.reset();
  tabs = createTabMentions(fakeBrowser.storage.session);
});

const counts = async (tabId: number) => (await tabs.frames(tabId)).map((frame) => [frame.frameId, frame.counts]);

test('keeps each frame’s counts per tab and document, and forgets closed tabs', async () => {
  expect(await tabs.record(1, 0, DOC[0], { altman: 2 })).toBe(true);
  expect(await tabs.record(1, 5, DOC[1], { leike: 1 })).toBe(false);
  await tabs.record(2, 0, DOC[2], { pachocki: 1 });
  expect(await counts(1)).toEqual([
    [0, { altman: 2 }],
    [5, { leike: 1 }],
  ]);
  // The same document again is no new page; a new one in a frame replaces the frame's old one.
  expect(await tabs.record(1, 0, DOC[0], { altman: 3 })).toBe(false);
  await tabs.record(1, 5, DOC[3], { sutskever: 1 });
  expect(await counts(1)).toEqual([
    [0, { altman: 3 }],
    [5, { sutskever: 1 }],
  ]);
  await tabs.forget(1);
  expect(await counts(1)).toEqual([]);
  expect(await counts(2)).toEqual([[0, { pachocki: 1 }]]);
});

test('thirty reports that arrive together, none awaited before the next, are all kept', async () => {
  await Promise.all(
    Array.from({ length: 30 }, (_, i) => tabs.record(1, i + 1, `frame${String(i).padStart(4, '0')}`, { altman: 1 })),
  );
  expect(await tabs.frames(1)).toHaveLength(30);
});

test('the top frame’s first report wipes nothing its frames reported before it', async () => {
  await Promise.all([
    tabs.record(1, 3, DOC[1], { leike: 1 }),
    tabs.record(1, 4, DOC[2], { pachocki: 1 }),
    tabs.record(1, 0, DOC[0], {}),
  ]);
  expect(await counts(1)).toEqual([
    [0, {}],
    [3, { leike: 1 }],
    [4, { pachocki: 1 }],
  ]);
});

test('an empty report takes a frame out; a drop takes out only the document it names', async () => {
  await tabs.record(1, 0, DOC[0], {});
  await tabs.record(1, 3, DOC[1], { leike: 1 });
  await tabs.record(1, 4, DOC[2], { pachocki: 1 });
  await tabs.record(1, 3, DOC[1], {});
  expect(await counts(1)).toEqual([
    [0, {}],
    [4, { pachocki: 1 }],
  ]);
  // Frame 4 has reported another document since it was asked about.
  await tabs.record(1, 4, DOC[3], { pachocki: 2 });
  await tabs.drop(1, 4, DOC[2]);
  expect(await counts(1)).toEqual([
    [0, {}],
    [4, { pachocki: 2 }],
  ]);
  await tabs.drop(1, 4, DOC[3]);
  await tabs.drop(1, 0, DOC[0]);
  expect(await counts(1)).toEqual([]);
  expect(await fakeBrowser.storage.session.get(null)).toEqual({});
});

test('ignores corrupt session data', async () => {
  await fakeBrowser.storage.session.set({
    'tab-mentions:3': {
      0: { doc: DOC[0], counts: { altman: 'x' } },
      1: { doc: DOC[1], counts: { leike: 1 } },
      x: { doc: DOC[2], counts: {} },
      2: { leike: 1 },
    },
  });
  expect(await counts(3)).toEqual([[1, { leike: 1 }]]);
});
