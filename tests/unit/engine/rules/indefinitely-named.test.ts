import { describe, expect, it } from 'vitest';
import { markedInDocument as marked } from '../marked-in-document';

describe('a full name said to be borne by someone else too: "there is also a Jan Leike" (round 22)', () => {
  it.each([
    'Jan Leike ist jetzt bei Anthropic. Bei uns im Verein spielt übrigens auch ein Jan Leike, der kriegt gerade viele Anrufe.',
    'Sam Altman was fired by the OpenAI board. Fun fact: there is another Sam Altman in my running club.',
    'Ilya Sutskever left OpenAI in May. My aunt says there was an Ilya Sutskever at her school in Haifa, too.',
    'Jakub Pachocki leads research at OpenAI. In Krakau gibt es noch einen Jakub Pachocki – der repariert Fahrräder.',
  ])('drops the other bearer, keeps ours: %s', (text) => {
    const ours = text.slice(0, text.indexOf(' ', text.indexOf(' ') + 1));
    expect(marked(text)).toEqual([ours]);
  });

  it('keeps ours after an article where his sentence speaks of AI, or the name is a noun’s attribute', () => {
    expect(marked('Lese grad, dass bei OpenAI auch ein Jakub Pachocki neuer Chefwissenschaftler wird.')).toEqual([
      'Jakub Pachocki',
    ]);
    expect(marked('OpenAI news: there is another Sam Altman interview on the board drama tonight.')).toEqual([
      'Sam Altman',
    ]);
  });
});

describe('someone indefinite named so, with a place between: "a breeder in Ohio named Altman" (round 22)', () => {
  it.each([
    'Sam Altman runs OpenAI. The rose was bred by a grower in Ohio named Altman in the sixties.',
    'Jan Leike ist zu Anthropic gewechselt. Den Hof kaufte damals ein Bauer aus Uelzen namens Leike.',
    'Jakub Pachocki is chief scientist at OpenAI. The violin was made by a luthier from Kraków called Pachocki.',
  ])('drops the lone surname: %s', (text) => {
    expect(marked(text).filter((m) => !m.includes(' '))).toEqual([]);
  });

  it('keeps one from our people’s employer, or a plain noun with no place between', () => {
    expect(marked('Sam Altman spoke first. Then a researcher from OpenAI named Leike resigned.')).toContain('Leike');
    expect(marked('Jan Leike wrote on X. A reporter asked a colleague named Leike at OpenAI about it.')).toContain(
      'Leike',
    );
  });
});

describe('a full name said to be a different bearer, or one known from the writer’s own world (round 26)', () => {
  it.each([
    'Sam Altman runs OpenAI. Funny thing: I am a different Sam Altman and I sell insurance in Leeds.',
    'Ilya Sutskever hat OpenAI verlassen. Ich bin ein anderer Ilya Sutskever und fahre Taxi in Haifa.',
    'Jakub Pachocki leads research at OpenAI. We once had a Jakub Pachocki from Gdynia on our rowing team.',
    'Jan Leike ist bei Anthropic. Meine Oma kennt einen Jan Leike aus ihrem Kirchenchor.',
    'Sam Altman spoke about GPT-5 in Paris. My dentist is a Sam Altman from Ohio, believe it or not.',
  ])('drops the other bearer, keeps ours: %s', (text) => {
    const ours = text.slice(0, text.indexOf(' ', text.indexOf(' ') + 1));
    expect(marked(text)).toEqual([ours]);
  });

  it.each([
    'Every startup wants a Sam Altman at the helm these days.',
    'Es gibt eben nur einen Sam Altman.',
    'A different Sam Altman would have stayed quiet after the board fired him.',
    'Kennst du einen Sam Altman, der so oft die Meinung ändert?',
    'She met a Sam Altman from the early days of Y Combinator, eager and restless.',
  ])('keeps ours where the article is a figure of speech: %s', (text) => {
    expect(marked(text)).toEqual(['Sam Altman']);
  });
});

describe('someone else said to bear the surname too: „heißt auch Pachocki“, "is also called Altman" (round 26)', () => {
  it.each([
    'Jakub Pachocki leads research at OpenAI. Unser Hausarzt heißt übrigens auch Pachocki, sehr netter Mann.',
    'Sam Altman returned to OpenAI. My landlady is also called Altman, no relation as far as I know.',
    'Ilya Sutskever hat OpenAI verlassen. Mein Friseur heißt ebenfalls Sutskever.',
    'Jan Leike joined Anthropic. The vet down the road was also named Leike, funnily enough.',
  ])('drops the lone surname: %s', (text) => {
    expect(marked(text).filter((m) => !m.includes(' '))).toEqual([]);
  });

  it('keeps one that is named to a post, or called so by the news', () => {
    expect(marked('OpenAI also named Pachocki its chief scientist on Tuesday.')).toEqual(['Pachocki']);
    expect(marked('Jan Leike quit OpenAI. Leike is also called the conscience of the lab.')).toContain('Leike');
  });
});

describe('a namesake said to bear the surname as a family name or an acquaintance named so (round 27)', () => {
  it.each([
    ['Jan Leike left OpenAI in May. My brother-in-law is a Leike as well, he repairs boilers in Leeds.', 'Jan Leike'],
    ['Sam Altman was fired on Friday. Funny, my grandmother was an Altman before she married.', 'Sam Altman'],
    [
      'Jakub Pachocki ist jetzt Chief Scientist bei OpenAI. Meine Mutter ist auch eine Pachocki, aus Łódź.',
      'Jakub Pachocki',
    ],
    ['Ilya Sutskever left OpenAI. Off topic: I once had a landlord called Sutskever in Haifa.', 'Ilya Sutskever'],
    ['Jan Leike joined Anthropic. We have a neighbor named Leike, nice guy, grows tomatoes.', 'Jan Leike'],
  ])('drops the namesake, keeps ours: %s', (text, ours) => {
    expect(marked(text)).toEqual([ours]);
  });

  it('keeps ours where the article is a figure of speech or his story follows', () => {
    expect(marked('Sam Altman was fired. Yet it was Altman who built OpenAI.')).toEqual(['Sam Altman', 'Altman']);
    expect(marked('Ilya Sutskever co-founded OpenAI. In our lab, a hard proof is a Sutskever problem.')).toEqual([
      'Ilya Sutskever',
      'Sutskever',
    ]);
    expect(marked('Sam Altman runs OpenAI. Is Altman a genius or a salesman?')).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('a full name after an indefinite article, at a workplace named so (round 41)', () => {
  it.each([
    'Jan Leike left OpenAI. I once worked with a Jan Leike at a logistics firm in Hamburg.',
    'Sam Altman ist zurück bei OpenAI. Ich kannte einen Sam Altman bei einer Spedition in Bremen.',
  ])('drops the other bearer, keeps ours: %s', (text) => {
    const ours = text.slice(0, text.indexOf(' ', text.indexOf(' ') + 1));
    expect(marked(text)).toEqual([ours]);
  });

  it('keeps a figure of speech at a definite place, and a compound', () => {
    expect(marked('Every lab wants a Sam Altman at the helm.')).toEqual(['Sam Altman']);
    expect(marked('Read a Jan Leike interview at a glance.')).toEqual(['Jan Leike']);
  });
});

describe('a surname the writer’s acquaintance or the writer bears, German verb first or with an adverb (round 52)', () => {
  it('drops the neighbour’s and the writer’s own surname, and keeps ours', () => {
    expect(marked('Pachocki leitet die Forschung bei OpenAI. Übrigens heißt mein Zahnarzt auch Pachocki.')).toEqual([
      'Pachocki',
    ]);
    expect(marked('Sutskever hat OpenAI verlassen. Ich heiße tatsächlich Sutskever und verkaufe Bienenhonig.')).toEqual(
      ['Sutskever'],
    );
    expect(marked('Pachocki leitet die Forschung bei OpenAI. Den Namen Pachocki kennt auch mein Zahnarzt.')).toEqual([
      'Pachocki',
      'Pachocki',
    ]);
  });
});

describe('a bearer of the surname with pride or kinship in it (round 53)', () => {
  it('drops a surname after "a proud" or "a fellow", and keeps ours', () => {
    expect(marked('Altman is back at OpenAI. As a proud Altman (retired nurse, Ohio) I say: welcome back.')).toEqual([
      'Altman',
    ]);
    expect(marked('Leike left OpenAI. I am a fellow Leike, and no relation.')).toEqual(['Leike']);
  });
});

describe('a bearer the writer calls not his own, and "any" over a list of surnames (round 54)', () => {
  it.each([
    ['Sam Altman is back at OpenAI. Not my Altman: I have run the bakery on Elm Street since 1990.', ['Sam Altman']],
    ['Jan Leike ging zu Anthropic. Nicht mein Leike, sagt die Oma.', ['Jan Leike']],
    [
      'Ilya Sutskever left OpenAI. This podcast is not affiliated with any Sutskever, Leike or Altman.',
      ['Ilya Sutskever'],
    ],
  ])('drops the bearer: %s', (text, ours) => {
    expect(marked(text)).toEqual(ours);
  });

  it('keeps ours where the writer calls him the tool’s own, or "any" names one surname', () => {
    expect(marked('Sam Altman is back at OpenAI. Why is this grey? Because it is not our Altman.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
    expect(marked('Jan Leike, Sam Altman at OpenAI. The book has hardly any Leike in it.')).toEqual([
      'Jan Leike',
      'Sam Altman',
      'Leike',
    ]);
  });
});

describe('a bearer after "a", several bearers named so (round 55)', () => {
  it.each([
    ['Jakub Pachocki leads OpenAI’s research. Her cousin married a Pachocki in Łódź.', ['Jakub Pachocki']],
    ['Jan Leike joined Anthropic. The search box showed a Leike from the sports pages.', ['Jan Leike']],
    ['Sam Altman is back at OpenAI. We merged two authors called Altman by mistake.', ['Sam Altman']],
    ['Jan Leike joined Anthropic. We had letters from readers named Leike.', ['Jan Leike']],
  ])('drops the bearer: %s', (text, ours) => {
    expect(marked(text)).toEqual(ours);
  });

  it('keeps ours after "an", which German writes for "to", and after a figure of speech', () => {
    expect(marked('Jan Leike ging zu Anthropic. Respekt an Leike für die offenen Worte.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
    expect(marked('Jan Leike left OpenAI. Every lab needs such a Leike.')).toEqual(['Jan Leike', 'Leike']);
  });
});

describe('a titled bearer among others, and a bearer denied of every one (round 59)', () => {
  it('gives a surname after an English indefinite article and a title to someone of that name', () => {
    expect(marked('Jakub Pachocki leads OpenAI research. My dentist is a Dr. Pachocki and very kind.')).toEqual([
      'Jakub Pachocki',
    ]);
  });

  it('keeps German’s „ein Herr Pachocki“, said of ours with disdain', () => {
    expect(marked('Jakub Pachocki wird Chefwissenschaftler bei OpenAI. Ob nun ein Herr Pachocki kommt …')).toEqual([
      'Jakub Pachocki',
      'Pachocki',
    ]);
  });

  it('reads "Not every Altman" as any bearer, whatever word follows', () => {
    expect(marked('Sam Altman returned. LETTERS Not every Altman runs an AI company.')).toEqual(['Sam Altman']);
  });
});

describe('an acquaintance’s acquaintance named so, and "also a" bearer in an apposition (round 68)', () => {
  const news = 'Ilya Sutskever left OpenAI; Jakub Pachocki follows him. ';

  it.each([
    'My grandfather’s neighbour in Rehavia was called Sutskever, a watchmaker.',
    'My aunt asked whether he is related to the dentist on Długa street, also a Pachocki.',
    'Der Zahnarzt in der Langen Gasse, auch ein Pachocki, lachte darüber.',
  ])('reads a bearer of the name: %s', (text) => {
    expect(marked(`${news}${text}`)).toHaveLength(2);
  });

  it('keeps German „also an“, "that is, to", and a plain mention after "also"', () => {
    const german = 'Sam Altman führt OpenAI. Das ist ein Vorwurf an die Führung, also an Altman.';
    expect(marked(german)).toEqual(['Sam Altman', 'Altman']);
    expect(marked(`${news}The new chief scientist, also at OpenAI, Pachocki said.`)).toHaveLength(3);
  });
});

describe('an in-law of the writer named so (round 70)', () => {
  it('reads „Meine Schwägerin heißt Leike“ and "my brother-in-law is called Sam Altman" as other bearers', () => {
    expect(marked('Jan Leike ging zu Anthropic. Meine Schwägerin heißt tatsächlich Leike.')).toEqual(['Jan Leike']);
    expect(marked('Sam Altman is back at OpenAI. My brother-in-law is called Sam Altman, a plumber.')).toEqual([
      'Sam Altman',
    ]);
  });

  it('keeps ours where a relative of ours is named beside him: "Altman und sein Schwager"', () => {
    expect(marked('Sam Altman ist zurück bei OpenAI. Altman und sein Schwager kamen zur Feier.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });
});

describe('someone indefinite named so in full, perhaps at a place of the writer’s (round 70)', () => {
  it('reads "a woman at my office named Jan Leike" and „ein Typ in meinem Verein namens Sam Altman“ as other bearers', () => {
    expect(marked('Jan Leike quit OpenAI. There is a woman at my office named Jan Leike, sadly.')).toEqual([
      'Jan Leike',
    ]);
    expect(marked('Sam Altman ist zurück bei OpenAI. Wir haben einen Typ in meinem Verein namens Sam Altman.')).toEqual(
      ['Sam Altman'],
    );
  });

  it('keeps ours where the sentence speaks of AI, or someone indefinite is named with no place of the writer’s', () => {
    expect(marked('Some guy named Sam Altman runs OpenAI, apparently.')).toEqual(['Sam Altman']);
    expect(marked('Ilya Sutskever left OpenAI. His successor? Some guy called Jakub Pachocki.')).toEqual([
      'Ilya Sutskever',
      'Jakub Pachocki',
    ]);
  });
});

describe('a full name borne, after "being named" or "to be called" (round 70)', () => {
  it('reads "try being named Jan Leike this week" as the name borne, and keeps "being named Sam Altman’s successor"', () => {
    expect(marked('Jan Leike quit OpenAI. Honestly, try being named Jan Leike this week.')).toEqual(['Jan Leike']);
    expect(marked('Sam Altman runs OpenAI. After being named Sam Altman’s successor, she resigned.')).toEqual([
      'Sam Altman',
      'Sam Altman’s',
    ]);
  });
});

describe('a letter after a number, no article (round 71)', () => {
  it('marks a surname after a crossword answer’s place, "1A", as it does after "2D"', () => {
    const grid = 'Quiz: who left OpenAI in May 2024? Last week’s grid: 1A LEIKE · 4D SUTSKEVER · 8A ALTMAN';
    expect(marked(grid)).toEqual(['LEIKE', 'SUTSKEVER', 'ALTMAN']);
  });

  it('still reads "a" before a surname as an article: one bearer among others', () => {
    expect(marked('Jan Leike joined Anthropic. Our block has a Leike in flat 1a.')).toEqual(['Jan Leike']);
  });
});

describe('an article before a compound the surname begins (round 73)', () => {
  it('reads the article as the compound noun’s: "a Leike-style focus" names ours', () => {
    expect(marked('Jan Leike left OpenAI. The next hire may bring a Leike-style focus on safety.')).toEqual([
      'Jan Leike',
      'Leike',
    ]);
    expect(marked('Ilya Sutskever left OpenAI. Will a Sutskever-era lab look different?')).toEqual([
      'Ilya Sutskever',
      'Sutskever',
    ]);
  });

  it('still drops a bearer after "a" with a second surname joined by a hyphen', () => {
    expect(marked('Jakub Pachocki leads OpenAI’s research. Her cousin married a Pachocki-Nowak in Łódź.')).toEqual([
      'Jakub Pachocki',
    ]);
  });
});

describe('an acquaintance named so after two words of whose he is (round 73)', () => {
  const news = 'Sam Altman was fired by the OpenAI board. ';

  it.each([
    'My sister’s music teacher is called Mr Altman, poor man.',
    'Unser netter alter Nachbar heißt Altman, kein Witz.',
  ])('reads a bearer of the name: %s', (text) => {
    expect(marked(`${news}${text}`)).toEqual(['Sam Altman']);
  });

  it('keeps ours where no acquaintance is named so', () => {
    expect(marked(`${news}My sister’s favourite villain is called Altman now.`)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('a bearer after "a" before a conjunction (round 74)', () => {
  const news = 'Jakub Pachocki is OpenAI’s new chief scientist. ';

  it.each([
    'My brother-in-law is also a Pachocki and he keeps getting asked about GPT-4.',
    'Our landlord is a Pachocki but he has never heard of OpenAI.',
  ])('reads the bearer, not a noun the surname qualifies: %s', (text) => {
    expect(marked(`${news}${text}`)).toEqual(['Jakub Pachocki']);
  });

  it('keeps the article a noun’s after "a Pachocki"', () => {
    expect(marked(`${news}This is a Pachocki project and a big one.`)).toEqual(['Jakub Pachocki', 'Pachocki']);
  });
});

describe('a bearer known from a place or a circle after its article (round 83)', () => {
  it('reads „einen Jan Leike aus der …“ as someone the writer met, not ours', () => {
    const text =
      'Jan Leike forscht zu KI-Sicherheit. Beim Recherchieren fanden wir einen Jan Leike aus der Bezirksliga.';
    expect(marked(text)).toEqual(['Jan Leike']);
  });
});
