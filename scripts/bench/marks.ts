import type { Page } from 'playwright-core';

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

/** Waits until the extension has marked at least `expected` ranges and the count holds still. */
export async function waitForMarks(page: Page, expected: number, timeoutMs = 60_000): Promise<Settled> {
  const deadline = Date.now() + timeoutMs;
  let polls = 0;
  let last = -1;
  let stable = 0;
  for (;;) {
    const marks = await countMarks(page);
    polls++;
    stable = marks === last ? stable + 1 : 0;
    last = marks;
    if ((marks >= expected && stable >= STABLE_POLLS) || Date.now() > deadline) return { marks, polls };
    await page.waitForTimeout(POLL_MS);
  }
}

/** Reads the registry `polls` times at the same pace as `waitForMarks`, on a page without the extension. */
export async function pollMarks(page: Page, polls: number): Promise<void> {
  for (let i = 0; i < polls; i++) {
    await countMarks(page);
    if (i < polls - 1) await page.waitForTimeout(POLL_MS);
  }
}
