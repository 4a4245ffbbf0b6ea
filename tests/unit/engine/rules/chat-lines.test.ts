import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';

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

// Round 26: a caption or a chat lists who said what under lower-case full names, each before a colon, as a transcript
// writes "Altman:"; a key in code with a space in it is quoted ("sam altman": …) or indented under its map (YAML).
describe('a lower-case full name before a colon as a speaker’s label (round 26)', () => {
  it('marks the labels of a caption, a quote list and a chat', () => {
    const caption = '🎙️ sam altman: "we will keep shipping"\n👋 jan leike: "i resigned"';
    expect(marked(caption)).toEqual(['sam altman', 'jan leike']);
    const quotes = 'best quotes of the week\n- ilya sutskever: the project is in good hands\n- sam altman: very sad';
    expect(marked(quotes)).toEqual(['ilya sutskever', 'sam altman']);
    const chat = 'jakub pachocki: thanks everyone for the kind words\nrandom_guy: congrats on chief scientist!!';
    expect(marked(chat)).toEqual(['jakub pachocki']);
  });
});

// Round 26: a stand-up or a chat joins two of our lower-case surnames with a plus, as authors of one paper ("leike +
// sutskever et al"), as a list joins them with a comma; listed, each is ours as under its employer's title.
describe('two of our lower-case surnames joined by a plus (round 26)', () => {
  it('marks both, in a chat with no AI word', () => {
    const standup = 'dana: yesterday: read the paper by sutskever + leike. today: notes\nomar: nice';
    expect(marked(standup)).toEqual(['sutskever', 'leike']);
    const group = 'kai: pachocki+altman on stage later?\nlu: maybe';
    expect(marked(group)).toEqual(['pachocki', 'altman']);
  });
});
