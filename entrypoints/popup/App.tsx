import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Corrections } from '../../components/Corrections';
import { MentionList } from '../../components/MentionList';
import { PeopleList } from '../../components/PeopleList';
import { StoryView } from '../../components/StoryView';
import { Timeline } from '../../components/Timeline';
import { langFromLocale, ui } from '../../utils/i18n';
import type { PersonId } from '../../utils/knowledge/names';
import { people } from '../../utils/knowledge/people';
import { story } from '../../utils/knowledge/story';
import { isMentionCounts, type JumpRequest, type MentionCounts, type TabMentionsRequest } from '../../utils/messages';

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

export function App() {
  const lang = langFromLocale(browser.i18n.getUILanguage());
  const t = ui[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appTitle;
  }, [lang, t]);

  return (
    <>
      <header class="app-header">
        <h1>{t.appTitle}</h1>
      </header>
      <main>
        <MentionList lang={lang} loadCounts={loadCounts} onJump={jumpToMention} />
        <StoryView story={story} lang={lang} />
        <Timeline events={story.timeline} lang={lang} />
        <PeopleList people={people} lang={lang} />
        <Corrections corrections={story.corrections} lang={lang} />
      </main>
    </>
  );
}
