import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Rect } from '../../scripts/browser/highlights';
import { FIXTURE_PAGES } from '../../scripts/browser/paths';
import { startStaticServer, type StaticServer } from '../../scripts/browser/static-server';
import { NOTHING_TAKEN } from './harness/card-attack';
import { launchFirefoxWithInput, type FirefoxWithInput } from './harness/firefox-input';
import { mentionBox, waitFor } from './harness/hostile';

/**
 * The attacks of issue 11 in Firefox ESR, with real pointer input (puppeteer-core over WebDriver BiDi):
 * pages that try to take the card's closed shadow root through a custom element of their own (item 1),
 * and "off on this site" in frames, where a frame that cannot see its top-level site asks (item 4).
 * Firefox shows no closed shadow root to a test, so the card is seen as the page sees it: its host is
 * what the page finds under the pointer where the card shows.
 */

let firefox: FirefoxWithInput;
let server: StaticServer;
let other: StaticServer;
let page: Page | undefined;

beforeAll(async () => {
  server = await startStaticServer(FIXTURE_PAGES);
  other = await startStaticServer(FIXTURE_PAGES);
  firefox = await launchFirefoxWithInput();
});

afterEach(async () => {
  await page?.close();
  page = undefined;
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  await other?.close();
});

const storyTabs = async () =>
  (await firefox.tabUrls()).filter((url) => url.startsWith(`${firefox.extensionOrigin}/popup.html`));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function open(path: string): Promise<Page> {
  page = await firefox.browser.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  await page.goto(`${server.origin}${path}`);
  return page;
}

/** Moves the real pointer onto the first mention of `person` in `tab`, once it is marked. */
async function hover(tab: Page, person: 'altman' | 'leike'): Promise<Rect> {
  const rect = await waitFor(
    () => tab.evaluate(mentionBox(person)) as Promise<Rect | null>,
    Boolean,
    `a mark of ${person}`,
  );
  await tab.mouse.move(2, 2);
  await tab.mouse.move(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2, { steps: 5 });
  return rect!;
}

/**
 * The box the card covers on screen, as the page finds it: the points where `elementFromPoint` is the
 * extension's host (a popover, the only one on these pages); null when no card shows.
 */
const cardBox = (tab: Page) =>
  tab.evaluate(() => {
    const host = [...document.querySelectorAll('body > [popover]')].at(-1);
    if (!host) return null;
    let box: { left: number; top: number; right: number; bottom: number } | null = null;
    for (let y = 0; y < innerHeight; y += 4) {
      for (let x = 0; x < innerWidth; x += 4) {
        if (document.elementFromPoint(x, y) !== host) continue;
        box = box
          ? {
              left: Math.min(box.left, x),
              top: Math.min(box.top, y),
              right: Math.max(box.right, x),
              bottom: Math.max(box.bottom, y),
            }
          : { left: x, top: y, right: x, bottom: y };
      }
    }
    return box;
  });

/** Clicks "The full story", the card's last line, at its start (the card's padding is 14 px by 12 px). */
async function clickFullStory(tab: Page, box: { left: number; bottom: number }) {
  await tab.mouse.move(box.left + 40, box.bottom - 26, { steps: 4 });
  await tab.mouse.click(box.left + 40, box.bottom - 26);
}

/** The story tab, an extension page; WebDriver may not open one itself, a reader's click does. */
async function storyTab(): Promise<Page> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    for (const tab of await firefox.browser.pages()) {
      const url = await tab.evaluate(() => location.href).catch(() => '');
      if (url.startsWith(`${firefox.extensionOrigin}/popup.html`)) return tab;
    }
    const reader = await firefox.browser.newPage();
    await reader.goto(`${server.origin}/mentions.html`);
    await hover(reader, 'leike');
    await clickFullStory(reader, (await waitFor(() => cardBox(reader), Boolean, 'a card'))!);
    await waitFor(storyTabs, (urls) => urls.length > 0, 'the story tab');
    await reader.close();
  }
  throw new Error('No story tab');
}

/** Runs `script` in an extension page, where `browser.*` is the extension's. */
const inStoryTab = async <T>(script: string): Promise<T> => (await (await storyTab()).evaluate(script)) as T;

describe('the attacks of issue 11 in Firefox ESR, with real input', () => {
  it.each([
    ['defines the card’s tag name and attaches internals in its constructor', '/hostile/card-internals.html'],
    ['takes internals on connection, and defines any name the extension adds', '/hostile/card-upgrade.html'],
  ])('a page that %s gets nothing of the card', async (_, path) => {
    const tabs = (await firefox.tabUrls()).length;
    const tab = await open(path);
    await hover(tab, 'altman');
    expect(await waitFor(() => cardBox(tab), Boolean, 'the card')).toBeTruthy();
    // The page polls for a root every 20 ms; give it time to find one and click.
    await pause(800);
    expect(await tab.evaluate('window.attack')).toEqual(NOTHING_TAKEN);

    await tab.mouse.move(2, 2, { steps: 3 });
    expect(
      await waitFor(
        () => cardBox(tab),
        (box) => box === null,
        'the card to close',
      ),
    ).toBeNull();
    expect(await tab.evaluate('window.clickKept()')).toBe(0);
    await pause(500);
    // No tab opened but the page's own.
    expect(await firefox.tabUrls()).toHaveLength(tabs + 1);
  });

  it('closes no card for a synthetic Escape; the reader’s clicks open one story tab, brought forward again', async () => {
    const tabs = (await firefox.tabUrls()).length;
    const tab = await open('/mentions.html');
    await hover(tab, 'leike');
    const box = await waitFor(() => cardBox(tab), Boolean, 'the card');
    await tab.evaluate(() => {
      const escape = () =>
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
      document.dispatchEvent(escape());
      for (const element of document.querySelectorAll('body > *')) element.dispatchEvent(escape());
    });
    await pause(500);
    expect(await cardBox(tab)).toEqual(box);

    await clickFullStory(tab, box!);
    const [first] = await waitFor(storyTabs, (urls) => urls.length === 1, 'the story tab');
    // The reader comes back and clicks again: the one story tab is brought forward, not another opened.
    await tab.bringToFront();
    await hover(tab, 'leike');
    await clickFullStory(tab, (await waitFor(() => cardBox(tab), Boolean, 'the card again'))!);
    await pause(1_000);
    expect(await storyTabs()).toEqual([first]);
    expect(await firefox.tabUrls()).toHaveLength(tabs + 2);
    expect(await inStoryTab('document.visibilityState')).toBe('visible');
  });

  it('marks no frame of a page whose top-level site is off; a frame that cannot see the top asks', async () => {
    await inStoryTab(`browser.storage.sync.set({ settings: { disabledSites: ['127.0.0.1'] } }).then(() => 0)`);
    const crossSite = other.origin.replace('127.0.0.1', 'localhost');
    const tab = await open(`/hostile/frames.html?cross=${other.origin}&site=${crossSite}`);
    const marked = async () => {
      let count = 0;
      for (const frame of tab.frames())
        count += Number(await frame.evaluate('CSS.highlights.size > 0').catch(() => false));
      return count;
    };
    // Long enough for every frame's content script, and for a question to the background.
    await pause(2_000);
    expect(tab.frames()).toHaveLength(7);
    expect(await marked()).toBe(0);
    // (Control) on again: every frame marks its names, the one behind `referrerpolicy="no-referrer"`
    // (location.ancestorOrigins says "null" there) included.
    await inStoryTab('browser.storage.sync.clear().then(() => 0)');
    expect(await waitFor(marked, (n) => n === 7, 'every frame marked')).toBe(7);
  });
});
