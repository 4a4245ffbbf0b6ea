import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../i18n/ui-text';
import { activeTabId, clickWhoIsThis, pressCommand } from './harness/background-events';
import { onCardRoot, readCard, waitForCard, type CardView } from '../../scripts/browser/card';
import { firstTab, type ChromeGlobal } from '../../scripts/browser/chromium';
import { EXPECTED_MENTIONS } from './harness/expected';
import { badgeText, clearSettings } from './harness/extension-state';
import { hoverMention, waitForHighlights } from '../../scripts/browser/highlights';
import { roleOf } from './harness/people';
import { only, readPlacedHighlights, settleOn } from './harness/placed-highlights';
import { openActionPopup, type ActionPopup } from './harness/popup';
import { serveControlPages } from './harness/pages';
import { selectByDrag } from './harness/selection';
import { useChromiumSuite } from './harness/suite';

/*
 * The controls, driven as a user drives them: the toolbar popup's switches and its jump buttons, the
 * settings page with real clicks and typing, and the context menu item and keyboard commands, fired
 * through the background's own listeners (harness/background-events.ts says why).
 */

const suite = useChromiumSuite({ serve: serveControlPages });
// The profile's first tab: the active tab, which the popup and the commands act on.
let tab: Page;
let tabId: number;
let popup: ActionPopup | undefined;
let settingsPage: Page | undefined;

beforeAll(async () => {
  tab = await firstTab(suite.browser);
  await tab.goto(`${suite.server.origin}/mentions.html`);
  tabId = await activeTabId(suite.browser);
});

afterEach(async () => {
  await popup?.close();
  popup = undefined;
  await settingsPage?.close();
  settingsPage = undefined;
  // Back to the defaults; open tabs follow the change as they follow any other.
  await clearSettings(suite.browser);
  await tab.bringToFront();
});

async function openMentions(path = '/mentions.html', atLeast = 9) {
  await tab.goto(`${suite.server.origin}${path}`);
  await waitForHighlights(tab, atLeast);
}

const badge = () => badgeText(suite.browser, tabId);

/** Clicks, in the popup, the element matching `selector` whose text contains `text`. */
const clickInPopup = (selector: string, text: string) =>
  popup!.evaluate(
    `[...document.querySelectorAll(${JSON.stringify(selector)})].find((el) => el.textContent.includes(${JSON.stringify(text)})).click()`,
  );

async function openSettings(): Promise<Page> {
  settingsPage = await suite.browser.context.newPage();
  await settingsPage.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
  await settingsPage.getByRole('heading', { level: 1 }).waitFor();
  return settingsPage;
}

/** Waits for the card that shows `text`: a command's card replaces the one before it a moment later. */
async function waitForCardWith(text: string): Promise<CardView> {
  await expect.poll(async () => (await readCard(tab))?.text ?? '', { timeout: 5_000 }).toContain(text);
  return waitForCard(tab, true);
}

/** What holds the focus inside the card's closed shadow root: its role, name and class. */
const cardFocus = () =>
  onCardRoot(tab, function (this: ShadowRoot) {
    const focused = this.activeElement;
    return (
      focused && {
        role: focused.getAttribute('role'),
        label: focused.getAttribute('aria-label'),
        class: focused.className,
      }
    );
  });

describe('the controls in Chromium', () => {
  it('registers "Who is this?" on selected text and both keyboard commands with their keys', async () => {
    const commands = await suite.browser.background.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.commands.getAll(),
    );
    expect(Object.fromEntries(commands.map((c) => [c.name, c.shortcut]))).toMatchObject({
      'toggle-marking': 'Alt+Shift+M',
      'next-mention': 'Alt+Shift+J',
    });
    // Updating an item that does not exist fails: this one exists.
    await suite.browser.background.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.contextMenus.update('who-is-this', {}),
    );
  });

  it('turns marking off on this site from the popup: the marks leave the open tab, then come back', async () => {
    await openMentions();
    expect(await badge()).toBe('4');
    popup = await openActionPopup(suite.browser, tab);
    await popup.waitForText((t) => t.includes('Mark names on 127.0.0.1') && /\d+ mentions?/.test(t));

    await clickInPopup('[role="switch"]', '127.0.0.1');
    expect(await settleOn(tab, only({}))).toEqual(only({}));
    const off = await popup.waitForText((t) => t.includes('The extension is off on this page.'));
    expect(off).not.toMatch(/\d+ mentions?/);
    await expect.poll(badge).toBe('');

    await clickInPopup('[role="switch"]', '127.0.0.1');
    expect(await settleOn(tab, EXPECTED_MENTIONS)).toEqual(EXPECTED_MENTIONS);
    // The list follows the page's new report without reopening the popup.
    await popup.waitForText((t) => /Sam Altman\s+3 mentions/.test(t));
    await expect.poll(badge).toBe('4');
  });

  it('turns marking off everywhere from the popup, and the site switch with it', async () => {
    await openMentions();
    popup = await openActionPopup(suite.browser, tab);
    await popup.waitForText((t) => t.includes('Mark names on all sites'));
    await clickInPopup('[role="switch"]', 'all sites');
    expect(await settleOn(tab, only({}))).toEqual(only({}));
    const switches = await popup.evaluate<[string | null, boolean][]>(
      `[...document.querySelectorAll('[role="switch"]')].map((s) => [s.getAttribute('aria-checked'), s.disabled])`,
    );
    expect(switches).toEqual([
      ['false', false],
      ['true', true],
    ]);
  });

  it('jumps from the popup to the next mention of a person, scrolling the tab there', async () => {
    await openMentions('/long.html', 3);
    popup = await openActionPopup(suite.browser, tab);
    await popup.waitForText((t) => /Jan Leike\s+1 mention/.test(t));
    await clickInPopup('.mentions button', 'Jan Leike');
    await expect.poll(() => tab.evaluate(() => scrollY)).toBeGreaterThan(1000);
    // The registry holds copies (StaticRanges, which have no text of their own): read through a Range.
    const emphasised = await tab.evaluate(() =>
      [...(CSS.highlights.get('whoswho-focus') ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }),
    );
    expect(emphasised.map((text) => text.trim())).toEqual(['Jan Leike']);
  });

  it('toggles marking everywhere with the keyboard command', async () => {
    await openMentions();
    await pressCommand(suite.browser, 'toggle-marking', tabId);
    expect(await settleOn(tab, only({}))).toEqual(only({}));
    await pressCommand(suite.browser, 'toggle-marking', tabId);
    expect(await settleOn(tab, EXPECTED_MENTIONS)).toEqual(EXPECTED_MENTIONS);
  });

  it('steps through the mentions with the keyboard command: scrolls, opens the card, moves the focus into it', async () => {
    await openMentions('/long.html', 3);
    await tab.focus('#before');

    await pressCommand(suite.browser, 'next-mention', tabId);
    await waitForCardWith('Sam Altman');
    expect(await cardFocus()).toMatchObject({ role: 'dialog', label: ui.en.cardLabel('Sam Altman') });

    await pressCommand(suite.browser, 'next-mention', tabId);
    const card = await waitForCardWith('Jan Leike');
    expect(card.text).toContain(roleOf('leike'));
    expect(await cardFocus()).toMatchObject({ role: 'dialog', label: ui.en.cardLabel('Jan Leike') });
    // The mention is on screen, and the card beside it.
    const mention = await tab.evaluate(() => document.getElementById('second')!.getBoundingClientRect().toJSON());
    expect(mention.top).toBeGreaterThan(0);
    expect(mention.bottom).toBeLessThan(tab.viewportSize()!.height);
    expect(
      Math.abs(card.rect.y - mention.bottom) < 40 || Math.abs(card.rect.y + card.rect.height - mention.top) < 40,
    ).toBe(true);

    // Tab moves on inside the card; Escape closes it and gives the focus back.
    await tab.keyboard.press('Tab');
    expect(await cardFocus()).toMatchObject({ class: 'close', label: 'Close' });
    await tab.keyboard.press('Escape');
    await waitForCard(tab, false);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('before');

    await pressCommand(suite.browser, 'next-mention', tabId);
    await waitForCardWith('Ilya Sutskever');
    // After the last mention, the first again.
    await pressCommand(suite.browser, 'next-mention', tabId);
    await waitForCardWith('Sam Altman');
  });

  it('says so when the command finds no mention on the page', async () => {
    await tab.goto(`${suite.server.origin}/nobody.html`);
    // A page without a mention shows no sign that its page session has started: the command is pressed
    // until the session answers it.
    const answer = async () => {
      await pressCommand(suite.browser, 'next-mention', tabId);
      return (await readCard(tab))?.text ?? '';
    };
    await expect.poll(answer, { timeout: 10_000 }).toContain(ui.en.nobodyHere);
    expect((await waitForCard(tab, true)).text).toContain(ui.en.nobodyHere);
    expect(await cardFocus()).toMatchObject({ role: 'dialog', label: ui.en.whoIsThis });
    await tab.keyboard.press('Escape');
    await waitForCard(tab, false);
  });

  it('answers "Who is this?" for a selected name with the card, beside the selection and focused', async () => {
    await openMentions();
    const selection = await selectByDrag(tab, 'full', 'Jakub Pachocki');
    const selected = await tab.evaluate(() => String(getSelection()));
    expect(selected).toBe('Jakub Pachocki');

    await clickWhoIsThis(suite.browser, tabId, selected);
    const card = await waitForCard(tab, true);
    expect(card.text).toContain('Jakub Pachocki');
    expect(card.text).toContain(roleOf('pachocki'));
    expect(await cardFocus()).toMatchObject({ role: 'dialog', label: ui.en.cardLabel('Jakub Pachocki') });
    const below = Math.abs(card.rect.y - (selection.y + selection.height)) < 20;
    const above = Math.abs(card.rect.y + card.rect.height - selection.y) < 20;
    expect(below || above).toBe(true);

    await tab.keyboard.press('Escape');
    await waitForCard(tab, false);
  });

  it('answers for a lone surname the page marked, as hovering it would', async () => {
    await openMentions();
    await selectByDrag(tab, 'surnames', 'Altman');
    await clickWhoIsThis(suite.browser, tabId, await tab.evaluate(() => String(getSelection())));
    expect((await waitForCard(tab, true)).text).toContain(roleOf('altman'));
    await tab.keyboard.press('Escape');
    await waitForCard(tab, false);
  });

  it('says that a selection is not one of the story’s people, or names several, in a notice closed by Escape', async () => {
    await openMentions();
    await selectByDrag(tab, 'traps', 'Robert Altman');
    await clickWhoIsThis(suite.browser, tabId, 'Robert Altman');
    const notice = await waitForCard(tab, true);
    expect(notice.text).toContain(ui.en.notNamed('Robert Altman'));
    expect(await cardFocus()).toMatchObject({ role: 'dialog', label: ui.en.whoIsThis });
    await tab.keyboard.press('Escape');
    await waitForCard(tab, false);

    await clickWhoIsThis(suite.browser, tabId, 'Sam Altman and Jan Leike');
    await waitForCardWith(ui.en.severalNamed('Sam Altman and Jan Leike'));
    await tab.keyboard.press('Escape');
    await waitForCard(tab, false);
  });

  it('applies a change of the marking style on the settings page to the open tab at once', async () => {
    await openMentions();
    const markOf = () =>
      tab.evaluate(() => {
        // The registered name holds the style: whoswho-<style>-altman.
        const name = [...CSS.highlights.keys()].find((key) => /^whoswho-[a-z]+-altman$/.test(key));
        const style = getComputedStyle(document.getElementById('full')!, `::highlight(${name})`);
        return { line: style.textDecorationLine, background: style.backgroundColor };
      });
    expect((await markOf()).line).toBe('underline');

    const settings = await openSettings();
    await settings.getByRole('radio', { name: 'Coloured background' }).check();
    await expect.poll(markOf).toEqual({ line: 'none', background: 'rgba(250, 204, 21, 0.35)' });
    await settings.getByRole('radio', { name: 'Not at all (cards still open)' }).check();
    await expect.poll(markOf).toEqual({ line: 'none', background: 'rgba(0, 0, 0, 0)' });
    // Unmarked names still open their card.
    await tab.bringToFront();
    await hoverMention(tab, 'leike', 'full');
    expect((await waitForCard(tab, true)).text).toContain('Jan Leike');
  });

  it('applies a new dwell and a new language on the settings page to the open tab at once', async () => {
    await openMentions();
    const settings = await openSettings();
    await settings.getByRole('slider', { name: 'Delay before a card opens' }).fill('1500');
    await settings.getByRole('radio', { name: 'Deutsch' }).check();
    await settings.getByRole('heading', { level: 1, name: 'Einstellungen: Wer ist wer, Mai 2024' }).waitFor();
    await expect.poll(() => settings.getByRole('status').textContent()).toBe('Gespeichert');

    await tab.bringToFront();
    await hoverMention(tab, 'altman', 'full');
    await tab.waitForTimeout(900);
    await waitForCard(tab, false, 0);
    const card = await waitForCard(tab, true);
    expect(card.text).toContain('Stand: Mai 2024');
    expect(card.text).toContain(roleOf('altman', 'de'));
  });

  it('adds and removes a site on the settings page, and the open tab follows', async () => {
    await openMentions();
    const settings = await openSettings();
    // A copied address is taken for its host.
    await settings.getByRole('textbox', { name: 'Add a site' }).fill(`${suite.server.origin}/mentions.html`);
    await settings.keyboard.press('Enter');
    await settings.getByRole('button', { name: 'Remove 127.0.0.1' }).waitFor();
    expect(await settleOn(tab, only({}))).toEqual(only({}));

    await settings.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    expect(await settleOn(tab, EXPECTED_MENTIONS)).toEqual(EXPECTED_MENTIONS);
    expect(await readPlacedHighlights(tab)).toEqual(EXPECTED_MENTIONS);
  });
});
