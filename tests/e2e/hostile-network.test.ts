import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForCard } from '../../scripts/browser/card';
import { firstTab, launchChromium, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { hoverMention, waitForHighlights } from '../../scripts/browser/highlights';
import { serveVendor, waitFor } from './harness/hostile';
import { FIXTURE_PAGES } from '../../scripts/browser/paths';
import { openActionPopup } from './harness/popup';
import { startStaticServer, type StaticServer } from '../../scripts/browser/static-server';

/**
 * Nothing leaves the browser. While the fixture pages are browsed (with cards hovered, so that the card
 * script loads), and the popup and the options page are opened, three records are kept:
 * - Chromium's own network log, which names the initiator of every request the network service makes
 *   (a page's origin, `chrome-extension://<id>` for the extension, none for the browser's own);
 * - a proxy that every connection not to this machine is sent to, which writes it down and refuses it;
 * - the fixture servers' log of what they received, against the requests Playwright saw pages make.
 * The extension must initiate no request at all, and the servers must get nothing a page did not ask
 * for. A control at the end has the extension's worker make two requests, which every record shows.
 */

/** A proxy that writes down every request and CONNECT it gets, and refuses them all. */
async function startTrap(): Promise<{ server: Server; origin: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

let server: StaticServer;
let other: StaticServer;
let trap: Awaited<ReturnType<typeof startTrap>>;
let browser: ExtensionBrowser;
let scratch: string;
let netLog: string;
/** Every request Playwright saw, from pages, frames and workers of the browser context. */
const requests: Request[] = [];

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'whoswho-netlog-'));
  netLog = join(scratch, 'netlog.json');
  server = await startStaticServer(FIXTURE_PAGES);
  other = await startStaticServer(FIXTURE_PAGES);
  serveVendor(server);
  trap = await startTrap();
  // Loopback addresses bypass the proxy (Chromium's default): the fixture servers are reached
  // directly, everything else goes to the trap.
  browser = await launchChromium({
    lang: 'en',
    args: [`--proxy-server=${trap.origin}`, `--log-net-log=${netLog}`, '--net-log-capture-mode=Default'],
  });
  browser.context.on('request', (request) => requests.push(request));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
  await new Promise((resolve) => trap?.server.close(resolve));
  rmSync(scratch, { recursive: true, force: true });
});

interface NetLogRequest {
  readonly method: string;
  readonly url: string;
  /** The origin that asked for it; none for the browser's own requests and for navigations. */
  readonly initiator: string | undefined;
}

/** The requests in Chromium's network log (written out when the browser closes). */
function readNetLog(file: string): NetLogRequest[] {
  const text = readFileSync(file, 'utf8');
  // A log cut short lacks its closing brackets.
  const log = (() => {
    try {
      return JSON.parse(text);
    } catch {
      return JSON.parse(`${text.replace(/,\s*$/, '')}]}`);
    }
  })() as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { method?: string; url?: string; initiator?: string } }[];
  };
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((event) => event.type === startJob && event.params?.url)
    .map(({ params }) => ({
      method: params!.method ?? '',
      url: params!.url!,
      initiator: params!.initiator?.includes('://') ? params!.initiator : undefined,
    }));
}

// Every fixture page of the suites, the hostile ones included.
const PAGES = [
  '/mentions.html',
  '/surnames.html',
  '/erwaehnungen.html',
  '/hostile/react-app.html',
  '/hostile/hydrate.html',
  '/hostile/editor-form.html',
  '/hostile/css-reset.html',
  '/hostile/css-hide.html',
  '/hostile/css-transform.html',
  '/hostile/globals.html',
  '/hostile/registry.html',
  '/hostile/card-internals.html',
  '/hostile/card-upgrade.html',
  '/hostile/frames-only.html',
  '/hostile/frames-many.html',
  '/hostile/text.html',
  '/hostile/spa.html',
  '/hostile/frameset.html',
  '/hostile/page.xhtml',
  '/hostile/doc.xml',
  '/hostile/image.svg',
];

const isPageRequest = (request: Request) => {
  if (request.serviceWorker()) return false;
  try {
    return /^https?:/.test(request.frame().url()) || request.frame().url().startsWith('about:');
  } catch {
    return false;
  }
};

const count = (list: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
};

describe('nothing leaves the browser (Chromium)', () => {
  it('sends no request of its own while the fixture pages are browsed and the popup is used', async () => {
    const tab = await firstTab(browser);
    for (const path of PAGES) {
      await tab.goto(`${server.origin}${path}`);
      await tab.waitForTimeout(300);
    }
    const crossSite = other.origin.replace('127.0.0.1', 'localhost');
    await tab.goto(`${server.origin}/hostile/frames.html?cross=${other.origin}&site=${crossSite}`);
    await tab.waitForTimeout(1_000);
    // The card script loads on a hover.
    await tab.goto(`${server.origin}/mentions.html`);
    await waitForHighlights(tab, 9);
    await hoverMention(tab, 'leike', 'full');
    await waitForCard(tab, true);
    // The popup, with the tab's mentions, and the options page.
    const popup = await openActionPopup(browser, tab);
    await popup.waitForText((text) => text.includes('Jan Leike'));
    await popup.close();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForTimeout(800);
    await options.close();
    await tab.waitForTimeout(500);

    // (The proxy did see requests: Chromium's own, such as its sign-in and autofill services; the
    // network log tells whose they are, in the next test.)
    const fixtures = [server.origin, other.origin, crossSite];
    for (const request of requests) {
      const url = request.url();
      // The extension's own files: the popup's, the options page's, and the card script, which pages
      // import from a per-session address (`use_dynamic_url`). It is the browser's only extension.
      if (url.startsWith('chrome-extension://')) continue;
      expect(isPageRequest(request), `${url} was not made by a page`).toBe(true);
      expect(
        fixtures.some((origin) => url.startsWith(`${origin}/`)),
        `${url} goes elsewhere`,
      ).toBe(true);
    }
    // Every request the fixture servers got was one a page made (and the browser's icon requests).
    const made = count(
      requests
        .filter(isPageRequest)
        .map((request) => `${request.method()} ${new URL(request.url()).pathname}${new URL(request.url()).search}`),
    );
    for (const [line, times] of count([...server.requests, ...other.requests])) {
      if (line === 'GET /favicon.ico') continue;
      expect(made.get(line) ?? 0, `${line}: ${times} received`).toBeGreaterThanOrEqual(times);
    }
  });

  it('initiated no request at all, by the network log; the control requests show that it would see them', async () => {
    // The control: the extension's worker asks for a page elsewhere and for one on the fixture server.
    const before = server.requests.length;
    await browser.background.evaluate(async (fixture) => {
      await Promise.allSettled([fetch('https://example.org/control-beacon'), fetch(`${fixture}/control-beacon`)]);
    }, server.origin);
    await waitFor(
      async () => trap.seen,
      (seen) => seen.includes('CONNECT example.org:443'),
      'the trap',
    );
    expect(server.requests.slice(before)).toContain('GET /control-beacon');
    // Playwright saw the worker's request, and would have told it from a page's.
    const beacon = requests.find((request) => request.url().endsWith('/control-beacon'));
    expect(beacon, 'the extension worker’s request among the ones Playwright saw').toBeDefined();
    expect(isPageRequest(beacon!), 'Playwright would have told the beacon from a page request').toBe(false);

    // The log is complete once the browser has closed.
    await browser.close();
    const logged = readNetLog(netLog);
    expect(logged.some((request) => request.url.startsWith(`${server.origin}/mentions.html`))).toBe(true);
    const byExtension = logged.filter((request) => request.initiator?.startsWith('chrome-extension://'));
    expect(byExtension.map((request) => `${request.method} ${request.url}`).sort()).toEqual([
      `GET ${server.origin}/control-beacon`,
      'GET https://example.org/control-beacon',
    ]);
    // What the trap saw was the browser's own (no initiator) and the control.
    const browsersOwn = new Set(
      logged.filter((request) => !request.initiator).map((request) => new URL(request.url).host),
    );
    for (const line of trap.seen) {
      const host = line.startsWith('CONNECT ') ? line.slice(8).replace(/:443$/, '') : new URL(line.split(' ')[1]!).host;
      expect(browsersOwn.has(host) || host === 'example.org', `${line} from whom?`).toBe(true);
    }
  });
});
