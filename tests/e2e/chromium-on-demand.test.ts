import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REGISTER_ALL_UP_TO } from '../../engine/marks/mark-board';
import { waitForCard } from '../../scripts/browser/card';
import { firstTab, type ChromeGlobal } from '../../scripts/browser/chromium';
import { ui } from '../../i18n/ui-text';
import { activeTabId, clickWhoIsThis } from './harness/background-events';
import { badgeText, tabCounts } from './harness/extension-state';
import { openActionPopup } from './harness/popup';
import { evaluateInExtensionWorld, waitFor } from './harness/hostile';
import { only, settleOn } from './harness/placed-highlights';
import { useChromiumSuite } from './harness/suite';

/*
 * A page pays for what it mentions: the content script looks for names with one native pass, and loads
 * its wake script and the page session (the engine, the card's controller) only where a name may be or
 * a request needs them. Whether they are loaded is read in the content script's own world, where each
 * leaves its API.
 */

const NOBODY = `<!doctype html><html lang="en"><title>Weather</title>
<p id="forecast">Rain at noon, then sun.</p>
<div id="chat"></div>
<script>
  window.say = (text) => {
    const line = document.createElement('div');
    line.id = 'line-' + document.querySelectorAll('#chat div').length;
    line.append(text);
    document.getElementById('chat').append(line);
  };
</script>`;
const FRAMED_NOBODY = `<!doctype html><html lang="en"><title>Framed</title>
<p>The forecast, from the weather desk:</p><iframe id="desk" src="/nobody.html" style="width: 40em; height: 8em"></iframe>`;
const NAMESAKE = `<!doctype html><html lang="en"><title>Films</title>
<p id="films">The film club shows a picture by Robert Altman on Sunday.</p>`;

// More mentions than the extension registers at once: paragraph i names Sam Altman, Jan Leike every tenth.
const MANY = REGISTER_ALL_UP_TO + 500;
const CROWDED = `<!doctype html><html lang="en"><title>Crowded</title><style>p { margin: 0 0 1em; }</style>
${Array.from({ length: MANY }, (_, i) => `<p id="p${i}">Line ${i}: ${i % 10 ? 'Sam Altman' : 'Jan Leike'} wrote.</p>`).join('')}`;

const suite = useChromiumSuite({
  serve(server) {
    server.route('/nobody.html', 'text/html; charset=utf-8', NOBODY);
    server.route('/namesake.html', 'text/html; charset=utf-8', NAMESAKE);
    server.route('/crowded.html', 'text/html; charset=utf-8', CROWDED);
    server.route('/framed-nobody.html', 'text/html; charset=utf-8', FRAMED_NOBODY);
  },
});

/** Whether the script that leaves its API under `key` has been loaded into the content script's world. */
const loaded = (key: string) => (page: Page) =>
  evaluateInExtensionWorld(page, `typeof globalThis[Symbol.for('${key}')] === 'object'`) as Promise<boolean>;
/** The page session (model/session-contract.ts). */
const sessionLoaded = loaded('whos-who.session');
/** The content script's wake script (model/wake-contract.ts). */
const wakeLoaded = loaded('whos-who.wake');

/** For each frame of `page`, whether the wake script is loaded in the content script's world there. */
async function wakeLoadedInFrames(page: Page): Promise<boolean[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: { id: number; origin: string } }) => {
      if (/^chrome-extension:/.test(event.context.origin)) worlds.push(event.context.id);
    });
    // Enabling reports every context that exists already, those of same-origin frames included.
    await cdp.send('Runtime.enable');
    const expression = `typeof globalThis[Symbol.for('whos-who.wake')] === 'object'`;
    return await Promise.all(
      worlds.map(async (contextId) => {
        const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })) as {
          result: { value: boolean };
        };
        return result.value;
      }),
    );
  } finally {
    await cdp.detach();
  }
}

/** What the extension has put on the page: its highlights and its style sheet. */
const marksOnPage = (page: Page) =>
  page.evaluate(() => ({
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('whoswho-')),
    sheets: document.adoptedStyleSheets.length,
  }));

/** What the background keeps of tab `tabId`'s frames (storage/tab-mentions.ts), read as it is stored. */
const storedFrames = (tabId: number) =>
  suite.browser.background.evaluate(
    (id) =>
      (globalThis as unknown as ChromeGlobal).chrome.storage.session
        .get(`tab-mentions:${id}`)
        .then((stored) => stored[`tab-mentions:${id}`]),
    tabId,
  );

/** Whether the content script of tab `tabId`'s top frame listens to the extension: it answers `report-key`. */
const topFrameListens = (tabId: number) =>
  suite.browser.background.evaluate(
    (id) =>
      (globalThis as unknown as ChromeGlobal).chrome.tabs.sendMessage(id, { type: 'report-key' }, { frameId: 0 }).then(
        () => true,
        () => false,
      ),
    tabId,
  );

async function open(path: string): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.goto(`${suite.server.origin}${path}`);
  // The content script runs once the page is idle; give it time to do whatever it would do.
  await page.waitForTimeout(1_000);
  return page;
}

describe('a page pays per mention (Chromium)', () => {
  it('loads nothing more on a page that names no one, then wakes when a name arrives later', async () => {
    const page = await open('/nobody.html');
    expect(await wakeLoaded(page)).toBe(false);
    expect(await sessionLoaded(page)).toBe(false);
    expect(await marksOnPage(page)).toEqual({ highlights: [], sheets: 0 });

    await page.evaluate(() => (window as unknown as { say(text: string): void }).say('Did anyone see the weather?'));
    await page.waitForTimeout(500);
    expect(await wakeLoaded(page)).toBe(false);
    expect(await sessionLoaded(page)).toBe(false);

    // A chat message with a name wakes the engine, which marks it.
    await page.evaluate(() => (window as unknown as { say(text: string): void }).say('Sam Altman just posted.'));
    const expected = only({ altman: ['line-1: Sam Altman'] });
    expect(await settleOn(page, expected)).toEqual(expected);
    expect(await wakeLoaded(page)).toBe(true);
    expect(await sessionLoaded(page)).toBe(true);
    await page.close();
  });

  it('answers "Who is this?" in a frame that names no one, which listens once its reader selects text', async () => {
    const tab = await firstTab(suite.browser);
    await tab.goto(`${suite.server.origin}/framed-nobody.html`);
    const tabId = await activeTabId(suite.browser);
    const frame = (await (await tab.waitForSelector('#desk')).contentFrame())!;
    await frame.waitForSelector('#forecast');
    await tab.waitForTimeout(500);
    // Neither frame names anyone: neither loads more than the content script.
    expect(await wakeLoadedInFrames(tab)).toEqual([false, false]);
    const offset = await tab.evaluate(
      () => document.getElementById('desk')!.getBoundingClientRect().toJSON() as DOMRect,
    );
    const word = await frame.evaluate(() => {
      const text = document.getElementById('forecast')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 4);
      return range.getBoundingClientRect().toJSON() as DOMRect;
    });
    // Selected by dragging across "Rain", as a reader does.
    const y = offset.y + word.y + word.height / 2;
    await tab.mouse.move(offset.x + word.x + 1, y);
    await tab.mouse.down();
    await tab.mouse.move(offset.x + word.x + word.width - 1, y, { steps: 5 });
    await tab.mouse.up();
    // The request the context menu sends to the frame with the selection, here sent to every frame of
    // the tab (no test can learn the frame's number): the frame answers with its own card.
    await suite.browser.background.evaluate(
      (id) => (globalThis as unknown as ChromeGlobal).chrome.tabs.sendMessage(id, { type: 'who-is', text: 'Rain' }),
      tabId,
    );
    // The card's host is a plain popover <div> (see entrypoints/card/card-ui.tsx).
    await waitFor(
      () => frame.evaluate(() => document.querySelector('body > div[popover]') !== null),
      Boolean,
      'the card in the frame',
    );
    expect((await waitForCard(tab, true)).text).toContain(ui.en.notNamed('Rain'));
    // The request woke the frame it reached, the one with the selection: the top frame, which names no
    // one and was asked nothing, does not even listen.
    expect(await wakeLoadedInFrames(tab)).toEqual([false, true]);
  });

  it('leaves the extension alone in a top frame that names no one, which a gesture wakes: "Who is this?"', async () => {
    const tab = await firstTab(suite.browser);
    await tab.goto(`${suite.server.origin}/namesake.html`);
    // The toolbar action grants `activeTab`, which Chromium keeps while the tab stays on this origin; a
    // headless browser has no context menu, whose grant it stands in for.
    await (await openActionPopup(suite.browser, tab)).close();
    await tab.goto(`${suite.server.origin}/nobody.html`);
    const tabId = await activeTabId(suite.browser);
    await waitFor(
      () => evaluateInExtensionWorld(tab, `typeof globalThis[Symbol.for('whos-who.listen')]`),
      (type) => type === 'function',
      'the content script',
    );
    await tab.waitForTimeout(500);
    // The page did not touch the extension's API: nothing listens in its top frame.
    expect(await topFrameListens(tabId)).toBe(false);
    expect(await wakeLoaded(tab)).toBe(false);

    await tab.evaluate(() => {
      const range = document.createRange();
      range.setStart(document.getElementById('forecast')!.firstChild!, 0);
      range.setEnd(document.getElementById('forecast')!.firstChild!, 4);
      getSelection()!.addRange(range);
    });
    await clickWhoIsThis(suite.browser, tabId, 'Rain');
    expect((await waitForCard(tab, true)).text).toContain(ui.en.notNamed('Rain'));
    expect(await wakeLoaded(tab)).toBe(true);
    expect(await topFrameListens(tabId)).toBe(true);
  });

  it('takes the counts of a page out when the tab moves on to one that names no one', async () => {
    const tab = await firstTab(suite.browser);
    await tab.goto(`${suite.server.origin}/crowded.html`);
    const tabId = await activeTabId(suite.browser);
    await waitFor(
      () => badgeText(suite.browser, tabId),
      (text) => text === '2',
      'the badge of the crowded page',
    );
    await tab.goto(`${suite.server.origin}/nobody.html`);
    await waitFor(
      () => storedFrames(tabId),
      (frames) => frames === undefined,
      'the counts to go',
    );
    expect(await badgeText(suite.browser, tabId)).toBe('');
  });

  it('pays for the engine once on a page whose name is someone else’s, and marks nothing', async () => {
    const page = await open('/namesake.html');
    expect(await sessionLoaded(page)).toBe(true);
    expect(await settleOn(page, only({}))).toEqual(only({}));
    expect(await marksOnPage(page)).toEqual({ highlights: [], sheets: 0 });
    await page.close();
  });
});

/** The ids of the paragraphs whose mentions are in the registry, in order. */
const registeredParagraphs = (page: Page) =>
  page.evaluate(() => {
    const ids = new Set<number>();
    for (const name of ['whoswho-underline-altman', 'whoswho-underline-leike']) {
      for (const range of CSS.highlights.get(name) ?? [])
        ids.add(Number((range.startContainer.parentElement?.id ?? 'p-1').slice(1)));
    }
    return [...ids].sort((a, b) => a - b);
  });

describe('a page with more mentions than the extension registers at once (Chromium)', () => {
  it('registers those near the screen, follows the scroll, counts them all and opens the card anywhere', async () => {
    const page = await firstTab(suite.browser);
    await page.goto(`${suite.server.origin}/crowded.html`);
    const tabId = await activeTabId(suite.browser);
    // Every mention is found and counted: the background has them all.
    await waitFor(
      () => tabCounts(suite.browser, tabId),
      (counts) => counts?.altman === MANY - MANY / 10 && counts.leike === MANY / 10,
      'the counts of every mention',
    );
    // Only those near the top of the page are in the registry.
    const atTop = await waitFor(
      () => registeredParagraphs(page),
      (ids) => ids.length > 0 && ids[0] === 0,
      'marks at the top',
    );
    expect(atTop.length).toBeLessThan(REGISTER_ALL_UP_TO);
    expect(Math.max(...atTop)).toBeLessThan(MANY / 2);

    // Far down the page, the mentions there come into the registry as they come near the screen.
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), `p${MANY - 20}`);
    const atEnd = await waitFor(
      () => registeredParagraphs(page),
      (ids) => ids.includes(MANY - 20),
      'marks at the end',
    );
    expect(atEnd).not.toContain(0);

    // And the card opens there.
    const box = await page.evaluate(
      (id) => {
        const text = document.getElementById(id)!.firstChild as Text;
        const range = document.createRange();
        range.setStart(text, text.data.indexOf('Sam'));
        range.setEnd(text, text.data.indexOf(' wrote'));
        return range.getClientRects()[0]!.toJSON() as { x: number; y: number; width: number; height: number };
      },
      `p${MANY - 19}`,
    );
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    expect((await waitForCard(page, true)).text).toContain('Sam Altman');
  });
});
