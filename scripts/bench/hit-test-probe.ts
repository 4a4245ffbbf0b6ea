/**
 * Runs in a bench page, bundled with the product's own modules: scans the page exactly as the content
 * script does (same scanner, matcher and index) and times `mentionAtPoint`, the hit test each pointer
 * move costs, call by call. The content script's isolated world keeps its functions out of reach, so
 * this is how the real code is timed one call at a time.
 */
import { createHighlights } from '../../engine/highlights';
import { mentionAtPoint } from '../../engine/hit-test';
import { namedPeople } from '../../knowledge/names';
import { PERSON_IDS } from '../../model/person';
import { createMatcher } from '../../engine/matcher';
import { MentionIndex } from '../../engine/mention-index';
import { createPageScanner } from '../../engine/page-scanner';

export interface HitTestTimes {
  /** One per call, in microseconds. */
  readonly micros: number[];
  /** Whether the page is cross-origin isolated, where the clock ticks in 5 µs rather than 100 µs. */
  readonly isolated: boolean;
}

// The probe lives as long as its page.
const pageLifetime = new AbortController().signal;
const index = new MentionIndex(createHighlights(PERSON_IDS, 'underline', pageLifetime));
const scanned = new Promise<void>((resolve) => {
  createPageScanner({ matcher: createMatcher(namedPeople), index, walk: {}, onChange: resolve }, pageLifetime).start(
    document.body,
  );
});

/** Times the hit test at each point, after one untimed pass that warms the code up. */
async function time(points: readonly (readonly [number, number])[]): Promise<HitTestTimes> {
  await scanned;
  for (const [x, y] of points) mentionAtPoint(index, x, y);
  const micros: number[] = [];
  for (const [x, y] of points) {
    const started = performance.now();
    mentionAtPoint(index, x, y);
    micros.push((performance.now() - started) * 1000);
  }
  return { micros, isolated: globalThis.crossOriginIsolated };
}

Object.assign(globalThis, { __hitTest: { scanned, time } });
