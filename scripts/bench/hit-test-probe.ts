/**
 * Runs in a bench page, bundled with the product's own modules: starts the engine exactly as the page
 * session does (same scanner, index and hit index; the matcher in the page, where the extension asks its background) and times the hit test each pointer move
 * costs, call by call. The content script's isolated world keeps its functions out of reach, so this
 * is how the real code is timed one call at a time.
 */
import { startMentionEngine } from '../../entrypoints/session/mention-engine';
import { createMatcher } from '../../engine/match/matcher';
import { localMatcher } from '../../engine/scan/local-match';
import { namedPeople } from '../../knowledge/names';

export interface HitTestTimes {
  /** One per call, in microseconds. */
  readonly micros: number[];
  /** Whether the page is cross-origin isolated, where the clock ticks in 5 µs rather than 100 µs. */
  readonly isolated: boolean;
}

// The probe lives as long as its page.
const pageLifetime = new AbortController().signal;
let engine: ReturnType<typeof startMentionEngine> | undefined;
const scanned = new Promise<void>((resolve) => {
  engine = startMentionEngine('underline', () => resolve(), pageLifetime, localMatcher(createMatcher(namedPeople)));
});

/** After the next frame's layout, and the intersection and measuring work it sets off. */
const settled = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 20))));

/**
 * Times the hit test at each point, after one untimed pass that warms the code up and, as the pointer's
 * first moves over a page do, has the boxes near the screen measured.
 */
async function time(points: readonly (readonly [number, number])[]): Promise<HitTestTimes> {
  await scanned;
  const hits = engine!.hits;
  for (const [x, y] of points) hits.at(x, y);
  await settled();
  const micros: number[] = [];
  for (const [x, y] of points) {
    const started = performance.now();
    hits.at(x, y);
    micros.push((performance.now() - started) * 1000);
  }
  return { micros, isolated: globalThis.crossOriginIsolated };
}

Object.assign(globalThis, { __hitTest: { scanned, time } });
