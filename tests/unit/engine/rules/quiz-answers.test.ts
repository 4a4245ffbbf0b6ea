import { describe, expect, it } from 'vitest';
import { isLetteredItem, questionAnswered } from '../../../../engine/rules/quiz-answers';
import { markedInDocument as marked } from '../marked-in-document';

/** The question's text that the name `name` in `text` answers, if it is an answer. */
const questionOf = (text: string, name: string) => {
  const bounds = questionAnswered(text, text.indexOf(name));
  return bounds && text.slice(...bounds);
};

describe('a quiz answer is read with its question (round 18)', () => {
  it('finds the question on the nearest line above that is not blank', () => {
    expect(questionOf('4. Which poet? Abraham ____.\n\n   → Sutzkever', 'Sutzkever')).toBe(
      '4. Which poet? Abraham ____.',
    );
    expect(questionOf('Q: Who is the CEO?\nAntwort: Altman', 'Altman')).toBe('Q: Who is the CEO?');
  });

  it('finds none for a name without an answer lead at its line start, or with no line above', () => {
    expect(questionOf('Who is the CEO?\nIt is Altman, of course.', 'Altman')).toBeUndefined();
    expect(questionOf('→ Altman', 'Altman')).toBeUndefined();
  });
});

describe('an answer sheet’s row of lettered items: "A Leike · B Altman" (round 71)', () => {
  const lettered = (text: string, name: string, from = 0) => isLetteredItem(text, text.indexOf(name, from));

  it('reads a letter as an item’s label where the line’s letters run A, B, C … in order', () => {
    expect(lettered('Round 2, table 5: A Leike · B Altman · C Pachocki', 'Leike')).toBe(true);
    expect(lettered('Round 2, table 5: A Leike · B Altman · C Pachocki', 'Pachocki')).toBe(true);
    expect(lettered('A Altman; B Sutskever', 'Sutskever')).toBe(true);
  });

  it('reads no label where the letters run in no order, or one letter stands alone', () => {
    expect(lettered('R Ngo, J Leike, I Sutskever, J Wu · 2023', 'Sutskever')).toBe(false);
    expect(lettered('Did you see? A Pachocki runs research there', 'Pachocki')).toBe(false);
    expect(lettered('B Leike · C Altman', 'Leike')).toBe(false);
  });

  it('marks the surnames a team wrote as its answers to quotes of our people', () => {
    const sheet = [
      'Quiz night, AI round: who posted it? A: "I resigned." B: "OpenAI is nothing without its people."',
      'Team "Byte Club": A Leike · B Altman — 2/2',
      'Team "Quiztopher Walken": A Sutskever · B Altman — 1/2',
    ].join('\n');
    expect(marked(sheet)).toEqual(['Leike', 'Altman', 'Sutskever', 'Altman']);
  });

  it('still reads a lone capital before a surname in a sentence as an article: "A Leike from our choir"', () => {
    expect(marked('Jan Leike joined Anthropic. A Leike from our choir sent me the link.')).toEqual(['Jan Leike']);
  });
});
