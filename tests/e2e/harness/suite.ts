import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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
