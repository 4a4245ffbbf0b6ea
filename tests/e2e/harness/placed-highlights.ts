import { setTimeout as sleep } from 'node:timers/promises';
import type { Frame, Page } from 'playwright-core';
import { PERSON_IDS, type HighlightTexts, type ScriptedPage } from '../../../scripts/browser/highlights';

/**
 * Runs in a page or frame (each frame has its own `CSS.highlights`): per person, each range as
 * `<where>: <text>`, sorted. `where` is the id of the nearest element with one, preceded by the hosts of
 * the shadow roots the range lies in ("quote-card/name-tag/tag"). A range whose text left the document
 * reads `detached`, one that lost its text reads empty, one past the end of its text (changed while its block's
 * answer is out, engine/scan/page-scanner.ts) reads `stale`: none may remain in a registry. No named helpers
 * inside (see harness/highlights.ts).
 */
function collectPlaced(ids: readonly string[]): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const id of ids) {
    const texts: string[] = [];
    for (const abstract of CSS.highlights.get(`whoswho-underline-${id}`) ?? []) {
      const start = abstract.startContainer;
      if (!start.isConnected || !abstract.endContainer.isConnected) {
        texts.push('detached');
        continue;
      }
      const range = document.createRange();
      try {
        range.setStart(start, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
      } catch {
        // Its text shrank since it was read: its block's answer is on its way, and takes it out.
        texts.push('stale');
        continue;
      }
      const element = start instanceof Element ? start : start.parentElement;
      const path = [element?.closest('[id]')?.id ?? ''];
      for (let root = start.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
        path.unshift(root.host.localName);
      }
      texts.push(`${path.join('/')}: ${range.toString().replace(/\s+/g, ' ')}`);
    }
    result[id] = texts.sort();
  }
  return result;
}

export async function readPlacedHighlights(target: ScriptedPage): Promise<HighlightTexts> {
  return (await target.evaluate(collectPlaced, PERSON_IDS)) as HighlightTexts;
}

/** How long the highlights must stay as expected: a later batch could still undo or double them. */
const STEADY_MS = 300;
const POLL_MS = 50;

/**
 * Polls until the highlights equal `expected` and stay so for a moment; returns what they were last,
 * for the test to compare (so that a timeout shows the difference). The wait is generous: how fast the
 * extension follows a change is measured by the benchmark, not asserted here.
 */
export async function settleOn(
  target: ScriptedPage,
  expected: HighlightTexts,
  timeoutMs = 5_000,
): Promise<HighlightTexts> {
  const wanted = JSON.stringify(only(expected));
  const deadline = Date.now() + timeoutMs;
  let matchedSince: number | undefined;
  for (;;) {
    const texts = await readPlacedHighlights(target);
    if (JSON.stringify(texts) !== wanted) matchedSince = undefined;
    else if (matchedSince === undefined) matchedSince = Date.now();
    else if (Date.now() - matchedSince >= STEADY_MS) return texts;
    if (Date.now() > deadline) return texts;
    await sleep(POLL_MS);
  }
}

/** Highlights in which only the people given are marked, sorted as the readers sort them. */
export const only = (marked: Partial<HighlightTexts>): HighlightTexts =>
  Object.fromEntries(PERSON_IDS.map((id) => [id, [...(marked[id] ?? [])].sort()])) as HighlightTexts;

/** The frame of the `<iframe id="…">` in `page`: each frame is read from inside, in its own registry. */
export async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(`#${id}`)).contentFrame();
  if (!frame) throw new Error(`#${id} has no frame`);
  return frame;
}
