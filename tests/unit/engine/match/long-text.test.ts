import { expect, test } from 'vitest';
import { people } from '../../../../knowledge/people';
import { findInWindows, WINDOW } from '../../../../engine/match/long-text';
import { createMatcher } from '../../../../engine/match/matcher';

const matcher = createMatcher(people);

function runToEnd<T>(gen: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = gen.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

test('a short text is matched at once', () => {
  const { value, pauses } = runToEnd(findInWindows(matcher, 'Sam Altman and Jan Leike'));
  expect(pauses).toBe(0);
  expect(value.map((m) => m.person)).toEqual(['altman', 'leike']);
});

test('a long text is matched window by window and finds each mention once, also across window edges', () => {
  const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil((WINDOW * 3) / 27));
  // Names placed at every offset around the window edges, none may be lost or doubled.
  const names: number[] = [];
  let text = '';
  for (let i = 0; i < 40; i++) {
    const chunk = filler.slice(0, WINDOW / 8 - 3 + (i % 7) * 97);
    text += `${chunk} `;
    names.push(text.length);
    text += 'Ilya Sutskever ';
  }
  text += filler;
  const { value, pauses } = runToEnd(findInWindows(matcher, text));
  expect(pauses).toBeGreaterThan(2);
  expect(value.map((m) => m.start)).toEqual(names);
  for (const m of value) expect(text.slice(m.start, m.end)).toBe('Ilya Sutskever');
});
