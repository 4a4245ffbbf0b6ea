import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../i18n/ui-text';
import { settingsUi } from '../../i18n/settings-text';
import { activeTabId } from './harness/background-events';
import { cardClip, waitForCard } from '../../scripts/browser/card';
import { firstTab } from '../../scripts/browser/chromium';
import { setLanguage } from './harness/extension-state';
import { hoverMention, waitForHighlights, type PersonId } from '../../scripts/browser/highlights';
import { DEMO_PAGES, FIXTURE_PAGES, ROOT } from '../../scripts/browser/paths';
import { useChromiumSuite } from './harness/suite';
import { DATED_PAGES } from './harness/then-and-now';

/*
 * The README's pictures: the popup, an open card and the settings page, in English and in German, taken
 * from the built extension on the demo page and written to docs/; and the stores' screenshots of the
 * same at the stores' 1280 × 800, written to docs/store/screenshots/. The language comes from the
 * extension's own setting, so one English browser takes both sets.
 */

const DOCS = `${ROOT}docs`;
const STORE_SHOTS = `${DOCS}/store/screenshots`;
const PAGE_VIEWPORT = { width: 1200, height: 860 };
/** The size the Chrome Web Store asks for, and AMO recommends. */
const STORE_VIEWPORT = { width: 1280, height: 800 };
// The popup as the toolbar shows it: 380 px wide, and the browser's 600 px at most.
const POPUP_VIEWPORT = { width: 380, height: 600 };
const SETTINGS_VIEWPORT = { width: 760, height: 900 };

const SHOTS: Record<'en' | 'de', { person: PersonId; section: string }> = {
  en: { person: 'sutskever', section: 'english' },
  de: { person: 'leike', section: 'deutsch' },
};

// The demo pages, and a report of 20 November 2023 for the card then and now.
const THEN_PAGE = DATED_PAGES.meta;
const suite = useChromiumSuite({
  pages: DEMO_PAGES,
  serve: (server) =>
    server.route(THEN_PAGE.path, 'text/html; charset=utf-8', readFileSync(`${FIXTURE_PAGES}${THEN_PAGE.path}`)),
});
let tab: Page;
let tabId: number;

beforeAll(async () => {
  mkdirSync(STORE_SHOTS, { recursive: true });
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

/** The demo tab in `lang`, marked, with the card of the language's person open. */
async function openCard(lang: 'en' | 'de') {
  await setLanguage(suite.browser, lang);
  await tab.bringToFront();
  await tab.reload();
  await waitForHighlights(tab, 10);
  const { person, section } = SHOTS[lang];
  await hoverMention(tab, person, section);
  const card = await waitForCard(tab, true);
  expect(card.text).toContain(ui[lang].asOf);
  return card;
}

/** The popup about the demo tab, as the card's "full story" opens it, once its list of mentions is in. */
async function openPopup(): Promise<Page> {
  const popup = await extensionPage(`popup.html?tab=${tabId}`, POPUP_VIEWPORT);
  await popup.getByRole('button', { name: /Ilya Sutskever/ }).waitFor();
  return popup;
}

async function openSettings(lang: 'en' | 'de', viewport: { width: number; height: number }): Promise<Page> {
  const settings = await extensionPage('options.html', viewport);
  await settings.getByRole('heading', { level: 1, name: settingsUi[lang].settingsTitle }).waitFor();
  // The shortcuts come from the browser a moment later.
  await settings.getByText('Alt+Shift+M').waitFor();
  return settings;
}

/**
 * The popup laid over the page where the toolbar opens it, top right, framed and with a shadow as
 * browsers draw it: a page cannot take a picture of the browser's own window.
 */
async function popupOverPage(page: Buffer, popup: Buffer): Promise<Buffer> {
  const { width, height } = POPUP_VIEWPORT;
  const left = STORE_VIEWPORT.width - width - 24;
  const top = 8;
  const shadow = await sharp({
    create: { width: width + 24, height: height + 24, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .composite([
      {
        input: { create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.35 } } },
        left: 12,
        top: 14,
      },
    ])
    .blur(6)
    .png()
    .toBuffer();
  const framed = await sharp(popup)
    .extend({ top: 1, bottom: 1, left: 1, right: 1, background: '#9aa0a6' })
    .png()
    .toBuffer();
  return sharp(page)
    .composite([
      { input: shadow, left: left - 12, top: top - 12 },
      { input: framed, left: left - 1, top: top - 1 },
    ])
    .png()
    .toBuffer();
}

describe('the README’s pictures', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`shows the popup, a card and the settings page in ${lang === 'en' ? 'English' : 'German'}`, async () => {
      await tab.setViewportSize(PAGE_VIEWPORT);
      const card = await openCard(lang);
      await tab.screenshot({ path: `${DOCS}/card-${lang}.png`, clip: cardClip(card, PAGE_VIEWPORT) });
      await tab.keyboard.press('Escape');

      const popup = await openPopup();
      await popup.screenshot({ path: `${DOCS}/popup-${lang}.png` });
      await popup.close();

      const settings = await openSettings(lang, SETTINGS_VIEWPORT);
      await settings.screenshot({ path: `${DOCS}/options-${lang}.png`, fullPage: true });
      await settings.close();
    });
  }
});

describe('the README’s pictures of the card then and now', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`shows the card on a page of 20 November 2023 in ${lang === 'en' ? 'English' : 'German'}`, async () => {
      await setLanguage(suite.browser, lang);
      await tab.setViewportSize(PAGE_VIEWPORT);
      await tab.bringToFront();
      await tab.goto(`${suite.server.origin}${THEN_PAGE.path}`);
      await waitForHighlights(tab, 2);
      await hoverMention(tab, THEN_PAGE.person, THEN_PAGE.where);
      const card = await waitForCard(tab, true);
      expect(card.text).toContain(ui[lang].sinceThen);
      await tab.screenshot({ path: `${DOCS}/card-then-and-now-${lang}.png`, clip: cardClip(card, PAGE_VIEWPORT) });
      await tab.keyboard.press('Escape');
      await waitForCard(tab, false);
      await tab.mouse.move(4, 4);
      await tab.goto(`${suite.server.origin}/`);
    });
  }
});

describe('the stores’ screenshots, 1280 × 800', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`shows a card on a page, the popup and the settings in ${lang === 'en' ? 'English' : 'German'}`, async () => {
      const shot = (name: string) => `${STORE_SHOTS}/${lang}-${name}.png`;
      await tab.setViewportSize(STORE_VIEWPORT);
      await openCard(lang);
      await tab.screenshot({ path: shot('1-card') });

      await tab.keyboard.press('Escape');
      await waitForCard(tab, false);
      // Off the text, so that no card opens again.
      await tab.mouse.move(4, 4);
      const page = await tab.screenshot();
      const popup = await openPopup();
      await sharp(await popupOverPage(page, await popup.screenshot())).toFile(shot('2-popup'));
      await popup.close();

      const settings = await openSettings(lang, STORE_VIEWPORT);
      await settings.screenshot({ path: shot('3-settings') });
      await settings.close();

      for (const name of ['1-card', '2-popup', '3-settings']) {
        expect(await sharp(shot(name)).metadata(), name).toMatchObject(STORE_VIEWPORT);
      }
    });
  }
});
