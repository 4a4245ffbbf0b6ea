import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countCardHosts, readCard, waitForCard } from '../../scripts/browser/card';
import { hoverMention, mentionRect, waitForHighlights } from '../../scripts/browser/highlights';
import { DWELL_RANGE } from '../../model/settings';
import type { ChromeGlobal } from '../../scripts/browser/chromium';
import { watchDwellEnd } from './harness/dwell-end';
import { clearSettings } from './harness/extension-state';
import { readMutations } from './harness/mutations';
import { cardLines, roleOf } from './harness/people';
import { useChromiumSuite } from './harness/suite';

const suite = useChromiumSuite();

async function openMentions(): Promise<Page> {
  const page = await suite.openPage('/mentions.html');
  await waitForHighlights(page, 9);
  return page;
}

/** A point in the page's empty left margin, away from every mention and from the card. */
async function moveAway(page: Page) {
  const { height } = page.viewportSize()!;
  await page.mouse.move(2, height - 2, { steps: 4 });
}

describe('the card in Chromium', () => {
  it('opens after a real hover with who the person is as of May 2024, and closes on Escape', async () => {
    const page = await openMentions();
    await hoverMention(page, 'altman', 'full');
    const card = await waitForCard(page, true);
    // Each status fact with its date, the context line, a source and the link to the full story.
    for (const line of cardLines('altman')) expect(card.text).toContain(line);

    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    await page.close();
  });

  it('opens on a name split across elements and closes after the pointer leaves', async () => {
    const page = await openMentions();
    await hoverMention(page, 'sutskever', 'split');
    const card = await waitForCard(page, true);
    expect(card.text).toContain('Ilya Sutskever');
    expect(card.text).toContain(roleOf('sutskever'));

    await moveAway(page);
    await waitForCard(page, false);
    await page.close();
  });

  it('stays open while the pointer rests on the card itself', async () => {
    const page = await openMentions();
    await hoverMention(page, 'leike', 'surnames');
    const { rect } = await waitForCard(page, true);
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
    // Well past the ~300 ms after which a card closes once the pointer has left.
    await page.waitForTimeout(1_000);
    expect((await readCard(page))?.text).toContain('Jan Leike');
    await page.close();
  });

  it('shows the person of a lone surname', async () => {
    const page = await openMentions();
    await hoverMention(page, 'pachocki', 'surnames');
    const card = await waitForCard(page, true);
    expect(card.text).toContain('Jakub Pachocki');
    expect(card.text).toContain(roleOf('pachocki'));
    await page.close();
  });

  it('adds its host to the page on first use only, and changes no other node', async () => {
    const page = await openMentions();
    expect(await countCardHosts(page)).toBe(0);

    await hoverMention(page, 'leike', 'full');
    expect((await waitForCard(page, true)).text).toContain('Jan Leike');
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    await moveAway(page);

    await hoverMention(page, 'pachocki', 'full');
    expect((await waitForCard(page, true)).text).toContain('Jakub Pachocki');

    expect(await countCardHosts(page)).toBe(1);
    // Changes to the host itself are the extension's own business; everything else belongs to the page.
    // (The host is a plain <div>, the only one the page gets.)
    const onPage = (await readMutations(page)).filter((record) => record.split(' ')[1] !== 'DIV');
    expect(onPage).toEqual(['childList BODY +DIV']);
    await page.close();
  });

  it("shows in the frame that reaches the dwell's end, with no wait for the timer after it", async () => {
    const page = await openMentions();
    // A first card loads the card script and puts the host on the page.
    await hoverMention(page, 'altman', 'full');
    await waitForCard(page, true);
    await moveAway(page);
    await waitForCard(page, false);

    const box = await mentionRect(page, 'leike', 'full');
    const readDwellEnd = await watchDwellEnd(page, box, DWELL_RANGE.default);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    expect(await readDwellEnd()).toEqual({ shown: true, animationsSeen: 0 });
    expect((await waitForCard(page, true)).text).toContain('Jan Leike');
    await page.close();
  });

  it('a card drawn ahead is placed anew, not shown where it was drawn, once the page scrolled during the dwell', async () => {
    // The longest dwell, so that the page scrolls well within it.
    await suite.browser.background.evaluate(
      (dwellMs) => (globalThis as unknown as ChromeGlobal).chrome.storage.sync.set({ settings: { dwellMs } }),
      DWELL_RANGE.max,
    );
    try {
      const page = await openMentions();
      await page.evaluate(() => (document.body.style.paddingBottom = '200vh'));
      await hoverMention(page, 'altman', 'full');
      await waitForCard(page, true);
      await moveAway(page);
      await waitForCard(page, false);

      const box = await mentionRect(page, 'leike', 'full');
      const readDwellEnd = await watchDwellEnd(page, box, DWELL_RANGE.max);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(DWELL_RANGE.max / 4);
      // A few pixels: the pointer stays on the mention, whose box has moved under it.
      await page.evaluate(() => scrollBy(0, 3));
      // Not at the dwell's end by itself, where it was drawn: its timer places it anew, a frame later.
      expect(await readDwellEnd()).toEqual({ shown: false, animationsSeen: 0 });
      const { rect } = await waitForCard(page, true);
      // Beside the mention where it is now, below it or above it.
      const [top, bottom] = [box.y - 3, box.y - 3 + box.height];
      expect(Math.min(Math.abs(rect.y - bottom), Math.abs(rect.y + rect.height - top))).toBeLessThan(10);
      await page.close();
    } finally {
      await clearSettings(suite.browser);
    }
  });

  it('draws the card out of sight while the pointer dwells: a dwell cut short shows nothing, the next its own card', async () => {
    // The longest dwell, so that the pointer is still dwelling when the host has joined the page.
    await suite.browser.background.evaluate(
      (dwellMs) => (globalThis as unknown as ChromeGlobal).chrome.storage.sync.set({ settings: { dwellMs } }),
      DWELL_RANGE.max,
    );
    try {
      const page = await openMentions();
      await hoverMention(page, 'leike', 'full');
      await expect.poll(() => countCardHosts(page), { timeout: DWELL_RANGE.max / 2 }).toBe(1);
      expect(await readCard(page)).toBeNull();
      await moveAway(page);
      await page.waitForTimeout(DWELL_RANGE.max * 1.5);
      expect(await readCard(page)).toBeNull();

      await hoverMention(page, 'pachocki', 'full');
      const card = await waitForCard(page, true);
      expect(card.text).toContain('Jakub Pachocki');
      expect(card.text).not.toContain('Jan Leike');
      await page.close();
    } finally {
      await clearSettings(suite.browser);
    }
  });
});
