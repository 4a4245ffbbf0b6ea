import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCard, waitForCard } from '../../scripts/browser/card';
import { countHighlights, NO_MARKS } from '../../scripts/browser/highlights';
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

const suite = useChromiumSuite();
// A second origin (another port) for the cross-origin and cross-site frames.
let other: StaticServer;

beforeAll(async () => {
  other = await startStaticServer(FIXTURE_PAGES);
});

afterAll(async () => {
  await other?.close();
});

const frameMarks = (frame: Frame) =>
  waitFor(() => readFrameHighlights(frame), (texts) => countHighlights(texts) > 0, `marks in ${frame.url()}`);

function frameOf(page: Page, test: (url: string) => boolean): Frame {
  const frame = page.frames().find((f) => f !== page.mainFrame() && test(f.url()));
  if (!frame) throw new Error(`No such frame among ${page.frames().map((f) => f.url()).join(', ')}`);
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
      site: frameOf(page, (url) => url.startsWith(crossSite)),
      srcdoc: frameOf(page, (url) => url === 'about:srcdoc'),
      blank: frameOf(page, (url) => url === 'about:blank'),
    };
    const child = { ...NO_MARKS, sutskever: ['child: Ilya Sutskever'] };
    expect(await frameMarks(frames.top)).toEqual({ ...NO_MARKS, altman: ['top: Sam Altman'] });
    expect(await frameMarks(frames.same)).toEqual(child);
    expect(await frameMarks(frames.cross)).toEqual(child);
    expect(await frameMarks(frames.site)).toEqual(child);
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
    expect(await waitFor(() => cardTextInFrame(frames.site), (text) => text !== null, 'the card')).toContain('Ilya Sutskever');
    expect(await readCard(page)).toBeNull();
    expect(await recordedMutations(frames.site)).toEqual(['childList BODY +DIV']);
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
