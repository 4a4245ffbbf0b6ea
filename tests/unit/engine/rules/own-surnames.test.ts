import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** What a reader would see marked in `text`: the marked characters. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

describe("a namesake's surname as someone's own family name (round 24)", () => {
  it('reads a surname given as the writer’s or a woman’s own name, with a verb between, as a namesake', () => {
    expect(marked('Sam Altman is back at OpenAI. Her maiden name was Altman, and the jokes never stop.')).toEqual([
      'Sam Altman',
    ]);
    expect(marked('Jan Leike left OpenAI this week. Our family name is Leike, so the phone keeps ringing.')).toEqual([
      'Jan Leike',
    ]);
    expect(marked('Jakub Pachocki is OpenAI’s chief scientist. Mein Geburtsname ist Pachocki, leider.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('reads "was a Leike", "born an Altman" or "a Leike from Sandusky" as a family’s member', () => {
    expect(marked('Jan Leike quit OpenAI. My great-aunt was born a Leike, in a village near Kassel.')).toEqual([
      'Jan Leike',
    ]);
    expect(marked('Sam Altman runs OpenAI. I married an Altman from Cleveland in 1998.')).toEqual(['Sam Altman']);
    expect(marked('Jan Leike ging zu Anthropic. Meine Oma war eine Leike aus Gifhorn.')).toEqual(['Jan Leike']);
  });

  it('keeps our person where the article leads a noun after his surname or his employer follows', () => {
    expect(marked('Sam Altman returned as CEO of OpenAI. It was an Altman victory over the board.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
    expect(marked('Jan Leike quit. Nobody expected a Leike from OpenAI to post that thread.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
  });

  it('reads a surname said to be common or rare as the family name, not our person', () => {
    expect(marked('Jan Leike left OpenAI. Honestly, Leike isn’t an unusual name around Kassel.')).toEqual([
      'Jan Leike',
    ]);
    expect(marked('Jakub Pachocki leads research at OpenAI. Pachocki is a fairly common name in Poland.')).toEqual([
      'Jakub Pachocki',
    ]);
    expect(marked('Sam Altman, CEO von OpenAI. Altman ist kein seltener Name in Franken.')).toEqual(['Sam Altman']);
  });

  it('keeps our person where his surname is said to be a name of renown', () => {
    expect(marked('Sam Altman runs OpenAI. Altman is a household name in Silicon Valley now.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });

  it('reads "the only Altman … is Robert" as the namesake the first name picks out', () => {
    expect(marked('Sam Altman again at OpenAI. The only Altman I have ever cared about is Robert.')).toEqual([
      'Sam Altman',
    ]);
    expect(marked('Jan Leike quit OpenAI. For me the only Leike that counts was Karl, my old coach.')).toEqual([
      'Jan Leike',
    ]);
    expect(marked('Sam Altman, CEO von OpenAI. Der einzige Altman, den ich kenne, ist Robert.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('keeps "the only Altman … is Sam": our own first name', () => {
    expect(marked('OpenAI’s board is back. The only Altman who matters here is Sam, whatever Jack says.')).toEqual([
      'Altman',
    ]);
  });

  it('reads a lower-case surname between an article and a trade word as a firm’s', () => {
    expect(marked('Jakub Pachocki leads OpenAI research. Is he kin to the pachocki roofing people in Joliet?')).toEqual(
      ['Jakub Pachocki'],
    );
    expect(marked('Jan Leike quit OpenAI. lol I thought you meant the leike cleaning lady')).toEqual(['Jan Leike']);
  });
});

describe('a surname before a company word (round 24)', () => {
  it('reads "Altman Solutions" or "Leike Consulting" as a firm’s name', () => {
    expect(marked('Sam Altman leads OpenAI. Not to be mixed up with Altman Solutions, our payroll vendor.')).toEqual([
      'Sam Altman',
    ]);
    expect(marked('Jan Leike joined Anthropic. Leike Consulting sent the invoice late again.')).toEqual(['Jan Leike']);
  });
});

describe('a German feminine article before a surname and where she is from (round 24)', () => {
  it('reads „die Leike aus Celle“ or „die Altman von OpenAI“ as a woman of that name', () => {
    expect(marked('Sam Altman ist zurück bei OpenAI. Im Büro fragen alle, ob ich die Altman von OpenAI sei.')).toEqual([
      'Sam Altman',
    ]);
    expect(marked('Jan Leike wechselt zu Anthropic. Beim Turnier gewann die Leike aus Celle alle Sätze.')).toEqual([
      'Jan Leike',
    ]);
  });

  it('keeps our person after a relative pronoun or a masculine article', () => {
    expect(marked('Jan Leike ging. Die Gruppe bei OpenAI, die Leike von Anfang an leitete, ist aufgelöst.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
    expect(marked('Sam Altman ist CEO. Der Altman von OpenAI war gestern im Fernsehen.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });
});

describe('a bearer brought in with an article and a place, whose clause goes on to OpenAI (round 80)', () => {
  it('keeps a lone surname brought in so whose clause names our people’s employer', () => {
    const text = 'Jakub Pachocki kommt aus Polen. Ein Pachocki aus Gliwice leitet jetzt bei OpenAI die Forschung.';
    expect(marked(text)).toEqual(['Jakub Pachocki', 'Pachocki']);
  });

  it('still reads one brought in so with no word of our world as someone else', () => {
    const text = 'Jakub Pachocki forscht bei OpenAI. Meine Nachbarin war eine Pachocki aus Gliwice, sagt sie.';
    expect(marked(text)).toEqual(['Jakub Pachocki']);
  });
});

describe('a name of the writer’s circle, and a bearer picked out after the fact (round 82)', () => {
  it('reads a surname given as the name of a cousin or a pet as someone else’s', () => {
    expect(marked("Jan Leike left OpenAI in May. My neighbour's name is also Leike, and he keeps bees.")).toEqual([
      'Jan Leike',
    ]);
  });

  it('reads a surname picked out right after by another first name and "I mean" as someone else’s', () => {
    expect(marked('Sam Altman is back at OpenAI. A comeback worthy of Altman. Robert, I mean.')).toEqual([
      'Sam Altman',
    ]);
    expect(marked('Sam Altman is back at OpenAI. Altman. Sam, I mean, not the director.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });
});
