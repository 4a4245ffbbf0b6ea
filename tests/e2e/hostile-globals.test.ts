import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countCardHosts, readCard, waitForCard } from '../../scripts/browser/card';
import { EXPECTED_MENTIONS } from './harness/expected';
import { mentionRect, waitForHighlights } from '../../scripts/browser/highlights';
import {
  evaluateClean,
  evaluateInExtensionWorld,
  hoverMentionClean,
  openWatched,
  readHighlightsClean,
  recordedMutations,
  waitFor,
} from './harness/hostile';
import { roleOf } from './harness/people';
import { useChromiumSuite } from './harness/suite';

/**
 * Hostile pages, part 3: page scripts against the extension. A page that clears and squats the
 * highlight registry, replaces the globals and prototype methods the extension uses, and makes the
 * card's tag a custom element of its own before the content script runs; page scripts that try to
 * drive the extension with synthetic events and messages.
 */

const suite = useChromiumSuite();

const hostileLog = (page: Page) => evaluateClean<string[]>(page, 'window.hostileLog', { main: true });

describe('hostile pages: page scripts against the extension (Chromium)', () => {
  it('works on a page that replaced the globals it uses and squatted its names, and calls none of the page’s versions', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/globals.html');
    const texts = await waitFor(() => readHighlightsClean(page), (t) => t.pachocki.length > 0, 'the marks');
    expect(texts).toEqual({
      sutskever: ['lead: Ilya Sutskever'],
      altman: ['lead: Sam Altman'],
      leike: ['lead: Jan Leike'],
      pachocki: ['next: Jakub Pachocki'],
    });
    // The content script lives in a world of its own: no replaced function of the page's was called,
    // and no message reached the page's listener.
    expect(await hostileLog(page)).toEqual([]);

    // The page made <whos-who-card> its own element, with a false text in its shadow root: the card
    // shows the extension's text all the same, from a host of another name.
    await hoverMentionClean(page, 'altman', 'lead');
    const card = await waitForCard(page, true);
    expect(card.text).toContain('Sam Altman');
    expect(card.text).toContain(roleOf('altman'));
    expect(card.text).not.toContain('FAKE');
    // Creating the first host ran the page's constructor; nothing else of the page's ran.
    expect(await hostileLog(page)).toEqual(['whos-who-card constructed']);
    const mutations = await evaluateClean<string[]>(page, 'window.__mutations', { main: true });
    expect(mutations).toHaveLength(1);
    expect(mutations[0]).toMatch(/^childList BODY \+WHOS-WHO-CARD-[A-Z0-9]+$/);
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('opens no card for synthetic pointer events, and takes no orders from page messages', async () => {
    const { page, problems } = await openWatched(suite, '/mentions.html');
    expect(await waitForHighlights(page, 9)).toEqual(EXPECTED_MENTIONS);
    const rect = await mentionRect(page, 'altman', 'full');
    // A page script "rests the pointer" on a mention for well over the dwell time.
    await page.evaluate(async ({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      for (let i = 0; i < 20; i++) {
        const init = { clientX: x + (i % 2), clientY: y, bubbles: true, composed: true };
        target.dispatchEvent(new PointerEvent('pointermove', init));
        target.dispatchEvent(new MouseEvent('mousemove', init));
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
    }, { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
    await page.waitForTimeout(800);
    expect(await readCard(page)).toBeNull();
    expect(await countCardHosts(page)).toBe(0);

    // The page posts the extension's own message shapes every way it can; the page has no
    // chrome.runtime for this extension (no externally_connectable), so it cannot reach the background.
    const pagesBefore = suite.browser.context.pages().length;
    const reach = await page.evaluate((extensionId) => {
      const messages = [
        { type: 'jump-to-mention', person: 'altman' },
        { type: 'next-mention' },
        { type: 'who-is', text: 'Sam Altman' },
        { type: 'open-story' },
      ];
      for (const message of messages) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent(message.type, { detail: message }));
      }
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      let sent = 'no chrome.runtime.sendMessage';
      if (typeof runtime?.sendMessage === 'function') {
        try {
          (runtime.sendMessage as (id: string, message: unknown) => void)(extensionId, messages[3]);
          sent = 'sent';
        } catch (error) {
          sent = `threw: ${error}`;
        }
      }
      return sent;
    }, suite.browser.extensionId);
    expect(reach).toBe('no chrome.runtime.sendMessage');
    await page.waitForTimeout(500);
    expect(suite.browser.context.pages()).toHaveLength(pagesBefore);
    // No jump (it would emphasise a mention) and no card.
    expect(await page.evaluate(() => CSS.highlights.get('whoswho-focus')?.size ?? 0)).toBe(0);
    expect(await countCardHosts(page)).toBe(0);
    expect(await recordedMutations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('(control) sees an error and an unhandled rejection in the content script’s world', async () => {
    const { page, problems } = await openWatched(suite, '/mentions.html');
    await waitForHighlights(page, 9);
    await evaluateInExtensionWorld(
      page,
      "setTimeout(() => { throw new Error('control: thrown') }); Promise.reject(new Error('control: rejected')); 0",
    );
    await waitFor(async () => problems(), (list) => list.length >= 2, 'the errors');
    expect(problems().join('\n')).toMatch(/control: thrown[\s\S]*control: rejected|control: rejected[\s\S]*control: thrown/);
    await page.close();
  });
});
