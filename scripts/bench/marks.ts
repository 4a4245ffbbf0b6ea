import type { Page, Worker } from 'playwright-core';
import { isTabMentionsKey } from '../../storage/tab-mentions';
import type { ChromeGlobal } from '../browser/chromium';

const POLL_MS = 100;
// The count must hold this many polls in a row: the scan runs in slices and may pause between finds.
const STABLE_POLLS = 3;

const countMarks = (page: Page) => page.evaluate('__bench.highlighted()') as Promise<number>;

export interface Settled {
  /** The highlighted ranges at the end. */
  readonly marks: number;
  /** How many times the registry was read: the control page is read as often, so both pay the same. */
  readonly polls: number;
}

/**
 * Waits until the extension has marked at least `expected` ranges and the count holds still. On a page
 * with more mentions than the extension registers at once (engine/marks/mark-board.ts), `found` reads how
 * many it reports to have found instead, and the registry only has to hold still.
 */
export async function waitForMarks(
  page: Page,
  expected: number,
  found?: () => Promise<number>,
  timeoutMs = 60_000,
): Promise<Settled> {
  const deadline = Date.now() + timeoutMs;
  let polls = 0;
  let last = -1;
  let stable = 0;
  for (;;) {
    const marks = await countMarks(page);
    polls++;
    const done = (found ? await found() : marks) >= expected;
    // Held still since everything was found: the extension reports its counts in the task that finds the
    // last mention, and registers those near the screen in a frame after it.
    stable = done && marks === last ? stable + 1 : 0;
    last = marks;
    if ((done && stable >= STABLE_POLLS) || Date.now() > deadline) return { marks, polls };
    await page.waitForTimeout(POLL_MS);
  }
}

/**
 * The mentions that the stored tab counts add up to, over every tab and frame: `stored` is what the
 * background keeps in session storage (storage/tab-mentions.ts, one entry per frame with its document
 * and its counts per person).
 */
export function sumReported(stored: Record<string, unknown>): number {
  let sum = 0;
  for (const [key, frames] of Object.entries(stored)) {
    if (!isTabMentionsKey(key) || typeof frames !== 'object' || frames === null) continue;
    for (const frame of Object.values(frames as Record<string, { counts?: Record<string, unknown> }>)) {
      for (const n of Object.values(frame?.counts ?? {})) if (typeof n === 'number') sum += n;
    }
  }
  return sum;
}

/** What the extension's content scripts report to have found, as the background keeps it: the bench has one page open at a time. */
export function reportedMentions(background: Worker): () => Promise<number> {
  return async () =>
    sumReported(
      await background.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(null)),
    );
}

/** Reads the registry `polls` times at the same pace as `waitForMarks`, on a page without the extension. */
export async function pollMarks(page: Page, polls: number): Promise<void> {
  for (let i = 0; i < polls; i++) {
    await countMarks(page);
    if (i < polls - 1) await page.waitForTimeout(POLL_MS);
  }
}
