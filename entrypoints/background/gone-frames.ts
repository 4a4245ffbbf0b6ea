import { browser } from 'wxt/browser';
import type { ReportKeyRequest } from '../../model/messages';
import type { TabMentions } from '../../storage/tab-mentions';

/**
 * Takes out the counts of every document of tab `tabId` that is gone without a word: one whose frame
 * does not answer (removed, crashed, in the back-forward cache) or now shows another document. The
 * top frame's own entry stays when `keepTop` is set (it has just reported).
 */
export async function dropGoneFrames(tabs: TabMentions, tabId: number, keepTop: boolean): Promise<void> {
  const request: ReportKeyRequest = { type: 'report-key' };
  const frames = (await tabs.frames(tabId)).filter((frame) => !(keepTop && frame.frameId === 0));
  await Promise.all(
    frames.map(async ({ frameId, doc }) => {
      const answer: unknown = await browser.tabs.sendMessage(tabId, request, { frameId }).catch(() => undefined);
      if (answer !== doc) await tabs.drop(tabId, frameId, doc);
    }),
  );
}
