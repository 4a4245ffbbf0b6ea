import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/** The sources of the patterns that evaluating `module` builds, counted in a fresh process. */
function patternsBuiltAtLoad(module: string): string[] {
  const run = spawnSync('npx', ['tsx', join(import.meta.dirname, 'load-patterns.ts'), join(ROOT, module)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[];
}

// V8 parses a pattern when it is built, each `\p{…}` class tens of microseconds. A rule's pattern that only some
// texts reach is built on its first use (`lazyPattern`, or behind a pre-check of what it needs: `startingWithOneOf`,
// `endingInOneOf`); one that every page with a name runs (all that the bench's prose pages run) is built at the top
// level, where it costs the same time and its call sites' optimized code stays small (measured: 100 KB more of it on
// the page of 10,000 mentions when those were lazy too). The matcher is built in the extension's background, once
// for every page (entrypoints/background/match-texts.ts); before that, evaluating session.js built 105 patterns, 59
// of them with a `\p{…}` class, then 44.
describe('the matcher at evaluation', { timeout: 30_000 }, () => {
  it('builds only the patterns that every page with a name runs', () => {
    const sources = patternsBuiltAtLoad('engine/match/matcher.ts');
    expect(sources.length).toBeLessThanOrEqual(45);
    expect(sources.filter((source) => source.includes('\\p{')).length).toBeLessThanOrEqual(21);
  });
});

// The page session matches nothing itself: it asks the background, and builds no pattern of the matcher's.
describe('the session script at evaluation', { timeout: 30_000 }, () => {
  it("builds none of the matcher's patterns", () => {
    const sources = patternsBuiltAtLoad('entrypoints/session/index.ts');
    expect(sources.length).toBeLessThanOrEqual(4);
    expect(sources.filter((source) => source.includes('\\p{'))).toEqual([]);
  });
});
