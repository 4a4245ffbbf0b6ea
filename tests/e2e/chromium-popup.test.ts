import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../utils/i18n';
import { people } from '../../utils/knowledge/people';
import { story } from '../../utils/knowledge/story';
import { launchChromium, type ChromeGlobal, type ExtensionBrowser } from './harness/chromium';
import { waitForHighlights } from './harness/highlights';
import { FIXTURE_PAGES } from './harness/paths';
import { openActionPopup, type ActionPopup } from './harness/popup';
import { startStaticServer, type StaticServer } from './harness/static-server';

/*
 * The popup is opened as a user opens it: chrome.action.openPopup() while the fixture page is the active
 * tab, so the popup's own "which tab am I about?" logic is under test. Playwright does not list popups
 * among its pages, so the test attaches to it through the DevTools protocol (harness/popup.ts).
 */

const EXPECTED_COUNTS = { sutskever: 3, altman: 3, leike: 2, pachocki: 2 };

let server: StaticServer;
let browser: ExtensionBrowser;
let tab: Page;
let popup: ActionPopup | undefined;

beforeAll(async () => {
  server = await startStaticServer(FIXTURE_PAGES);
  server.route('/nobody.html', 'text/html; charset=utf-8', '<!doctype html><title>Weather</title><p>Rain at noon.</p>');
  browser = await launchChromium({ lang: 'en' });
  // The profile's first tab is the only one, so it is the active tab and the only tab the query finds.
  tab = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterEach(async () => {
  await popup?.close();
  popup = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function fixtureTabId(): Promise<number> {
  const tabs = await browser.background.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ windowType: 'normal' }),
  );
  expect(tabs).toHaveLength(1);
  return tabs[0]!.id!;
}

const badgeOf = (tabId: number) =>
  browser.background.evaluate(
    (id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );

const mentionLine = (name: string, n: number) => new RegExp(`${name}\\s+${ui.en.mentions(n)}`);

describe('the popup and the badge in Chromium', () => {
  it('lists the people of the active tab with their counts', async () => {
    await tab.goto(`${server.origin}/mentions.html`);
    await waitForHighlights(tab, 9);
    popup = await openActionPopup(browser, tab);
    const text = await popup.waitForText((t) => /\d+ mentions?/.test(t));
    for (const person of people) {
      const id = person.id as keyof typeof EXPECTED_COUNTS;
      expect(text).toMatch(mentionLine(person.name, EXPECTED_COUNTS[id]));
    }
  });

  it('gets the counts from the background, which sets the badge', async () => {
    await tab.goto(`${server.origin}/mentions.html`);
    await waitForHighlights(tab, 9);
    const tabId = await fixtureTabId();
    popup = await openActionPopup(browser, tab);
    const counts = await popup.evaluate(
      `chrome.runtime.sendMessage(${JSON.stringify({ type: 'tab-mentions', tabId })})`,
    );
    expect(counts).toEqual(EXPECTED_COUNTS);
    expect(await badgeOf(tabId)).not.toBe('');
  });

  it('shows the story: headline, summary, timeline and people', async () => {
    await tab.goto(`${server.origin}/mentions.html`);
    popup = await openActionPopup(browser, tab);
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
    await tab.goto(`${server.origin}/nobody.html`);
    const tabId = await fixtureTabId();
    popup = await openActionPopup(browser, tab);
    const text = await popup.waitForText((t) => t.includes(ui.en.nobodyHere));
    expect(text).not.toMatch(/\d+ mentions?/);
    expect(await badgeOf(tabId)).toBe('');
  });
});
