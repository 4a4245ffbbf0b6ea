import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../browser/paths';

export interface FileSize {
  /** Relative to the repository root. */
  readonly path: string;
  readonly bytes: number;
  /** At gzip's highest level, as size budgets are usually counted. */
  readonly gzipBytes: number;
}

const OUTPUT = join(ROOT, '.output');
const BUILDS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'];

function sizeOf(file: string): FileSize {
  const content = readFileSync(file);
  return { path: relative(ROOT, file), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** The always-loaded content script, the wake script and page session (the engine) it loads where a name
 * may be, and the card. */
export type ScriptRole = 'entry' | 'wake' | 'engine' | 'card';

/** How each role is named in the bench table. */
export const SCRIPT_ROLE_NAMES: Record<ScriptRole, string> = {
  entry: 'Always-loaded content script',
  wake: 'Wake script (settings, site check, commands), on demand',
  engine: 'Page session (engine), on demand',
  card: 'Card, on demand',
};

export interface ScriptSize {
  readonly role: ScriptRole;
  readonly file: FileSize;
}

/** Every content script of each build in `.output`, as built: what every page and frame pays for. */
export function contentScriptSizes(): FileSize[] {
  return BUILDS.map((build) => join(OUTPUT, build, 'content-scripts'))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.js'))
        .map((name) => sizeOf(join(dir, name))),
    );
}

/** The scripts of each build that a page may load: the content script, and the three it imports on demand. */
export function pageScriptSizes(): ScriptSize[] {
  return BUILDS.filter((build) => existsSync(join(OUTPUT, build))).flatMap((build) => [
    ...contentScriptSizes()
      .filter((file) => file.path.includes(`/${build}/`))
      .map((file) => ({ role: 'entry' as const, file })),
    { role: 'wake' as const, file: sizeOf(join(OUTPUT, build, 'wake.js')) },
    { role: 'engine' as const, file: sizeOf(join(OUTPUT, build, 'session.js')) },
    { role: 'card' as const, file: sizeOf(join(OUTPUT, build, 'card.js')) },
  ]);
}

/** The store zips `npm run zip` wrote to `.output`. */
export function storeZipSizes(): FileSize[] {
  if (!existsSync(OUTPUT)) return [];
  return readdirSync(OUTPUT)
    .filter((name) => name.endsWith('.zip'))
    .map((name) => join(OUTPUT, name))
    .filter((file) => statSync(file).isFile())
    .map(sizeOf);
}
