import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION, FIREFOX_EXTENSION, requireBuilt, ROOT } from '../../scripts/browser/paths';

/**
 * The built extension, as the stores get it: the manifests ask for the fewest permissions (each one
 * explained in the README), keep the extension pages' default Content-Security-Policy and let no web
 * page connect; the bundles evaluate no strings and make no requests; and `web-ext lint` finds no
 * error in the Firefox build, nor any warning the README does not explain.
 */

const run = promisify(execFile);

interface Manifest {
  readonly manifest_version: number;
  readonly permissions?: string[];
  readonly host_permissions?: string[];
  readonly optional_permissions?: string[];
  readonly optional_host_permissions?: string[];
  readonly content_security_policy?: unknown;
  readonly externally_connectable?: unknown;
  readonly web_accessible_resources?: unknown[];
  readonly content_scripts?: { matches: string[] }[];
  readonly background?: { service_worker?: string; scripts?: string[] };
}

interface LintMessage {
  readonly code: string;
  readonly file?: string;
  readonly message: string;
}

interface LintReport {
  readonly summary: { errors: number; notices: number; warnings: number };
  readonly errors: LintMessage[];
  readonly warnings: LintMessage[];
}

/**
 * The warnings `web-ext lint` gives and the README explains (section "web-ext lint"), by code and file.
 * A new warning fails this test until it is explained there and listed here.
 */
const EXPLAINED_WARNINGS: { code: string; file: RegExp }[] = [
  // `data_collection_permissions` is read from Firefox 140 on (142 on Android); older versions ignore it.
  { code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION', file: /^manifest\.json$/ },
  { code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION', file: /^manifest\.json$/ },
  // Preact's support for `dangerouslySetInnerHTML`, which the source never uses (source-hygiene.test.ts).
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(card\.js|chunks\/[\w-]+\.js)$/ },
  // `import(runtime.getURL('/session.js'))` and the session's `import(<the card script's URL>)`: the
  // extension's own packaged scripts, loaded where a page needs them.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(content-scripts\/content|session)\.js$/ },
];

let scratch: string;
let firefoxCopy: string;
const manifests: Record<'chrome' | 'firefox', Manifest> = {} as never;

beforeAll(() => {
  requireBuilt(CHROME_EXTENSION);
  requireBuilt(FIREFOX_EXTENSION);
  // A copy: a rebuild of .output meanwhile cannot change what is checked.
  scratch = mkdtempSync(join(tmpdir(), 'whoswho-build-'));
  firefoxCopy = join(scratch, 'firefox-mv2');
  cpSync(FIREFOX_EXTENSION, firefoxCopy, { recursive: true });
  cpSync(CHROME_EXTENSION, join(scratch, 'chrome-mv3'), { recursive: true });
  manifests.chrome = JSON.parse(readFileSync(join(scratch, 'chrome-mv3/manifest.json'), 'utf8'));
  manifests.firefox = JSON.parse(readFileSync(join(firefoxCopy, 'manifest.json'), 'utf8'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

/** The README's section on permissions: the lines of its table. */
function readmePermissions(): string {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const start = readme.indexOf('## Permissions');
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
}

describe('the built extension', () => {
  it.each(['chrome', 'firefox'] as const)('%s: asks for the permissions the README explains, and no host', (browser) => {
    const manifest = manifests[browser];
    const table = readmePermissions();
    for (const permission of manifest.permissions ?? []) expect(table, permission).toContain(`\`${permission}\``);
    expect(manifest.permissions?.sort()).toEqual(['contextMenus', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    for (const script of manifest.content_scripts ?? []) {
      expect(script.matches.sort()).toEqual(['file:///*', 'http://*/*', 'https://*/*']);
    }
  });

  it.each(['chrome', 'firefox'] as const)('%s: keeps the default policy for its pages and lets no web page connect', (browser) => {
    const manifest = manifests[browser];
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    // Pages may import only the page session and the card script, in Chromium only from a per-session address.
    const resources = manifest.web_accessible_resources ?? [];
    if (browser === 'chrome') {
      expect(resources).toEqual([
        { resources: ['session.js', 'card.js'], matches: ['http://*/*', 'https://*/*', 'file:///*'], use_dynamic_url: true },
      ]);
    } else {
      expect(resources).toEqual(['session.js', 'card.js']);
    }
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s: evaluates no string, loads no remote code and makes no request', (build) => {
    const dir = join(scratch, build);
    const files = scripts(dir);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const name = relative(dir, file);
      const code = readFileSync(file, 'utf8');
      expect(code, name).not.toMatch(/\beval\s*\(|new Function\s*\(|importScripts|XMLHttpRequest|WebSocket|EventSource|sendBeacon/);
      expect(code, name).not.toMatch(/import\s*\(\s*["'`]https?:|\bsrc\s*=\s*["'`]https?:/);
      // The one `fetch` is Vite's module-preload helper in the extension pages, which fetches the
      // pages' own <link rel=modulepreload> files.
      const fetches = code.match(/\bfetch\(/g) ?? [];
      const preload = code.match(/\bfetch\(\w+\.href,\w+\)/g) ?? [];
      expect(fetches.length, name).toBe(preload.length);
    }
  });

  it('passes web-ext lint with no error, and no warning the README does not explain', async () => {
    const lint = await run(`${ROOT}node_modules/.bin/web-ext`, ['lint', `--source-dir=${firefoxCopy}`, '--output=json'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(lint.stdout) as LintReport;
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
    const unexplained = report.warnings.filter(
      (warning) => !EXPLAINED_WARNINGS.some(({ code, file }) => warning.code === code && file.test(warning.file ?? '')),
    );
    expect(unexplained).toEqual([]);
    // Each explained warning is named in the README.
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    for (const { code } of EXPLAINED_WARNINGS) expect(readme, code).toContain(code);
  }, 60_000);
});
