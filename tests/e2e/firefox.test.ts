import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_MENTIONS } from './harness/expected';
import { runFirefox, type FirefoxRun } from './harness/firefox';
import type { HighlightTexts } from './harness/highlights';
import { FIXTURE_PAGES } from './harness/paths';
import { startStaticServer, type StaticServer } from './harness/static-server';

interface PageReport {
  readonly userAgent: string;
  readonly highlights: HighlightTexts;
  readonly mutations: string[];
}

const REPORT_TIMEOUT_MS = 45_000;

let server: StaticServer;
let firefox: FirefoxRun | undefined;
let report: PageReport;

beforeAll(async () => {
  server = await startStaticServer(FIXTURE_PAGES);
  // The page posts what it sees to the server (tests/fixtures/pages/page-probe.js): web-ext gives no
  // handle on the page itself.
  const reported = server.nextReport<PageReport>();
  firefox = runFirefox(`${server.origin}/mentions.html#report`);
  const timeout = new Promise<never>((_, reject) => {
    const fail = () => reject(new Error(`No report from Firefox. web-ext said:\n${firefox?.output()}`));
    setTimeout(fail, REPORT_TIMEOUT_MS).unref();
  });
  report = await Promise.race([reported, timeout]);
}, REPORT_TIMEOUT_MS + 15_000);

afterAll(async () => {
  await firefox?.stop();
  await server?.close();
});

describe('Firefox ESR', () => {
  it('ran the page in Firefox', () => {
    expect(report.userAgent).toContain('Firefox/');
  });

  it('highlights the same mentions as Chromium, and none in the traps or fields', () => {
    expect(report.highlights).toEqual(EXPECTED_MENTIONS);
  });

  it('changes no node of the page while detecting', () => {
    expect(report.mutations).toEqual([]);
  });
});
