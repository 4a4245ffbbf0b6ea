import { describe, expect, it } from 'vitest';
import { EXPECTED_MENTIONS, EXPECTED_STRUCTURE } from './harness/expected';
import { scripted } from './harness/firefox';
import { readMutations } from './harness/mutations';
import { countHighlights, waitForHighlights, type HighlightTexts } from '../../scripts/browser/highlights';
import { useFirefoxSuite } from './harness/suite';

/** Marking in Firefox ESR: the same fixture pages and the same expectations as in Chromium. */

const suite = useFirefoxSuite();

/** The page's marks once they reach the number expected and settle, and what its DOM went through. */
async function open(path: string, expected: HighlightTexts) {
  const page = scripted(await suite.load(path));
  return { highlights: await waitForHighlights(page, countHighlights(expected)), mutations: await readMutations(page) };
}

describe('Firefox ESR', () => {
  it('runs the pages in Firefox', async () => {
    expect(await suite.firefox.browser.userAgent()).toContain('Firefox/');
  });

  it('highlights the same mentions as Chromium, and none in the traps or fields, changing no node', async () => {
    const { highlights, mutations } = await open('/mentions.html', EXPECTED_MENTIONS);
    expect(highlights).toEqual(EXPECTED_MENTIONS);
    expect(mutations).toEqual([]);
  });

  it('reads names split over inline elements and in open shadow roots, nested ones too, changing no node', async () => {
    const { highlights, mutations } = await open('/structure.html', EXPECTED_STRUCTURE);
    expect(highlights).toEqual(EXPECTED_STRUCTURE);
    expect(mutations).toEqual([]);
  });
});
