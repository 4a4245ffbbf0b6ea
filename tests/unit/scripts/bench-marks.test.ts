import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sumReported } from '../../../scripts/bench/marks';
import { createTabMentions } from '../../../storage/tab-mentions';

beforeEach(() => fakeBrowser.reset());

test('the bench adds up the counts as the background stores them', async () => {
  const tabs = createTabMentions(fakeBrowser.storage.session);
  await tabs.record(1, 0, 'doc0aaaaaaa', { altman: 2, leike: 1 });
  await tabs.record(1, 4, 'doc1bbbbbbb', { sutskever: 3 });
  await tabs.record(2, 0, 'doc2ccccccc', {});
  const stored = await fakeBrowser.storage.session.get(null);
  expect(sumReported({ ...stored, other: { 0: { counts: { altman: 100 } } } })).toBe(6);
});
