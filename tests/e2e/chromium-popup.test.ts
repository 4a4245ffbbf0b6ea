import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../i18n/ui-text';
import { people } from '../../knowledge/people';
import { story } from '../../knowledge/story';
import { firstTab, type ChromeGlobal } from '../../scripts/browser/chromium';
import { EXPECTED_COUNTS } from './harness/expected';
import { badgeText } from './harness/extension-state';
import { waitForHighlights, type PersonId } from '../../scripts/browser/highlights';
import { openActionPopup, type ActionPopup } from './harness/popup';
import { mentionLine } from './harness/people';
import { serveControlPages } from './harness/pages';
import { useChromiumSuite } from './harness/suite';

/*
 * The popup is opened as a user opens it: chrome.action.openPopup() while the fixture page is the active
 * tab, so the popup's own "which tab am I about?" logic is under test. Playwright does not list popups
 * among its pages, so the test attaches to it through the DevTools protocol (harness/popup.ts).
 */

const suite = useChromiumSuite({ serve: serveControlPages });
let tab: Page;
let popup: ActionPopup | undefined;

beforeAll(async () => {
  // The profile's first tab is the only one, so it is the active tab and the only tab the query finds.
  tab = await firstTab(suite.browser);
});

afterEach(async () => {
  await popup?.close();
  popup = undefined;
});

async function fixtureTabId(): Promise<number> {
  const tabs = await suite.browser.background.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ windowType: 'normal' }),
  );
  expect(tabs).toHaveLength(1);
  return tabs[0]!.id!;
}

describe('the popup and the badge in Chromium', () => {
  it('lists the people of the active tab with their counts', async () => {
    await tab.goto(`${suite.server.origin}/mentions.html`);
    await waitForHighlights(tab, 9);
    popup = await openActionPopup(suite.browser, tab);
    const text = await popup.waitForText((t) => /\d+ mentions?/.test(t));
    for (const person of people) {
      expect(text).toMatch(mentionLine(person.name, EXPECTED_COUNTS[person.id as PersonId]));
    }
    // The content script's hosts, granted at install, count as the site access the notice looks for.
    expect(text).not.toContain(ui.en.noSiteAccess);
  });

  it('opens at its full 380 px width from the toolbar', async () => {
    // The toolbar sizes its popup to the page's content, starting from a window a few pixels wide: a
    // width capped by the viewport (100vw) would keep it there, at the width of the longest word.
    await tab.goto(`${suite.server.origin}/mentions.html`);
    popup = await openActionPopup(suite.browser, tab);
    await popup.waitForText((t) => /\d+ mentions?/.test(t));
    expect(await popup.evaluate('document.body.getBoundingClientRect().width')).toBe(380);
  });

  it('gets the counts from the background, which sets the badge', async () => {
    await tab.goto(`${suite.server.origin}/mentions.html`);
    await waitForHighlights(tab, 9);
    const tabId = await fixtureTabId();
    popup = await openActionPopup(suite.browser, tab);
    const counts = await popup.evaluate(
      `chrome.runtime.sendMessage(${JSON.stringify({ type: 'tab-mentions', tabId })})`,
    );
    expect(counts).toEqual(EXPECTED_COUNTS);
    expect(await badgeText(suite.browser, tabId)).not.toBe('');
  });

  it('shows the story: headline, summary, timeline and people', async () => {
    await tab.goto(`${suite.server.origin}/mentions.html`);
    popup = await openActionPopup(suite.browser, tab);
    const text = await popup.waitForText((t) => t.includes(story.headline));
    // innerText follows white-space rules, so the story's texts are compared with collapsed spaces.
    const shown = text.replace(/\s+/g, ' ');
    expect(shown).toContain(story.summary.en);
    for (const event of story.timeline) expect(shown).toContain(event.text.en);
    for (const person of people) {
      expect(shown).toContain(person.name);
      expect(shown).toContain(person.role.en);
    }
  });

  it('lists nobody and shows no badge on a page without mentions', async () => {
    await tab.goto(`${suite.server.origin}/nobody.html`);
    const tabId = await fixtureTabId();
    popup = await openActionPopup(suite.browser, tab);
    const text = await popup.waitForText((t) => t.includes(ui.en.nobodyHere));
    expect(text).not.toMatch(/\d+ mentions?/);
    expect(await badgeText(suite.browser, tabId)).toBe('');
  });

  it('in the story tab, never calls a page without names unreadable', async () => {
    // The story tab (a card's "full story") speaks for the tab it came from, which no toolbar click has
    // given to the extension: a page there that named no one answers only if the tab's content script
    // can be woken from the story tab (and has started by then). Either way it names no one.
    const tabIds = async () =>
      (
        await suite.browser.background.evaluate(() =>
          (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ windowType: 'normal' }),
        )
      ).map((t) => t.id!);
    const before = await tabIds();
    const reader = await suite.browser.context.newPage();
    let story: Page | undefined;
    try {
      await reader.goto(`${suite.server.origin}/nobody.html`);
      const readerTab = (await tabIds()).find((id) => !before.includes(id));
      story = await suite.browser.context.newPage();
      await story.goto(`chrome-extension://${suite.browser.extensionId}/popup.html?tab=${readerTab}`);
      const onThisPage = async () => (await story!.innerText('.on-this-page')).trim();
      await expect.poll(onThisPage, { timeout: 10_000 }).toMatch(/\n/);
      expect([ui.en.nobodyHere, ui.en.otherTabUnread]).toContain((await onThisPage()).split(/\n+/)[1]);
    } finally {
      await story?.close();
      await reader.close();
    }
  });
});
