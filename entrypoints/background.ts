import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseBackgroundMessage, sumCounts, type MentionCounts } from '../utils/messages';
import { createTabMentions } from '../utils/tab-mentions';

export default defineBackground(() => {
  const tabs = createTabMentions(browser.storage.session);

  const showBadge = async (tabId: number) => {
    const people = Object.values(sumCounts(await tabs.frames(tabId))).filter((n) => n > 0).length;
    // Firefox's MV2 build has `browserAction` where MV3 has `action`.
    await (browser.action ?? browser.browserAction).setBadgeText({ tabId, text: people ? String(people) : '' });
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only the extension's own pages and content scripts reach here; anything malformed is dropped.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseBackgroundMessage(message);
    switch (request?.type) {
      case 'mentions-report': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return tabs.record(tabId, sender.frameId ?? 0, request.counts, request.newPage).then(() => showBadge(tabId)).then(() => undefined);
      }
      case 'tab-mentions':
        return tabs.frames(request.tabId).then((frames): MentionCounts | undefined => (frames.length ? sumCounts(frames) : undefined));
      case 'open-story': {
        // The story tab still lists the mentions of the page the reader came from.
        const from = sender.tab?.id === undefined ? '' : `?tab=${sender.tab.id}`;
        return browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${from}`) }).then(() => undefined);
      }
      default:
        return undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.forget(tabId).catch(() => {});
  });
});
