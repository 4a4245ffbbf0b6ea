import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxBrowser } from './harness/firefox';
import { NO_MARKS, type HighlightTexts } from '../../scripts/browser/highlights';
import { serveVendor } from './harness/hostile';
import { FIREFOX_EXTENSION, FIXTURE_PAGES } from '../../scripts/browser/paths';
import { startStaticServer, type StaticServer } from '../../scripts/browser/static-server';

/**
 * The key hostile pages in Firefox ESR, in one load: a hub page holds them in frames (a Preact app that
 * re-renders, one that hydrates, a page that replaced the globals the extension uses, page CSS aimed at
 * everything, a strict Content-Security-Policy, an editor with form fields, hard text, a cross-site
 * frame and a srcdoc frame), and each posts what it saw to the test server (tests/fixtures/pages/
 * hostile/probe.js), which watches each page from its first moment. Firefox reports the content script's errors only to its own console, so what is
 * checked is what the pages see: the marks, the DOM left as it was, the apps working, and no error or
 * policy violation of the extension's reaching the page.
 */

interface Report {
  readonly name: string;
  readonly userAgent: string;
  readonly highlights: HighlightTexts;
  /** Whether the extension's style sheet for the marks applies to the document. */
  readonly styled: boolean;
  readonly mutations: string[];
  readonly errors: string[];
  readonly extra: Record<string, unknown> | null;
}

const FROM_SERVER = [
  'react-app',
  'hydrate',
  'globals',
  'css-reset',
  'csp',
  'editor-form',
  'text',
  'srcdoc',
  'forged-start',
];
const FROM_OTHER = ['cross-site'];
const REPORTS_TIMEOUT_MS = 60_000;

let server: StaticServer;
let other: StaticServer;
let firefox: FirefoxBrowser | undefined;
const reports = new Map<string, Report>();

async function collect(from: StaticServer, names: readonly string[]) {
  while (!names.every((name) => reports.has(name))) {
    const report = await from.nextReport<Report>();
    reports.set(report.name, report);
  }
}

beforeAll(async () => {
  server = await startStaticServer(FIXTURE_PAGES);
  other = await startStaticServer(FIXTURE_PAGES);
  serveVendor(server);
  // The strict page, with the probe let in: scripts and requests to its own origin only.
  const csp = readFileSync(`${FIXTURE_PAGES}/hostile/csp.html`, 'utf8').replace(
    '</body>',
    '<script src="probe.js"></script>\n</body>',
  );
  server.route('/hostile/csp-report.html', 'text/html; charset=utf-8', csp, {
    'content-security-policy': "default-src 'none'; script-src 'self'; connect-src 'self'",
  });
  // Invalid UTF-8, as in hostile-text.test.ts: a stray 0xFF and an encoded surrogate.
  const [before, after] = readFileSync(`${FIXTURE_PAGES}/hostile/text.html`, 'utf8').split(
    'Placeholder for invalid UTF-8 bytes.',
  );
  server.route(
    '/hostile/text.html',
    'text/html; charset=utf-8',
    Buffer.concat([
      Buffer.from(`${before}Sam Altman`),
      Buffer.from([0xff, 0xed, 0xa0, 0x80]),
      Buffer.from(` met Jan Leike.${after}`),
    ]),
  );
  const crossSite = other.origin.replace('127.0.0.1', 'localhost');
  // An add-on's id is public: the page that forges the start event knows it.
  const manifest = JSON.parse(readFileSync(`${FIREFOX_EXTENSION}/manifest.json`, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const extension = encodeURIComponent(manifest.browser_specific_settings.gecko.id);
  firefox = await launchFirefox();
  await (
    await firefox.firstTab()
  ).goto(`${server.origin}/hostile/firefox-hub.html?cross=${crossSite}&extension=${extension}`);
  const timeout = new Promise<never>((_, reject) => {
    const fail = () => reject(new Error(`Reports from ${[...reports.keys()].join(', ') || 'no page'} only`));
    setTimeout(fail, REPORTS_TIMEOUT_MS).unref();
  });
  await Promise.race([Promise.all([collect(server, FROM_SERVER), collect(other, FROM_OTHER)]), timeout]);
}, REPORTS_TIMEOUT_MS + 15_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  await other?.close();
});

const report = (name: string) => reports.get(name)!;

describe('hostile pages in Firefox ESR', () => {
  it('ran the pages in Firefox, each without an error the page could see', () => {
    for (const [name, { userAgent, errors }] of reports) {
      expect(userAgent, name).toContain('Firefox/');
      // Policy violations included: the strict page's own style sheet is blocked before probe.js
      // listens, anything of the extension's would be after.
      expect(errors, name).toEqual([]);
    }
  });

  it('follows the Preact app, which keeps working', () => {
    const { highlights, extra, mutations, styled } = report('react-app');
    expect(highlights).toEqual(extra!.expected);
    expect(styled).toBe(true);
    expect(extra!.renders).toBeGreaterThan(5);
    expect(extra!.consoleErrors).toEqual([]);
    const byApp = /^(characterData #text|childList (UL#people|LI#person-\w+|P#ticker|B|I|BUTTON#counter)( [+-]\S+)+)$/;
    expect(mutations.filter((line) => !byApp.test(line))).toEqual([]);
  });

  it('marks the server-rendered HTML, which then hydrates without a mismatch', () => {
    const { highlights, extra, mutations } = report('hydrate');
    expect(extra).toEqual({ done: true, marked: true, sameNodes: true, mutationsBefore: [], consoleErrors: [] });
    expect(highlights).toEqual({
      ...NO_MARKS,
      sutskever: ['story-lead: Ilya Sutskever'],
      altman: ['story-update: Sam Altman'],
      pachocki: ['story-lead: Jakub Pachocki'],
    });
    expect(mutations).toEqual([]);
  });

  it('works on the page that replaced its globals, calling none of the page’s versions (Xray wrappers)', () => {
    const { highlights, extra, mutations } = report('globals');
    expect(highlights).toEqual({
      sutskever: ['lead: Ilya Sutskever'],
      altman: ['lead: Sam Altman'],
      leike: ['lead: Jan Leike'],
      pachocki: ['next: Jakub Pachocki'],
    });
    expect(extra).toEqual({ hostileLog: [] });
    expect(mutations).toEqual([]);
  });

  it('marks and styles the pages with hostile CSS and with a strict policy, changing nothing', () => {
    for (const name of ['css-reset', 'csp']) {
      const { highlights, styled, mutations } = report(name);
      expect(highlights, name).toEqual({
        sutskever: ['lead: Ilya Sutskever'],
        altman: ['lead: Sam Altman'],
        leike: ['more: Jan Leike'],
        pachocki: ['more: Jakub Pachocki'],
      });
      expect(styled, name).toBe(true);
      expect(mutations, name).toEqual([]);
    }
  });

  it('reads no editor or form field', () => {
    const { highlights, mutations } = report('editor-form');
    expect(highlights).toEqual({ ...NO_MARKS, altman: ['outside: Sam Altman'] });
    expect(mutations).toEqual([]);
  });

  it('finds the names in right-to-left text, among marks, emoji, invalid bytes and lone surrogates', () => {
    const { highlights, mutations } = report('text');
    expect(highlights).toEqual({
      sutskever: [
        'bidi: Ilya Sutskever',
        'emoji: Ilya Sutskever',
        'rtl-ar: Ilya Sutskever',
        'surrogates: Ilya Sutskever',
      ],
      altman: [
        'bidi: Sam Altman',
        'combining: Sam Altman',
        'invalid-bytes: Sam Altman',
        'rtl-he: Sam Altman',
        'rtl-he: סם אלטמן',
        'surrogates: Sam Altman',
      ],
      leike: [
        'bidi: Jan Leike',
        'emoji: Jan Leike',
        'invalid-bytes: Jan Leike',
        'rtl-he: Jan Leike',
        'surrogates: Jan Leike',
      ],
      pachocki: ['combining: Jakub Pachocki', 'rtl-ar: Jakub Pachocki', 'split-pair: Jakub Pachocki'],
    });
    expect(mutations).toEqual([]);
  });

  it('marks cross-site and srcdoc frames in their own documents', () => {
    expect(report('cross-site').highlights).toEqual({ ...NO_MARKS, sutskever: ['child: Ilya Sutskever'] });
    expect(report('srcdoc').highlights).toEqual({ ...NO_MARKS, leike: ['inner: Jan Leike'] });
    expect(report('cross-site').mutations).toEqual([]);
  });

  it('keeps marking on a page that forges the start event, and shows it no start event', () => {
    const { highlights, extra, mutations } = report('forged-start');
    expect(highlights).toEqual({ ...NO_MARKS, altman: ['lead: Sam Altman'], pachocki: ['later: Jakub Pachocki'] });
    expect(extra).toEqual({ startSeenBefore: [] });
    expect(mutations).toEqual(['childList P#later +#text']);
  });
});
