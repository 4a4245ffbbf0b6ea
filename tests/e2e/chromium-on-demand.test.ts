import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evaluateInExtensionWorld } from './harness/hostile';
import { only, settleOn } from './harness/placed-highlights';
import { useChromiumSuite } from './harness/suite';

/*
 * A page pays for what it mentions: the content script looks for names with one native pass, and loads
 * the page session (the engine, the card's controller) only where a name may be. Whether the session
 * is loaded is read in the content script's own world, where the session leaves its API.
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
const NAMESAKE = `<!doctype html><html lang="en"><title>Films</title>
<p id="films">The film club shows a picture by Robert Altman on Sunday.</p>`;

const suite = useChromiumSuite({
  serve(server) {
    server.route('/nobody.html', 'text/html; charset=utf-8', NOBODY);
    server.route('/namesake.html', 'text/html; charset=utf-8', NAMESAKE);
  },
});

/** Whether the page session's script has been loaded into the content script's world. */
const sessionLoaded = (page: Page) =>
  evaluateInExtensionWorld(page, `typeof globalThis[Symbol.for('whos-who.session')] === 'object'`) as Promise<boolean>;

/** What the extension has put on the page: its highlights and its style sheet. */
const marksOnPage = (page: Page) =>
  page.evaluate(() => ({
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('whoswho-')),
    sheets: document.adoptedStyleSheets.length,
  }));

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
    expect(await sessionLoaded(page)).toBe(false);
    expect(await marksOnPage(page)).toEqual({ highlights: [], sheets: 0 });

    await page.evaluate(() => (window as unknown as { say(text: string): void }).say('Did anyone see the weather?'));
    await page.waitForTimeout(500);
    expect(await sessionLoaded(page)).toBe(false);

    // A chat message with a name wakes the engine, which marks it.
    await page.evaluate(() => (window as unknown as { say(text: string): void }).say('Sam Altman just posted.'));
    const expected = only({ altman: ['line-1: Sam Altman'] });
    expect(await settleOn(page, expected)).toEqual(expected);
    expect(await sessionLoaded(page)).toBe(true);
    await page.close();
  });

  it('pays for the engine once on a page whose name is someone else’s, and marks nothing', async () => {
    const page = await open('/namesake.html');
    expect(await sessionLoaded(page)).toBe(true);
    expect(await settleOn(page, only({}))).toEqual(only({}));
    expect(await marksOnPage(page)).toEqual({ highlights: [], sheets: 0 });
    await page.close();
  });
});
