import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInBlockTexts } from '../../../../engine/match/block-texts';
import { createMatcher } from '../../../../engine/match/matcher';
import { MentionIndex, rangeOf, type MarkSink } from '../../../../engine/marks/mention-index';
import { acceptInDocument } from '../../../../engine/rules/surname-rules';
import { textBlocks } from '../../../../engine/blocks/text-blocks';
import { namedPeople } from '../../../../knowledge/names';
import { people } from '../../../../knowledge/people';
import { loadLabelledFolder } from '../../../../scripts/lib/load-corpus';

/*
 * The eval reads texts, not pages: what the index keeps of a candidate (packed numbers, mention-record.ts) is
 * checked here, by showing every document of the corpus as a page and comparing what the index shows with what
 * the surname rules accept of the same blocks read as text.
 */

const matcher = createMatcher(namedPeople);
const noMarks: MarkSink = { show() {}, hide() {} };
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('the mention index on the labelled corpus', () => {
  it('shows on the page what the surname rules accept of its blocks read as text, in every document', async () => {
    const corpus = join(import.meta.dirname, '../../../fixtures/corpus');
    const { texts, pages } = await loadLabelledFolder(corpus, new Set(people.map((p) => p.id)));
    const differing: string[] = [];
    let shownInAll = 0;
    for (const doc of [...texts, ...pages]) {
      const lines = doc.blocks.flatMap((block) => block.text.split(/\n+/));
      document.body.innerHTML = lines.map((line) => `<p>${escaped(line)}</p>`).join('');
      const blocks = [...textBlocks(document.body)];
      const read = blocks.map((block) => block.text);
      // The candidates as the background gives them for the page's batch of blocks.
      const found = findInBlockTexts(matcher, read);
      const index = new MentionIndex(noMarks);
      blocks.forEach((block, i) => index.addBlock(block, found[i]!));
      index.resolve();
      const shown = index.mentionsOf(undefined).map((m) => `${m.person}: ${rangeOf(m)?.toString()}`);
      // What the surname rules accept of the same candidates (the matcher runs once a document).
      const accepted = acceptInDocument(found).flatMap((mentions, block) =>
        mentions.map((mention) => `${mention.person}: ${read[block]!.slice(mention.start, mention.end)}`),
      );
      shownInAll += shown.length;
      if (shown.join('\n') !== accepted.join('\n')) differing.push(doc.file);
    }
    document.body.innerHTML = '';
    expect(differing).toEqual([]);
    // Not a page of nothing: the corpus names our people thousands of times.
    expect(shownInAll).toBeGreaterThan(5_000);
  });
});
