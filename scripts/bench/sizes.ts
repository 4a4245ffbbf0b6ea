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

/** Every content script of each build in `.output`, as built. */
export function contentScriptSizes(): FileSize[] {
  return BUILDS.map((build) => join(OUTPUT, build, 'content-scripts'))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.js')).map((name) => sizeOf(join(dir, name))));
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
