import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, launchChromium } from '../browser/chromium';
import { CHROMIUM } from '../browser/paths';

export interface BenchBrowsers {
  /** Chromium with the built extension. */
  readonly withExtension: BrowserContext;
  /** The same Chromium, same flags, without it: the control for every figure. */
  readonly plain: BrowserContext;
  /** Chromium's version, as the browser reports it. */
  readonly version: string;
  close(): Promise<void>;
}

// The flags the e2e harness gives Chromium, less the extension's: both browsers differ only in it.
const FLAGS = ['--lang=en', ...CHROMIUM_FLAGS];

/** One Chromium with the extension and one without, open side by side for the whole run. */
export async function launchBrowsers(): Promise<BenchBrowsers> {
  const extension = await launchChromium();
  const scratch = mkdtempSync(join(tmpdir(), 'whoswho-bench-'));
  const plain = await chromium.launchPersistentContext(scratch, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    args: FLAGS,
  });
  return {
    withExtension: extension.context,
    plain,
    version: plain.browser()?.version() ?? (await versionOf(plain)),
    async close() {
      await plain.close();
      rmSync(scratch, { recursive: true, force: true });
      await extension.close();
    },
  };
}

// A persistent context has no Browser object; the protocol still knows the version.
async function versionOf(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
  await cdp.detach();
  return product.replace(/^[^/]*\//, '');
}
