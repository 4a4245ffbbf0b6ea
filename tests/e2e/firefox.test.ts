import { describe, expect, it } from 'vitest';
import { EXPECTED_MENTIONS, EXPECTED_STRUCTURE } from './harness/expected';
import { openMarked } from './harness/firefox-checks';
import { useFirefoxSuite } from './harness/suite';

/** Marking in Firefox ESR: the same fixture pages and the same expectations as in Chromium. */

const suite = useFirefoxSuite();

describe('Firefox ESR', () => {
  it('runs the pages in Firefox', async () => {
    expect(await suite.firefox.browser.userAgent()).toContain('Firefox/');
  });

  it('highlights the same mentions as Chromium, and none in the traps or fields, changing no node', async () => {
    const { highlights, mutations } = await openMarked(suite, '/mentions.html', EXPECTED_MENTIONS);
    expect(highlights).toEqual(EXPECTED_MENTIONS);
    expect(mutations).toEqual([]);
  });

  it('reads names split over inline elements and in open shadow roots, nested ones too, changing no node', async () => {
    const { highlights, mutations } = await openMarked(suite, '/structure.html', EXPECTED_STRUCTURE);
    expect(highlights).toEqual(EXPECTED_STRUCTURE);
    expect(mutations).toEqual([]);
  });
});
