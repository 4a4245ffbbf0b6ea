import { describe, expect, it } from 'vitest';
import { questionAnswered } from '../../../../engine/rules/quiz-answers';

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
