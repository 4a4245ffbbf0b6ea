import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ui } from '../../i18n/ui-text';
import { DWELL_RANGE } from '../../model/settings';
import { waitForCard, type CardView } from '../../scripts/browser/card';
import { hoverMention, mentionRect, waitForHighlights, type Rect } from '../../scripts/browser/highlights';
import { watchDwellEnd } from './harness/dwell-end';
import { EXPECTED_MENTIONS } from './harness/expected';
import { scripted, viewportOf, type FirefoxGlobal } from './harness/firefox';
import { readMutations } from './harness/mutations';
import { cardLines, roleOf } from './harness/people';
import { only, settleOn } from './harness/placed-highlights';
import { serveControlPages } from './harness/pages';
import { selectByDrag } from './harness/selection';
import { useFirefoxSuite } from './harness/suite';

/*
 * The card in Firefox ESR, as a reader meets it: a real pointer over a mention, real key presses in
 * the page, the extension's shortcuts pressed on the browser window's keyboard and its item chosen in
 * Firefox's own context menu, where Firefox handles both (harness/firefox.ts).
 */

const suite = useFirefoxSuite({ serve: serveControlPages });

afterEach(async () => {
  await suite.clearSettings();
});

const page = () => scripted(suite.tab);
const card = () => suite.firefox.readCard(suite.tab);
const cardShown = () => waitForCard(card, true);
const cardClosed = () => waitForCard(card, false);

async function openMentions() {
  await suite.load('/mentions.html');
  await waitForHighlights(page(), 9);
}

/** A point in the page's empty left margin, away from every mention and from the card. */
async function moveAway() {
  const { height } = await viewportOf(suite.tab);
  await suite.tab.mouse.move(2, height - 2, { steps: 4 });
}

/** Whether the card lies inside the viewport, beside (just below or just above) the mention. */
async function placedBeside(shown: CardView, mention: Rect, within = 40) {
  const viewport = await viewportOf(suite.tab);
  const { x, y, width, height } = shown.rect;
  return {
    inside: x >= 0 && y >= 0 && x + width <= viewport.width && y + height <= viewport.height,
    beside: Math.abs(y - (mention.y + mention.height)) < within || Math.abs(y + height - mention.y) < within,
  };
}

/** What holds the focus inside the card's closed shadow root: its role, name and class. */
const cardFocus = () =>
  suite.firefox.onCardRoot(suite.tab, function (this: ShadowRoot) {
    const focused = this.activeElement;
    return (
      focused && {
        role: focused.getAttribute('role'),
        label: focused.getAttribute('aria-label'),
        class: focused.className,
      }
    );
  });

/** Waits for the card that shows `text`: a command's card replaces the one before it a moment later. */
async function cardWith(text: string): Promise<CardView> {
  await expect.poll(async () => (await card())?.text ?? '', { timeout: 5_000 }).toContain(text);
  return cardShown();
}

describe('the card in Firefox', () => {
  it('opens after a real hover with who the person is as of May 2024, beside the mention, and closes on Escape', async () => {
    await openMentions();
    const mention = await hoverMention(page(), 'altman', 'full');
    const shown = await cardShown();
    for (const line of cardLines('altman')) expect(shown.text).toContain(line);
    expect(await placedBeside(shown, mention)).toEqual({ inside: true, beside: true });

    await suite.tab.keyboard.press('Escape');
    await cardClosed();
  });

  it('opens on a name split across elements and closes after the pointer leaves', async () => {
    await openMentions();
    await hoverMention(page(), 'sutskever', 'split');
    const shown = await cardShown();
    expect(shown.text).toContain('Ilya Sutskever');
    expect(shown.text).toContain(roleOf('sutskever'));

    await moveAway();
    await cardClosed();
  });

  it('stays open while the pointer rests on the card itself', async () => {
    await openMentions();
    await hoverMention(page(), 'leike', 'surnames');
    const { rect } = await cardShown();
    await suite.tab.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
    // Well past the ~300 ms after which a card closes once the pointer has left.
    await sleep(1_000);
    expect((await card())?.text).toContain('Jan Leike');
    await moveAway();
    await cardClosed();
  });

  it('shows the person of a lone surname, adding its host to the page once and changing no other node', async () => {
    await openMentions();
    await hoverMention(page(), 'pachocki', 'surnames');
    expect((await cardShown()).text).toContain(roleOf('pachocki'));
    await suite.tab.keyboard.press('Escape');
    await cardClosed();
    await moveAway();
    await hoverMention(page(), 'leike', 'full');
    expect((await cardShown()).text).toContain('Jan Leike');

    expect(await suite.tab.evaluate(() => document.querySelectorAll('body > div[popover]').length)).toBe(1);
    const onPage = (await readMutations(page())).filter((record) => record.split(' ')[1] !== 'DIV');
    expect(onPage).toEqual(['childList BODY +DIV']);
    await suite.tab.keyboard.press('Escape');
    await cardClosed();
  });
  it("shows in the frame that reaches the dwell's end, with no wait for the timer after it", async () => {
    await openMentions();
    // A first card loads the card script and puts the host on the page.
    await hoverMention(page(), 'altman', 'full');
    await cardShown();
    await moveAway();
    await cardClosed();

    const box = await mentionRect(page(), 'leike', 'full');
    const readDwellEnd = await watchDwellEnd(suite.tab, box, DWELL_RANGE.default);
    await suite.tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    expect(await readDwellEnd()).toEqual({ shown: true, animationsSeen: 0 });
    expect((await cardShown()).text).toContain('Jan Leike');
  });
  it('draws the card out of sight while the pointer dwells: a dwell cut short shows nothing, the next its own card', async () => {
    // The longest dwell, so that the pointer is still dwelling when the host has joined the page.
    const options = await suite.firefox.openExtensionPage('/options.html');
    await options.evaluate(
      (dwellMs) => (globalThis as unknown as FirefoxGlobal).browser.storage.sync.set({ settings: { dwellMs } }),
      DWELL_RANGE.max,
    );
    await options.close();
    await openMentions();
    // From elsewhere: a pointer already resting on the mention (where the test before left it) starts no dwell.
    await moveAway();
    await hoverMention(page(), 'leike', 'full');
    const hosts = () => suite.tab.evaluate(() => document.querySelectorAll('body > div[popover]').length);
    await expect.poll(hosts, { timeout: DWELL_RANGE.max / 2 }).toBe(1);
    expect(await card()).toBeNull();
    await moveAway();
    await sleep(DWELL_RANGE.max * 1.5);
    expect(await card()).toBeNull();

    await hoverMention(page(), 'pachocki', 'full');
    const shown = await cardShown();
    expect(shown.text).toContain('Jakub Pachocki');
    expect(shown.text).not.toContain('Jan Leike');
  });
});

describe('the keyboard in Firefox', () => {
  it('toggles marking everywhere with Alt+Shift+M, pressed in the browser window', async () => {
    await openMentions();
    await suite.firefox.pressShortcut('Alt+Shift+M');
    expect(await settleOn(page(), only({}))).toEqual(only({}));
    await suite.firefox.pressShortcut('Alt+Shift+M');
    expect(await settleOn(page(), EXPECTED_MENTIONS)).toEqual(EXPECTED_MENTIONS);
  });

  it('steps through the mentions with Alt+Shift+J: scrolls, opens the card, and Tab and Escape work in it', async () => {
    await suite.load('/long.html');
    await waitForHighlights(page(), 3);
    await suite.tab.focus('#before');

    await suite.firefox.pressShortcut('Alt+Shift+J');
    await cardWith('Sam Altman');
    expect(await cardFocus()).toMatchObject({ role: 'dialog', label: ui.en.cardLabel('Sam Altman') });

    await suite.firefox.pressShortcut('Alt+Shift+J');
    const shown = await cardWith('Jan Leike');
    expect(shown.text).toContain(roleOf('leike'));
    expect(await cardFocus()).toMatchObject({ role: 'dialog', label: ui.en.cardLabel('Jan Leike') });
    const mention = await suite.tab.evaluate(() => {
      const { x, y, width, height } = document.getElementById('second')!.getBoundingClientRect();
      return { x, y, width, height };
    });
    expect(await placedBeside(shown, mention)).toEqual({ inside: true, beside: true });

    // Tab moves on inside the card; Escape closes it and gives the focus back.
    await suite.tab.keyboard.press('Tab');
    expect(await cardFocus()).toMatchObject({ class: 'close', label: 'Close' });
    await suite.tab.keyboard.press('Escape');
    await cardClosed();
    expect(await suite.tab.evaluate(() => document.activeElement?.id)).toBe('before');

    await suite.firefox.pressShortcut('Alt+Shift+J');
    await cardWith('Ilya Sutskever');
    // After the last mention, the first again.
    await suite.firefox.pressShortcut('Alt+Shift+J');
    await cardWith('Sam Altman');
    await suite.tab.keyboard.press('Escape');
    await cardClosed();
  });
});

describe('"Who is this?" in Firefox', () => {
  /** Selects `text` in `where` with the mouse, right-clicks it and chooses "Who is this?" in Firefox's menu. */
  async function askWhoIs(where: string, text: string): Promise<Rect> {
    const selection = await selectByDrag(page(), where, text);
    expect(await suite.tab.evaluate(() => String(getSelection()))).toBe(text);
    await suite.tab.mouse.click(selection.x + selection.width / 2, selection.y + selection.height / 2, {
      button: 'right',
    });
    await suite.firefox.chooseInContextMenu(ui.en.whoIsThis);
    return selection;
  }

  it('answers for a selected name from the context menu with the card, beside the selection and focused', async () => {
    await openMentions();
    const selection = await askWhoIs('full', 'Jakub Pachocki');
    const shown = await cardShown();
    expect(shown.text).toContain('Jakub Pachocki');
    expect(shown.text).toContain(roleOf('pachocki'));
    expect(await cardFocus()).toMatchObject({ role: 'dialog', label: ui.en.cardLabel('Jakub Pachocki') });
    expect(await placedBeside(shown, selection, 20)).toEqual({ inside: true, beside: true });
    await suite.tab.keyboard.press('Escape');
    await cardClosed();
  });

  it('says that a selection is not one of the story’s people, in a notice closed by Escape', async () => {
    await openMentions();
    await askWhoIs('traps', 'Robert Altman');
    expect((await cardShown()).text).toContain(ui.en.notNamed('Robert Altman'));
    expect(await cardFocus()).toMatchObject({ role: 'dialog', label: ui.en.whoIsThis });
    await suite.tab.keyboard.press('Escape');
    await cardClosed();
  });
});
