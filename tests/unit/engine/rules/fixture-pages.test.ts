import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInBlocks } from '../../../../engine/rules/document-mentions';
import { people } from '../../../../knowledge/people';
import { htmlBlockTexts } from '../../../../scripts/lib/html-blocks';
import type { HighlightTexts } from '../../../../scripts/browser/highlights';
import { EXPECTED_ERWAEHNUNGEN, EXPECTED_MENTIONS, EXPECTED_SURNAMES } from '../../../e2e/harness/expected';

// The e2e suites wait for these marks on the bundled pages in Chromium and Firefox. A rule that loses one (round 108's
// bike-shop words turned mentions.html's story ordinary) fails there only after a build and a browser's start; read
// here, the page's blocks go through the matcher in a second, so such a rule fails with the unit suite.
const matcher = createMatcher(people);

/** Each person's marked texts on the page, sorted: what the e2e expectations give after their paragraph's id. */
async function markedOn(page: string): Promise<HighlightTexts> {
  const blocks = await htmlBlockTexts(readFileSync(`tests/fixtures/pages/${page}`, 'utf8'));
  const marks: HighlightTexts = { sutskever: [], altman: [], leike: [], pachocki: [] };
  for (const { block, mention } of findInBlocks(matcher, blocks))
    marks[mention.person].push(blocks[block]!.slice(mention.start, mention.end));
  return marks;
}

/** The expectations without their paragraph ids, sorted as `markedOn` is. */
const textsOf = (expected: HighlightTexts) =>
  Object.fromEntries(
    Object.entries(expected).map(([person, marks]) => [person, marks.map((mark) => mark.split(': ')[1]!).sort()]),
  );

describe('the bundled pages the e2e suites open, read by the matcher', () => {
  it.each([
    ['mentions.html', EXPECTED_MENTIONS],
    ['surnames.html', EXPECTED_SURNAMES],
    ['erwaehnungen.html', EXPECTED_ERWAEHNUNGEN],
  ])('marks on %s what the browsers are expected to show', async (page, expected) => {
    const marks = await markedOn(page);
    for (const texts of Object.values(marks)) texts.sort();
    expect(marks).toEqual(textsOf(expected));
  });
});
