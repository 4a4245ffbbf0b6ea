import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/matcher';
import { MentionIndex, type MarkSink } from '../../../engine/mention-index';
import { textBlocks } from '../../../engine/text-blocks';
import { namedPeople } from '../../../knowledge/names';

const matcher = createMatcher(namedPeople);
const noMarks: MarkSink = { show() {}, hide() {} };

describe('MentionIndex', () => {
  it('hands the surname rules its blocks in document order, whatever order they were read in', () => {
    document.body.innerHTML =
      '<h1>Zahnärztin Dr. Maria Leike setzt auf KI</h1><p>Leike nutzt seit Mai einen KI-Assistenten.</p>';
    const [heading, paragraph] = [...textBlocks(document.body)];
    const index = new MentionIndex(noMarks);
    // As after a change to the heading: it is read again, after the paragraph.
    index.addBlock(paragraph!, matcher.find(paragraph!.text));
    index.addBlock(heading!, matcher.find(heading!.text));
    index.resolve();
    // The namesake in the heading comes first on the page, so the lone surname after it is hers.
    expect(index.counts()).toEqual({});
    document.body.innerHTML = '';
  });
});
