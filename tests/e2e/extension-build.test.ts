import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_EXTENSION,
  FIREFOX_EXTENSION,
  FIREFOX_MV3_EXTENSION,
  requireBuilt,
  ROOT,
} from '../../scripts/browser/paths';

/**
 * The built extension, as the stores get it: the manifests ask for the fewest permissions (each one
 * explained in the README), keep the extension pages' default Content-Security-Policy and let no web
 * page connect; they describe the extension within the stores' 132 characters in every language and
 * carry its icon at every size the stores and toolbars use; the Firefox builds need the first Firefox
 * with the CSS Custom Highlight API and keep one add-on id; the bundles evaluate no strings and make
 * no requests; and `web-ext lint` finds no error in either Firefox build, nor any warning the README
 * does not explain.
 */

const run = promisify(execFile);

type IconSet = Record<string, string>;

interface ToolbarButton {
  readonly default_area?: string;
  readonly default_icon?: IconSet;
  readonly theme_icons?: { light: string; dark: string; size: number }[];
}

interface Manifest {
  readonly manifest_version: number;
  readonly name: string;
  readonly description: string;
  readonly icons?: IconSet;
  readonly action?: ToolbarButton;
  readonly browser_action?: ToolbarButton;
  readonly browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
    gecko_android?: { strict_min_version?: string };
  };
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
  // Preact's support for `dangerouslySetInnerHTML`, which the source never uses (source-hygiene.test.ts).
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(card\.js|chunks\/[\w-]+\.js)$/ },
  // `import(runtime.getURL('/wake.js'))`, the wake script's of '/session.js' and '/card.js', and the
  // session's `import(<the card script's URL>)`: the extension's own packaged scripts, loaded where a
  // page needs them.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(content-scripts\/content|wake|session)\.js$/ },
];

const BUILDS = {
  'chrome-mv3': CHROME_EXTENSION,
  'firefox-mv2': FIREFOX_EXTENSION,
  'firefox-mv3': FIREFOX_MV3_EXTENSION,
};
type Build = keyof typeof BUILDS;
const ALL_BUILDS = Object.keys(BUILDS) as Build[];
const FIREFOX_BUILDS = ['firefox-mv2', 'firefox-mv3'] as const;

/** The stores' limit for the manifest's description (the Chrome Web Store's; AMO's summary is longer). */
const DESCRIPTION_MAX = 132;
/** Every size the stores and toolbars use. */
const ICON_SIZES = ['16', '32', '48', '96', '128'];
/**
 * AMO knows the add-on by this id from its first upload on: a new id is a new add-on, without its users.
 * Changing it here as well as in wxt.config.ts is deliberate, never a side effect.
 */
const GECKO_ID = '{877106b3-dbd3-4f09-81cd-9cbfe821ad5d}';
/** The first Firefox with the CSS Custom Highlight API (`CSS.highlights`), which marking needs. */
const FIREFOX_MIN_VERSION = '140.0';

let scratch: string;
const manifests = {} as Record<Build, Manifest>;

beforeAll(() => {
  // Copies: a rebuild of .output meanwhile cannot change what is checked.
  scratch = mkdtempSync(join(tmpdir(), 'whoswho-build-'));
  for (const build of ALL_BUILDS) {
    cpSync(requireBuilt(BUILDS[build]), join(scratch, build), { recursive: true });
    manifests[build] = JSON.parse(readFileSync(join(scratch, build, 'manifest.json'), 'utf8'));
  }
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

/** The manifest's description as each locale of the build spells it. */
function descriptions(build: Build): Record<string, string> {
  const key = /^__MSG_(\w+)__$/.exec(manifests[build].description)?.[1];
  if (!key) throw new Error(`The ${build} manifest's description is not localized: ${manifests[build].description}`);
  const locales = join(scratch, build, '_locales');
  return Object.fromEntries(
    readdirSync(locales).map((locale) => {
      const messages = JSON.parse(readFileSync(join(locales, locale, 'messages.json'), 'utf8')) as Record<
        string,
        { message: string }
      >;
      return [locale, messages[key]?.message ?? ''];
    }),
  );
}

/** Width and height from a PNG's header, or undefined for any other file. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (bytes.toString('latin1', 1, 4) !== 'PNG' || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function expectIcon(build: Build, path: string, size: number) {
  expect(pngSize(join(scratch, build, path)), `${build}/${path}`).toEqual({ width: size, height: size });
}

/** The README's section on permissions: the lines of its table. */
function readmePermissions(): string {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const start = readme.indexOf('## Permissions');
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
}

describe('the built extension', () => {
  it('is built for Chrome (MV3) and for Firefox, MV2 and MV3', () => {
    expect(Object.keys(manifests).sort()).toEqual(['chrome-mv3', 'firefox-mv2', 'firefox-mv3']);
    expect(ALL_BUILDS.map((build) => manifests[build].manifest_version)).toEqual([3, 2, 3]);
  });

  it.each(ALL_BUILDS)('%s: asks for the permissions the README explains, and no host', (build) => {
    const manifest = manifests[build];
    const table = readmePermissions();
    for (const permission of manifest.permissions ?? []) expect(table, permission).toContain(`\`${permission}\``);
    expect(manifest.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    for (const script of manifest.content_scripts ?? []) {
      expect(script.matches.sort()).toEqual(['file:///*', 'http://*/*', 'https://*/*']);
    }
  });

  it.each(ALL_BUILDS)('%s: keeps the default policy for its pages and lets no web page connect', (build) => {
    const manifest = manifests[build];
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    // Pages may import only the wake script, the page session and the card script, in Chromium only from a
    // per-session address.
    const resources = manifest.web_accessible_resources ?? [];
    if (manifest.manifest_version === 3) {
      expect(resources).toEqual([
        {
          resources: ['wake.js', 'session.js', 'card.js'],
          matches: ['http://*/*', 'https://*/*', 'file:///*'],
          use_dynamic_url: true,
        },
      ]);
    } else {
      expect(resources).toEqual(['wake.js', 'session.js', 'card.js']);
    }
  });

  it.each(ALL_BUILDS)(
    '%s: describes itself in at most 132 characters, in English, German and nothing else',
    (build) => {
      const text = descriptions(build);
      expect(Object.keys(text).sort()).toEqual(['de', 'en']);
      for (const [locale, description] of Object.entries(text)) {
        expect(description.trim(), locale).not.toBe('');
        expect([...description].length, `${locale}: ${description}`).toBeLessThanOrEqual(DESCRIPTION_MAX);
      }
    },
  );

  it('gives the stores the same short description as the manifest, in each language', () => {
    for (const [locale, description] of Object.entries(descriptions('chrome-mv3'))) {
      expect(readFileSync(`${ROOT}docs/store/listing-${locale}.md`, 'utf8'), locale).toContain(`\n${description}\n`);
    }
  });

  it.each(ALL_BUILDS)('%s: has its icon at every size, for the extension and its toolbar button', (build) => {
    const manifest = manifests[build];
    expect(Object.keys(manifest.icons ?? {}).sort(), 'icons').toEqual([...ICON_SIZES].sort());
    for (const [size, path] of Object.entries(manifest.icons ?? {})) expectIcon(build, path, Number(size));
    // MV2's toolbar button is the `browser_action`, MV3's the `action`.
    const button = manifest.manifest_version === 3 ? manifest.action : manifest.browser_action;
    expect(button?.default_icon, 'toolbar button').toEqual(manifest.icons);
  });

  it.each(FIREFOX_BUILDS)('%s: has a light variant of its toolbar icon for dark toolbars', (build) => {
    const manifest = manifests[build];
    const button = manifest.manifest_version === 3 ? manifest.action : manifest.browser_action;
    const themed = button?.theme_icons ?? [];
    expect(themed.map(({ size }) => String(size)).sort()).toEqual([...ICON_SIZES].sort());
    for (const { light, dark, size } of themed) {
      // `dark` is the icon for light toolbars (dark on light), the extension's own; `light` the other way.
      expect(dark).toBe(manifest.icons?.[size]);
      expect(light).not.toBe(dark);
      expectIcon(build, light, size);
    }
  });

  it.each(FIREFOX_BUILDS)('%s: puts its button in the toolbar, not in the extensions menu', (build) => {
    const manifest = manifests[build];
    const button = manifest.manifest_version === 3 ? manifest.action : manifest.browser_action;
    expect(button?.default_area).toBe('navbar');
  });

  it('gives Chrome no key it does not know', () => {
    expect(manifests['chrome-mv3'].action?.default_area).toBeUndefined();
    expect(manifests['chrome-mv3'].action?.theme_icons).toBeUndefined();
    expect(manifests['chrome-mv3'].browser_specific_settings).toBeUndefined();
  });

  it.each(FIREFOX_BUILDS)(
    '%s: needs Firefox 140, keeps its {UUID} add-on id and declares that no data is collected',
    (build) => {
      expect(manifests[build].browser_specific_settings?.gecko).toEqual({
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      });
      // Firefox for Android reads `data_collection_permissions` from 142 on.
      expect(manifests[build].browser_specific_settings?.gecko_android).toEqual({ strict_min_version: '142.0' });
    },
  );

  it.each(ALL_BUILDS)('%s: evaluates no string, loads no remote code and makes no request', (build) => {
    const dir = join(scratch, build);
    const files = scripts(dir);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const name = relative(dir, file);
      const code = readFileSync(file, 'utf8');
      expect(code, name).not.toMatch(
        /\beval\s*\(|new Function\s*\(|importScripts|XMLHttpRequest|WebSocket|EventSource|sendBeacon/,
      );
      expect(code, name).not.toMatch(/import\s*\(\s*["'`]https?:|\bsrc\s*=\s*["'`]https?:/);
      // The one `fetch` is Vite's module-preload helper in the extension pages, which fetches the
      // pages' own <link rel=modulepreload> files.
      const fetches = code.match(/\bfetch\(/g) ?? [];
      const preload = code.match(/\bfetch\(\w+\.href,\w+\)/g) ?? [];
      expect(fetches.length, name).toBe(preload.length);
    }
  });

  it.each(FIREFOX_BUILDS)(
    '%s: passes web-ext lint with no error, and no warning the README does not explain',
    async (build) => {
      const lint = await run(
        `${ROOT}node_modules/.bin/web-ext`,
        ['lint', `--source-dir=${join(scratch, build)}`, '--output=json'],
        {
          cwd: ROOT,
          maxBuffer: 16 * 1024 * 1024,
        },
      ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(lint.stdout) as LintReport;
      expect(report.errors).toEqual([]);
      expect(report.summary.errors).toBe(0);
      const unexplained = report.warnings.filter(
        (warning) =>
          !EXPLAINED_WARNINGS.some(({ code, file }) => warning.code === code && file.test(warning.file ?? '')),
      );
      expect(unexplained).toEqual([]);
      // Each explained warning is named in the README.
      const readme = readFileSync(`${ROOT}README.md`, 'utf8');
      for (const { code } of EXPLAINED_WARNINGS) expect(readme, code).toContain(code);
    },
    60_000,
  );
});
