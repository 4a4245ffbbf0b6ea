import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * What the product's source never does: build HTML from strings (the card's text comes from the
 * extension's own data, rendered by Preact as text nodes), evaluate strings as code, or load code from
 * elsewhere. tests/e2e/extension-build.test.ts checks the built bundles and the manifest.
 */

const ROOT = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'engine', 'model', 'knowledge', 'i18n', 'storage'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|html)$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  [
    'HTML from a string',
    /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|createContextualFragment|document\.write|DOMParser|srcdoc/,
  ],
  ['HTML from a string, the Preact way', /dangerouslySetInnerHTML/],
  ['code from a string', /\beval\s*\(|new\s+Function\s*\(|set(Timeout|Interval)\s*\(\s*['"`]/],
  ['code from elsewhere', /importScripts|<script[^>]+src=["']?https?:|import\s*\(\s*['"`]https?:/],
  ['a request', /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/],
];

describe('the source', () => {
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  test('is found', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  test.each(FORBIDDEN)('builds no %s', (_, pattern) => {
    const found = files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file));
    expect(found).toEqual([]);
  });
});
