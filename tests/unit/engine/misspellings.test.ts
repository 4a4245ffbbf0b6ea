import { describe, expect, it } from 'vitest';
import { people } from '../../../knowledge/people';
import { createMatcher } from '../../../engine/matcher';
import { findInDocument } from '../../../engine/surname-rules';

const matcher = createMatcher(people);
const marked = (text: string) => findInDocument(matcher, text).map((m) => [m.person, text.slice(m.start, m.end)]);

describe('misspellings and language forms quoted as standing for our person (round 10)', () => {
  it('marks a first name in another language’s form of our person’s: "Jakob Pachocki", "Jacob Pachocki"', () => {
    expect(marked('Im dritten Absatz steht „Jakob Pachocki“. Es heißt Jakub.')).toEqual([
      ['pachocki', 'Jakob Pachocki'],
    ]);
    expect(marked('Seen in copy: "Jacob Pachocki"')).toEqual([['pachocki', 'Jacob Pachocki']]);
  });

  it('marks a quoted near-spelling of the surname of a person the text names in full', () => {
    const guide = [
      'Jakub Pachocki, chief scientist of OpenAI: spell it with the "k", not "Pachoki" or "Pachocky".',
      'Ilya Sutskever, not "Sutskevar"; also seen: "Jakub Pachoki".',
    ].join('\n');
    expect(marked(guide).map(([, text]) => text)).toEqual([
      'Jakub Pachocki',
      'Pachoki',
      'Pachocky',
      'Ilya Sutskever',
      'Sutskevar',
      'Jakub Pachoki',
    ]);
  });

  it('leaves near-spellings that are namesakes’ names, other first names, and texts without the full name', () => {
    const text = [
      'Sam Altman of OpenAI. Jan Leike, too. Jakub Pachocki.',
      'Final ruling: "Pachowski" does not count. "Altmann" is a different family; "Leiken" is a nursery.',
      'Common student errors: "Yan Leyke".',
    ].join('\n');
    expect(marked(text).map(([, t]) => t)).toEqual(['Sam Altman', 'Jan Leike', 'Jakub Pachocki']);
    expect(marked('Our quiz accepts "Pachoki" as well.')).toEqual([]);
  });
});

describe('lower-case misspellings a chat warns of (round 16)', () => {
  it('marks a quoted lower-case near-spelling in a chat message of a chat that names our person', () => {
    const slack =
      'lena 9:14 PM\njakub pachocki takes over as chief scientist at openai\n\n' +
      'omar 9:15 PM\nheads up, the draft says "pachocky" twice';
    expect(marked(slack).map(([, text]) => text)).toEqual(['jakub pachocki', 'pachocky']);
  });

  it('leaves a quoted lower-case word outside a chat, such as a key in code', () => {
    expect(marked('Jakub Pachocki of OpenAI.\nconst key = "pachocky";').map(([, text]) => text)).toEqual([
      'Jakub Pachocki',
    ]);
  });
});
