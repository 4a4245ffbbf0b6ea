import { describe, expect, it } from 'vitest';
import { citedInitialBefore, citesAuthorAt } from '../../../../engine/rules/author-lists';

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

describe('a paper cited by its first author (round 28, real text)', () => {
  const citesAt = (text: string, name: string) => citesAuthorAt(text, text.indexOf(name) + name.length);

  it.each([
    ['confidence intervals as in Altman et al. (2000)', 'Altman'],
    ['the second method described in Altman et al, p. 113', 'Altman'],
    ['Altman et al.’s model reached 97% a year ahead', 'Altman'],
    ['For example, Altman’s [2] model', 'Altman’s'],
    ['as Leike [14, 15] argued', 'Leike'],
  ])('reads a citation after the surname: %s', (text, name) => {
    expect(citesAt(text, name)).toBe(true);
  });

  it('reads none after a surname in prose, a bracketed aside or a footnote mark on a word', () => {
    expect(citesAt('Altman et Musk se sont disputés', 'Altman')).toBe(false);
    expect(citesAt('Altman [CEO] said', 'Altman')).toBe(false);
    expect(citesAt('Altman, Brockman and others', 'Altman')).toBe(false);
  });
});

describe('a paper cited by its authors in a reference list or by its year (round 29, real text)', () => {
  const citesAt = (text: string, name: string) => citesAuthorAt(text, text.indexOf(name) + name.length);

  it.each([
    ['2. Bland JM, Altman DG. Statistical methods for assessing agreement.', 'Altman'],
    ["'Schulz KF, Altman DG, Moher D. CONSORT 2010.'", 'Altman'],
    ['Altman (1968) built the first such predictor', 'Altman'],
    ['limits of agreement by Bland & Altman (1999, 2007)', 'Altman'],
    ['- [Bland JM & Altman DG, *Correlation, regression and repeated data*](https://example.org/bmj)', 'Altman'],
    ["authors: ['Bommasani R', 'Hudson DA', 'Altman R', 'Arber S'],", 'Altman'],
  ])('reads a citation after the surname: %s', (text, name) => {
    expect(citesAt(text, name)).toBe(true);
  });

  it('reads none after initials outside an author list, a bracketed word or a year in prose', () => {
    expect(citesAt('Altman DG said so', 'Altman')).toBe(false);
    expect(citesAt('Interview mit Altman (OpenAI) im Mai', 'Altman')).toBe(false);
    expect(citesAt('Altman in 2023 said', 'Altman')).toBe(false);
  });
});
