import { describe, expect, test } from 'vitest';
import { namedPeople } from '../../../../knowledge/names';
import { createMatcher } from '../../../../engine/match/matcher';
import { peopleNamedIn, rangesOverlap } from '../../../../engine/marks/selection-person';

const matcher = createMatcher(namedPeople);

describe('peopleNamedIn: who a selection names, by the rules of the marks', () => {
  test.each([
    ['Sam Altman', ['altman']],
    ['Ilya Sutskever’s', ['sutskever']],
    ['@ilyasut', ['sutskever']],
    ['OpenAI’s chief scientist Pachocki', ['pachocki']],
    ['Sam Altman thanked Ilya Sutskever', ['altman', 'sutskever']],
  ])('%s', (text, expected) => {
    expect(peopleNamedIn(matcher.find(text))).toEqual(expected);
  });

  test.each(['Robert Altman', 'Altmann', 'Altman', 'the weather', ''])('names nobody: %j', (text) => {
    expect(peopleNamedIn(matcher.find(text))).toEqual([]);
  });

  test('a lone surname the page has marked names its person', () => {
    expect(peopleNamedIn(matcher.find('Altman'), ['altman'])).toEqual(['altman']);
    expect(peopleNamedIn(matcher.find('Sam Altman'), ['altman'])).toEqual(['altman']);
  });
});

describe('rangesOverlap', () => {
  const paragraph = () => {
    const p = document.createElement('p');
    p.textContent = 'Sam Altman met Jan Leike';
    document.body.replaceChildren(p);
    return p.firstChild as Text;
  };
  const range = (node: Node, start: number, end: number) => {
    const r = new Range();
    r.setStart(node, start);
    r.setEnd(node, end);
    return r;
  };

  test('ranges that share text overlap; ranges that only touch do not', () => {
    const text = paragraph();
    const altman = range(text, 0, 10);
    expect(rangesOverlap(altman, range(text, 4, 6))).toBe(true);
    expect(rangesOverlap(altman, range(text, 8, 20))).toBe(true);
    expect(rangesOverlap(altman, range(text, 10, 14))).toBe(false);
    expect(rangesOverlap(altman, range(text, 15, 24))).toBe(false);
  });

  test('ranges in different trees never overlap', () => {
    const text = paragraph();
    const other = document.createTextNode('Sam Altman');
    document.createElement('div').attachShadow({ mode: 'open' }).append(other);
    expect(rangesOverlap(range(text, 0, 10), range(other, 0, 10))).toBe(false);
  });
});
