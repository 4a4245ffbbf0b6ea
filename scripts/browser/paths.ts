import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, whichever directory the tests are started from. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CHROME_EXTENSION = `${ROOT}.output/chrome-mv3`;
export const FIREFOX_EXTENSION = `${ROOT}.output/firefox-mv2`;
export const FIREFOX_MV3_EXTENSION = `${ROOT}.output/firefox-mv3`;
export const FIXTURE_PAGES = `${ROOT}tests/fixtures/pages`;
export const DEMO_PAGES = `${ROOT}tests/fixtures/demo`;

/**
 * The browsers the tests, the demo and the benchmark drive: Debian's packages, or any other Chromium or
 * Firefox named by CHROMIUM_PATH and FIREFOX_PATH (which scripts/install-browsers.sh then leaves alone).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Fails early, with what to do, when the extension has not been built. */
export function requireBuilt(extensionDir: string): string {
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  return extensionDir;
}
