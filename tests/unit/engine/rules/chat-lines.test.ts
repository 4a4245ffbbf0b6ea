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

// Round 23: a messenger's export names its senders capitalised as often as not ("Kai: …", "Svenja: …"); a lower-case
// surname and the word after it in such a message are prose, no search for a street or a firm ("leike weg").
describe('a lower-case surname in a chat whose senders are capitalised (round 23)', () => {
  it('marks the surname and the word after it as the message’s prose', () => {
    const group =
      'Kai: habt ihr das mit openai gesehen?\nSvenja: ilya sutskever weg, leike weg, das team ist aufgelöst\n' +
      'Kai: krass';
    expect(marked(group)).toEqual(['ilya sutskever', 'leike']);
    const friends = 'Tom: OpenAI again\nMaja: yes, sam altman posted. leike haus of cards comment is wild\nTom: lol';
    expect(marked(friends)).toEqual(['sam altman', 'leike']);
    const family =
      'Papa: wer ist jetzt chef bei openai?\nLena: sam altman\nPapa: und jan leike?\nLena: leike weg seit mai';
    expect(marked(family)).toEqual(['sam altman', 'jan leike', 'leike']);
  });

  it('reads e-mail headers as no senders', () => {
    const mail = 'Von: Jan Leike\nAn: Sam Altman\nBetreff: Treffen\n\nSuche: leike weg';
    expect(marked(mail)).toEqual(['Jan Leike', 'Sam Altman']);
    const reply = 'From: Sam Altman\nRe: leike weg\nFwd: altman partner';
    expect(marked(reply)).toEqual(['Sam Altman']);
  });
});

// Round 23: chat writes Leike's account name without its "@" as it writes "sama" ("den janleike thread"), and a
// Discord export's time carries its AM or PM inside the bracket ("[04:51 AM] quietmoth: …").
describe('a handle without its "@" in a chat message, and a chat time with AM or PM (round 23)', () => {
  it('marks "janleike" written in a chat message', () => {
    const group =
      'Kai: openai verliert leute, sutskever ist weg\nSvenja: hat jemand den janleike thread gelesen?\nKai: ja, traurig';
    expect(marked(group)).toEqual(['sutskever', 'janleike']);
    const discord = '[11:02 PM] moth: ilya sutskever is out\n[11:40 PM] rue: janleike just posted too. both gone';
    expect(marked(discord)).toEqual(['ilya sutskever', 'janleike']);
  });

  it('leaves "janleike" in code and a hashtag to their own rules', () => {
    expect(marked('const accounts = ["janleike", "ilyasut"]; // OpenAI watch list')).toEqual([]);
  });
});
