import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForCard } from '../../scripts/browser/card';
import {
  countHighlights,
  hoverMention,
  NO_MARKS,
  readHighlights,
  waitForHighlights,
  type HighlightTexts,
} from '../../scripts/browser/highlights';
import { openWatched, recordedMutations, serveVendor, waitFor } from './harness/hostile';
import { useChromiumSuite } from './harness/suite';

/**
 * Hostile pages, part 1: pages whose scripts own their DOM. A real Preact app that re-renders names,
 * one that hydrates server-rendered HTML, and a rich-text editor with form fields beside it. The
 * extension must find the names, change none of the nodes, and leave the apps working.
 */

const suite = useChromiumSuite({ serve: serveVendor });

interface TickerApp {
  readonly tick: number;
  readonly renders: number;
  stop(): Promise<void>;
  expected(): HighlightTexts;
}
const app = (page: Page) => ({
  stop: () => page.evaluate(() => (window as unknown as { app: TickerApp }).app.stop()),
  expected: () => page.evaluate(() => (window as unknown as { app: TickerApp }).app.expected()),
  renders: () => page.evaluate(() => (window as unknown as { app: TickerApp }).app.renders),
});

interface Hydration {
  readonly done: boolean;
  readonly marked: boolean;
  readonly sameNodes: boolean;
  readonly mutationsBefore: string[] | null;
  readonly consoleErrors: string[];
}
const hydration = (page: Page) =>
  waitFor(
    () => page.evaluate(() => (window as unknown as { hydration: Hydration }).hydration),
    (state) => state.done,
    'the hydration',
  );

describe('hostile pages: apps that own their DOM (Chromium)', () => {
  it('follows a Preact app that re-renders names every 150 ms, and the app keeps working', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/react-app.html');
    await waitFor(
      () => readHighlights(page),
      (texts) => countHighlights(texts) >= 5,
      'the first marks',
    );
    // Ten re-renders or so, each changing the ticker's text and the order of the list.
    await page.waitForTimeout(1_500);
    await app(page).stop();
    expect(await waitForHighlights(page, 5)).toEqual(await app(page).expected());
    expect(await app(page).renders()).toBeGreaterThan(5);

    // Only the app changed the page: text and list items inside #app, no attribute anywhere.
    const byApp = /^(characterData #text|childList (UL#people|LI#person-\w+|P#ticker|B|I|BUTTON#counter)( [+-]\S+)+)$/;
    expect((await recordedMutations(page)).filter((line) => !byApp.test(line))).toEqual([]);

    await page.click('#counter');
    await page.click('#counter');
    expect(await page.textContent('#counter')).toBe('Clicked 2 times');

    // The card opens on a name that the app rendered.
    await hoverMention(page, 'altman', 'person-altman');
    expect((await waitForCard(page, true)).text).toContain('Sam Altman');
    expect((await recordedMutations(page)).filter((line) => !byApp.test(line))).toEqual(['childList BODY +DIV']);
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('marks server-rendered HTML before hydration, and the hydration finds every node as the server made it', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/hydrate.html');
    // The page hydrates once it sees the extension's marks (probe: window.__mutations before it).
    expect(await hydration(page)).toEqual({
      done: true,
      marked: true,
      sameNodes: true,
      mutationsBefore: [],
      consoleErrors: [],
    });
    expect(await waitForHighlights(page, 3)).toEqual({
      ...NO_MARKS,
      sutskever: ['story-lead: Ilya Sutskever'],
      altman: ['story-update: Sam Altman'],
      pachocki: ['story-lead: Jakub Pachocki'],
    });
    // The hydrated app works, and its next render is marked.
    await page.click('#next');
    expect(await page.textContent('#story-update')).toBe('Update: Jan Leike has resigned too.');
    await waitFor(
      () => readHighlights(page),
      (texts) => texts.leike.length === 1,
      'the new mention',
    );
    expect(await waitForHighlights(page, 3)).toEqual({
      ...NO_MARKS,
      sutskever: ['story-lead: Ilya Sutskever'],
      leike: ['story-update: Jan Leike'],
      pachocki: ['story-lead: Jakub Pachocki'],
    });
    // preact/debug reports a hydration mismatch as a console error: there was none.
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('(control) would have noticed a name wrapped in a span before hydration', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/hydrate.html?mismatch');
    expect((await hydration(page)).sameNodes).toBe(false);
    expect(problems().join('\n')).toMatch(/SSR'd HTML/);
    await page.close();
  });

  it('reads no editor or form field, and typing in them works as before', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/editor-form.html');
    expect(await waitForHighlights(page, 1)).toEqual({ ...NO_MARKS, altman: ['outside: Sam Altman'] });

    // Typing in two bursts, with a pause longer than the extension's batch between them: the caret
    // must stay where the writer left it.
    await page.focus('#editor');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Sam Altman');
    await page.waitForTimeout(300);
    await page.keyboard.type(' and Jakub Pachocki.');
    await page.click('#name');
    await page.keyboard.press('End');
    await page.keyboard.type(' and Jan Leike');
    await page.click('#notes');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Ilya Sutskever');
    await page.waitForTimeout(300);

    expect(await page.innerHTML('#editor')).toBe(
      '<p id="draft">Draft: Ilya <b>Sutskever</b> and Jan Leike left. Sam Altman and Jakub Pachocki.</p>',
    );
    expect(await page.inputValue('#name')).toBe('Jakub Pachocki and Jan Leike');
    expect(await page.inputValue('#notes')).toBe('Sam Altman thanked them both. Ilya Sutskever');
    // Each typed character reached the page as one input event, and nothing else did.
    const typed = ' Sam Altman and Jakub Pachocki.'.length;
    const log = await page.evaluate(() => (window as unknown as { inputLog: string[] }).inputLog);
    expect(log.filter((entry) => entry === 'editor:insertText')).toHaveLength(typed);
    expect(log.filter((entry) => entry === 'name:insertText')).toHaveLength(' and Jan Leike'.length);
    expect(log.filter((entry) => entry === 'notes:insertText')).toHaveLength(' Ilya Sutskever'.length);
    expect(log).toHaveLength(typed + ' and Jan Leike'.length + ' Ilya Sutskever'.length);

    // Names typed into the editor are not marked either; the only changes are the typing's own.
    expect(await waitForHighlights(page, 1)).toEqual({ ...NO_MARKS, altman: ['outside: Sam Altman'] });
    const byTyping = /^(characterData #text|childList P#draft( [+-]\S+)+)$/;
    expect((await recordedMutations(page)).filter((line) => !byTyping.test(line))).toEqual([]);
    expect(problems()).toEqual([]);
    await page.close();
  });
});
