import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/surname-rules';

const matcher = createMatcher(people);

/** The characters a reader would see marked in `text`. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

// Round 22: a chat's message that is a surname alone answers the message above it; when that one tells our story
// or speaks of AI, the answer names our person, whatever namesake the family brings up after.
describe('a surname alone as a chat’s answer to a message that tells our story (round 22)', () => {
  it('marks the answer under a question about our story’s event or our people’s world', () => {
    const family =
      'mom: who is that man in the news\ndad: which one\nmom: the one who got fired and came back\ndad: altman\n' +
      'kevin: every altman in ohio is not related to sam altman';
    expect(marked(family)).toEqual(['altman', 'sam altman']);
    const oma =
      'Oma: Wer ist denn der, der bei OpenAI zurückgetreten ist?\nLea: leike\n' +
      'Oma: Ist der nicht verwandt mit Jan Leike vom Sportverein?';
    expect(marked(oma)[0]).toBe('leike');
    const irc =
      '[09:14] <ana> who left the superalignment team this week?\n[09:15] <bo> Leike.\n' +
      '[09:16] <ana> my dentist is a Leike, no relation to Jan Leike';
    expect(marked(irc)[0]).toBe('Leike');
  });

  it('leaves the answer to a question of someone’s everyday world', () => {
    const family = 'mom: who fixed the sink\ndad: altman\nkevin: lol he is not related to sam altman';
    expect(marked(family)).toEqual(['sam altman']);
  });
});
