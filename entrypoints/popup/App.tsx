import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Corrections } from './Corrections';
import { MarkingSwitches } from './MarkingSwitches';
import { MentionList } from './MentionList';
import { PeopleList } from './PeopleList';
import { StoryView } from './StoryView';
import { ThisPage } from './ThisPage';
import { Timeline } from './Timeline';
import { SaveError } from '../../components/pages/SaveError';
import { useSettings } from '../../components/pages/use-settings';
import { ui } from '../../i18n/ui-text';
import type { PersonId } from '../../model/person';
import { people } from '../../knowledge/people';
import { story } from '../../knowledge/story';
import { parseDay } from '../../knowledge/iso-date';
import type { PageDate } from '../../model/page-date';
import {
  isMentionCounts,
  parsePageDateAnswer,
  parsePageHost,
  type JumpRequest,
  type MentionCounts,
  type PageDateRequest,
  type PageHostRequest,
  type TabMentionsRequest,
} from '../../model/messages';
import { isActiveOn, resolveLang, type Settings } from '../../model/settings';
import { settingsUi } from '../../i18n/settings-text';
import { isTabMentionsKey } from '../../storage/tab-mentions';
import { reportError } from '../../utils/report-error';
import { HighlightSupportNotice } from './HighlightSupportNotice';
import { SiteAccessNotice } from './SiteAccessNotice';
import { askFrame } from '../../model/frame-wake';

/**
 * The tab the popup is about: the active one, or the one named as `popup.html?tab=ID` when the story
 * opens in a tab of its own (from a card's "full story"), which is then the active tab itself.
 */
const NAMED_TAB = new URLSearchParams(location.search).get('tab');

async function targetTabId(): Promise<number | undefined> {
  if (NAMED_TAB !== null) return Number(NAMED_TAB);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The tab's counts, asked once the top frame has said its host (`pageHost`): that question wakes a page
 * that named no one, which reports as it wakes. A page that answered can be read: without counts from
 * the background yet, it names no one. Undefined where no content script answers.
 */
async function loadCounts(pageHost: Promise<string | undefined>): Promise<MentionCounts | undefined> {
  const tabId = await targetTabId();
  if (tabId === undefined) return undefined;
  const host = await pageHost.catch(() => undefined);
  const request: TabMentionsRequest = { type: 'tab-mentions', tabId };
  const counts: unknown = await browser.runtime.sendMessage(request);
  if (counts !== undefined) return isMentionCounts(counts) ? counts : undefined;
  return host === undefined ? undefined : {};
}

async function jumpToMention(person: PersonId): Promise<void> {
  const tabId = await targetTabId();
  if (tabId === undefined) throw new Error('The popup has no tab to jump in.');
  const request: JumpRequest = { type: 'jump-to-mention', person };
  await browser.tabs.sendMessage(tabId, request);
}

/**
 * Asks the content script of the tab's top frame, which speaks for the page: the popup never reads the
 * tab's address, which would take the `tabs` permission. A page that named no one is woken first, with
 * the `activeTab` that opening the popup grants. Undefined where no content script answers.
 */
async function askTopFrame(request: PageHostRequest | PageDateRequest): Promise<unknown> {
  const tabId = await targetTabId();
  if (tabId === undefined) return undefined;
  try {
    return await askFrame(browser, tabId, 0, request);
  } catch {
    // Browser pages and stores have no content script to answer.
    return undefined;
  }
}

const loadPageHost = async () => parsePageHost(await askTopFrame({ type: 'page-host' }));

/** When the tab's page was written, or null when it gives no date; undefined without an answer. */
async function loadPageDate(): Promise<PageDate | null | undefined> {
  const answer = parsePageDateAnswer(await askTopFrame({ type: 'page-date' }));
  if (answer?.pageDate === null) return null;
  return answer && parseDay(answer.pageDate.date) ? answer.pageDate : undefined;
}

/** A `loadCounts` that changes whenever a tab's counts do, so that the list follows a page as it changes. */
function useCountsLoader(pageHost: Promise<string | undefined>): () => Promise<MentionCounts | undefined> {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && Object.keys(changes).some(isTabMentionsKey)) setVersion((v) => v + 1);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  // A new function for each version: MentionList loads again when it gets one.
  return useCallback(() => loadCounts(pageHost), [version, pageHost]);
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
  const [pageDate, setPageDate] = useState<PageDate | null | undefined>();
  // Asked once, for the switch and before the counts.
  const pageHost = useMemo(loadPageHost, []);
  const countsLoader = useCountsLoader(pageHost);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appTitle;
  }, [lang, t]);

  useEffect(() => {
    // A tab without a content script (a browser page, a store) has no site to switch: no host, no switch.
    pageHost.then(setHost, () => setHost(undefined));
    loadPageDate().then(setPageDate, (error) => reportError('reading the page date', error));
  }, [pageHost]);

  return (
    <>
      <header class="app-header">
        <h1>{t.appTitle}</h1>
        <button type="button" class="settings-button" onClick={() => browser.runtime.openOptionsPage()}>
          {settingsUi[lang].settings}
        </button>
      </header>
      <main>
        <HighlightSupportNotice lang={lang} />
        <SiteAccessNotice lang={lang} />
        <MarkingSwitches
          settings={settings}
          host={host}
          lang={lang}
          onChange={(change) => void changeSettings(change)}
        />
        <SaveError failure={saveFailure} lang={lang} />
        {isActiveOn(settings, host ?? '') && (
          <MentionList
            lang={lang}
            loadCounts={countsLoader}
            onJump={jumpToMention}
            aboutOtherTab={NAMED_TAB !== null}
          />
        )}
        {pageDate !== undefined && <ThisPage pageDate={pageDate} lang={lang} />}
        <StoryView story={story} lang={lang} />
        <Timeline events={story.timeline} lang={lang} pageDay={pageDate?.date} />
        <PeopleList people={people} lang={lang} />
        <Corrections corrections={story.corrections} lang={lang} />
      </main>
    </>
  );
}
