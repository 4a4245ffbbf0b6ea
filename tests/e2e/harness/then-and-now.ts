import { readFileSync } from 'node:fs';
import { FIXTURE_PAGES } from '../../../scripts/browser/paths';
import type { PersonId } from '../../../scripts/browser/highlights';
import type { StaticServer } from '../../../scripts/browser/static-server';

/**
 * The pages of "then and now" (tests/fixtures/pages/then-and-now/), each dated by one signal, with the
 * mention each test hovers: the paragraph's id and the person.
 */
export interface DatedPage {
  readonly path: string;
  readonly person: PersonId;
  readonly where: string;
}

/** The page dated by its address alone: the server gives it a dated path. */
export const URL_DATED_PATH = '/2024/05/15/story.html';

export const DATED_PAGES = {
  meta: { path: '/then-and-now/meta-2023-nov.html', person: 'altman', where: 'report' },
  jsonLd: { path: '/then-and-now/json-ld-2024-mar.html', person: 'sutskever', where: 'profile' },
  url: { path: URL_DATED_PATH, person: 'leike', where: 'story' },
  later: { path: '/then-and-now/byline-2025.html', person: 'pachocki', where: 'feature' },
  undated: { path: '/then-and-now/undated.html', person: 'altman', where: 'explainer' },
} as const satisfies Record<string, DatedPage>;

/** Serves the page dated by its address at its dated path. */
export function serveUrlDated(server: StaticServer): void {
  server.route(
    URL_DATED_PATH,
    'text/html; charset=utf-8',
    readFileSync(`${FIXTURE_PAGES}/then-and-now/url-dated.html`),
  );
}

/**
 * Fails unless each of `parts` is in `text`, in this order. Spaces do not count: the card's reader
 * (scripts/browser/card.ts) skips text nodes of spaces alone, such as the one between a fact's date and
 * its text.
 */
export function expectInOrder(text: string, parts: readonly string[]): void {
  const squeeze = (value: string) => value.replace(/\s+/g, '');
  const squeezed = squeeze(text);
  let from = 0;
  for (const part of parts) {
    const at = squeezed.indexOf(squeeze(part), from);
    if (at < 0) {
      const anywhere = squeezed.includes(squeeze(part))
        ? ' (it is there, but before the part expected ahead of it)'
        : '';
      throw new Error(`Expected “${part}”${anywhere} in:\n${text}`);
    }
    from = at + squeeze(part).length;
  }
}
