import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { WHO_IS_MENU_ID, whoIsRequest } from '../../model/commands';
import { ui } from '../../i18n/ui-text';
import { parseBackgroundMessage, sumCounts, type MentionCounts, type NextMentionRequest } from '../../model/messages';
import { resolveLang, type Settings } from '../../model/settings';
import { loadSettings, saveSettings, settingsItem } from '../../storage/settings-store';
import { createTabMentions } from '../../storage/tab-mentions';
import { reportError } from '../../utils/report-error';
import { createStoryOpener } from './story-tab';

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
  if (id !== undefined) await browser.tabs.sendMessage(id, request, { frameId: 0 });
}

export default defineBackground(() => {
  const tabs = createTabMentions(browser.storage.session);
  const openStory = createStoryOpener();

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
      case 'open-story':
        // The story tab still lists the mentions of the page the reader came from.
        return openStory(sender.tab?.id);
      default:
        return undefined;
    }
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
  settingsItem.watch(() => {
    loadSettings()
      .then((settings) => browser.contextMenus.update(WHO_IS_MENU_ID, menuItem(settings)))
      .catch((error) => reportError('updating the menu', error));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const request = whoIsRequest(info);
    // Only the frame that holds the selection can see it, and find the box to open the card beside.
    if (request && tab?.id !== undefined) {
      // A frame without the content script (a browser page, a store) cannot answer: nothing happens there.
      browser.tabs.sendMessage(tab.id, request, { frameId: info.frameId ?? 0 }).catch(ignoreUnanswered);
    }
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-marking') toggleMarking().catch((error) => reportError('toggling marking', error));
    // A page without the content script (a browser page, a store) cannot answer: nothing happens there.
    if (command === 'next-mention') stepToNextMention(tab?.id).catch(ignoreUnanswered);
  });
});
