import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { settingsUi } from '../../i18n/settings-text';
import { DEFAULT_SETTINGS, MAX_SITES } from '../../model/settings';
import { storedSettings } from '../../model/stored-settings';
import { firstTab, type ChromeGlobal } from '../../scripts/browser/chromium';
import { countHighlights, readHighlights, waitForHighlights } from '../../scripts/browser/highlights';
import { waitFor } from './harness/hostile';
import { clearSettings, setLanguage } from './harness/extension-state';
import { openActionPopup, type ActionPopup } from './harness/popup';
import { useChromiumSuite } from './harness/suite';

/**
 * The list of sites switched off, in the browser's real `sync` storage, which takes 8,192 bytes an item
 * and 102,400 in all (issue 11, item 5): the list the code allows is stored whole, a list that would
 * not fit is refused with a message, and a write the browser refuses is shown, not swallowed.
 */

const suite = useChromiumSuite();
let options: Page | undefined;
let popup: ActionPopup | undefined;

afterEach(async () => {
  await popup?.close();
  popup = undefined;
  await options?.close();
  options = undefined;
  await clearSettings(suite.browser);
});

/** The list failed at about 300 such names, in one item. */
const site = (i: number) => `site-${String(i).padStart(3, '0')}.example.com`;

async function openOptions(): Promise<Page> {
  options ??= await suite.browser.context.newPage();
  await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
  await options.getByRole('heading', { level: 1 }).waitFor();
  return options;
}

const listed = (page: Page) => page.locator('.site-list li').count();
const waitForListed = (page: Page, count: number, what: string) =>
  waitFor(
    () => listed(page),
    (n) => n === count,
    what,
  );

/** Types `host` into the settings page's field and adds it, as a user does. */
async function addSite(page: Page, host: string) {
  await page.getByRole('textbox').fill(host);
  await page.getByRole('button', { name: /^(Add|Hinzufügen)$/ }).click();
}

/** Fills the extension's `sync` storage with other items until the browser takes no more bytes. */
const fillSyncStorage = () =>
  suite.browser.background.evaluate(async () => {
    const { sync } = (globalThis as unknown as ChromeGlobal).chrome.storage;
    let items = 0;
    for (const size of [8_000, 1_000, 100, 10]) {
      for (;;) {
        try {
          await sync.set({ [`filler.${items}`]: 'x'.repeat(size) });
          items += 1;
        } catch {
          break;
        }
      }
    }
    return items;
  });

describe('the list of sites switched off, in real storage (Chromium)', () => {
  it(`keeps ${MAX_SITES} sites, and the content script honours the last; refuses one more, and says so`, async () => {
    // 999 sites, stored as the extension stores them, and the thousandth added on the settings page.
    const stored = storedSettings({
      ...DEFAULT_SETTINGS,
      disabledSites: Array.from({ length: MAX_SITES - 1 }, (_, i) => site(i)),
    });
    expect(stored).toBeDefined();
    await suite.browser.background.evaluate(
      (items) => (globalThis as unknown as ChromeGlobal).chrome.storage.sync.set(items),
      stored!,
    );
    const page = await openOptions();
    expect(await waitForListed(page, MAX_SITES - 1, 'the list')).toBe(MAX_SITES - 1);
    await addSite(page, '127.0.0.1');
    expect(await waitForListed(page, MAX_SITES, 'the thousandth site')).toBe(MAX_SITES);
    expect(await page.getByRole('alert').count()).toBe(0);
    // Stored, not only shown: a fresh page reads it back.
    await page.reload();
    expect(await waitForListed(page, MAX_SITES, 'the list, reloaded')).toBe(MAX_SITES);

    // The content script reads the whole list: the thousandth site is off.
    const tab = await firstTab(suite.browser);
    await tab.goto(`${suite.server.origin}/mentions.html`);
    await tab.waitForTimeout(1_000);
    expect(countHighlights(await readHighlights(tab))).toBe(0);

    // One more is refused with a message, and the list stays as it was.
    await addSite(page, 'one-too-many.example.com');
    expect(await page.getByRole('alert').textContent()).toBe(settingsUi.en.siteListFull);
    await page.reload();
    expect(await waitForListed(page, MAX_SITES, 'the list, reloaded')).toBe(MAX_SITES);

    // (Control) taking 127.0.0.1 out turns the open tab's marks on.
    await page.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    expect(await waitForHighlights(tab, 9)).toBeDefined();
  });

  it('shows a write the browser refuses, on the settings page and in the popup, in the chosen language', async () => {
    await setLanguage(suite.browser, 'de');
    expect(await fillSyncStorage()).toBeGreaterThan(12);
    const t = settingsUi.de;

    const page = await openOptions();
    await addSite(page, 'example.org');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(t.saveFailed);
    await page.reload();
    expect(await page.locator('.site-list li').count()).toBe(0);
    await options!.close();
    options = undefined;

    const tab = await firstTab(suite.browser);
    await tab.goto(`${suite.server.origin}/mentions.html`);
    await waitForHighlights(tab, 9);
    popup = await openActionPopup(suite.browser, tab);
    await popup.waitForText((text) => text.includes(t.markOnSite('127.0.0.1')));
    await popup.evaluate(
      `[...document.querySelectorAll('[role="switch"]')].find((el) => el.textContent.includes('127.0.0.1')).click()`,
    );
    const shown = await popup.waitForText((text) => text.includes(t.saveFailed));
    expect(shown).toContain(t.saveFailed);
    expect(
      await popup.evaluate<string[]>(`[...document.querySelectorAll('[role="alert"]')].map((el) => el.textContent)`),
    ).toEqual([t.saveFailed]);
    // The switch shows what storage holds: still on.
    expect(
      await popup.evaluate<string | null>(
        `[...document.querySelectorAll('[role="switch"]')].find((el) => el.textContent.includes('127.0.0.1')).getAttribute('aria-checked')`,
      ),
    ).toBe('true');
  });
});
