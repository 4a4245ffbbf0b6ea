import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { CHROME_EXTENSION, CHROMIUM, requireBuilt } from './paths';

/**
 * For functions that run inside the extension (`background.evaluate`, an extension page's
 * `page.evaluate`): `(globalThis as unknown as ChromeGlobal).chrome.tabs.query(...)`.
 */
export interface ChromeGlobal {
  readonly chrome: WxtBrowser;
}

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** The extension's background service worker, for calling `chrome.*` from the test. */
  readonly background: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's interface language; without it, the one the environment gives. */
  readonly lang?: 'de' | 'en';
  readonly headless?: boolean;
  /** More command-line switches, such as a proxy for recording the network. */
  readonly args?: readonly string[];
}

const LOCALES = { de: 'de-DE', en: 'en-US' } as const;

// On Linux Chromium takes its interface language from the environment, and only for languages whose
// translations are installed (Debian's chromium-l10n); `--lang` alone changes nothing there.
const UI_ENV = {
  de: { LANG: 'de_DE.UTF-8', LANGUAGE: 'de' },
  en: { LANG: 'en_US.UTF-8', LANGUAGE: 'en' },
} as const;

/** How every test and benchmark starts Chromium, the extension aside. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  // The machines have no network: without these Chromium reaches for it at every start.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

/**
 * Chromium with the unpacked extension in a fresh profile. The extension is copied first, so that a
 * rebuild of `.output` by someone else during a run cannot pull files from under the browser.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const { lang } = options;
  const source = requireBuilt(CHROME_EXTENSION);
  const scratch = mkdtempSync(join(tmpdir(), 'whoswho-chromium-'));
  const extension = join(scratch, 'extension');
  cpSync(source, extension, { recursive: true });

  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      ...(lang && { locale: LOCALES[lang], env: { ...process.env, ...UI_ENV[lang] } }),
      args: [
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
        ...CHROMIUM_FLAGS,
        // Lets the tests run the toolbar action through the DevTools protocol (Extensions.triggerAction),
        // which grants `activeTab` as a click on it does.
        '--enable-unsafe-extension-debugging',
        ...(options.args ?? []),
      ],
    });
    const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(background.url()).host;
    const opened = context;
    return {
      context: opened,
      extensionId,
      background,
      async close() {
        await opened.close();
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** The tab the browser opened with: the active tab, which the popup, the badge and the commands act on. */
export async function firstTab(browser: ExtensionBrowser): Promise<Page> {
  return browser.context.pages()[0] ?? browser.context.newPage();
}
