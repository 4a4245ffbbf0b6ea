import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';
import { addressesCommenter, isSignedWithTown, isSignOff } from '../../../../engine/rules/sign-offs';

const matcher = createMatcher(people);
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));
const signs = (text: string, name: string) => {
  const start = text.lastIndexOf(name);
  return isSignOff(text, start, start + name.length);
};

describe('a lone surname that signs off a message is its writer’s (round 23)', () => {
  it.each([
    [
      'Frage: Verwandt mit dem Jan Leike, der bei OpenAI war?\nAntwort: Nein. Das Rad steht noch im Hof. Gruß, Leike',
      'Leike',
    ],
    ['Sorry, I am not the OpenAI Sam Altman. The bike is still for sale.\n\nBest regards,\nAltman', 'Altman'],
    [
      'Das Zimmer ist ab Juli frei; mit Ilya Sutskever und KI habe ich nichts zu tun.\nViele Grüße\nSutskever',
      'Sutskever',
    ],
  ])('is no mention of ours: %s', (text, name) => {
    expect(signs(text, name)).toBe(true);
    expect(marked(text).filter((m) => m === name)).toEqual([]);
  });

  it('keeps a lone surname ending a sentence of prose, or addressed after thanks', () => {
    expect(signs('Der neue Chief Scientist von OpenAI heißt Pachocki', 'Pachocki')).toBe(false);
    expect(signs('Great keynote on GPT-5 today. Thanks, Altman!', 'Altman')).toBe(false);
    expect(signs('OpenAI’s board fired Sam Altman. Regards to Altman', 'Altman')).toBe(false);
  });
});

describe('a letter’s closing in three words, and a full name signed with a town (round 67)', () => {
  it('reads „Mit freundlichen Grüßen“ as the closing before a lone surname', () => {
    const letter = 'Danke für den Artikel.\n\nMit freundlichen Grüßen\nLeike';
    expect(isSignOff(letter, letter.length - 5, letter.length)).toBe(true);
  });

  it('gives a full name signed with a town after the closing to its writer', () => {
    const letter = 'Jan Leike left OpenAI.\n\nMit freundlichen Grüßen\nJan Leike, Bad Oelsfeld';
    const start = letter.lastIndexOf('Jan Leike');
    expect(isSignedWithTown(letter, start, start + 9)).toBe(true);
  });

  it('keeps a signature with one of the story’s firms, and a full name with no closing', () => {
    const memo = 'Best,\nJan Leike, Anthropic';
    expect(isSignedWithTown(memo, 6, 15)).toBe(false);
    const news = 'Asked about it, Jan Leike, Anthropic';
    expect(isSignedWithTown(news, 16, 25)).toBe(false);
  });
});

describe('a full name and a town on the text’s last two lines (round 68)', () => {
  const signed = (text: string) => {
    const start = text.lastIndexOf('Sam Altman');
    return isSignedWithTown(text, start, start + 10);
  };
  const letter = 'To the editor: I run a hardware store and get calls about OpenAI every day.\n\n';

  it('reads the letter’s signature as its writer’s', () => {
    expect(signed(`${letter}Sam Altman\nFairview Heights\n`)).toBe(true);
    expect(marked(`${letter}Sam Altman\nFairview Heights`)).toEqual([]);
  });

  it('keeps a name before his firm, a name with more text after it, and one with no blank line before', () => {
    expect(signed(`${letter}Sam Altman\nOpenAI`)).toBe(false);
    expect(signed(`${letter}Sam Altman\nSan Francisco\n\nHe returned as CEO in November 2023 after the board`)).toBe(
      false,
    );
    expect(signed(`Speakers:\nSam Altman\nLos Angeles`)).toBe(false);
  });
});

describe('a reply addressed to a commenter whom the thread names so above (round 70)', () => {
  const thread = [
    'Kommentare zu: OpenAI-Chef Sam Altman verliert seinen Sicherheitschef Jan Leike',
    'Greta Altman · vor 2 Std.',
    'Seit Tagen fragt man mich, ob ich mit dem verwandt bin.',
    'P. Leike · vor 1 Std.',
    'Bei mir genauso, nur mit dem anderen.',
    'Ole · vor 30 Min.',
    '@Greta Altman Kopf hoch!',
    '@P. Leike das legt sich wieder.',
    'Mira · vor 10 Min.',
    'Altman hat OpenAI durch den November gebracht, Leike ist jetzt bei Anthropic.',
  ].join('\n');

  it('reads "@Greta Altman" and "@P. Leike" as the commenters who wrote above, and keeps the next comment ours', () => {
    const at = (name: string) => thread.lastIndexOf(`@${name}`) + name.indexOf(' ') + 2;
    expect(addressesCommenter(thread, at('Greta Altman'), at('Greta Altman') + 6)).toBe(true);
    expect(addressesCommenter(thread, at('P. Leike'), at('P. Leike') + 5)).toBe(true);
    expect(marked(thread)).toEqual(['Sam Altman', 'Jan Leike', 'Altman', 'Leike']);
  });

  it('keeps the surname after an addressed user whom the thread does not name so: "@Theo Leike said"', () => {
    const reply = 'Jan Leike left OpenAI.\nTheo · 2h\nWhat did he say?\nMia · 1h\n@Theo Leike said compute was short.';
    expect(marked(reply)).toEqual(['Jan Leike', 'Leike']);
  });
});
