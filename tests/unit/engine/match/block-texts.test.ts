import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { findInBlockTexts } from '../../../../engine/match/block-texts';
import { WINDOW } from '../../../../engine/match/long-text';
import { createMatcher } from '../../../../engine/match/matcher';
import type { Mention } from '../../../../engine/match/mention';
import { SUPPORT } from '../../../../engine/match/mention-kind';
import { findInBlocks } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** What a page of these blocks shows, block by block, as written. */
const shown = (blocks: readonly string[]) =>
  findInBlocks(matcher, blocks).map(({ block, mention }) => [block, blocks[block]!.slice(mention.start, mention.end)]);

describe('a page’s blocks read as the paragraphs of one text (issue 12, held-out pages)', () => {
  it('reads a name alone in its block with the blocks after it, as a text’s next paragraph', () => {
    // A namesake's homepage: his name is the site's title, his trade the block under it.
    const homepage = [
      'Jakub Pachocki',
      'Tischlerei seit 1998 – Möbel nach Maß, Treppen und Fenster aus unserer Werkstatt in Gießen.',
      'Kontakt: Werkstatt Pachocki, Am Mühlbach 4',
    ];
    expect(shown(homepage)).toEqual([]);
  });

  it('gives each candidate in its own block’s terms: offsets, sentence, sentences and paragraph', () => {
    const blocks = ['Sam Altman leads OpenAI.', 'News\nIlya Sutskever left in May. Jan Leike followed him.'];
    const where = (found: readonly (readonly Mention[])[]) =>
      found.map((mentions) =>
        mentions.map(({ person, start, end, sentence, sentences, paragraph }) => ({
          person,
          start,
          end,
          sentence,
          sentences,
          paragraph,
        })),
      );
    const joined = findInBlockTexts(matcher, blocks);
    expect(where(joined)).toEqual(where(blocks.map((text) => matcher.find(text))));
    // What the block before says of OpenAI supports the names of the next, as in a text; alone they have none.
    expect(matcher.find(blocks[1]!).map((m) => m.support)).toEqual([SUPPORT.NONE, SUPPORT.NONE]);
    expect(joined[1]!.every((m) => m.support > SUPPORT.NONE)).toBe(true);
  });

  it('reads a run of blocks block by block where a name would span a break', () => {
    const blocks = ['A talk on alignment at OpenAI by Jan', 'Leike, who co-led the Superalignment team.'];
    expect(findInBlockTexts(matcher, blocks)).toEqual(blocks.map((text) => matcher.find(text)));
  });

  it('reads a block longer than a window alone, window by window', () => {
    const long = `${'lorem ipsum dolor sit amet '.repeat(Math.ceil(WINDOW / 27))}Ilya Sutskever left OpenAI.`;
    const [, found] = findInBlockTexts(matcher, ['Sam Altman', long]);
    expect(found!.map((m) => long.slice(m.start, m.end))).toEqual(['Ilya Sutskever']);
  });
});
