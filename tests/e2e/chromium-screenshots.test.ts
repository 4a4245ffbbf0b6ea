import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../i18n/ui-text';
import { settingsUi } from '../../i18n/settings-text';
import { activeTabId } from './harness/background-events';
import { cardClip, waitForCard } from '../../scripts/browser/card';
import { firstTab } from '../../scripts/browser/chromium';
import { setLanguage } from './harness/extension-state';
import { hoverMention, waitForHighlights, type PersonId } from '../../scripts/browser/highlights';
import { DEMO_PAGES, ROOT } from '../../scripts/browser/paths';
import { useChromiumSuite } from './harness/suite';

/*
 * The README's pictures: the popup, an open card and the settings page, in English and in German, taken
 * from the built extension on the demo page and written to docs/. The language comes from the
 * extension's own setting, so one English browser takes both sets.
 */

const DOCS = `${ROOT}docs`;
const PAGE_VIEWPORT = { width: 1200, height: 860 };
// The popup as the toolbar shows it: 380 px wide, and the browser's 600 px at most.
const POPUP_VIEWPORT = { width: 380, height: 600 };
const SETTINGS_VIEWPORT = { width: 760, height: 900 };

const SHOTS: Record<'en' | 'de', { person: PersonId; section: string }> = {
  en: { person: 'sutskever', section: 'english' },
  de: { person: 'leike', section: 'deutsch' },
};

const suite = useChromiumSuite({ pages: DEMO_PAGES });
let tab: Page;
let tabId: number;

beforeAll(async () => {
  mkdirSync(DOCS, { recursive: true });
  tab = await firstTab(suite.browser);
  await tab.setViewportSize(PAGE_VIEWPORT);
  await tab.goto(`${suite.server.origin}/`);
  tabId = await activeTabId(suite.browser);
});

async function extensionPage(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${suite.browser.extensionId}/${path}`);
  return page;
}

describe('the README’s pictures', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`shows the popup, a card and the settings page in ${lang === 'en' ? 'English' : 'German'}`, async () => {
      await setLanguage(suite.browser, lang);
      await tab.bringToFront();
      await tab.reload();
      await waitForHighlights(tab, 10);

      const { person, section } = SHOTS[lang];
      await hoverMention(tab, person, section);
      const card = await waitForCard(tab, true);
      expect(card.text).toContain(ui[lang].asOf);
      await tab.screenshot({ path: `${DOCS}/card-${lang}.png`, clip: cardClip(card, PAGE_VIEWPORT) });
      await tab.keyboard.press('Escape');

      // The popup's page, about the demo tab, as the card's "full story" opens it.
      const popup = await extensionPage(`popup.html?tab=${tabId}`, POPUP_VIEWPORT);
      await popup.getByRole('button', { name: /Ilya Sutskever/ }).waitFor();
      await popup.screenshot({ path: `${DOCS}/popup-${lang}.png` });
      await popup.close();

      const settings = await extensionPage('options.html', SETTINGS_VIEWPORT);
      await settings.getByRole('heading', { level: 1, name: settingsUi[lang].settingsTitle }).waitFor();
      // The shortcuts come from the browser a moment later.
      await settings.getByText('Alt+Shift+M').waitFor();
      await settings.screenshot({ path: `${DOCS}/options-${lang}.png`, fullPage: true });
      await settings.close();
    });
  }
});
