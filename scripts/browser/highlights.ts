import { setTimeout as sleep } from 'node:timers/promises';
import { PERSON_IDS, type PersonId } from '../../model/person';

export { PERSON_IDS, type PersonId };

/**
 * Per person, each highlighted range as `<id of the nearest element with an id>: <range text>`, sorted,
 * so that a test states where a mention is as well as what it says.
 */
export type HighlightTexts = Record<PersonId, string[]>;

/** No one marked: what a test spreads the marks it expects onto. */
export const NO_MARKS: HighlightTexts = { sutskever: [], altman: [], leike: [], pachocki: [] };

/**
 * What the readers need of a page or frame: Playwright's pages and frames have it as they are; a
 * Puppeteer page gets a thin adapter (tests/e2e/harness/firefox.ts), its `evaluate` typing differs.
 */
export interface ScriptedPage {
  evaluate<Arg, Result>(fn: (arg: Arg) => Result, arg: Arg): Promise<Awaited<Result>>;
}

/** A page the readers can also move a real pointer on. */
export interface PointerPage extends ScriptedPage {
  readonly mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Runs in the page: the extension's highlights live in the registry that the main world shares.
 * Functions sent to the page declare no named helpers inside: tsx would wrap those in a `__name` call
 * that does not exist in the page.
 */
function collectHighlights(ids: readonly string[]): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const id of ids) {
    const texts: string[] = [];
    // The name holds the marking style: whoswho-<style>-<person>.
    const name = [...CSS.highlights.keys()].find((key) => new RegExp(`^whoswho-[a-z]+-${id}$`).test(key));
    for (const abstract of (name && CSS.highlights.get(name)) || []) {
      // A Highlight may hold StaticRanges, which have no toString.
      const range = document.createRange();
      try {
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
      } catch {
        // The page shortened the text under it before the extension's next batch: the browser paints nothing there.
        continue;
      }
      const start = range.startContainer;
      const element = start instanceof Element ? start : start.parentElement;
      texts.push(`${element?.closest('[id]')?.id ?? ''}: ${range.toString().replace(/\s+/g, ' ')}`);
    }
    result[id] = texts.sort();
  }
  return result;
}

export async function readHighlights(page: ScriptedPage): Promise<HighlightTexts> {
  return (await page.evaluate(collectHighlights, PERSON_IDS)) as HighlightTexts;
}

export const countHighlights = (texts: HighlightTexts) =>
  Object.values(texts).reduce((sum, list) => sum + list.length, 0);

/**
 * Waits until the page's highlights hold at least `atLeast` ranges and have stopped changing, so that a
 * test reading them afterwards sees the finished scan, not a part of it.
 */
export async function waitForHighlights(page: ScriptedPage, atLeast = 1, timeoutMs = 15_000): Promise<HighlightTexts> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = 0;
  for (;;) {
    const texts = await readHighlights(page);
    const snapshot = JSON.stringify(texts);
    if (snapshot !== last) {
      last = snapshot;
      stableSince = Date.now();
    } else if (countHighlights(texts) >= atLeast && Date.now() - stableSince >= 500) {
      return texts;
    }
    if (Date.now() > deadline) {
      throw new Error(`Expected at least ${atLeast} highlighted mentions; the page has ${snapshot}`);
    }
    await sleep(100);
  }
}

/** The viewport rectangle of a person's mention, the first one inside the element with id `where` if given. */
export async function mentionRect(page: ScriptedPage, person: PersonId, where?: string): Promise<Rect> {
  const rect = await page.evaluate(
    ([person, id]) => {
      const name = [...CSS.highlights.keys()].find((key) => new RegExp(`^whoswho-[a-z]+-${person}$`).test(key));
      for (const abstract of (name && CSS.highlights.get(name)) || []) {
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        const start = range.startContainer;
        const element = start instanceof Element ? start : start.parentElement;
        if (id !== undefined && element?.closest('[id]')?.id !== id) continue;
        element?.scrollIntoView({ block: 'center' });
        const { x, y, width, height } = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x, y, width, height };
      }
      return null;
    },
    [person, where] as const,
  );
  if (!rect) throw new Error(`No highlighted mention of ${person}${where ? ` in #${where}` : ''}`);
  return rect;
}

/** Moves the real mouse to the middle of a person's mention, in a few steps as a hand would. */
export async function hoverMention(page: PointerPage, person: PersonId, where?: string): Promise<Rect> {
  const rect = await mentionRect(page, person, where);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
  return rect;
}
