import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitForCard } from '../../scripts/browser/card';
import { firstTab } from '../../scripts/browser/chromium';
import { hoverMention, waitForHighlights } from '../../scripts/browser/highlights';
import { axeOnOpenCard, axeViolations } from './harness/axe';
import { activeTabId, pressCommand } from './harness/background-events';
import { clearSettings, setLanguage } from './harness/extension-state';
import { openActionPopup, type ActionPopup } from './harness/popup';
import { useChromiumSuite } from './harness/suite';
import { DATED_PAGES, describeThenAndNow, serveUrlDated, type DatedPage } from './harness/then-and-now';

/*
 * Issue 15, the card then and now: five pages, each dated by another signal or not at all, each hovered
 * with a real pointer; the card's text in English and German, the popup's "This page" and the mark on
 * its timeline, axe on the new section, and the date read only once a card or the popup needs it.
 */

const suite = useChromiumSuite({ serve: serveUrlDated });
let tab: Page;
let popup: ActionPopup | undefined;

beforeAll(async () => {
  // The profile's first tab: the active tab, which the popup is about.
  tab = await firstTab(suite.browser);
});

afterEach(async () => {
  await popup?.close();
  popup = undefined;
  await clearSettings(suite.browser);
  await tab.emulateMedia({ colorScheme: 'light' });
  await tab.mouse.move(2, 2);
});

async function openDated(page: DatedPage, lang: 'en' | 'de' = 'en') {
  await setLanguage(suite.browser, lang);
  await tab.goto(`${suite.server.origin}${page.path}`);
  await waitForHighlights(tab, 1);
}

/** The card's text after a real hover on the page's mention. */
async function hoverCard(page: DatedPage, lang: 'en' | 'de' = 'en'): Promise<string> {
  await openDated(page, lang);
  await hoverMention(tab, page.person, page.where);
  return (await waitForCard(tab, true)).text;
}

describeThenAndNow('Chromium', {
  hoverCard,
  async openPopupOn(page, line) {
    await openDated(page);
    popup = await openActionPopup(suite.browser, tab);
    await popup.waitForText((t) => t.includes(line));
    return (expression) => popup!.evaluate(expression);
  },
});

describe('the popup’s “This page” in Chromium, from the keyboard', () => {
  it('takes the keyboard from the date to its mark, and gives axe nothing to find', async () => {
    await openDated(DATED_PAGES.meta);
    popup = await openActionPopup(suite.browser, tab);
    await popup.waitForText((t) => t.includes('Written on 20 November 2023'));
    // The focused link followed, as Enter follows it: the mark takes the focus.
    const focused = await popup.evaluate<string>(`(() => {
      const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Where the date falls on the timeline');
      link.focus();
      link.click();
      return document.activeElement.id;
    })()`);
    expect(focused).toBe('page-mark');
    expect(await axeViolations((expression) => popup!.evaluate(expression))).toEqual([]);
  });
});

describe('then and now: cost and accessibility', () => {
  it('loads the card script, and with it the date reader, only when a card or the popup needs it', async () => {
    const cdp = await suite.browser.context.newCDPSession(tab);
    const requested: string[] = [];
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string } }) => requested.push(event.request.url));
    await cdp.send('Network.enable');
    try {
      await openDated(DATED_PAGES.meta);
      expect(requested.filter((url) => url.endsWith('/card.js'))).toEqual([]);
      popup = await openActionPopup(suite.browser, tab);
      await popup.waitForText((t) => t.includes('Written on 20 November 2023'));
      // The web-accessible script is asked for by its dynamic address, then redirected: two requests.
      expect(requested.filter((url) => url.endsWith('/card.js')).length).toBeGreaterThan(0);
    } finally {
      await cdp.detach();
    }
  });

  for (const [scheme, lang] of [
    ['light', 'en'],
    ['dark', 'de'],
  ] as const) {
    it(`finds no axe violation on a card with its then-and-now section (${scheme}, ${lang})`, async () => {
      await tab.emulateMedia({ colorScheme: scheme });
      await hoverCard(DATED_PAGES.meta, lang);
      expect(await axeOnOpenCard(tab)).toEqual([]);
    });
  }

  it('gives a screen reader the section’s headings, on a card opened from the keyboard', async () => {
    await openDated(DATED_PAGES.meta);
    await pressCommand(suite.browser, 'next-mention', await activeTabId(suite.browser));
    await waitForCard(tab, true);
    const cdp = await suite.browser.context.newCDPSession(tab);
    try {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: {
          role?: { value: string };
          name?: { value: string };
          properties?: { name: string; value: { value: unknown } }[];
        }[];
      };
      const dialog = nodes.find((node) => node.role?.value === 'dialog');
      expect(dialog?.properties?.find((p) => p.name === 'focused')?.value.value).toBe(true);
      const headings = nodes.filter((node) => node.role?.value === 'heading').map((node) => node.name?.value);
      // The card's small headings are set in capitals, as the accessibility tree passes them on; the date keeps its case.
      expect(headings).toEqual(
        expect.arrayContaining(['WHEN THIS PAGE WAS WRITTEN (20 Nov 2023)', 'SINCE THEN', 'AS OF MAY 2024']),
      );
    } finally {
      await cdp.detach();
    }
  });
});
