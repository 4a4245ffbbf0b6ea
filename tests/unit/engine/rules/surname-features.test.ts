import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { loneSurnameFeatures, WINDOW } from '../../../../engine/rules/surname-features';

const matcher = createMatcher(people);

/** The features of the first lone surname the matcher finds in `text`. */
function featuresOf(text: string): string[] {
  const candidates = matcher.find(text);
  const lone = candidates.find((m) => m.kind === 'surname');
  if (!lone) throw new Error(`no lone surname in ${text}`);
  return loneSurnameFeatures(text, lone, candidates);
}

describe('the features of a lone surname', () => {
  it('reads the words of its sentence and its window, not its own, each once and in a fixed order', () => {
    const text = 'The board met on Friday. Then Altman returned to OpenAI as its chief executive. Nobody expected it.';
    const features = featuresOf(text);
    expect(features).toEqual(expect.arrayContaining(['s:then', 's:openai', 's:returned', 'w:board', 'w:nobody']));
    expect(features).not.toContain('s:board');
    expect(features).not.toContain('s:altman');
    expect(features).toEqual(expect.arrayContaining(['b:then', 'a:returned']));
    expect(new Set(features).size).toBe(features.length);
    expect(featuresOf(text)).toEqual(features);
  });

  it(`keeps its window to ${WINDOW} words either side`, () => {
    // Words "aa", "ab" … "bi": with "then", the 25 nearest before the name are the last 24 of them.
    const far = Array.from({ length: WINDOW + 10 }, (_, i) => String.fromCharCode((97 + i / 26) | 0, 97 + (i % 26)));
    const features = featuresOf(`${far.join(' ')}, then Leike left OpenAI.`);
    expect(features).toEqual(expect.arrayContaining(['w:then', 'w:bi', 'w:al', 'w:left']));
    expect(features).not.toContain('w:ak');
    expect(features).not.toContain('w:aa');
  });

  it('reads the matcher’s reading of it and what else its text names', () => {
    const features = featuresOf('Sam Altman and Ilya Sutskever spoke. Later Altman said the board was wrong.');
    expect(features).toEqual(
      expect.arrayContaining(['m:person-altman', 'd:full', 'd:full-other', 'd:cast', 'd:before-full']),
    );
    expect(features.filter((f) => f.startsWith('m:support'))).toHaveLength(1);
    expect(featuresOf('The director Robert Altman shot films. Altman loved jazz.')).toEqual(
      expect.arrayContaining(['d:before-namesake']),
    );
  });

  it('reads how it is written and where its line stands', () => {
    expect(featuresOf("Sutskever's paper on sequence learning with OpenAI")).toEqual(
      expect.arrayContaining(['c:possessive', 'c:title', 'l:start', 'l:top']),
    );
    expect(featuresOf('# ALTMAN RETURNS TO OPENAI')).toEqual(expect.arrayContaining(['c:upper', 'l:hash']));
    expect(featuresOf('Trending at OpenAI: #Leike')).toEqual(expect.arrayContaining(['c:hashtag']));
    expect(featuresOf('name,employer,year\nLeike,OpenAI,2024,left')).toEqual(expect.arrayContaining(['l:data']));
  });

  it('gives nothing to a text with no words around the name but its reading and surface', () => {
    const features = featuresOf('Altman?');
    expect(features.filter((f) => /^[swba]:/.test(f))).toEqual([]);
    expect(features).toContain('c:title');
  });
});
