import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Corrections } from './Corrections';
import { MarkingSwitches } from './MarkingSwitches';
import { MentionList } from './MentionList';
import { PeopleList } from './PeopleList';
import { StoryView } from './StoryView';
import { Timeline } from './Timeline';
import { SaveError } from '../../components/pages/SaveError';
import { useSettings } from '../../components/pages/use-settings';
import { ui } from '../../i18n/ui-text';
import type { PersonId } from '../../model/person';
import { people } from '../../knowledge/people';
import { story } from '../../knowledge/story';
import {
  isMentionCounts,
  parsePageHost,
  type JumpRequest,
  type MentionCounts,
  type PageHostRequest,
  type TabMentionsRequest,
} from '../../model/messages';
import { isActiveOn, resolveLang, type Settings } from '../../model/settings';
import { settingsUi } from '../../i18n/settings-text';
import { isTabMentionsKey } from '../../storage/tab-mentions';

/**
 * The tab the popup is about: the active one, or the one named as `popup.html?tab=ID` when the story
 * opens in a tab of its own (from a card's "full story"), which is then the active tab itself.
 */
async function targetTabId(): Promise<number | undefined> {
  const named = new URLSearchParams(location.search).get('tab');
  if (named !== null) return Number(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function loadCounts(): Promise<MentionCounts | undefined> {
  const tabId = await targetTabId();
  if (tabId === undefined) return undefined;
  const request: TabMentionsRequest = { type: 'tab-mentions', tabId };
  const counts: unknown = await browser.runtime.sendMessage(request);
  return isMentionCounts(counts) ? counts : undefined;
}

async function jumpToMention(person: PersonId): Promise<void> {
  const tabId = await targetTabId();
  if (tabId === undefined) throw new Error('The popup has no tab to jump in.');
  const request: JumpRequest = { type: 'jump-to-mention', person };
  await browser.tabs.sendMessage(tabId, request);
}

/**
 * The host name of the tab's page, from its top frame's content script: the popup never reads the tab's
 * address, which would take the `tabs` permission. Undefined where no content script answers.
 */
async function loadPageHost(): Promise<string | undefined> {
  const tabId = await targetTabId();
  if (tabId === undefined) return undefined;
  const request: PageHostRequest = { type: 'page-host' };
  try {
    return parsePageHost(await browser.tabs.sendMessage(tabId, request, { frameId: 0 }));
  } catch {
    // Browser pages and stores have no content script to answer.
    return undefined;
  }
}

/** A `loadCounts` that changes whenever a tab's counts do, so that the list follows a page as it changes. */
function useCountsLoader(): typeof loadCounts {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && Object.keys(changes).some(isTabMentionsKey)) setVersion((v) => v + 1);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  // A new function for each version: MentionList loads again when it gets one.
  return useCallback(() => loadCounts(), [version]);
}

interface Props {
  /** The settings as loaded before the first render, so that the popup opens in the chosen language. */
  initialSettings?: Settings;
}

export function App({ initialSettings }: Props) {
  const [settings, changeSettings, saveFailure] = useSettings(initialSettings);
  const lang = resolveLang(settings, browser.i18n.getUILanguage());
  const t = ui[lang];
  const [host, setHost] = useState<string | undefined>();
  const countsLoader = useCountsLoader();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appTitle;
  }, [lang, t]);

  useEffect(() => {
    loadPageHost().then(setHost, () => {});
  }, []);

  return (
    <>
      <header class="app-header">
        <h1>{t.appTitle}</h1>
        <button type="button" class="settings-button" onClick={() => browser.runtime.openOptionsPage()}>
          {settingsUi[lang].settings}
        </button>
      </header>
      <main>
        <MarkingSwitches settings={settings} host={host} lang={lang} onChange={(change) => void changeSettings(change)} />
        <SaveError failure={saveFailure} lang={lang} />
        {isActiveOn(settings, host ?? '') && <MentionList lang={lang} loadCounts={countsLoader} onJump={jumpToMention} />}
        <StoryView story={story} lang={lang} />
        <Timeline events={story.timeline} lang={lang} />
        <PeopleList people={people} lang={lang} />
        <Corrections corrections={story.corrections} lang={lang} />
      </main>
    </>
  );
}
