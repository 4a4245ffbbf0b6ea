import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_MENTIONS, EXPECTED_STRUCTURE } from './harness/expected';
import { runFirefox, type FirefoxRun } from '../../scripts/browser/web-ext-firefox';
import type { HighlightTexts } from '../../scripts/browser/highlights';
import { FIXTURE_PAGES } from '../../scripts/browser/paths';
import { startStaticServer, type StaticServer } from '../../scripts/browser/static-server';

interface PageReport {
  /** The path of the page that reported. */
  readonly page: string;
  readonly userAgent: string;
  readonly highlights: HighlightTexts;
  readonly mutations: string[];
}

const REPORT_TIMEOUT_MS = 45_000;
const PAGES = ['/mentions.html', '/structure.html'] as const;

let server: StaticServer;
let firefox: FirefoxRun | undefined;
let reports: Map<string, PageReport>;

beforeAll(async () => {
  server = await startStaticServer(FIXTURE_PAGES);
  // Each page posts what it sees to the server (tests/fixtures/pages/page-probe.js): web-ext gives no
  // handle on the page itself. One Firefox opens both pages, in two tabs.
  const reported = Promise.all(PAGES.map(() => server.nextReport<PageReport>()));
  firefox = runFirefox(...PAGES.map((path) => `${server.origin}${path}#report`));
  const timeout = new Promise<never>((_, reject) => {
    const fail = () => reject(new Error(`No report from Firefox. web-ext said:\n${firefox?.output()}`));
    setTimeout(fail, REPORT_TIMEOUT_MS).unref();
  });
  reports = new Map((await Promise.race([reported, timeout])).map((report) => [report.page, report]));
}, REPORT_TIMEOUT_MS + 15_000);

afterAll(async () => {
  await firefox?.stop();
  await server?.close();
});

describe('Firefox ESR', () => {
  const report = (page: (typeof PAGES)[number]) => reports.get(page)!;

  it('ran the pages in Firefox', () => {
    for (const page of PAGES) expect(report(page).userAgent).toContain('Firefox/');
  });

  it('highlights the same mentions as Chromium, and none in the traps or fields', () => {
    expect(report('/mentions.html').highlights).toEqual(EXPECTED_MENTIONS);
  });

  it('reads names split over inline elements and in open shadow roots, nested ones too', () => {
    expect(report('/structure.html').highlights).toEqual(EXPECTED_STRUCTURE);
  });

  it('changes no node of the pages while detecting', () => {
    for (const page of PAGES) expect(report(page).mutations).toEqual([]);
  });
});
