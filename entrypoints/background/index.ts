import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { WHO_IS_MENU_ID, whoIsRequest } from '../../model/commands';
import { askFrame } from '../../model/frame-wake';
import { ui } from '../../i18n/ui-text';
import {
  parseBackgroundMessage,
  sumCounts,
  type MentionCounts,
  type NextMentionRequest,
  type TopSite,
} from '../../model/messages';
import { parseMatchRequest } from '../../model/match-messages';
import { resolveLang, type Settings } from '../../model/settings';
import { loadSettings, saveSettings, watchSettings } from '../../storage/settings-store';
import { createTabMentions } from '../../storage/tab-mentions';
import { reportError } from '../../utils/report-error';
import { dropGoneFrames } from './gone-frames';
import { matchTexts } from './match-texts';
import { createStoryOpener } from './story-tab';
import { createTopSites } from './top-site';

/** A tab whose page has no content script (a browser page, a store) cannot answer a request: that is no error. */
const ignoreUnanswered = () => undefined;

const menuItem = (settings: Settings) => ({
  // The menu speaks the language chosen in the settings, which `__MSG_` titles could not.
  title: ui[resolveLang(settings, browser.i18n.getUILanguage())].whoIsThis,
  // Off everywhere means no menu item either.
  visible: settings.enabled,
});

/**
 * "Who is this?" on selected text. Chromium keeps menu items across restarts, Firefox's MV2 background
 * page does not: the item is built at install and at each start.
 */
async function createMenu() {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: WHO_IS_MENU_ID, contexts: ['selection'], ...menuItem(await loadSettings()) });
}

async function toggleMarking() {
  const { enabled } = await loadSettings();
  await saveSettings({ enabled: !enabled });
}

/** Asks the top frame of the tab the command was given in to move to its next mention. */
async function stepToNextMention(tabId: number | undefined) {
  // Without the `tabs` permission the query still yields the tab's id, which is all that is needed.
  const id = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  const request: NextMentionRequest = { type: 'next-mention' };
  // The command grants `activeTab`, with which a page that named no one is woken to answer.
  if (id !== undefined) await askFrame(browser, id, 0, request);
}

export default defineBackground(() => {
  const tabs = createTabMentions(browser.storage.session);
  const openStory = createStoryOpener();

  const topSites = createTopSites();
  const countsOf = async (tabId: number) => sumCounts((await tabs.frames(tabId)).map((frame) => frame.counts));

  const showBadge = async (tabId: number) => {
    const people = Object.values(await countsOf(tabId)).filter((n) => n > 0).length;
    // Firefox's MV2 build has `browserAction` where MV3 has `action`.
    await (browser.action ?? browser.browserAction).setBadgeText({ tabId, text: people ? String(people) : '' });
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only the extension's own pages and content scripts reach here; anything malformed is dropped.
    if (sender.id !== browser.runtime.id) return undefined;
    // A page session's blocks to match: bounded, as any frame's content script is no more trusted than its page.
    const match = parseMatchRequest(message);
    if (match) return Promise.resolve(matchTexts(match));
    const request = parseBackgroundMessage(message);
    switch (request?.type) {
      case 'mentions-report': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        const frameId = sender.frameId ?? 0;
        // Only the top frame speaks for the tab's site.
        if (frameId === 0 && request.host !== undefined) topSites.reported(tabId, request.host);
        return (
          tabs
            .record(tabId, frameId, request.doc, request.counts)
            // A new page in the top frame: the frames of the page before are gone, those of this one stay.
            .then((newTop) => (newTop ? dropGoneFrames(tabs, tabId, true) : undefined))
            .then(() => showBadge(tabId))
            .then(() => undefined)
        );
      }
      case 'top-site': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return topSites.of(tabId).then((host): TopSite | undefined => (host === undefined ? undefined : { host }));
      }
      case 'tab-mentions':
        // Frames that left without a word are taken out before the popup shows the counts.
        return dropGoneFrames(tabs, request.tabId, false)
          .then(() => Promise.all([tabs.frames(request.tabId), showBadge(request.tabId)]))
          .then(([frames]): MentionCounts | undefined =>
            frames.length ? sumCounts(frames.map((frame) => frame.counts)) : undefined,
          );
      case 'open-story':
        // The story tab still lists the mentions of the page the reader came from.
        return openStory(sender.tab?.id);
      default:
        return undefined;
    }
  });

  // A page that names no one says nothing, so a tab's counts cannot wait for its new page to speak: once
  // a page has loaded, the counts of documents gone from the tab are taken out. Same-document navigations
  // (pushState) load too; their documents still answer, and keep their counts.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'complete') return;
    topSites.loaded(tabId);
    tabs
      .frames(tabId)
      .then((frames) => (frames.length ? dropGoneFrames(tabs, tabId, false).then(() => showBadge(tabId)) : undefined))
      .catch((error) => reportError('checking a loaded tab', error));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.forget(tabId).catch((error) => reportError('forgetting a closed tab', error));
  });

  browser.runtime.onInstalled.addListener(() => {
    createMenu().catch((error) => reportError('creating the menu', error));
  });
  browser.runtime.onStartup.addListener(() => {
    createMenu().catch((error) => reportError('creating the menu', error));
  });
  watchSettings(() => {
    loadSettings()
      .then((settings) => browser.contextMenus.update(WHO_IS_MENU_ID, menuItem(settings)))
      .catch((error) => reportError('updating the menu', error));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const request = whoIsRequest(info);
    // Only the frame that holds the selection can see it, and find the box to open the card beside.
    if (request && tab?.id !== undefined) {
      // A frame without the content script (a browser page, a store) cannot answer: nothing happens there.
      // A frame that named no one is woken, with the `activeTab` the menu grants, where that reaches it.
      askFrame(browser, tab.id, info.frameId ?? 0, request).catch(ignoreUnanswered);
    }
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-marking') toggleMarking().catch((error) => reportError('toggling marking', error));
    // A page without the content script (a browser page, a store) cannot answer: nothing happens there.
    if (command === 'next-mention') stepToNextMention(tab?.id).catch(ignoreUnanswered);
  });
});
