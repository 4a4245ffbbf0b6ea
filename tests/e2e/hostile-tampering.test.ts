import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCard, waitForCard } from '../../scripts/browser/card';
import { firstTab } from '../../scripts/browser/chromium';
import { waitForHighlights, type Rect } from '../../scripts/browser/highlights';
import { activeTabId, pressCommand } from './harness/background-events';
import { EXPECTED_MENTIONS } from './harness/expected';
import { only, settleOn } from './harness/placed-highlights';
import { useChromiumSuite } from './harness/suite';

/*
 * A page that knows the extension (its id is public) tries to switch the content script off, to learn
 * that it is installed, and to steer what the extension opens and scrolls to through the highlight
 * registry it shares with it. None of it may work.
 */

const suite = useChromiumSuite();

/** What WXT's content-script context listened for: a newer copy of the same script announcing itself. */
const startEventName = (extensionId: string) => `${extensionId}:content:wxt:content-script-started`;

/**
 * Installed in the page before its scripts run: records every start event and every message that names
 * the extension, on the window and the document, in the capture phase, before any listener of the
 * extension's could stop it.
 */
function listenForStart(name: string) {
  const seen: string[] = [];
  (window as unknown as { __startSeen: string[] }).__startSeen = seen;
  for (const target of [window, document]) {
    target.addEventListener(
      name,
      (event) => seen.push(`${event.type} on ${target === window ? 'window' : 'document'}`),
      true,
    );
  }
  window.addEventListener(
    'message',
    (event) => {
      const text = typeof event.data === 'string' ? event.data : JSON.stringify(event.data ?? null);
      if (/content-script-started|wxt/i.test(text ?? '')) seen.push(`message ${text}`);
    },
    true,
  );
}

/** Dispatches, from the page, every variant of the start event a page could forge. */
function forgeStartEvents(name: string) {
  const details = [{ contentScriptName: 'content', messageId: 'forged' }, { contentScriptName: 'content' }, undefined];
  for (const target of [document, window]) {
    for (const detail of details) target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
    target.dispatchEvent(new Event(name));
  }
  window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
}

async function openMentions(init?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await init?.(page);
  await page.goto(`${suite.server.origin}/mentions.html`);
  expect(await waitForHighlights(page, 9)).toEqual(EXPECTED_MENTIONS);
  return page;
}

describe('a page that forges the content script’s start event (Chromium)', () => {
  it('neither removes the marks nor stops new names from being marked', async () => {
    const page = await openMentions();
    for (const name of [startEventName(suite.browser.extensionId), startEventName('another-extension-id')]) {
      await page.evaluate(forgeStartEvents, name);
    }
    // A frame tick for anything the events set off, then the marks must still be there.
    await page.waitForTimeout(300);
    expect(await settleOn(page, EXPECTED_MENTIONS)).toEqual(EXPECTED_MENTIONS);

    // The script still follows the page.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'later';
      p.textContent = 'Later that day Jakub Pachocki spoke.';
      document.body.append(p);
    });
    const withLater = { ...EXPECTED_MENTIONS, pachocki: [...EXPECTED_MENTIONS.pachocki, 'later: Jakub Pachocki'] };
    expect(await settleOn(page, withLater)).toEqual(only(withLater));
    await page.close();
  });

  it('shows the page no start event and no start message', async () => {
    const name = startEventName(suite.browser.extensionId);
    const page = await openMentions((tab) => tab.addInitScript(listenForStart, name));
    expect(await page.evaluate(() => (window as unknown as { __startSeen: string[] }).__startSeen)).toEqual([]);
    await page.close();
  });
});

/** The box of `text`, the first place it stands in the element with id `where`, found in the DOM. */
async function textBox(page: Page, where: string, text: string): Promise<Rect> {
  const rect = await page.evaluate(
    ([id, wanted]) => {
      const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const { x, y, width, height } = range.getClientRects()[0]!;
        return { x, y, width, height };
      }
      return null;
    },
    [where, text] as const,
  );
  if (!rect) throw new Error(`No "${text}" in #${where}`);
  return rect;
}

/**
 * Run by the page: every range in the extension's highlights that the page can move is moved onto the
 * headline, and a range of the page's own, over the headline, joins each of the extension's highlights.
 */
function steerHighlights() {
  const headline = document.getElementById('headline')!.firstChild!;
  let moved = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('whoswho-')) continue;
    for (const range of highlight) {
      if (range instanceof Range) {
        range.setStart(headline, 0);
        range.setEnd(headline, 6);
        moved++;
      }
    }
    const own = new Range();
    own.setStart(headline, 7);
    own.setEnd(headline, 11);
    highlight.add(own);
  }
  return moved;
}

const centre = (rect: Rect) => [rect.x + rect.width / 2, rect.y + rect.height / 2] as const;

describe('a page that steers the highlights it shares with the extension (Chromium)', () => {
  it('does not change what the card opens for, nor where the stepper goes', async () => {
    const tab = await firstTab(suite.browser);
    await tab.goto(`${suite.server.origin}/mentions.html`);
    expect(await waitForHighlights(tab, 9)).toEqual(EXPECTED_MENTIONS);
    const tabId = await activeTabId(suite.browser);
    await tab.evaluate(steerHighlights);

    // The page's own range, over "week", opens no card.
    await tab.mouse.move(...centre(await textBox(tab, 'headline', 'week')), { steps: 4 });
    await tab.waitForTimeout(1_000);
    expect(await readCard(tab)).toBeNull();

    // The real mention still opens its card.
    await tab.mouse.move(2, 2, { steps: 2 });
    await tab.mouse.move(...centre(await textBox(tab, 'full', 'Sam Altman')), { steps: 4 });
    const card = await waitForCard(tab, true);
    expect(card.text).toContain('Sam Altman');
    await tab.keyboard.press('Escape');
    await tab.mouse.move(2, 2, { steps: 2 });

    // The stepper goes to the first real mention and emphasises it there, not the headline.
    await pressCommand(suite.browser, 'next-mention', tabId);
    await expect
      .poll(() =>
        tab.evaluate(() =>
          [...(CSS.highlights.get('whoswho-focus') ?? [])].map((r) => {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            return `${r.startContainer.parentElement?.closest('[id]')?.id ?? ''}: ${range.toString()}`;
          }),
        ),
      )
      .toEqual(['full: Ilya Sutskever']);
    await expect.poll(async () => (await readCard(tab))?.text ?? '', { timeout: 5_000 }).toContain('Ilya Sutskever');
  });
});
