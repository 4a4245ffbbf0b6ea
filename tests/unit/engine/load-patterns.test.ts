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

// V8 parses a pattern when it is built, each `\p{…}` class tens of microseconds, and the engine is evaluated on
// every page where a name may be. A rule's pattern is built on its first use (`lazyPattern`), by the pages that
// read it; before that change evaluating session.js built 105, 59 of them with such a class.
describe('the session script at evaluation', { timeout: 30_000 }, () => {
  it('builds only a few small patterns, none with a Unicode property class', () => {
    const sources = patternsBuiltAtLoad('entrypoints/session/index.ts');
    expect(sources.filter((source) => source.includes('\\p{'))).toEqual([]);
    expect(sources.length).toBeLessThanOrEqual(6);
  });
});
