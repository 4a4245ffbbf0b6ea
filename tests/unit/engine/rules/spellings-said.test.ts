import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { isSaidOfSpelling } from '../../../../engine/rules/spellings-said';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** The characters a reader would see marked in `text`. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

const ABOUT_HIM = 'Ilya Sutskever ist Informatiker.\n\nEr studierte in Toronto.\n\n';

describe('a misspelling said of the spelling (round 20)', () => {
  it('marks a quoted misspelling given as a way to write his name, the poet named after it', () => {
    expect(
      marked(
        `${ABOUT_HIM}In der Presse erscheint der Name mitunter als „Sutzkever“, was zu Verwechslungen mit dem Dichter Abraham Sutzkever führt.`,
      ),
    ).toEqual(['Ilya Sutskever', 'Sutzkever']);
    expect(
      marked(
        `${ABOUT_HIM}In älteren Meldungen liest man auch die Schreibweise „Sutzkever“. Die ist falsch: So hieß der Dichter Abraham Sutzkever.`,
      ),
    ).toEqual(['Ilya Sutskever', 'Sutzkever']);
    expect(
      marked(
        'Ilya Sutskever (born 1986) is a computer scientist.\n\nSpelling: some papers print the spelling "Sutzkever", ' +
          'the name of the Yiddish poet Abraham Sutzkever.',
      ),
    ).toEqual(['Ilya Sutskever', 'Sutzkever']);
  });

  it('marks one called a misspelling after it', () => {
    expect(
      marked(
        `${ABOUT_HIM}Im Artikel oben steht „Sutzkever“, das ist falsch geschrieben. So hieß der Dichter Abraham Sutzkever.`,
      ),
    ).toEqual(['Ilya Sutskever', 'Sutzkever']);
  });

  it('leaves the spelling of the poet his, and a spelling of the sound no mention', () => {
    expect(
      marked(
        'Abraham Sutzkever (1913–2010) war ein jiddischer Dichter. Die Schreibung „Sutzkever“ folgt dem YIVO-Standard. ' +
          'Nicht zu verwechseln mit Ilya Sutskever.',
      ),
    ).toEqual(['Ilya Sutskever']);
    const redirect = 'Ilya Sutskever\n\nFor the Yiddish poet often spelled Sutzkever, see Abraham Sutzkever.';
    expect(marked(redirect)).toEqual(['Ilya Sutskever']);
    const sound = 'Ilya Sutskever left. His name is pronounced as "Sutskever" with a hard k.';
    const at = sound.lastIndexOf('Sutskever');
    expect(isSaidOfSpelling(sound, at, at + 'Sutskever'.length, false)).toBe(false);
  });
});

// Round 22: a correction's shape, the right spelling unquoted and the wrong one quoted after "not", gives our person
// his name, though the poet whose spelling it rejects is named beside it.
describe('a surname corrected against a quoted spelling: "X, not "Y"" (round 22)', () => {
  it('marks the right spelling where the rejected one is a namesake’s', () => {
    const desk =
      'Style notes for today’s OpenAI stories:\n• It’s Sutskever, not "Sutzkever" (that’s the poet)\n• Leike, one word';
    expect(marked(desk)).toContain('Sutskever');
    const notiz = 'Hausregeln KI-Ressort: Richtig ist Sutskever, nicht „Sutzkever“ – so schrieb sich der Dichter.';
    expect(marked(notiz)).toContain('Sutskever');
    const memo = 'Copy desk on the OpenAI piece: spell it Sutskever, not "Sutzkever", which is the Yiddish poet.';
    expect(marked(memo)).toContain('Sutskever');
  });

  it('leaves the rejected spelling to the poet it names', () => {
    const desk = 'Style notes for today’s OpenAI stories:\n• It’s Sutskever, not "Sutzkever" (that’s the poet)';
    expect(marked(desk)).not.toContain('Sutzkever');
  });
});

// Round 24: a misprint set against his surname as spelt, unquoted ("X, not Y", "X or Y?"), or a quoted one said to be
// printed by mistake, is his name as some write it, the poet named beside it or not (marking rules, rounds 15 and 22).
describe('a misprint set against his surname, or printed by mistake (round 24)', () => {
  const NEWS = 'Ilya Sutskever verlässt OpenAI.\n\n';
  it('marks both spellings of an unquoted correction, in German and English', () => {
    expect(
      marked(`${NEWS}Geschrieben wird er in allen Fällen Sutskever, nicht Sutzkever, egal was die Agentur meldet.`),
    ).toEqual(['Ilya Sutskever', 'Sutskever', 'Sutzkever']);
    expect(
      marked('Ilya Sutskever left OpenAI.\n\nHis surname is Sutskever, not Sutskewer, whatever the wire says.'),
    ).toEqual(['Ilya Sutskever', 'Sutskever', 'Sutskewer']);
  });

  it('marks a spelling question and its answer, the poet named after it', () => {
    const faq =
      'Ilya Sutskever co-founded OpenAI.\n\nWhich is right, Sutzkever or Sutskever?\nSutskever. Some outlets ' +
      'printed "Sutzkever" by mistake; it is how the Yiddish poet Abraham Sutzkever wrote his name.';
    expect(marked(faq)).toEqual(['Ilya Sutskever', 'Sutzkever', 'Sutskever', 'Sutskever', 'Sutzkever']);
    const notiz = `${NEWS}Heißt er nun Sutskever oder Sutzkever? „Sutzkever“ stand irrtümlich in einigen Meldungen.`;
    expect(marked(notiz)).toEqual(['Ilya Sutskever', 'Sutskever', 'Sutzkever', 'Sutzkever']);
  });

  it('leaves the poet his spelling where no correction sets it against ours', () => {
    const poet =
      'Ilya Sutskever co-founded OpenAI.\n\nThe Yiddish poet Abraham Sutzkever survived the Vilna ghetto. Sutzkever or ' +
      'his publisher chose the spelling.';
    expect(marked(poet)).toEqual(['Ilya Sutskever']);
  });
});

describe('our spelling set aside as the wrong one for someone else’s name: "Tom Altmann, not Altman" (round 26)', () => {
  it.each([
    [
      'Sam Altman is back at OpenAI. Letters: your chess report got the winner wrong, he is Tom Altmann, not Altman.',
      'Sam Altman',
    ],
    ['Jan Leike ist bei Anthropic. Korrektur: Die Bürgermeisterin heißt Petra Leicke und nicht Leike.', 'Jan Leike'],
    ['Jakub Pachocki runs research at OpenAI. Her maiden name was Pachowski rather than Pachocki.', 'Jakub Pachocki'],
  ])('drops the lone surname: %s', (text, ours) => {
    expect(marked(text)).toEqual([ours]);
  });

  it('keeps ours where his spelling is the right one, or the word before is no spelling of his', () => {
    expect(marked('The OpenAI chief writes it Altman, not Altmann: one n.')).toContain('Altman');
    expect(marked('Sam Altman spoke first. The board believed Brockman, not Altman, on the AI roadmap.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });
});

// Round 26: an editors' subject line or a note sets a noun before the surname ("Betreff: Vorspann Pachocki",
// "Schreibung Altman, nicht Altmann"); the noun is no first name when the text writes it after a German definite
// article or a contraction of one ("im Vorspann fehlt", "der Kasten steht"), or when it names a spelling. Then the
// surname is his, and the line's "X, nicht Y" is his spelling set against a misprint.
describe('a noun before the surname in a subject line or a spelling note (round 26)', () => {
  it('marks the surname after a noun the text writes after a definite article', () => {
    const mail =
      'Betreff: Vorspann Pachocki\n\nHallo Jonas,\nim Vorspann fehlt der Vorname. Jakub Pachocki ist seit Mai ' +
      'Chefwissenschaftler bei OpenAI.';
    expect(marked(mail)).toEqual(['Pachocki', 'Jakub Pachocki']);
    const box = 'Re: Kasten Leike\n\nder Kasten steht jetzt. Jan Leike hat OpenAI im Mai verlassen, das ist drin.';
    expect(marked(box)).toEqual(['Leike', 'Jan Leike']);
  });

  it('marks both spellings of a note that names a spelling before them', () => {
    const note = 'Ilya Sutskever verlässt OpenAI.\n\nMerke: Schreibweise Sutskever, nicht Sutzkever, wie im Pass.';
    expect(marked(note)).toEqual(['Ilya Sutskever', 'Sutskever', 'Sutzkever']);
    const compound = 'Ilya Sutskever verlässt OpenAI.\n\nACHTUNG Namensschreibweise Sutskever (mit s), nicht Sutzkever';
    expect(marked(compound)).toEqual(['Ilya Sutskever', 'Sutskever', 'Sutzkever']);
    const style = 'Ilya Sutskever left OpenAI in May.\n\nStyle note: Spelling Sutskever, not Sutzkever.';
    expect(marked(style)).toEqual(['Ilya Sutskever', 'Sutskever', 'Sutzkever']);
  });

  it('keeps a first name the text writes after an article only before a name', () => {
    const film = 'Die Retrospektive zeigt den Robert Altman der Siebziger. Robert Altman drehte „Nashville“.';
    expect(marked(film)).toEqual([]);
  });
});
