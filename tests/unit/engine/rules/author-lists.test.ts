import { describe, expect, it } from 'vitest';
import { citedInitialBefore } from '../../../../engine/rules/author-lists';

/** The initial `citedInitialBefore` reads before the first "Leike" of `text`. */
const initialOf = (text: string) => citedInitialBefore(text, text.indexOf('Leike'));

describe('initials without a full stop in a citation list (round 9)', () => {
  it('reads one or two capitals before a surname as an initial in a line of several authors so written', () => {
    expect(initialOf('P Christiano, J Leike, T Brown · 2017')).toBe('J ');
    expect(initialOf('Title\nJ Leike, D Krueger, T Everitt\nNext line')).toBe('J ');
    expect(initialOf('C Burns, JH Kirchner, … , JL Leike, J Wu')).toBe('JL ');
  });

  it('reads none where the line is no such list, or the letter stands in a sentence', () => {
    expect(initialOf('J Leike, D Krueger')).toBeUndefined();
    expect(initialOf('Team J Leike, Partner A Meier, B Huber')).toBeUndefined();
    expect(initialOf('P Christiano, J Leike, T Brown\n')).toBe('J ');
    expect(initialOf('Leike, A Meier, B Huber')).toBeUndefined();
  });
});
