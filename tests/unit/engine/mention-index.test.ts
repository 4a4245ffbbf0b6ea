import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/matcher';
import { MentionIndex, rangeOf, type MarkSink } from '../../../engine/mention-index';
import { findInBlocks } from '../../../engine/surname-rules';
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

  it('shows what the surname rules show for the same blocks read as text: quoted, listed, courtesy-titled and namesake spellings', () => {
    const pages = [
      ['Bernd Leike (* 1961), Handballtrainer', 'Navigation: Altman · Sutskever · Leike · Pachocki'],
      [
        'Schreibweisen: Ilya Sutskever – mit „ts“. NICHT „Sutzkever“ (so heißt der Dichter Abraham Sutzkever).',
        'Im Genitiv: „Sutskevers Abschied“.',
      ],
      // Courtesy titles in minutes that name none of ours: ordinary people, also where an item speaks of AI.
      ['Anwesend: Frau Leike, Herr Pachocki, Herr Altman', 'Herr Altman fragt, ob die Schule KI-Chatbots nutzt.'],
    ];
    for (const page of pages) {
      document.body.innerHTML = page.map((text) => `<p>${text}</p>`).join('');
      const index = new MentionIndex(noMarks);
      for (const block of textBlocks(document.body)) index.addBlock(block, matcher.find(block.text));
      index.resolve();
      const shown = index.mentionsOf(undefined).map((m) => rangeOf(m).toString());
      expect(shown).toEqual(
        findInBlocks(matcher, page).map(({ block, mention }) => page[block]!.slice(mention.start, mention.end)),
      );
    }
    document.body.innerHTML = '';
  });
});
