import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ui } from '../../i18n/ui-text';
import { people } from '../../knowledge/people';
import { story } from '../../knowledge/story';
import { waitForCard } from '../../scripts/browser/card';
import { hoverMention, waitForHighlights, type PersonId } from '../../scripts/browser/highlights';
import { EXPECTED_COUNTS, EXPECTED_MENTIONS } from './harness/expected';
import { scripted, type FirefoxGlobal } from './harness/firefox';
import { textOf } from './harness/firefox-checks';
import { mentionLine, roleOf } from './harness/people';
import { only, settleOn } from './harness/placed-highlights';
import { serveControlPages } from './harness/pages';
import { useFirefoxSuite } from './harness/suite';

/*
 * The extension's pages in Firefox ESR, clicked and typed in with a real pointer and keyboard: the story
 * page (the popup's page in a tab of its own, as the card's "The full story" opens it), its switches and
 * jump buttons, and the settings page, each change reaching the open tab without a reload. Firefox
 * gives a test no handle on the toolbar popup itself, so the popup is the same page in a tab, told which
 * tab it is about by `?tab=` as the card's link tells it.
 */

const suite = useFirefoxSuite({ serve: serveControlPages });
let opened: Page | undefined;

afterEach(async () => {
  await opened?.close();
  opened = undefined;
  await suite.clearSettings();
});

const tab = () => scripted(suite.tab);

async function openMentions(path = '/mentions.html', atLeast = 9) {
  await suite.load(path);
  await waitForHighlights(tab(), atLeast);
}

/** The story page about the suite's tab, as the card's "The full story" opens it. */
async function openStory(): Promise<Page> {
  opened = await suite.firefox.openExtensionPage(`/popup.html?tab=${suite.tabId}`);
  return opened;
}

async function openSettings(): Promise<Page> {
  opened = await suite.firefox.openExtensionPage('/options.html');
  await opened.waitForSelector('h1');
  return opened;
}

/** The element of `role` named `name`, found as assistive technology finds it. */
async function control(page: Page, role: string, name: string) {
  const element = await page.waitForSelector(`::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`);
  if (!element) throw new Error(`No ${role} named ${name}`);
  return element;
}

/** The toolbar badge of the suite's tab, read from an extension page. */
const badgeOf = (page: Page) =>
  page.evaluate(
    (tabId) => (globalThis as unknown as FirefoxGlobal).browser.browserAction.getBadgeText({ tabId }),
    suite.tabId,
  );

/** How the page's marks of Sam Altman look. */
const markOf = () =>
  suite.tab.evaluate(() => {
    // The registered name holds the style: whoswho-<style>-altman.
    const name = [...CSS.highlights.keys()].find((key) => /^whoswho-[a-z]+-altman$/.test(key));
    const style = getComputedStyle(document.getElementById('full')!, `::highlight(${name})`);
    return { line: style.textDecorationLine, background: style.backgroundColor };
  });

describe('the story page in Firefox', () => {
  it('opens from the card’s "The full story" about the card’s tab: story, timeline, people and the tab’s mentions', async () => {
    await openMentions();
    await hoverMention(tab(), 'altman', 'full');
    await waitForCard(() => suite.firefox.readCard(suite.tab), true);
    const link = await suite.firefox.onCardRoot(suite.tab, function (this: ShadowRoot) {
      const { x, y, width, height } = this.querySelector('button.story')!.getBoundingClientRect();
      return { x: x + width / 2, y: y + height / 2 };
    });
    await suite.tab.mouse.click(link!.x, link!.y);

    const fromCard = await suite.firefox.waitForExtensionPage('/popup.html');
    opened = fromCard.page;
    expect(fromCard.url.searchParams.get('tab')).toBe(String(suite.tabId));
    const text = await textOf(opened, (t) => /\d+ mentions?/.test(t));
    for (const person of people) {
      expect(text).toMatch(mentionLine(person.name, EXPECTED_COUNTS[person.id as PersonId]));
    }
    // innerText follows white-space rules, so the story's texts are compared with collapsed spaces.
    const shown = text.replace(/\s+/g, ' ');
    expect(shown).toContain(story.headline);
    expect(shown).toContain(story.summary.en);
    for (const event of story.timeline) expect(shown).toContain(event.text.en);
    for (const person of people) expect(shown).toContain(person.role.en);
    expect(await badgeOf(opened)).toBe('4');
  });

  it('lists nobody, and the badge shows nothing, on a page without mentions', async () => {
    await suite.load('/nobody.html');
    // A page without mentions has no card to open the story from: its reader clicks the toolbar button,
    // whose `activeTab` lets the popup wake the page's content script, which names no one and so has
    // not spoken yet.
    await suite.firefox.runToolbarAction();
    const page = await openStory();
    const text = await textOf(page, (t) => t.includes(ui.en.nobodyHere));
    expect(text).not.toMatch(/\d+ mentions?/);
    expect(await badgeOf(page)).toBe('');
  });

  it('turns marking off on the site: the marks leave the open tab, then come back', async () => {
    await openMentions();
    const page = await openStory();
    await textOf(page, (t) => /Sam Altman\s+3 mentions/.test(t));

    await (await control(page, 'switch', 'Mark names on 127.0.0.1')).click();
    expect(await settleOn(tab(), only({}))).toEqual(only({}));
    expect(await textOf(page, (t) => t.includes('The extension is off on this page.'))).not.toMatch(/\d+ mentions?/);
    await expect.poll(() => badgeOf(page)).toBe('');

    await (await control(page, 'switch', 'Mark names on 127.0.0.1')).click();
    expect(await settleOn(tab(), EXPECTED_MENTIONS)).toEqual(EXPECTED_MENTIONS);
    // The list follows the page's new report without reopening the page.
    await textOf(page, (t) => /Sam Altman\s+3 mentions/.test(t));
    await expect.poll(() => badgeOf(page)).toBe('4');
  });

  it('turns marking off everywhere, and the site switch with it', async () => {
    await openMentions();
    const page = await openStory();
    await (await control(page, 'switch', 'Mark names on all sites')).click();
    expect(await settleOn(tab(), only({}))).toEqual(only({}));
    const switches = await page.evaluate(() =>
      [...document.querySelectorAll('[role="switch"]')].map((s) => [
        s.getAttribute('aria-checked'),
        (s as HTMLButtonElement).disabled,
      ]),
    );
    expect(switches).toEqual([
      ['false', false],
      ['true', true],
    ]);
  });

  // The story page is a tab of its own here, so the tab it jumps in is hidden meanwhile.
  it('jumps to the next mention of a person, scrolling the tab there', async () => {
    await openMentions('/long.html', 3);
    const page = await openStory();
    await textOf(page, (t) => /Jan Leike\s+1 mention/.test(t));
    // The button is named by its text, "Jan Leike 1 mention", and titled with what it does.
    await (await page.waitForSelector(`.mentions button[title="${ui.en.jumpTo('Jan Leike')}"]`))!.click();
    await expect.poll(() => suite.tab.evaluate(() => scrollY)).toBeGreaterThan(1000);
    const emphasised = await suite.tab.evaluate(() =>
      // The highlights hold StaticRanges, which have no text of their own: read each through a Range.
      [...(CSS.highlights.get('whoswho-focus') ?? [])].map((r) => {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return String(range).trim();
      }),
    );
    expect(emphasised).toEqual(['Jan Leike']);
  });
});

describe('the settings page in Firefox', () => {
  it('applies a change of the marking style to the open tab at once', async () => {
    await openMentions();
    expect((await markOf()).line).toBe('underline');

    const settings = await openSettings();
    await (await control(settings, 'radio', 'Coloured background')).click();
    await expect.poll(markOf).toEqual({ line: 'none', background: 'rgba(250, 204, 21, 0.35)' });
    await (await control(settings, 'radio', 'Not at all (cards still open)')).click();
    await expect.poll(markOf).toEqual({ line: 'none', background: 'rgba(0, 0, 0, 0)' });
    // Unmarked names still open their card.
    await suite.tab.bringToFront();
    await hoverMention(tab(), 'leike', 'full');
    expect((await waitForCard(() => suite.firefox.readCard(suite.tab), true)).text).toContain('Jan Leike');
  });

  it('applies a new dwell and a new language to the open tab at once', async () => {
    await openMentions();
    const settings = await openSettings();
    // The slider's End key: the longest dwell, 2 s.
    await (await control(settings, 'slider', 'Delay before a card opens')).focus();
    await settings.keyboard.press('End');
    await (await control(settings, 'radio', 'Deutsch')).click();
    await textOf(settings, (t) => t.includes('Einstellungen: Wer ist wer, Mai 2024') && t.includes('Gespeichert'));

    await suite.tab.bringToFront();
    await hoverMention(tab(), 'altman', 'full');
    await sleep(900);
    expect(await suite.firefox.readCard(suite.tab)).toBeNull();
    const card = await waitForCard(() => suite.firefox.readCard(suite.tab), true);
    expect(card.text).toContain('Stand: Mai 2024');
    expect(card.text).toContain(roleOf('altman', 'de'));
  });

  it('adds and removes a site, and the open tab follows', async () => {
    await openMentions();
    const settings = await openSettings();
    // A copied address is taken for its host.
    await (await control(settings, 'textbox', 'Add a site')).type(`${suite.server.origin}/mentions.html`);
    await settings.keyboard.press('Enter');
    const remove = await control(settings, 'button', 'Remove 127.0.0.1');
    expect(await settleOn(tab(), only({}))).toEqual(only({}));

    await remove.click();
    expect(await settleOn(tab(), EXPECTED_MENTIONS)).toEqual(EXPECTED_MENTIONS);
  });
});
