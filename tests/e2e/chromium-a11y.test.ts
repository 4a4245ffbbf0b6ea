import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../i18n/ui-text';
import { axeOnOpenCard, axeViolations, pageEvaluate } from './harness/axe';
import { activeTabId, clickWhoIsThis, pressCommand } from './harness/background-events';
import { onCardRoot, readCard, waitForCard } from '../../scripts/browser/card';
import { firstTab, type ChromeGlobal } from '../../scripts/browser/chromium';
import { clearSettings, setLanguage } from './harness/extension-state';
import { hoverMention, mentionRect, waitForHighlights } from '../../scripts/browser/highlights';
import { openActionPopup } from './harness/popup';
import { useChromiumSuite } from './harness/suite';
import { settingsFromStorage } from '../../model/stored-settings';

/*
 * Accessibility, checked in the browser: axe-core finds nothing on the popup, the settings page and an
 * open card (in both colour schemes and both languages); everything works from the keyboard with a
 * visible focus; the card meets WCAG 1.4.13 and reaches the accessibility tree as a focused, named
 * dialog; motion, colour scheme and zoom are followed.
 */

const DARK_PAGE = `<!doctype html><html lang="en"><title>Dark</title>
<style>body { background: #121212; color: #e0e0e0; font: 18px/1.6 sans-serif; }</style>
<p id="dark">At night, Sam Altman wrote to Ilya Sutskever.</p>`;

const suite = useChromiumSuite({
  serve: (server) => server.route('/dark.html', 'text/html; charset=utf-8', DARK_PAGE),
});
let tab: Page;
let tabId: number;
let extra: Page | undefined;

beforeAll(async () => {
  tab = await firstTab(suite.browser);
  await tab.goto(`${suite.server.origin}/mentions.html`);
  tabId = await activeTabId(suite.browser);
});

afterEach(async () => {
  await extra?.close();
  extra = undefined;
  await clearSettings(suite.browser);
  await tab.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await tab.keyboard.press('Escape');
  await tab.bringToFront();
});

/** An extension page in a tab of its own: the settings, or the popup's page as the card's "full story" opens it. */
async function openExtensionPage(path: string): Promise<Page> {
  extra = await suite.browser.context.newPage();
  await extra.goto(`chrome-extension://${suite.browser.extensionId}/${path}`);
  await extra.getByRole('heading', { level: 1 }).waitFor();
  return extra;
}

const popupPage = () => openExtensionPage(`popup.html?tab=${tabId}`);
const settingsPage = () => openExtensionPage('options.html');

async function openMentions(path = '/mentions.html', atLeast = 9) {
  await tab.goto(`${suite.server.origin}${path}`);
  await waitForHighlights(tab, atLeast);
}

/** The focused element: its name as a screen reader would take it, and its focus ring. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    const style = getComputedStyle(el);
    const name = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '';
    return {
      role: el.getAttribute('role') ?? el.type,
      name: name.trim(),
      ring: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });

/** Where each of `count` presses of Tab puts the focus on `page`. */
async function tabStops(page: Page, count: number) {
  const stops = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focused(page));
  }
  return stops;
}

/** The settings as stored, read as the extension reads them (the list of sites has items of its own). */
const storedSettings = async () =>
  settingsFromStorage(
    await suite.browser.background.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.storage.sync.get(null),
    ),
  );

describe('axe-core in Chromium', () => {
  it('finds no violation in the popup opened from the toolbar', async () => {
    await openMentions();
    const popup = await openActionPopup(suite.browser, tab);
    try {
      await popup.waitForText((t) => /\d+ mentions?/.test(t));
      expect(await axeViolations((expression) => popup.evaluate(expression))).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const language of ['en', 'de'] as const) {
      it(`finds no violation in the popup and the settings page, ${scheme}, ${language}`, async () => {
        await openMentions();
        await setLanguage(suite.browser, language);
        for (const open of [popupPage, settingsPage]) {
          const page = await open();
          await page.emulateMedia({ colorScheme: scheme });
          await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
          expect(await axeViolations(pageEvaluate(page))).toEqual([]);
          await page.close();
        }
      });
    }
  }

  it('finds no violation on a hovered card, on a light page and on a dark one', async () => {
    await openMentions();
    await hoverMention(tab, 'altman', 'full');
    await waitForCard(tab, true);
    expect(await axeOnOpenCard(tab)).toEqual([]);

    await openMentions('/dark.html', 2);
    await hoverMention(tab, 'sutskever', 'dark');
    await waitForCard(tab, true);
    expect(
      await onCardRoot(tab, function (this: ShadowRoot) {
        return this.querySelector('.frame')!.getAttribute('data-theme');
      }),
    ).toBe('dark');
    expect(await axeOnOpenCard(tab)).toEqual([]);
  });

  it('finds no violation on a card opened from the keyboard, nor on a notice, in German', async () => {
    await setLanguage(suite.browser, 'de');
    await openMentions();
    await pressCommand(suite.browser, 'next-mention', tabId);
    await waitForCard(tab, true);
    expect(await axeOnOpenCard(tab)).toEqual([]);
    await tab.keyboard.press('Escape');
    await waitForCard(tab, false);

    await clickWhoIsThis(suite.browser, tabId, 'Robert Altman');
    expect((await waitForCard(tab, true)).text).toContain(ui.de.notNamed('Robert Altman'));
    expect(await axeOnOpenCard(tab)).toEqual([]);
  });
});

describe('the keyboard alone', () => {
  it('reaches every control of the settings page, each with a visible focus ring', async () => {
    const page = await settingsPage();
    expect(await tabStops(page, 6)).toEqual([
      { role: 'switch', name: 'Mark names on all sites', ring: 'solid 2px' },
      { role: 'text', name: 'Add a site', ring: 'solid 2px' },
      { role: 'submit', name: 'Add', ring: 'solid 2px' },
      { role: 'range', name: 'Delay before a card opens', ring: 'solid 2px' },
      // One stop per radio group, on its chosen radio; the arrow keys move within.
      { role: 'radio', name: 'Dotted underline', ring: 'solid 2px' },
      { role: 'radio', name: 'Same as the browser', ring: 'solid 2px' },
    ]);
  });

  it('operates every control of the settings page', async () => {
    const page = await settingsPage();
    const everywhere = page.getByRole('switch', { name: 'Mark names on all sites' });
    await everywhere.focus();
    await page.keyboard.press('Space');
    expect(await everywhere.getAttribute('aria-checked')).toBe('false');
    await expect.poll(storedSettings).toMatchObject({ enabled: false });
    await page.keyboard.press('Space');

    await page.keyboard.press('Tab');
    await page.keyboard.type('no site');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('alert').textContent()).toBe('That is not a host name. Enter one such as example.org.');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('example.org');
    await page.keyboard.press('Enter');
    const remove = page.getByRole('button', { name: 'Remove example.org' });
    await remove.waitFor();
    await remove.focus();
    await page.keyboard.press('Enter');
    await remove.waitFor({ state: 'detached' });
    expect((await focused(page)).name).toBe('Add a site');

    const dwell = page.getByRole('slider', { name: 'Delay before a card opens' });
    await dwell.focus();
    await page.keyboard.press('ArrowRight');
    expect(await dwell.getAttribute('aria-valuetext')).toBe('450 ms');
    await expect.poll(storedSettings).toMatchObject({ dwellMs: 450, enabled: true, disabledSites: [] });

    await page.getByRole('radio', { name: 'Dotted underline' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(storedSettings).toMatchObject({ highlightStyle: 'background' });
    await page.getByRole('radio', { name: 'Same as the browser' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('heading', { level: 1, name: 'Einstellungen: Wer ist wer, Mai 2024' }).waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Gespeichert');
  });

  it('operates the popup: settings, both switches and the jump buttons, each with a visible focus ring', async () => {
    await openMentions();
    const page = await popupPage();
    await page.getByRole('button', { name: /Sam Altman/ }).waitFor();
    expect(await tabStops(page, 4)).toEqual([
      { role: 'button', name: 'Settings', ring: 'solid 2px' },
      { role: 'switch', name: 'Mark names on all sites', ring: 'solid 2px' },
      { role: 'switch', name: 'Mark names on 127.0.0.1', ring: 'solid 2px' },
      { role: 'button', name: 'Ilya Sutskever3 mentions', ring: 'solid 2px' },
    ]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect.poll(storedSettings).toMatchObject({ disabledSites: ['127.0.0.1'] });
    await page.keyboard.press('Space');
    await expect.poll(storedSettings).toMatchObject({ disabledSites: [] });
  });

  it('reaches the card: the command moves the focus to a named dialog in the accessibility tree', async () => {
    await openMentions();
    await pressCommand(suite.browser, 'next-mention', tabId);
    await waitForCard(tab, true);
    // What a screen reader gets: Chromium's accessibility tree, which sees into the closed shadow root.
    const cdp = await suite.browser.context.newCDPSession(tab);
    try {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: {
          role?: { value: string };
          name?: { value: string };
          properties?: { name: string; value: { value: unknown } }[];
        }[];
      };
      const dialogs = nodes.filter((node) => node.role?.value === 'dialog');
      expect(dialogs.map((node) => node.name?.value)).toEqual([ui.en.cardLabel('Ilya Sutskever')]);
      const focusedProperty = dialogs[0]!.properties?.find((p) => p.name === 'focused');
      expect(focusedProperty?.value.value).toBe(true);
    } finally {
      await cdp.detach();
    }
  });
});

describe('WCAG 1.4.13 and the user’s preferences', () => {
  it('keeps the card while the pointer rests on it, and closes it on Escape', async () => {
    await openMentions();
    const mention = await hoverMention(tab, 'leike', 'full');
    const card = await waitForCard(tab, true);
    // Across the gap between the name and the card, and onto the card.
    await tab.mouse.move(mention.x + mention.width / 2, card.rect.y + 20, { steps: 6 });
    await tab.waitForTimeout(1_000);
    expect((await readCard(tab))?.text).toContain('Jan Leike');
    await tab.keyboard.press('Escape');
    await waitForCard(tab, false);
  });

  it('animates the card only where motion is welcome', async () => {
    await openMentions();
    const animation = () =>
      onCardRoot(tab, function (this: ShadowRoot) {
        return getComputedStyle(this.querySelector('.frame')!).animationName;
      });
    await tab.emulateMedia({ reducedMotion: 'reduce' });
    await hoverMention(tab, 'altman', 'full');
    await waitForCard(tab, true);
    expect(await animation()).toBe('none');
    await tab.keyboard.press('Escape');
    await tab.mouse.move(2, 2);

    await tab.emulateMedia({ reducedMotion: 'no-preference' });
    await hoverMention(tab, 'leike', 'full');
    await waitForCard(tab, true);
    expect(await animation()).toBe('appear');
  });

  it('follows the system’s colour scheme on the popup and the settings page', async () => {
    for (const open of [popupPage, settingsPage]) {
      const page = await open();
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background()).toBe('rgb(26, 28, 32)');
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await background()).toBe('rgb(255, 255, 255)');
      await page.close();
    }
  });

  it('holds its layouts at 200 % zoom and in a 320 px wide window', async () => {
    await openMentions();
    // 200 % of a 1280 × 800 window: 640 × 400 CSS pixels, drawn at twice the density. And 320 px, the
    // width WCAG 1.4.10 asks content to reflow to.
    const sizes = [
      { width: 640, height: 400, deviceScaleFactor: 2, mobile: false },
      { width: 320, height: 480, deviceScaleFactor: 1, mobile: false },
    ];
    for (const open of [popupPage, settingsPage]) {
      const page = await open();
      const cdp = await suite.browser.context.newCDPSession(page);
      for (const size of sizes) {
        await cdp.send('Emulation.setDeviceMetricsOverride', size);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${page.url()} at ${size.width} px`).toBe(0);
      }
      await cdp.detach();
      await page.close();
    }

    const cdp = await suite.browser.context.newCDPSession(tab);
    await cdp.send('Emulation.setDeviceMetricsOverride', sizes[0]);
    await mentionRect(tab, 'sutskever', 'full');
    await hoverMention(tab, 'sutskever', 'full');
    const card = await waitForCard(tab, true);
    expect(card.rect.x).toBeGreaterThanOrEqual(0);
    expect(card.rect.x + card.rect.width).toBeLessThanOrEqual(640);
    expect(card.rect.y + card.rect.height).toBeLessThanOrEqual(400);
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
  });
});
