import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, FIREFOX_EXTENSION, requireBuilt } from '../../../scripts/browser/paths';

/**
 * Firefox ESR with the extension, driven with real input: puppeteer-core over WebDriver BiDi, which
 * moves the pointer and presses keys as a user does (web-ext, in harness/firefox.ts, can only open
 * pages). The extension's internal address is fixed by a preference, so that its pages can be told
 * from others.
 */
export interface FirefoxWithInput {
  readonly browser: Browser;
  /** `moz-extension://<uuid>`, where the extension's pages are. */
  readonly extensionOrigin: string;
  /** The address of each open tab. (WebDriver reports the extension's pages as about:blank.) */
  tabUrls(): Promise<string[]>;
  close(): Promise<void>;
}

const UUID = '6f0c9a52-8f7e-4c4b-9a5e-0d2b7c1e3a44';

export async function launchFirefoxWithInput(): Promise<FirefoxWithInput> {
  requireBuilt(FIREFOX_EXTENSION);
  const scratch = mkdtempSync(join(tmpdir(), 'whoswho-firefox-input-'));
  // A copy survives a rebuild of .output during the run.
  const extension = join(scratch, 'extension');
  cpSync(FIREFOX_EXTENSION, extension, { recursive: true });
  const { browser_specific_settings: settings } = JSON.parse(
    readFileSync(join(extension, 'manifest.json'), 'utf8'),
  ) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [settings.gecko.id]: UUID }) },
  });
  try {
    await browser.installExtension(extension);
  } catch (error) {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    extensionOrigin: `moz-extension://${UUID}`,
    async tabUrls() {
      const pages: Page[] = await browser.pages();
      return Promise.all(pages.map((page) => page.evaluate(() => location.href).catch(() => page.url())));
    },
    async close() {
      await browser.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
