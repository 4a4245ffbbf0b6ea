import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createGluedNameReader } from '../../../../engine/rules/glued-names';
import { markedInDocument } from '../marked-in-document';

const altman = createGluedNameReader(people.find((p) => p.id === 'altman')!.names);
/** Where the full name glued to the word before the first "Altman" of `text` starts, if it is one. */
const gluedStart = (text: string) => altman(text, text.indexOf('Altman'));

describe('a full name glued to the word before it, where a page ran its elements together (round 31, real text)', () => {
  it('reads the first name after a word it is glued to', () => {
    expect(gluedStart('AI policyOpenAISam Altman 0 likes')).toBe('AI policyOpenAI'.length);
    expect(gluedStart('BoostLooptSam Altman Almost missed')).toBe('BoostLoopt'.length);
  });

  it('reads none where the first name stands apart, is in lower case, or is the end of another word', () => {
    expect(gluedStart('CEO Sam Altman')).toBeUndefined();
    expect(gluedStart('the samsam Altman')).toBeUndefined();
    expect(gluedStart('Absam Altman')).toBeUndefined();
  });

  it('marks the full name in a page’s run-together text', () => {
    expect(markedInDocument('Lex Fridman PodcastIlya Sutskever: Deep Learning')).toEqual(['Ilya Sutskever']);
    expect(markedInDocument('Tags: BoostLooptSam Altman\nAltman talks with a partner site about Loopt.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });
});

describe('a full name glued to the word after it (round 37, real text)', () => {
  it('marks the full name before the next element’s word', () => {
    expect(markedInDocument('OpenAI was founded by Ilya SutskeverGreg BrockmanTrevor Blackwell and others.')).toEqual([
      'Ilya Sutskever',
    ]);
    expect(markedInDocument('Bild © Ilya SutskeverIlya Sutskever und Altman von OpenAI')).toEqual([
      'Ilya Sutskever',
      'Ilya Sutskever',
      'Altman',
    ]);
    expect(markedInDocument('Der Abgang von Sam AltmanBrockman erklärte später, OpenAI …')).toEqual(['Sam Altman']);
  });

  it('leaves a longer word, a name in lower case after it and a handle-like run', () => {
    expect(markedInDocument('OpenAI: Sam Altmanns Firma')).toEqual([]);
    expect(markedInDocument('OpenAI news from Sam Altmaninc today')).toEqual([]);
    expect(markedInDocument('OpenAI news #SamAltmanFan')).toEqual([]);
  });
});

// Round 74: "#TeamLeike" cheers for him: the word glued before the surname is a fan's, no other first name.
describe('a hashtag that cheers for the surname glued after it (round 74)', () => {
  it('marks the surname after a cheer in a text about our people', () => {
    expect(markedInDocument('Jan Leike resigned from OpenAI today. Respect. #TeamLeike')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
    expect(markedInDocument('Sam Altman ist zurück bei OpenAI. #TeamAltman #TeamSutskever')).toEqual([
      'Sam Altman',
      'Altman',
      'Sutskever',
    ]);
  });

  it('still reads another first name glued to the surname as a namesake', () => {
    expect(markedInDocument('Jan Leike resigned from OpenAI today. #HenrikeLeike')).toEqual(['Jan Leike']);
  });
});
