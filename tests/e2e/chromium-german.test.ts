import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../i18n/ui-text';
import { story } from '../../knowledge/story';
import { waitForCard } from '../../scripts/browser/card';
import { firstTab, type ChromeGlobal } from '../../scripts/browser/chromium';
import { EXPECTED_ERWAEHNUNGEN } from './harness/expected';
import { hoverMention, waitForHighlights } from '../../scripts/browser/highlights';
import { roleOf } from './harness/people';
import { openActionPopup } from './harness/popup';
import { useChromiumSuite } from './harness/suite';

const suite = useChromiumSuite({ lang: 'de' });
let tab: Page;

beforeAll(async () => {
  // The profile's first tab, so that it is the active tab when the popup opens.
  tab = await firstTab(suite.browser);
  await tab.goto(`${suite.server.origin}/erwaehnungen.html`);
});

describe('Chromium with a German interface', () => {
  it('runs the browser in German', async () => {
    // The product follows the browser's interface language; this checks that the launch really set it.
    const uiLanguage = await suite.browser.background.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.i18n.getUILanguage(),
    );
    expect(uiLanguage).toMatch(/^de/);
  });

  it('shows the card in German: "Stand: Mai 2024" and the German role', async () => {
    expect(await waitForHighlights(tab, 9)).toEqual(EXPECTED_ERWAEHNUNGEN);

    await hoverMention(tab, 'leike', 'voll');
    const card = await waitForCard(tab, true);
    expect(card.text).toContain('Jan Leike');
    expect(card.text).toContain(roleOf('leike', 'de'));
    expect(card.text).toContain('Stand: Mai 2024');
    expect(card.text).not.toContain('As of May 2024');

    await tab.keyboard.press('Escape');
    await waitForCard(tab, false);
  });

  it('shows the popup in German, with the counts of the page', async () => {
    await waitForHighlights(tab, 9);
    const popup = await openActionPopup(suite.browser, tab);
    try {
      const text = await popup.waitForText((t) => /\d+ Erwähnung/.test(t));
      expect(text).toMatch(new RegExp(`Jan Leike\\s+${ui.de.mentions(2)}`));
      expect(text).toMatch(new RegExp(`Ilya Sutskever\\s+${ui.de.mentions(3)}`));
      expect(text.replace(/\s+/g, ' ')).toContain(story.summary.de);
    } finally {
      await popup.close();
    }
  });
});
