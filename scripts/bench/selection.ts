/**
 * Which figures a bench run takes: all of them by default, or only those named by `--only`, a
 * comma-separated list of page and figure keys (`npm run bench -- --only small,framed,card`). A partial
 * run prints its table and writes no report: docs/bench.md and the README hold whole runs only.
 */
export const LOAD_KEYS = ['small', 'framed', 'none1', 'prose1', 'prose5', 'nested', 'huge'] as const;
export const BUSY_KEYS = ['scroll', 'rewrite'] as const;
export const FIGURE_KEYS = ['hit', 'card', 'heap'] as const;
export type LoadKey = (typeof LOAD_KEYS)[number];
export type BenchKey = LoadKey | (typeof BUSY_KEYS)[number] | (typeof FIGURE_KEYS)[number];

const ALL_KEYS: readonly BenchKey[] = [...LOAD_KEYS, ...BUSY_KEYS, ...FIGURE_KEYS];

export interface BenchSelection {
  /** Whether this run takes every figure, and so may write the reports. */
  readonly whole: boolean;
  has(key: BenchKey): boolean;
}

const isKey = (key: string): key is BenchKey => (ALL_KEYS as readonly string[]).includes(key);

/** Reads `--only a,b` or `--only=a,b` from the command line; unknown keys are an error that lists the known ones. */
export function selectFigures(args: readonly string[]): BenchSelection {
  const at = args.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (at < 0) return { whole: true, has: () => true };
  const value = args[at]!.includes('=') ? args[at]!.slice('--only='.length) : args[at + 1];
  const keys = (value ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  const unknown = keys.filter((key) => !isKey(key));
  if (keys.length === 0 || unknown.length > 0) {
    throw new Error(
      `--only takes a comma-separated list of ${ALL_KEYS.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`,
    );
  }
  const chosen = new Set(keys);
  return { whole: ALL_KEYS.every((key) => chosen.has(key)), has: (key) => chosen.has(key) };
}
