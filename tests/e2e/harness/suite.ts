import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { launchFirefox, type FirefoxBrowser, type FirefoxGlobal, type FirefoxOptions } from './firefox';
import { launchChromium, type ExtensionBrowser, type LaunchOptions } from '../../../scripts/browser/chromium';
import { FIXTURE_PAGES } from '../../../scripts/browser/paths';
import { startStaticServer, type StaticServer } from '../../../scripts/browser/static-server';

export interface SuiteOptions extends LaunchOptions {
  /** The folder the server serves: the fixture pages unless given. */
  readonly pages?: string;
  /** Adds the file's own routes to the server before the browser starts. */
  readonly serve?: (server: StaticServer) => void;
}

/** The server and the browser that a test file shares among its tests. */
export interface ChromiumSuite {
  readonly server: StaticServer;
  readonly browser: ExtensionBrowser;
  /** Opens `path` of the server in a new tab. */
  openPage(path: string): Promise<Page>;
}

// A getter read at the top level of a file would run before the hooks: say so rather than give undefined.
function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The suite's ${what} is not started yet: read it in a hook or a test`);
  return value;
}

/**
 * Starts a static server and Chromium with the extension before the file's tests, and closes both after
 * them. The browser's interface is English unless `lang` says otherwise: the tests compare English texts.
 * Register it before the file's own hooks, which then find both started (vitest runs `beforeAll` hooks
 * in order and `afterAll` hooks in reverse).
 */
export function useChromiumSuite(options: SuiteOptions = {}): ChromiumSuite {
  const { pages = FIXTURE_PAGES, serve, ...launch } = options;
  let server: StaticServer | undefined;
  let browser: ExtensionBrowser | undefined;

  beforeAll(async () => {
    server = await startStaticServer(pages);
    serve?.(server);
    browser = await launchChromium({ lang: 'en', ...launch });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const suite: ChromiumSuite = {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async openPage(path) {
      const page = await suite.browser.context.newPage();
      await page.goto(`${suite.server.origin}${path}`);
      return page;
    },
  };
  return suite;
}

/** The server and the Firefox that a test file shares among its tests. */
export interface FirefoxSuite {
  readonly server: StaticServer;
  readonly firefox: FirefoxBrowser;
  /** The tab Firefox opened with, the active one: where the tests load their pages. */
  readonly tab: FirefoxPage;
  /** The extension's id for that tab, as the popup and the commands know it. */
  readonly tabId: number;
  /** Loads `path` of the server in the suite's tab. */
  load(path: string): Promise<FirefoxPage>;
  /** Puts every setting back to its default, from an extension page; open tabs follow as they follow any change. */
  clearSettings(): Promise<void>;
}

export type FirefoxSuiteOptions = Pick<SuiteOptions, 'serve'> & FirefoxOptions;

/**
 * As `useChromiumSuite`, for Firefox ESR: a static server and one Firefox with the extension for the
 * file's tests, and the tab they work in. Register it before the file's own hooks.
 */
export function useFirefoxSuite(options: FirefoxSuiteOptions = {}): FirefoxSuite {
  let server: StaticServer | undefined;
  let firefox: FirefoxBrowser | undefined;
  let tab: FirefoxPage | undefined;
  let tabId: number | undefined;

  /** Runs `fn` in a page of the extension's own, opened for the purpose. */
  const inExtensionPage = async <T>(fn: () => Promise<T>): Promise<T> => {
    const page = await suite.firefox.openExtensionPage('/options.html');
    try {
      return (await page.evaluate(fn)) as T;
    } finally {
      await page.close();
    }
  };

  beforeAll(async () => {
    server = await startStaticServer(FIXTURE_PAGES);
    options.serve?.(server);
    firefox = await launchFirefox(options);
    tab = await firefox.firstTab();
    // The extension's tab ids are its own: ask it, from one of its pages, which other tab there is.
    const others = await inExtensionPage(async () => {
      const { tabs } = (globalThis as unknown as FirefoxGlobal).browser;
      const self = await tabs.getCurrent();
      return (await tabs.query({})).map((t) => t.id).filter((id) => id !== self?.id);
    });
    if (others.length !== 1) throw new Error(`Expected one tab besides the extension page, found ${others.length}`);
    tabId = others[0];
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const suite: FirefoxSuite = {
    get server() {
      return started(server, 'server');
    },
    get firefox() {
      return started(firefox, 'Firefox');
    },
    get tab() {
      return started(tab, 'tab');
    },
    get tabId() {
      return started(tabId, 'tab id');
    },
    async load(path) {
      await suite.tab.bringToFront();
      await suite.tab.goto(`${suite.server.origin}${path}`);
      return suite.tab;
    },
    async clearSettings() {
      await inExtensionPage(() => (globalThis as unknown as FirefoxGlobal).browser.storage.sync.clear());
    },
  };
  return suite;
}
