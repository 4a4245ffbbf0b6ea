import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ui } from '../../i18n/ui-text';
import { people } from '../../knowledge/people';
import { waitForCard } from '../../scripts/browser/card';
import { hoverMention, NO_MARKS, readHighlights, type PersonId } from '../../scripts/browser/highlights';
import { EXPECTED_COUNTS, EXPECTED_MENTIONS, EXPECTED_STRUCTURE } from './harness/expected';
import { scripted, type FirefoxGlobal } from './harness/firefox';
import { openMarked, textOf } from './harness/firefox-checks';
import { serveControlPages } from './harness/pages';
import { cardLines, mentionLine } from './harness/people';
import { only, settleOn } from './harness/placed-highlights';
import { useFirefoxSuite } from './harness/suite';

/*
 * The Firefox MV3 build (the one `npm run zip` packs besides MV2) in Firefox ESR, as its user meets it.
 * Its background is an event page, which Firefox stops once idle: here after a second rather than 30,
 * and each test below first waits for that, so that the page talks to a background Firefox has to start.
 */

const suite = useFirefoxSuite({
  build: 'mv3',
  serve: serveControlPages,
  prefs: { 'extensions.background.idle.timeout': 1_000 },
});
let opened: Page | undefined;

afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

/** The hosts of the manifest's content script, which MV3 makes the user's to grant or withdraw. */
const CONTENT_HOSTS = ['http://*/*', 'https://*/*', 'file:///*'];

/** The extension's host permissions as Firefox holds them now, asked from one of its pages. */
async function grantedHosts(): Promise<string[] | undefined> {
  opened = await suite.firefox.openExtensionPage('/options.html');
  const { origins } = await opened.evaluate(() =>
    (globalThis as unknown as FirefoxGlobal).browser.permissions.getAll(),
  );
  await opened.close();
  opened = undefined;
  return origins;
}

/** Waits until Firefox has stopped the extension's idle event page. */
async function backgroundStopped() {
  await expect.poll(() => suite.firefox.backgroundState(), { timeout: 10_000, interval: 200 }).toBe('stopped');
}

async function openMentions() {
  await backgroundStopped();
  const { highlights } = await openMarked(suite, '/mentions.html', EXPECTED_MENTIONS);
  expect(highlights).toEqual(EXPECTED_MENTIONS);
}

describe('the Firefox MV3 build in Firefox ESR', () => {
  it('has the hosts of its content script granted at install, as Firefox ESR grants them by default', async () => {
    expect(await grantedHosts()).toEqual(CONTENT_HOSTS);
  });

  it('marks the bundled pages as expected, changing no node', async () => {
    for (const [path, expected] of [
      ['/mentions.html', EXPECTED_MENTIONS],
      ['/structure.html', EXPECTED_STRUCTURE],
    ] as const) {
      await backgroundStopped();
      const { highlights, mutations } = await openMarked(suite, path, expected);
      expect(highlights).toEqual(expected);
      expect(mutations).toEqual([]);
    }
  });

  it('opens the card on a real hover, with the person’s role and status as of May 2024', async () => {
    await openMentions();
    await backgroundStopped();
    await hoverMention(scripted(suite.tab), 'leike', 'full');
    const shown = await waitForCard(() => suite.firefox.readCard(suite.tab), true);
    for (const line of cardLines('leike')) expect(shown.text).toContain(line);
  });

  it('lists in the popup who is mentioned on the page, and how often', async () => {
    await openMentions();
    await backgroundStopped();
    opened = await suite.firefox.openExtensionPage(`/popup.html?tab=${suite.tabId}`);
    const text = await textOf(opened, (t) => /\d+ mentions?/.test(t));
    for (const person of people) {
      expect(text).toMatch(mentionLine(person.name, EXPECTED_COUNTS[person.id as PersonId]));
    }
    expect(text).not.toContain(ui.en.noSiteAccess);
  });

  it('marks a name that a page gains after it loaded, once the background has gone idle', async () => {
    await suite.load('/nobody.html');
    await backgroundStopped();
    await suite.tab.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'later';
      p.innerHTML = 'Then Jakub <b>Pachocki</b> was named chief scientist.';
      document.body.append(p);
    });
    const expected = only({ pachocki: ['later: Jakub Pachocki'] });
    expect(await settleOn(scripted(suite.tab), expected, 10_000)).toEqual(expected);
  });

  // Last: the hosts stay withdrawn in this Firefox's profile.
  it('marks nothing once the user withdraws its site access, until they click its toolbar button on the tab', async () => {
    // What the switch in about:addons (Permissions) or the extensions panel does: the same store.
    opened = await suite.firefox.openExtensionPage('/options.html');
    await opened.evaluate(
      (origins) => (globalThis as unknown as FirefoxGlobal).browser.permissions.remove({ origins }),
      CONTENT_HOSTS,
    );
    await opened.close();
    opened = undefined;
    expect(await grantedHosts()).toEqual([]);

    await suite.load('/mentions.html');
    // Well past the time the page takes to be marked with access (the tests above).
    await sleep(2_000);
    expect(await readHighlights(scripted(suite.tab))).toEqual(NO_MARKS);
    // The popup says why, and what to do.
    opened = await suite.firefox.openExtensionPage(`/popup.html?tab=${suite.tabId}`);
    await textOf(opened, (t) => t.includes(ui.en.noSiteAccess));
    await opened.close();
    opened = undefined;

    // The click grants `activeTab`, with which Firefox runs the content script in the tab.
    await suite.firefox.runToolbarAction();
    expect(await settleOn(scripted(suite.tab), EXPECTED_MENTIONS, 10_000)).toEqual(EXPECTED_MENTIONS);
  });
});
