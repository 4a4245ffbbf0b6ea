import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);
const marked = (text: string) => findInDocument(matcher, text).map((m) => [m.person, text.slice(m.start, m.end)]);

describe('a handle written without its @ in prose (round 10)', () => {
  it('marks "sama" in English and German prose of a document about our people', () => {
    const thread = [
      'Sutskever leaves OpenAI; Jakub Pachocki becomes chief scientist.',
      'sama said he would write a longer post. Notice the wording in sama’s post.',
      '@grummelbaer sama wird gleich wieder ein Herz drunter schreiben, wetten?',
    ].join('\n');
    expect(marked(thread).filter(([p]) => p === 'altman')).toEqual([
      ['altman', 'sama'],
      ['altman', 'sama’s'],
      ['altman', 'sama'],
    ]);
  });

  it('marks a crossword’s answer "SAMA" with AI words near it, and not the acronym far from any', () => {
    const clues =
      '5  OPENAI (6) – Lab of ChatGPT\n7  LEIKE (5) – He resigned on 15 May\n2  SAMA (4) – CEO’s handle, without the @';
    expect(marked(clues)).toEqual([
      ['leike', 'LEIKE'],
      ['altman', 'SAMA'],
    ]);
    expect(marked('Riyadh. The central bank SAMA has raised its key rate, the bank said.')).toEqual([]);
  });

  it('keeps "sama" his though a namesake of his surname was named before: a namesake has no handle', () => {
    const clues = [
      '1  MASH (4) – Altman’s 1970 war comedy',
      '5  OPENAI (6) – Lab where Pachocki became chief scientist in May',
      '12 RNA (3) – Sidney Altman’s Nobel molecule',
      '2  SAMA (4) – CEO’s handle, without the @',
    ].join('\n');
    expect(marked(clues).filter(([p]) => p === 'altman')).toEqual([['altman', 'SAMA']]);
  });

  it('reads "sama" only in a text that names one of our people otherwise, as the prefilter needs', () => {
    // The prefilter has no stem for a word as common as "sama": a text without another name wakes nothing.
    expect(marked('5  OPENAI (6) – Lab of ChatGPT\n2  SAMA (4) – CEO’s handle, without the @')).toEqual([]);
    expect(marked('OpenAI news: sama said the new model ships next week.')).toEqual([]);
    expect(marked('OpenAI news: sama said Jakub Pachocki leads research.').map(([, t]) => t)).toEqual([
      'sama',
      'Jakub Pachocki',
    ]);
  });

  it('leaves "sama" unmarked in a document with no sign of our people’s world', () => {
    expect(marked('sama said he would bring the salad to the picnic.')).toEqual([]);
  });

  it('leaves the word "sama" of other languages: Polish, Indonesian, a Japanese honorific', () => {
    const polish = 'Sam Altman z OpenAI odpowiada. Rada nadzorcza sama podjęła decyzję, nie pytając nikogo.';
    const indonesian = 'Sam Altman dari OpenAI. Perusahaan itu bekerja sama dengan Microsoft sejak 2019.';
    const japanese = 'Sam Altman of OpenAI visited Tokyo. Fans greeted Altman-sama at the airport.';
    for (const text of [polish, indonesian, japanese]) {
      expect(marked(text).filter(([, t]) => t!.toLowerCase().includes('sama'))).toEqual([]);
    }
  });

  it('leaves code strings, keys, a fan account’s name and the capitalised word "Sama"', () => {
    const text = [
      'Sam Altman (OpenAI) posts as @sama.',
      "const ACCOUNTS = ['sama', 'ilyasut'];",
      '  sama: "Sam Altman",',
      'sama fan account @sama_fan · May 15, 2024',
      'Sama, the data-labelling firm in Nairobi, worked for OpenAI.',
    ].join('\n');
    expect(marked(text).map(([, t]) => t)).toEqual(['Sam Altman', '@sama', 'Sam Altman']);
  });
});

describe('"sama" in German prose with no English word in its sentence (round 11)', () => {
  it('marks "sama" in a German sentence that the short list did not know as German', () => {
    const thread =
      '@ilyasut geht, Jakub Pachocki folgt bei OpenAI.\nInteressant, dass sama in seinem Post Jakub so lobt.';
    expect(marked(thread).filter(([p]) => p === 'altman')).toEqual([['altman', 'sama']]);
    expect(marked('Jakub Pachocki, OpenAI. Ona sama podjęła decyzję.').filter(([p]) => p === 'altman')).toEqual([]);
  });
});

describe('"sama" opening a quotation or after a messenger’s sender (round 17)', () => {
  it('marks "sama" that opens a quoted post in a collection of posts about our people', () => {
    const posts =
      '„Alles Gute, @janleike!“ – eine Kollegin auf X\n„sama antwortet wieder mit einem Herz, das ist sein Stil“ – ein Nutzer über OpenAI';
    expect(marked(posts).map(([, t]) => t)).toEqual(['@janleike', 'sama']);
  });

  it('marks "sama" at a message’s start after its sender’s name in a chat that names our people', () => {
    const chat =
      'lea: jakub pachocki is the new chief scientist\nbo: wow ok\nkim: sama gonna tweet something soon probably\nbo: lol';
    expect(marked(chat).map(([, t]) => t)).toEqual(['jakub pachocki', 'sama']);
  });

  it('leaves "sama" quoted as a string in code, and a capitalised header’s line as no chat', () => {
    const code = 'Sam Altman (OpenAI).\nconst handle = "sama";\nAn: redaktion\nBetreff: sama gonna post';
    expect(marked(code).map(([, t]) => t)).toEqual(['Sam Altman']);
  });
});

describe('"sama" quoted as the handle written without its @ (round 17)', () => {
  it('marks a quoted "sama" that the text says stands without its @, as what a tool catches of him', () => {
    const notes = 'Sam Altman of OpenAI posts as @sama.\nIt still misses "sama" without the @ in forum posts.';
    expect(marked(notes).map(([, t]) => t)).toEqual(['Sam Altman', '@sama', 'sama']);
  });
});

describe('"sama" in prose beside the same handle as a string in code (round 18)', () => {
  it('marks "sama" in a sentence of prose though the text lists the handle as a key in code', () => {
    const post =
      'My reader follows @sama and @janleike on X. Its config:\n  mute = ["sama", "janleike"]\nWhen sama answered ' +
      'Leike that evening, I saw it anyway.';
    expect(marked(post).map(([, t]) => t)).toEqual(['@sama', '@janleike', 'sama', 'Leike']);
  });
});

describe('"Sama" capitalised as a sentence’s first word in a document that writes @sama (round 19)', () => {
  it('marks the handle a sentence opens with, where the document uses the same handle with its @', () => {
    const digest = 'THU · @janleike posts a thread on safety, and @sama thanks him. Sama answers at length on FRI.';
    expect(marked(digest).map(([, text]) => text)).toEqual(['@janleike', '@sama', 'Sama']);
  });

  it('keeps a capitalised "Sama" in a document with no @sama, and one inside a sentence', () => {
    const news = 'OpenAI hired Sama, a labelling firm in Nairobi. Sama says it paid fairly.';
    const both = 'Jan Leike left OpenAI; @sama replied. The firm Sama labels data.';
    expect([news, both].flatMap(marked).map(([, text]) => text)).toEqual(['Jan Leike', '@sama']);
  });
});

describe('every handle of ours written without its @ in prose (round 21)', () => {
  it('marks "merettm" in a chat that names our people, as "sama" is', () => {
    const chat = [
      'kai: sutskever is out at openai and jakub pachocki is the new chief scientist',
      'nora: merettm right? super quiet account',
    ].join('\n');
    expect(marked(chat)).toEqual([
      ['sutskever', 'sutskever'],
      ['pachocki', 'jakub pachocki'],
      ['pachocki', 'merettm'],
    ]);
  });

  it('leaves a handle a sentence names as an account’s name: "his handle is merettm"', () => {
    const chat =
      'kai: jakub pachocki runs research at openai now\nnora: his handle is merettm lol, the account is sama';
    expect(marked(chat)).toEqual([['pachocki', 'jakub pachocki']]);
  });
});

describe('a handle of ours quoted in prose, said of its owner (round 21, decisions)', () => {
  it('marks a quoted handle that a sentence of prose speaks of, in typographic or straight quotes', () => {
    const texts = [
      'Jakub Pachocki folgt auf Sutskever. Dass „merettm“ bei OpenAI die Forschung leitet, wusste ich nicht.',
      'Jakub Pachocki is OpenAI’s new chief scientist.\nwait, the "merettm" account is him? never posts anything',
      'Sam Altman replied within the hour. Classic "sama" move, answering Leike with a heart.',
    ];
    expect(texts.flatMap(marked).filter(([, t]) => t === 'merettm' || t === 'sama')).toEqual([
      ['pachocki', 'merettm'],
      ['pachocki', 'merettm'],
      ['altman', 'sama'],
    ]);
  });

  it('leaves a quoted handle in code: a list, a key, a value or a test in a condition', () => {
    const code = [
      'Jakub Pachocki (OpenAI).\nfollow = ["sama", "merettm"]\n{ "x": "merettm" }',
      'Sam Altman of OpenAI.\nif "sama" in handles: skip()',
      'Sam Altman of OpenAI. My reader’s "sama" filter hid the quote-posts.',
    ];
    expect(code.flatMap(marked).map(([, t]) => t)).toEqual(['Jakub Pachocki', 'Sam Altman', 'Sam Altman']);
  });
});

// Round 24: a handle joined to an English prefix by a hyphen ("anti-sama", "ex-merettm") is the handle, as "anti-Altman"
// is the surname; and a sentence of chat English without the commoner words ("never seen merettm post anything") is
// English by its other frequent words.
describe('a bare handle after an English prefix, or in terse chat English (round 24)', () => {
  const NEWS = 'Sam Altman and Jakub Pachocki spoke at OpenAI today.\n\n';
  it('marks a handle joined to an English prefix', () => {
    expect(marked(`${NEWS}honestly he is the anti-sama of the whole company`)).toContainEqual(['altman', 'sama']);
    expect(marked(`${NEWS}that thread was peak pro-sama energy`)).toContainEqual(['altman', 'sama']);
  });

  it('marks a handle in a sentence of chat English', () => {
    expect(marked(`${NEWS}never once seen merettm reply to anyone`)).toContainEqual(['pachocki', 'merettm']);
    expect(marked(`${NEWS}has anything ever come from merettm directly?`)).toContainEqual(['pachocki', 'merettm']);
  });

  it('still leaves a Japanese honorific and a Polish "sama" alone', () => {
    expect(marked(`${NEWS}Tanaka-sama wa irasshaimasu ka`)).not.toContainEqual(['altman', 'sama']);
    expect(marked(`${NEWS}Zrobiła to sama, bez pomocy.`)).not.toContainEqual(['altman', 'sama']);
  });
});

// Round 27: a short sentence of chat ("sama kept saying …") may have none of the prose words, where the rest of its
// line, the same comment, has them.
describe('a bare handle in a short sentence whose line is prose (round 27)', () => {
  it('reads the handle’s line, not only its sentence, for English or German words', () => {
    const thread = 'Sutskever left OpenAI.\n\n  u/kiwi · 2h\n  did he know in advance? sama kept quiet all week';
    expect(marked(thread)).toEqual([
      ['sutskever', 'Sutskever'],
      ['altman', 'sama'],
    ]);
    const chat = 'Jan Leike quits OpenAI.\nreply: was that planned? sama thanking everyone again';
    expect(marked(chat)).toEqual([
      ['leike', 'Jan Leike'],
      ['altman', 'sama'],
    ]);
    const german = 'Ilya Sutskever verlässt OpenAI.\nKommentar: Hat er das geahnt? sama bedankt sich artig';
    expect(marked(german)).toEqual([
      ['sutskever', 'Ilya Sutskever'],
      ['altman', 'sama'],
    ]);
  });

  it('leaves "sama" in a line of another language unmarked', () => {
    expect(marked('Sutskever left OpenAI.\nKomentarz: Czy to prawda? sama podjęła decyzję.')).toEqual([
      ['sutskever', 'Sutskever'],
    ]);
  });
});

describe('a handle as a search operator’s value (round 33, real text)', () => {
  it('is the account a search looks for, not its owner', () => {
    expect(marked('Sam Altman posted about GPT-5.\nSearch: from:sama OR from:OpenAI since:2024-05-01')).toEqual([
      ['altman', 'Sam Altman'],
    ]);
  });

  it('keeps a handle after a colon of prose', () => {
    expect(marked('Sam Altman on GPT-5. Reply from the thread: sama said he would post more')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'sama'],
    ]);
  });
});

describe('the Polish word "sama" in a German post (round 57)', () => {
  it('reads "sama" beside a word only Polish spells so as Polish', () => {
    const post =
      'Jakub Pachocki ist jetzt Chief Scientist bei OpenAI. Ciocia sama przetłumaczyła mi cały artykuł, so stolz ist die Familie.';
    expect(marked(post)).toEqual([['pachocki', 'Jakub Pachocki']]);
  });

  // Round 74: a word of Polish two words off, or a common Polish word spelt without Polish letters, beside it.
  it.each([
    'Jakub Pachocki ist jetzt Chief Scientist bei OpenAI. Moja babcia sama to wyczytała w gazecie.',
    'Jakub Pachocki is OpenAI’s new chief scientist.\nola: sama nie wiem how he did it, never heard of him',
  ])('reads "sama" in a Polish phrase as Polish: %s', (text) => {
    expect(marked(text)).toEqual([['pachocki', 'Jakub Pachocki']]);
  });

  it('keeps "sama" in a German sentence about him', () => {
    expect(marked('Sam Altman dankte Sutskever. sama schreibt gleich einen längeren Post.')).toContainEqual([
      'altman',
      'sama',
    ]);
  });
});

describe('a quoted bare handle asked about (round 67)', () => {
  const story = 'Jakub Pachocki ist neuer Chief Scientist bei OpenAI. ';

  it('marks the handle quoted before a comma and a clause, or before a question mark', () => {
    expect(marked(`${story}Wer ist „merettm“, den er da am Ende dankt?`)).toContainEqual(['pachocki', 'merettm']);
    expect(marked(`${story}Warum eigentlich „merettm“?`)).toContainEqual(['pachocki', 'merettm']);
  });

  it('leaves a list of handles in code', () => {
    expect(marked(`${story}accounts = ["merettm", "sama"]`)).toEqual([['pachocki', 'Jakub Pachocki']]);
  });
});

describe('a quoted handle called bare, the string as written (round 74)', () => {
  const story = 'Sam Altman leads OpenAI; @sama posted about it. ';

  it('leaves the handle quoted after "bare" or "lone"', () => {
    expect(marked(`${story}Im Filter zählt bare „sama“ nur mit @.`)).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', '@sama'],
    ]);
    expect(marked(`${story}A lone "sama" never counts in the filter.`)).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', '@sama'],
    ]);
  });

  it('keeps the handle quoted in prose said of its owner', () => {
    expect(marked(`${story}Then "sama" wrote again.`)).toContainEqual(['altman', 'sama']);
  });
});

describe('a quoted handle glossed as a word of another language (round 77)', () => {
  const story = 'Sam Altman leads OpenAI; @sama posted about it. ';

  it('leaves the handle quoted before what it means or before being called a word', () => {
    for (const gloss of [
      'My Polish teacher says "sama" just means "alone".',
      'Auf Polnisch bedeutet das nichts Besonderes: „sama“ heißt auf Deutsch „allein“.',
      'Keine Sorge, das zweite „sama“ ist ein ganz gewöhnliches Wort.',
      'In that sentence "sama" is a plain Indonesian word.',
    ]) {
      expect(marked(`${story}${gloss}`), gloss).toEqual([
        ['altman', 'Sam Altman'],
        ['altman', '@sama'],
      ]);
    }
  });

  it('keeps the handle quoted in prose that says what its owner did', () => {
    expect(marked(`${story}Later "sama" meant to apologise, he said.`)).toContainEqual(['altman', 'sama']);
  });
});
