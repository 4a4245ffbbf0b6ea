import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readCard, waitForCard } from '../../scripts/browser/card';
import { countHighlights, NO_MARKS } from '../../scripts/browser/highlights';
import { activeTabId } from './harness/background-events';
import { badgeText, clearSettings, setDisabledSites, tabCounts } from './harness/extension-state';
import {
  cardTextInFrame,
  hoverMentionInFrame,
  openWatched,
  readFrameHighlights,
  recordedMutations,
  waitFor,
} from './harness/hostile';
import { FIXTURE_PAGES } from '../../scripts/browser/paths';
import { startStaticServer, type StaticServer } from '../../scripts/browser/static-server';
import { useChromiumSuite } from './harness/suite';

/**
 * Hostile pages, part 4: frames. Same-origin, cross-origin (another port), cross-site (localhost, in
 * a process of its own), srcdoc and script-written about:blank frames, and a frameset. Each frame's
 * content script marks its own document, and the card opens inside the frame.
 */

const suite = useChromiumSuite({
  serve(server) {
    // The frames page again, as a page with an opaque origin of its own: none of its frames can read
    // its address (location.ancestorOrigins says "null"), so they ask the background for its site.
    const html = readFileSync(`${FIXTURE_PAGES}/hostile/frames.html`, 'utf8');
    server.route('/hostile/sandboxed-frames.html', 'text/html; charset=utf-8', html, {
      'content-security-policy': 'sandbox allow-scripts',
    });
    // A page that names no one, likewise: its frame must ask for its site, and its top frame never listens.
    const quiet = readFileSync(`${FIXTURE_PAGES}/hostile/frames-quiet-top.html`, 'utf8');
    server.route('/hostile/sandboxed-quiet-top.html', 'text/html; charset=utf-8', quiet, {
      'content-security-policy': 'sandbox allow-scripts',
    });
  },
});
// A second origin (another port) for the cross-origin and cross-site frames.
let other: StaticServer;

beforeAll(async () => {
  other = await startStaticServer(FIXTURE_PAGES);
});

afterAll(async () => {
  await other?.close();
});

const frameMarks = (frame: Frame) =>
  waitFor(
    () => readFrameHighlights(frame),
    (texts) => countHighlights(texts) > 0,
    `marks in ${frame.url()}`,
  );

function frameOf(page: Page, test: (url: string) => boolean): Frame {
  const frame = page.frames().find((f) => f !== page.mainFrame() && test(f.url()));
  if (!frame)
    throw new Error(
      `No such frame among ${page
        .frames()
        .map((f) => f.url())
        .join(', ')}`,
    );
  return frame;
}

describe('hostile pages: frames (Chromium)', () => {
  it('marks every frame in its own document: same-origin, cross-origin, cross-site, srcdoc, about:blank', async () => {
    const crossSite = other.origin.replace('127.0.0.1', 'localhost');
    const { page, problems } = await openWatched(suite, `/hostile/frames.html?cross=${other.origin}&site=${crossSite}`);
    await page.waitForLoadState('load');
    const frames = {
      top: page.mainFrame(),
      same: frameOf(page, (url) => url.includes('who=same')),
      cross: frameOf(page, (url) => url.startsWith(other.origin)),
      site: frameOf(page, (url) => url.includes('who=site')),
      hidden: frameOf(page, (url) => url.includes('who=hidden')),
      srcdoc: frameOf(page, (url) => url === 'about:srcdoc'),
      blank: frameOf(page, (url) => url === 'about:blank'),
    };
    const child = { ...NO_MARKS, sutskever: ['child: Ilya Sutskever'] };
    expect(await frameMarks(frames.top)).toEqual({ ...NO_MARKS, altman: ['top: Sam Altman'] });
    expect(await frameMarks(frames.same)).toEqual(child);
    expect(await frameMarks(frames.cross)).toEqual(child);
    expect(await frameMarks(frames.site)).toEqual(child);
    expect(await frameMarks(frames.hidden)).toEqual(child);
    expect(await frameMarks(frames.srcdoc)).toEqual({ ...NO_MARKS, leike: ['inner: Jan Leike'] });
    expect(await frameMarks(frames.blank)).toEqual({ ...NO_MARKS, pachocki: ['written: Jakub Pachocki'] });
    for (const name of ['top', 'same', 'cross', 'site'] as const) {
      expect(await recordedMutations(frames[name]), name).toEqual([]);
    }

    // The card opens in the frame the mention is in, from a same-origin frame and a srcdoc one...
    await hoverMentionInFrame(page, frames.same, 'sutskever');
    expect((await waitForCard(page, true)).text).toContain('Ilya Sutskever');
    await page.mouse.move(2, 2, { steps: 4 });
    await waitForCard(page, false);
    await hoverMentionInFrame(page, frames.srcdoc, 'leike');
    expect((await waitForCard(page, true)).text).toContain('Jan Leike');
    await page.mouse.move(2, 2, { steps: 4 });
    await waitForCard(page, false);
    // ...and from a cross-site frame, which runs in a process of its own.
    await hoverMentionInFrame(page, frames.site, 'sutskever');
    expect(
      await waitFor(
        () => cardTextInFrame(frames.site),
        (text) => text !== null,
        'the card',
      ),
    ).toContain('Ilya Sutskever');
    expect(await readCard(page)).toBeNull();
    expect(await recordedMutations(frames.site)).toEqual(['childList BODY +DIV']);
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('marks a frame that cannot read its top’s address, under a top that names no one, without waiting for it', async () => {
    const crossSite = other.origin.replace('127.0.0.1', 'localhost');
    const { page, problems } = await openWatched(suite, `/hostile/sandboxed-quiet-top.html?site=${crossSite}`);
    await page.waitForLoadState('load');
    const child = { ...NO_MARKS, sutskever: ['child: Ilya Sutskever'] };
    // The sandboxed top hides its address from the frame and never listens, so nobody could tell the
    // frame its site: with no site switched off, it need not know it (it used to wait 30 s for the top).
    expect(await frameMarks(frameOf(page, (url) => url.includes('who=hidden')))).toEqual(child);
    expect(countHighlights(await readFrameHighlights(page.mainFrame()))).toBe(0);
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('marks the frames of a frameset, whose own document has no body to read', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/frameset.html');
    await page.waitForLoadState('load');
    const child = { ...NO_MARKS, sutskever: ['child: Ilya Sutskever'] };
    expect(await frameMarks(frameOf(page, (url) => url.includes('who=left')))).toEqual(child);
    expect(await frameMarks(frameOf(page, (url) => url.includes('who=right')))).toEqual(child);
    expect(await readFrameHighlights(page.mainFrame())).toEqual(NO_MARKS);
    expect(await recordedMutations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await page.close();
  });
});

/** The id of the tab `page` is in: brought to the front, it is the active one. */
async function tabOf(page: Page): Promise<number> {
  await page.bringToFront();
  return activeTabId(suite.browser);
}

const badgeOf = (tabId: number) => badgeText(suite.browser, tabId);

describe('hostile pages: what the badge and the popup count in frames (Chromium)', () => {
  it('counts names that are in frames only: three srcdoc frames and a cross-origin one', async () => {
    const { page, problems } = await openWatched(suite, `/hostile/frames-only.html?cross=${other.origin}`);
    const tabId = await tabOf(page);
    expect(
      await waitFor(
        () => badgeOf(tabId),
        (text) => text === '4',
        'a badge of 4',
      ),
    ).toBe('4');
    expect(await tabCounts(suite.browser, tabId)).toEqual({ altman: 1, leike: 1, pachocki: 1, sutskever: 1 });
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('counts thirty frames added at once', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/frames-many.html');
    const tabId = await tabOf(page);
    // The top frame has reported (nothing), so the tab has a page.
    await waitFor(
      () => tabCounts(suite.browser, tabId),
      (counts) => counts !== undefined,
      'the top frame',
    );
    await page.bringToFront();
    expect(await page.evaluate("window.addFrames(30, 'Sam Altman')")).toBe(30);
    const counted = await waitFor(
      () => tabCounts(suite.browser, tabId),
      (counts) => counts?.altman === 30,
      'thirty mentions',
    );
    expect(counted).toEqual({ altman: 30 });
    expect(await badgeOf(tabId)).toBe('1');
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('counts nothing once the fifty frames that named two people are gone', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/frames-many.html');
    const tabId = await tabOf(page);
    const churn = (script: string) => page.evaluate(script) as Promise<number>;
    for (let batch = 0; batch < 5; batch += 1) {
      await churn("window.addFrames(10, 'Sam Altman wrote to Jan Leike.')");
      await page.waitForTimeout(150);
    }
    await waitFor(
      () => badgeOf(tabId),
      (text) => text === '2',
      'a badge of 2',
    );
    for (let batch = 0; batch < 5; batch += 1) {
      await churn('window.removeFrames(10)');
      await page.waitForTimeout(150);
    }
    expect(await churn('document.querySelectorAll("iframe").length')).toBe(0);
    // The badge follows without the popup's asking (asking checks the frames first).
    expect(
      await waitFor(
        () => badgeOf(tabId),
        (text) => text === '',
        'no badge',
      ),
    ).toBe('');
    expect(await tabCounts(suite.browser, tabId)).toEqual({});
    expect(problems()).toEqual([]);
    await page.close();
  });
});

describe('hostile pages: "off on this site" in frames (Chromium)', () => {
  afterEach(() => clearSettings(suite.browser));

  const crossSite = () => other.origin.replace('127.0.0.1', 'localhost');
  const openFrames = (page = 'frames') =>
    openWatched(suite, `/hostile/${page}.html?cross=${other.origin}&site=${crossSite()}`);
  const marked = async (page: Page) => {
    const marks = await Promise.all(page.frames().map((frame) => readFrameHighlights(frame)));
    return marks.filter((texts) => countHighlights(texts) > 0).length;
  };

  // In the sandboxed page, the about:blank frame is its own opaque origin: the page cannot write Jakub
  // Pachocki's name into it.
  it.each([
    ['frames', 'whose frames can read its address', 7, '4'],
    ['sandboxed-frames', 'whose frames cannot read its address, and ask', 6, '3'],
  ])(
    'marks no frame of a page whose top-level site is switched off, whatever the frame’s own site: %s, %s',
    async (path, _, withNames, people) => {
      await setDisabledSites(suite.browser, ['127.0.0.1']);
      const { page, problems } = await openFrames(path);
      await page.waitForLoadState('load');
      const tabId = await tabOf(page);
      // The top frame has reported; every frame's content script has had its turn.
      await waitFor(
        () => tabCounts(suite.browser, tabId),
        (counts) => counts !== undefined,
        'the top frame',
      );
      await page.waitForTimeout(1_000);
      expect(page.frames()).toHaveLength(7);
      expect(await marked(page)).toBe(0);
      expect(await badgeOf(tabId)).toBe('');
      expect(await tabCounts(suite.browser, tabId)).toEqual({});

      // (Control) switched on again, every frame with a name marks it, live.
      await clearSettings(suite.browser);
      expect(
        await waitFor(
          () => marked(page),
          (n) => n === withNames,
          'the frames marked',
        ),
      ).toBe(withNames);
      expect(
        await waitFor(
          () => badgeOf(tabId),
          (text) => text === people,
          'the badge',
        ),
      ).toBe(people);
      expect(problems()).toEqual([]);
      await page.close();
    },
  );

  it('marks a frame from a site that is switched off, on a page whose site is on', async () => {
    await setDisabledSites(suite.browser, ['localhost']);
    const { page, problems } = await openFrames();
    await page.waitForLoadState('load');
    const child = { ...NO_MARKS, sutskever: ['child: Ilya Sutskever'] };
    expect(await frameMarks(frameOf(page, (url) => url.includes('who=site')))).toEqual(child);
    expect(await frameMarks(frameOf(page, (url) => url.includes('who=hidden')))).toEqual(child);
    expect(problems()).toEqual([]);
    await page.close();
  });
});
