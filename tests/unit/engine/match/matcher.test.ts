import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { acceptInDocument } from '../../../../engine/rules/surname-rules';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** What a reader would see marked in `text`: [person, marked characters]. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => [m.person, text.slice(m.start, m.end)]);

describe('createMatcher', () => {
  it('finds every full name form of the fact sheet, in any letter case', () => {
    const forms = {
      sutskever: [
        'Ilya Sutskever',
        'Ilja Sutskever',
        'Ilia Sutskever',
        'Ilya Sutzkever',
        'Ilya Efimovich Sutskever',
        'Илья Суцкевер',
        'איליה סוצקבר',
      ],
      altman: ['Sam Altman', 'Samuel Altman', 'Samuel Harris Altman', 'Сэм Альтман', 'סם אלטמן'],
      leike: ['Jan Leike', 'Ян Лейке'],
      pachocki: ['Jakub Pachocki', 'Jakuba Pachockiego', 'Якуб Пачоцки'],
    };
    for (const [person, names] of Object.entries(forms)) {
      for (const name of names) {
        for (const variant of [name, name.toLowerCase(), name.toUpperCase()]) {
          expect(marked(`Heute im Blatt: ${variant} im Porträt.`)).toEqual([[person, variant]]);
          expect(marked(`Today: a profile of ${variant}, in full.`)).toEqual([[person, variant]]);
        }
      }
    }
  });

  it('reads any whitespace between first name and surname as the space: NBSP, line breaks, tabs', () => {
    for (const gap of ['\u00A0', '\n', '\r\n', '\t', '  ', '\u202F']) {
      expect(marked(`Mit Jakub${gap}Pachocki rückt ein Forscher auf.`)).toEqual([['pachocki', `Jakub${gap}Pachocki`]]);
      expect(marked(`A profile of Sam${gap}Altman ran today.`)).toEqual([['altman', `Sam${gap}Altman`]]);
    }
  });

  it('reads through soft hyphens and zero-width characters and marks the name as it stands', () => {
    const german = 'Der Name Ilya Suts\u00ADkever ist getrennt, Jan Lei\u200Bke auch.';
    expect(marked(german)).toEqual([
      ['sutskever', 'Ilya Suts\u00ADkever'],
      ['leike', 'Jan Lei\u200Bke'],
    ]);
    const english = 'Copied from a PDF: Sam\u00A0Alt\u2060man and Ja\u200Dkub Pa\uFEFFchocki.';
    expect(marked(english)).toEqual([
      ['altman', 'Sam\u00A0Alt\u2060man'],
      ['pachocki', 'Ja\u200Dkub Pa\uFEFFchocki'],
    ]);
  });

  it('includes English possessives with any apostrophe, and German genitives, in the mention', () => {
    for (const apostrophe of ["'", '’', 'ʼ', '‘', '´']) {
      expect(marked(`Sam Altman${apostrophe}s return`)).toEqual([['altman', `Sam Altman${apostrophe}s`]]);
    }
    expect(marked('Jan Leikes Rücktritt und Ilya Sutskevers Abschied')).toEqual([
      ['leike', 'Jan Leikes'],
      ['sutskever', 'Ilya Sutskevers'],
    ]);
    expect(marked('Jakub Pachockis Ernennung')).toEqual([['pachocki', 'Jakub Pachockis']]);
  });

  it('leaves quotation marks around a name out of the mention', () => {
    expect(marked('He wrote ‘Sam Altman’ on the slide.')).toEqual([['altman', 'Sam Altman']]);
    expect(marked("Er schrieb 'Jan Leike' auf die Folie.")).toEqual([['leike', 'Jan Leike']]);
    expect(marked('„Ilya Sutskever“ stand darüber.')).toEqual([['sutskever', 'Ilya Sutskever']]);
  });

  it('knows the Russian case forms and the Hebrew prefixes glued to a name', () => {
    expect(marked('Интервью Сэма Альтмана и Ильи Суцкевера')).toEqual([
      ['altman', 'Сэма Альтмана'],
      ['sutskever', 'Ильи Суцкевера'],
    ]);
    expect(marked('вместе с Яном Лейке и Якубом Пачоцки')).toEqual([
      ['leike', 'Яном Лейке'],
      ['pachocki', 'Якубом Пачоцки'],
    ]);
    // "and Ilya Sutskever", "to Sam Altman": the prefix is a word of its own, not part of the name.
    expect(marked('ואיליה סוצקבר, לסם אלטמן')).toEqual([
      ['sutskever', 'איליה סוצקבר'],
      ['altman', 'סם אלטמן'],
    ]);
  });

  it('finds the four X handles in any case, but not handles that merely start with them', () => {
    expect(marked('@ilyasut dankte @merettm; @SAMA antwortete, @JanLeike schwieg.')).toEqual([
      ['sutskever', '@ilyasut'],
      ['pachocki', '@merettm'],
      ['altman', '@SAMA'],
      ['leike', '@JanLeike'],
    ]);
    expect(marked('Fan accounts @samaltmanfan, @sama_fan, @sama_fan_de and @ilyasut_quotes, mail me@sama.')).toEqual(
      [],
    );
  });

  it('never matches inside a longer word', () => {
    expect(
      marked(
        'OpenAI: Familie Altmann, die Altmanns, Altmannstraße, Gärtnerei Leiken, am Samstag gemeinsam, Pachowski.',
      ),
    ).toEqual([]);
    expect(marked('OpenAI and AI: Samsung, Samantha Altmanova, NeoLeike, Pachockiewicz.')).toEqual([]);
  });

  it('never matches inside a URL or an e-mail address', () => {
    const german =
      'OpenAI-Links: https://example.com/sam-altman-interview, openai.com/altman, www.example.org/Jan_Leike, ' +
      'Post an sam.altman@example.com oder leike@example.org.';
    expect(marked(german)).toEqual([]);
    const english = 'AI desk: see example.net/ilya-sutskever/ or mail jakub.pachocki@example.co.uk today.';
    expect(marked(english)).toEqual([]);
  });

  it('never matches inside a path, a link target, a file name or a lower-case slug shown as text', () => {
    const english =
      'OpenAI coverage: /2024/05/openai-ceo-sam-altman-returns, [the interview](../posts/sam-altman-interview), ' +
      'sam-altman-portrait.jpg, ~/notes/leike.md, tags: openai-ceo-sam-altman-returns and jakub-pachocki.';
    expect(marked(english)).toEqual([]);
    expect(marked('KI-Archiv: ./bilder/Ilya_Sutskever.png und /people/Sutskever liegen im Ordner.')).toEqual([]);
  });

  it('still finds names in German compounds, in link texts and beside a slash in prose', () => {
    expect(marked('Das Sam-Altman-Interview und der Altman-Rauswurf bei OpenAI')).toEqual([
      ['altman', 'Sam-Altman'],
      ['altman', 'Altman'],
    ]);
    expect(marked('[Sam Altman im Interview](../posts/sam-altman-interview)')).toEqual([['altman', 'Sam Altman']]);
    expect(marked('OpenAI: the Sutskever/Leike team')).toEqual([
      ['sutskever', 'Sutskever'],
      ['leike', 'Leike'],
    ]);
  });

  it('takes research words and other researchers’ surnames as support for a lone surname', () => {
    const seq2seq = 'Sutzkever, Vinyals und Le stellten 2014 das Sequence-to-Sequence-Lernen vor.';
    expect(marked(seq2seq)).toEqual([['sutskever', 'Sutzkever']]);
    expect(marked('Krizhevsky, Sutskever and Hinton won ImageNet in 2012.')).toEqual([['sutskever', 'Sutskever']]);
    expect(marked('See Leike et al. (2018) on reward modelling.')).toEqual([['leike', 'Leike']]);
    expect(marked('Mikolov, Sutskever und Chen verbesserten word2vec.')).toEqual([['sutskever', 'Sutskever']]);
    expect(marked('Als Student gewann Pachocki die ICPC-Weltfinals nicht, aber viele TopCoder-Runden.')).toEqual([
      ['pachocki', 'Pachocki'],
    ]);
  });

  it('reads the forms people write: initials, inverted names, hashtags, trailing apostrophes, Polish forms', () => {
    expect(marked('Ein Zitat von S. Altman und I. Sutskever')).toEqual([
      ['altman', 'S. Altman'],
      ['sutskever', 'I. Sutskever'],
    ]);
    // A lower-case "s." is German for "see", not an initial.
    expect(marked('Zu OpenAI (s. Altman 2023)')).toEqual([['altman', 'Altman']]);
    // Only the surname of an inverted name is marked; another first name makes it a namesake.
    const references =
      'Altman, Sam (2023). Planning for AGI.\nSutskever, I.; Vinyals, O.\nAltman, Robert (dir.)\tThe Player';
    expect(marked(references)).toEqual([
      ['altman', 'Altman'],
      ['sutskever', 'Sutskever'],
    ]);
    expect(marked('#SamAltman und #IlyaSutskever trenden.')).toEqual([
      ['altman', 'SamAltman'],
      ['sutskever', 'IlyaSutskever'],
    ]);
    expect(marked('Thread about OpenAI #Altman')).toEqual([['altman', 'Altman']]);
    expect(marked('Our bike shop #Altman')).toEqual([]);
    expect(marked('OpenAI: Sutskevers’ Abschied')).toEqual([['sutskever', 'Sutskevers’']]);
    expect(marked('Rozmowa z Jakubem Pachockim i Kubą Pachockim z OpenAI, Jakubowi Pachockiemu')).toEqual([
      ['pachocki', 'Jakubem Pachockim'],
      ['pachocki', 'Kubą Pachockim'],
      ['pachocki', 'Jakubowi Pachockiemu'],
    ]);
  });

  it('keeps a lone surname after a weekday, a month, a heading or a word in capitals, and with its employer after it', () => {
    expect(marked('OpenAI news. On Friday Leike explained why; im März Altman auch.')).toEqual([
      ['leike', 'Leike'],
      ['altman', 'Altman'],
    ]);
    expect(marked('Abschied nach zehn Jahren\nSutskever verlässt OpenAI.')).toEqual([['sutskever', 'Sutskever']]);
    expect(marked('Eine Woche, drei Abschiede\nSutskevers Abschied bei OpenAI')).toEqual([['sutskever', 'Sutskevers']]);
    expect(marked('OpenAI, May 2024. Lately Altman has been quiet; zuletzt Altman auch.')).toEqual([
      ['altman', 'Altman'],
      ['altman', 'Altman'],
    ]);
    expect(marked('EXKLUSIV ALTMAN ÜBER KI')).toEqual([['altman', 'ALTMAN']]);
    expect(marked('Exklusiv-Interview Altman (OpenAI) über GPT-5')).toEqual([['altman', 'Altman']]);
    expect(marked('KI-Gipfel: Dr. Leike spricht über Alignment.')).toEqual([['leike', 'Leike']]);
  });

  it('takes a verb of a title-case headline and a compound role for no first name', () => {
    expect(marked('Verlässt Sutskever OpenAI? Kann Altman bleiben?')).toEqual([
      ['sutskever', 'Sutskever'],
      ['altman', 'Altman'],
    ]);
    expect(marked('OpenAI Names Pachocki Chief Scientist; Board Ousts Altman')).toEqual([
      ['pachocki', 'Pachocki'],
      ['altman', 'Altman'],
    ]);
    expect(marked('KI-Star Sutskever und Chefentwickler Pachocki bei OpenAI')).toEqual([
      ['sutskever', 'Sutskever'],
      ['pachocki', 'Pachocki'],
    ]);
  });

  it('gives a lone surname after a woman’s title or role to someone else: our four people are men', () => {
    expect(marked('OpenAI-Anrufe für Frau Leike, Kollegin Pachocki und Ms. Altman, die Kursleiterin Leike.')).toEqual(
      [],
    );
  });

  it('reads the abbreviated German "Fr." and the Polish "Pani" as a woman’s title too', () => {
    expect(marked('OpenAI-Thema: Fr. Leike eröffnet die Sitzung. Pani Pachocki pyta o OpenAI.')).toEqual([]);
  });

  it('takes a month after a day for a date, not a first name', () => {
    expect(marked('OpenAI: on 17 May Leike explained why. 3. Robert Altman made films.')).toEqual([['leike', 'Leike']]);
  });

  it('takes no surname in the plural, which names a family, but keeps a German genitive after a pronoun', () => {
    expect(marked('OpenAI-Post, die an die Altmans gehen sollte; the Altmans’ dog.')).toEqual([]);
    expect(marked('Die Belegschaft von OpenAI schrieb den Brief, der Altmans Rückkehr forderte.')).toEqual([
      ['altman', 'Altmans'],
    ]);
  });

  it('takes no surname naming a family or a shop', () => {
    expect(marked('Bei OpenAI redet man von den Altman-Brüdern und der Altman family.')).toEqual([]);
    expect(marked('Pachocki’s Bakery now takes orders through an AI chatbot.')).toEqual([]);
    expect(marked('AI news: Pachocki & Sons Plumbing has moved.')).toEqual([]);
  });

  it('keeps a lone surname only with support: AI terms near it, or the full name in the same document', () => {
    for (const term of ['OpenAI', 'ChatGPT', 'GPT-4', 'KI', 'Superalignment', 'Anthropic', 'OpenAIs']) {
      expect(marked(`${term} und die Folgen: Leike äußerte sich.`)).toEqual([['leike', 'Leike']]);
    }
    expect(marked('The film was long. Altman directed it.')).toEqual([]);
    expect(marked('Der Film war lang. Altman führte Regie.')).toEqual([]);
    const farAway = `Altman spoke. ${'Nothing about it here. '.repeat(20)}OpenAI later said more.`;
    expect(marked(farAway)).toEqual([]);
    expect(marked('Sam Altman kam. Später sprach Altman.')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
    ]);
    expect(marked('@merettm posted. Then Pachocki spoke.')).toEqual([
      ['pachocki', '@merettm'],
      ['pachocki', 'Pachocki'],
    ]);
  });

  it('lets a full name support the lone surnames of other blocks of the same page', () => {
    const blocks = ['Jan Leike im Porträt', 'Leike wuchs in Freiburg auf.'].map((text) => matcher.find(text));
    expect(acceptInDocument(blocks)[1]).toHaveLength(1);
    expect(acceptInDocument([blocks[1]!])[0]).toEqual([]);
  });

  it('lets a namesake in the document outweigh AI terms near a lone surname, but not the full name', () => {
    // A shop owner's namesake is set up first; later lone surnames near "KI" are still his.
    expect(
      marked('Im Fahrradladen von Lea Altman hilft jetzt eine KI. „Die KI repariert nichts“, sagt Altman.'),
    ).toEqual([]);
    expect(
      marked('Marek Pachocki’s bakery uses an AI chatbot now. “It never forgets an order,” Pachocki jokes.'),
    ).toEqual([]);
    // Where the document names our person in full closer before it, the lone surname is theirs despite the namesake.
    expect(marked('Robert Altman made films. Sam Altman leads OpenAI. Altman said so.')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
    ]);
    // Without a namesake, the AI terms alone still support it.
    expect(marked('OpenAI-Chef Altman sprach über KI.')).toEqual([['altman', 'Altman']]);
  });

  it('refuses a lone surname after another first name, even at OpenAI and with the full name nearby', () => {
    const german =
      'OpenAI-Chef Sam Altman ist nicht Robert Altman, Jack Altman, Annie Altman oder Robert-Altman-Fan R. Altman.';
    expect(marked(german)).toEqual([['altman', 'Sam Altman']]);
    // A line break inside a sentence, as in a wrapped paragraph, does not hide the first name before it.
    const english =
      'OpenAI news\nSam Altman is not Robert Altman’s heir, nor Sidney\nAltman, nor Maria Leike’s neighbour.';
    expect(marked(english)).toEqual([['altman', 'Sam Altman']]);
  });

  it('accepts a lone surname after a title, a role, a function word or the end of a sentence', () => {
    const german =
      'Bei OpenAI: CEO Altman, OpenAI-Chef Altman, Nachfolger Pachocki, KI-Forscherin und Wenn Leike. ' +
      'OpenAIs Altman. Das war gut. Sutskever schwieg.';
    expect(marked(german).map(([, text]) => text)).toEqual([
      'Altman',
      'Altman',
      'Pachocki',
      'Leike',
      'Altman',
      'Sutskever',
    ]);
    const english =
      'At OpenAI, Mr. Altman and OpenAI’s Altman met. Director of Research. Pachocki agreed. Reading Leike’s post, As Leike said.';
    expect(marked(english).map(([, text]) => text)).toEqual(['Altman', 'Altman', 'Pachocki', 'Leike’s', 'Leike']);
  });

  it('refuses a lone surname that is part of another name: a shop, a street, a double surname', () => {
    const german =
      'KI-Nachrichten: Eisenwaren Altman schließt, die Leike-Straße wird gesperrt, Frau Müller-Leike zieht um.';
    expect(marked(german)).toEqual([]);
    const english = 'AI news: Altman Hardware is closing and the Altman Foundation moves.';
    expect(marked(english)).toEqual([]);
    // A compound about the person is still a mention.
    expect(marked('Die KI-Welt und die Altman-Rückkehr')).toEqual([['altman', 'Altman']]);
  });

  it('refuses surnames in a firm or team named with a trade word, also in a row of our surnames or in lower case', () => {
    const results =
      'sam altman openai news · Altman Sutskever Insurance Brokers — Toronto · Altman’s Alley Cats 58–58 · ' +
      'tischlerei leike zwickau · autoserwis pachocki łódź';
    expect(marked(results)).toEqual([['altman', 'sam altman']]);
    // Our four surnames as a joke firm stay ours.
    expect(marked('OpenAI fan fiction: Sutskever Leike Pachocki & Altman LLP').map(([p]) => p)).toEqual([
      'sutskever',
      'leike',
      'pachocki',
      'altman',
    ]);
  });

  it('takes lone surnames listed or counted beside our other people’s surnames for ours', () => {
    expect(marked('Wer ging? Sutskever (Mitgründer), Leike, Pachocki (neuer Chefwissenschaftler).')).toEqual([
      ['sutskever', 'Sutskever'],
      ['leike', 'Leike'],
      ['pachocki', 'Pachocki'],
    ]);
    expect(marked('Most-clicked names this week: Leike 312, Sutskever 288, Altman 240, Pachocki 97.')).toEqual([
      ['leike', 'Leike'],
      ['sutskever', 'Sutskever'],
      ['altman', 'Altman'],
      ['pachocki', 'Pachocki'],
    ]);
  });

  it('never takes a first name alone, not even beside the full name and OpenAI', () => {
    const english =
      'At OpenAI, Sam Altman wrote that Ilya will no longer serve; Jan’s thread and Jakub’s promotion followed in Jan 2024.';
    expect(marked(english)).toEqual([['altman', 'Sam Altman']]);
    const german = 'Bei OpenAI schrieb Sam Altman, Ilja werde gehen; Jan und Jakub blieben bis Jan. 2025. Илья ушёл.';
    expect(marked(german)).toEqual([['altman', 'Sam Altman']]);
  });

  it('gives offsets into the original text and the same answer every time', () => {
    const text = '\u200BOpenAI: Ilya Suts\u00ADkever, dann Altman.';
    const first = matcher.find(text);
    expect(matcher.find(text)).toEqual(first);
    expect(first.map((m) => [m.kind, text.slice(m.start, m.end)])).toEqual([
      ['full', 'Ilya Suts\u00ADkever'],
      ['surname', 'Altman'],
    ]);
  });
});

describe('createMatcher: forms that name someone else or no one (issue 12, round 2)', () => {
  it('takes a noun, a time unit or an abbreviation before a lone surname for no first name', () => {
    expect(marked('KI-Ticker: Das Board hat für die Absetzung Altmans gestimmt.')).toEqual([['altman', 'Altmans']]);
    expect(marked('OpenAI-Liveblog\nFr, 17.05., 18:30 Uhr Leike legt nach.')).toEqual([['leike', 'Leike']]);
    expect(marked('OpenAI board weekend. Mon Nov 20, 5:30am PT Sutskever posts an apology.')).toEqual([
      ['sutskever', 'Sutskever'],
    ]);
    // First names still are: a capitalised word that is neither noun nor unit.
    expect(marked('OpenAI-Woche: Die Tochter Hannah Altmans spricht über KI.')).toEqual([]);
  });

  it('joins a first name and surname without a space only in a hashtag, never in code', () => {
    expect(marked("OpenAI accounts: const KONTEN = ['sama', 'janleike']; { janleike: 'x' }")).toEqual([]);
    expect(marked('OpenAI: #JanLeike trendet.')).toEqual([['leike', 'JanLeike']]);
  });

  it('reads another first name joined to the surname in a hashtag as a namesake', () => {
    expect(marked('OpenAI fans, look away: the best Altman film is The Player #RobertAltman')).toEqual([]);
  });

  it('takes a capitalised word and a legal form after a surname for a firm, wherever the firm is named again', () => {
    const firm = 'Mittelstand setzt auf KI: Altman Kältetechnik plant Wartung.\nDie Altman Kältetechnik GmbH nutzt KI.';
    expect(marked(firm)).toEqual([]);
    expect(marked('AI in retail: Leike Logistics Ltd. adds a chatbot.')).toEqual([]);
  });

  it('takes an initial with a surname for weak evidence, like a lone surname', () => {
    expect(marked('Leserbrief über Filme. — S. Altman, Tucson')).toEqual([]);
    expect(marked('OpenAI leadership: S. Altman has been saying the right things about AI safety.')).toEqual([
      ['altman', 'S. Altman'],
    ]);
  });

  it('gives a surname set apart as unrelated, or announced as another of that name, to someone else', () => {
    expect(marked('Mit Jakub Pachocki, dem Chefwissenschaftler von OpenAI, ist Pachocki nicht verwandt.')).toEqual([
      ['pachocki', 'Jakub Pachocki'],
    ]);
    expect(marked('Enough about OpenAI. — Altman, Tucson (no relation)')).toEqual([]);
    expect(marked('Is Jan Leike related to the Leike who runs my gym?')).toEqual([['leike', 'Jan Leike']]);
    expect(marked('Sam Altman runs OpenAI. Is this the same Altman who directed "MASH"?')).toEqual([
      ['altman', 'Sam Altman'],
    ]);
  });
});

describe('createMatcher: forms that name someone else or no one (issue 12, round 3)', () => {
  it('takes a lower-case name used as a key in code for no mention, but keeps comments and display strings', () => {
    const python = [
      '# OpenAI people. NOTE: Leike resigned in May 2024.',
      'PEOPLE = {',
      '    "pachocki": {"display": "Jakub Pachocki"},',
      "    'sam_altman': {'display': 'Sam Altman'},",
      '}',
    ].join('\n');
    expect(marked(python)).toEqual([
      ['leike', 'Leike'],
      ['pachocki', 'Jakub Pachocki'],
      ['altman', 'Sam Altman'],
    ]);
    const yaml = 'openai:\n  sutskever:\n    display: Ilya Sutskever\n  leike: {display: "Jan Leike"}';
    expect(marked(yaml)).toEqual([
      ['sutskever', 'Ilya Sutskever'],
      ['leike', 'Jan Leike'],
    ]);
    // A speaker's label in a transcript is capitalised, and a handle is a handle.
    expect(marked('OpenAI podcast\nAltman: We will ship it.\n@sama: soon')).toEqual([
      ['altman', 'Altman'],
      ['altman', '@sama'],
    ]);
  });

  it('gives a surname set apart from our person by "the other", "the younger" or "our" to someone else', () => {
    expect(marked('The other Altman’s inbox\nMy mail is full of OpenAI news.')).toEqual([]);
    expect(marked('Der andere Altman\nSein Bruder leitet OpenAI.')).toEqual([]);
    expect(marked('Sam Altman runs OpenAI. The younger Altman, meanwhile, talks about HR software.')).toEqual([
      ['altman', 'Sam Altman'],
    ]);
    expect(marked('That is Sam Altman, who runs OpenAI. Our Altman died in 2006 and made MASH.')).toEqual([
      ['altman', 'Sam Altman'],
    ]);
    // Not "another" as part of a longer phrase: the surname after "the" alone is ours.
    expect(marked('Sam Altman runs OpenAI. The Altman era at OpenAI goes on.')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
    ]);
  });

  it('takes a family word before a surname for the family, and a possessive before one for our person', () => {
    // The family, not a namesake who would take the lone surnames around it.
    expect(matcher.find('OpenAI-Woche: Die Schlagzeilen über die Familie Altman schreibt der Ältere.')).toEqual([]);
    expect(marked('OpenAI tracker: remove the unsourced claim about Altman’s siblings.')).toEqual([
      ['altman', 'Altman’s'],
    ]);
    expect(marked('OpenAI-Chef: Altmans Geschwister schweigen.')).toEqual([['altman', 'Altmans']]);
    // Without the possessive, the family word still makes it the family's.
    expect(marked('OpenAI news: the Altman siblings spoke, and the Altman family agreed.')).toEqual([]);
  });

  it('takes a surname titling a reference entry about the name for no mention', () => {
    const seeAlso = 'Ilya Sutskever is a co-founder of OpenAI.\n\nSee also\n- Sutskever (surname)\n- AlexNet';
    expect(marked(seeAlso)).toEqual([['sutskever', 'Ilya Sutskever']]);
    expect(marked('Jan Leike forscht zu KI-Sicherheit. Siehe auch: Leike (Familienname)')).toEqual([
      ['leike', 'Jan Leike'],
    ]);
    expect(marked('OpenAI: Altman (disambiguation)')).toEqual([]);
  });

  it('takes a surname titling an entry on a place or a work of the name for no mention (round 72)', () => {
    const seeAlso = 'Jan Leike worked at OpenAI.\n\nSee also\n- Leike (lake), a pond near Kassel\n- Leike (song), 1998';
    expect(marked(seeAlso)).toEqual([['leike', 'Jan Leike']]);
    expect(marked('Sam Altman leitet OpenAI. Nicht verwechseln: Altman (Film), eine Doku von 2014.')).toEqual([
      ['altman', 'Sam Altman'],
    ]);
    // A bracketed word that is no such title keeps the surname: his employer, or a role.
    expect(marked('Sam Altman leads OpenAI. Altman (OpenAI) spoke, and Leike (resigned) posted.')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
      ['leike', 'Leike'],
    ]);
  });

  it('takes an imperative, or a German noun after a determiner, before a lone surname for no first name', () => {
    expect(
      marked('OpenAI-Arbeitsblatt\n3. Beurteile den Fall. Beziehe Altmans Rückkehr in deine Antwort ein.'),
    ).toEqual([['altman', 'Altmans']]);
    expect(
      marked('OpenAI tracker log\nc0d3e88 Add Pachocki as chief scientist\n77d2e15 Compare Leike’s thread'),
    ).toEqual([
      ['pachocki', 'Pachocki'],
      ['leike', 'Leike’s'],
    ]);
    // A reading list's instructions: "Read Leike’s thread", "Watch Altman’s talk", "Lies Sutskevers Rede".
    expect(marked('OpenAI week. Read Leike’s thread. Watch Altman’s talk. Lies Sutskevers Rede.')).toEqual([
      ['leike', 'Leike’s'],
      ['altman', 'Altman’s'],
      ['sutskever', 'Sutskevers'],
    ]);
    expect(marked('OpenAI: Altman lässt offen, welche Rolle Sutskever noch spielt.')).toEqual([
      ['altman', 'Altman'],
      ['sutskever', 'Sutskever'],
    ]);
    // A preposition joined to its article counts as the article: "zur Rolle Sutskevers", "beim Abgang Leikes".
    expect(marked('OpenAI-Seminar: zur Rolle Sutskevers ebd., S. 58; beim Abgang Leikes.')).toEqual([
      ['sutskever', 'Sutskevers'],
      ['leike', 'Leikes'],
    ]);
    expect(marked('OpenAI-Ticker: Der Abgang Leikes und die Rückkehr Altmans.')).toEqual([
      ['leike', 'Leikes'],
      ['altman', 'Altmans'],
    ]);
    // An article before a role noun and an uninflected surname is an apposition, which may name someone else.
    expect(matcher.find('KI-Filmreihe: der Regisseur Altman').map((m) => m.kind)).toEqual(['namesake']);
  });

  it('takes a capitalised word joined by a hyphen before a surname for a compound, unless a name stands before it', () => {
    expect(marked('Ich war Sam Altman. Als Traum-Altman tat ich, was man tut.')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
    ]);
    // A double surname after a first name or a title, and a first name joined to a compound, are someone else's.
    expect(marked('KI-Kurs bei OpenAI-Fan Anna Müller-Leike, Frau Müller-Leike, zur Robert-Altman-Reihe.')).toEqual([]);
  });

  it('gives a first name joined to a compound that goes on its own article: the compound names someone else (round 68)', () => {
    // The article belongs to the compound's last word, so „Lew“ is no noun, here or where the text repeats it.
    expect(marked('Für KI gibt es ein eigenes Board. Das ist der Lew-Altman-Thread.')).toEqual([]);
    expect(marked('Für KI gibt es ein eigenes Board. Das ist ein Lew-Altman-Thread.')).toEqual([]);
    // Our first name joined the same way is still his compound.
    expect(marked('Für KI gibt es ein eigenes Board. Das ist der Sam-Altman-Thread.')).toEqual([
      ['altman', 'Sam-Altman'],
    ]);
  });

  it('takes our name followed by a hyphen and a surname for a double-barrelled name, but keeps compound nouns', () => {
    const bakery =
      'KI in der Backstube: Enkel Jan Leike-Hoffmann führt den Betrieb, „seit OpenAI“, sagt Leike-Hoffmann. ' +
      'His children, Karen Sorensen and Jan Leike-Morrow, asked about ChatGPT.';
    expect(marked(bakery)).toEqual([]);
    // After an article, with or without an adjective, or a preposition with its article, it is a compound noun.
    const compounds =
      'Das große Sam Altman-Interview, der Leike-Thread, im Altman-Interview, nach dem „Altman-Rauswurf“ bei ' +
      'OpenAI; the Altman-Sutskever rift; das Sam-Altman-Interview.';
    expect(marked(compounds).map(([, text]) => text)).toEqual([
      'Sam Altman',
      'Leike',
      'Altman',
      'Altman',
      'Altman',
      'Sutskever',
      'Sam-Altman',
    ]);
  });

  it('reads a news noun in its German plural as a compound, with no article before it (round 72)', () => {
    // „Fragen“ and „Zitate“ are plurals of news nouns, „Themen“ and „Dramen“ of nouns in -a: no second surname.
    expect(marked('Sam Altman leitet OpenAI. Bei Altman-Fragen und Altman-Themen bitte den Thread verlinken.')).toEqual(
      [
        ['altman', 'Sam Altman'],
        ['altman', 'Altman'],
        ['altman', 'Altman'],
      ],
    );
    expect(marked('Jan Leike forscht zu KI-Sicherheit. Für Leike-Zitate und Leike-Dramen ist Platz.')).toEqual([
      ['leike', 'Jan Leike'],
      ['leike', 'Leike'],
      ['leike', 'Leike'],
    ]);
    // A surname after the hyphen is still a double-barrelled name, whatever its ending.
    expect(marked('Jan Leike forscht zu KI-Sicherheit. Anna sagt, Leike-Hagen kommt heute.')).toEqual([
      ['leike', 'Jan Leike'],
    ]);
  });

  it('takes no first name from the cell before a tab where the surname starts a cell of prose (round 72)', () => {
    // A headline column after a newspaper's name: the paper is no first name of the headline's surname.
    const review =
      'Datum\tZeitung\tTitel\tPerson\n' +
      '02.06.\tAbendpost Hamm\tPachocki leitet jetzt die Forschung\tJakub Pachocki\n' +
      '03.06.\tRundschau Mitte\tAltmans Plan für OpenAI\tSam Altman\n';
    expect(marked(review)).toEqual([
      ['pachocki', 'Pachocki'],
      ['pachocki', 'Jakub Pachocki'],
      ['altman', 'Altmans'],
      ['altman', 'Sam Altman'],
    ]);
    // A table with first name and surname in cells of their own names someone by both.
    expect(marked('Vorname\tNachname\tThema\nRobert\tAltman\tSport, nicht OpenAI\n')).toEqual([]);
  });

  it('reads a first name in capitals when the surname is in capitals and the two stand apart', () => {
    expect(marked('HANNAH LEIKE\nMachine Learning Engineer, worked on OpenAI-style RLHF.')).toEqual([]);
    expect(marked('Q7: Who shared the 1989 Nobel Prize with Cech? SIDNEY ALTMAN. (Not OpenAI.)')).toEqual([]);
    // Inside a headline set in capitals the word before is no first name.
    expect(marked('AI BRAINBOX BAILS! OPENAI GENIUS SUTSKEVER QUITS')).toEqual([['sutskever', 'SUTSKEVER']]);
  });

  it('takes no word of another script for the first name of a surname', () => {
    expect(marked('My AI news alert watches Sutskever, plus the Cyrillic Суцкевер.')).toEqual([
      ['sutskever', 'Sutskever'],
      ['sutskever', 'Суцкевер'],
    ]);
  });

  it('takes "X." before a surname for the platform ending a sentence, not an initial', () => {
    expect(marked('Auch Jan Leike geht. „I resigned“, schrieb er auf X. Leike leitete das Team.')).toEqual([
      ['leike', 'Jan Leike'],
      ['leike', 'Leike'],
    ]);
    expect(marked('Jan Leike leaves OpenAI. Not to be confused with R. Leike, the roofer.')).toEqual([
      ['leike', 'Jan Leike'],
    ]);
  });

  it('knows the Polish case forms of Sutskever, Altman and Leike, first name and surname, as for Pachocki', () => {
    const polish =
      'Polak następcą Ilji Sutskevera w OpenAI. Wywiad z Samem Altmanem, list do Sama Altmana i Janowi Leikemu, ' +
      'z Janem Leikem, o Ilji Sutskeverze, z Iliją Sutskeverem.';
    expect(marked(polish).map(([, name]) => name)).toEqual([
      'Ilji Sutskevera',
      'Samem Altmanem',
      'Sama Altmana',
      'Janowi Leikemu',
      'Janem Leikem',
      'Ilji Sutskeverze',
      'Iliją Sutskeverem',
    ]);
    // The surname alone in a case form, in AI context; "Jana" is a German first name, left out.
    expect(marked('Po odejściu Sutskevera z OpenAI. Jana Leike spielt Schach.')).toEqual([['sutskever', 'Sutskevera']]);
  });
});

describe('createMatcher: paths and slugs (issue 12, round 4)', () => {
  it('takes names in an underscore slug or a file name in backticks for no mention', () => {
    expect(marked('de.wikipedia.example.org › wiki › Jan_Leike\nJan Leike ist ein KI-Forscher.')).toEqual([
      ['leike', 'Jan Leike'],
    ]);
    expect(marked('Sam Altman: images load from `assets/` (`sam-altman.webp` was 404), see `Ilya_Sutskever`.')).toEqual(
      [['altman', 'Sam Altman']],
    );
    // A hashtag keeps its name.
    expect(marked('OpenAI news #Sam_Altman')).toEqual([['altman', 'Sam_Altman']]);
  });
});

describe('createMatcher: lone surnames read by their neighbours (issue 12, round 4)', () => {
  it('gives a namesake the inverted index entry with page numbers whose first name is theirs', () => {
    const index =
      'INDEX\nAlexNet, 41\nAltman, Jack, 203\nAltman, Robert, 12n\nAltman, Sam, 3–9\nSutzkever, Abraham, 12n';
    expect(marked(`${index}\nOpenAI, 1–20`)).toEqual([['altman', 'Altman']]);
    // A year after a co-author is a citation, not a page: "Sutskever, Hinton, 2012".
    expect(marked('AlexNet (Krizhevsky, Sutskever, Hinton, 2012) won ImageNet.')).toEqual([['sutskever', 'Sutskever']]);
  });

  it('reads an inverted entry before a dash as our person', () => {
    expect(marked('Style guide\n\nSutskever, Ilya — co-founder. Not the poet Abraham Sutzkever.')).toEqual([
      ['sutskever', 'Sutskever'],
    ]);
  });

  it('asks "which Altman" of a surname shared by several people: no one person', () => {
    expect(marked('Which Altman? Sam Altman runs OpenAI. Which Altman film is best? Welcher Altman war das?')).toEqual([
      ['altman', 'Sam Altman'],
    ]);
    // After a comma, "which" is a relative pronoun.
    expect(marked('Sam Altman is back. The board, which Altman rejoined, met.')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
    ]);
  });

  it('takes no handle, neuter noun or surname of ours before a lone surname for a first name', () => {
    expect(marked('Sam Altman und OpenAI: wie das Board Altman am Freitag absetzte.')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
    ]);
    expect(marked('Jan Leike quit OpenAI.\n@ShannonR leike wasn\'t "mad"')).toEqual([
      ['leike', 'Jan Leike'],
      ['leike', 'leike'],
    ]);
    expect(marked('OpenAI people: Sutskever Leike Pachocki & Altman LLP, sounds like a law firm')).toEqual([
      ['sutskever', 'Sutskever'],
      ['leike', 'Leike'],
      ['pachocki', 'Pachocki'],
      ['altman', 'Altman'],
    ]);
  });
});

describe('acceptInDocument: a namesake ahead (issue 12, round 4)', () => {
  it('keeps a lone surname ours after our person named in its own sentence, even before a namesake', () => {
    expect(marked('First reference Sam Altman, then Altman. Do not confuse with Robert Altman.')).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Altman'],
    ]);
  });
});

describe('createMatcher: a full name with a quoted nickname (round 11)', () => {
  it('reads "Samuel Harris „Sam“ Altman" as one mention of the full name, quotes included', () => {
    const entry = 'Sam Altman\nSamuel Harris „Sam“ Altman ist ein US-amerikanischer Unternehmer.';
    expect(marked(entry)).toEqual([
      ['altman', 'Sam Altman'],
      ['altman', 'Samuel Harris „Sam“ Altman'],
    ]);
    expect(matcher.find('Jakub "Kuba" Pachocki').map((m) => m.kind)).toEqual(['full']);
  });

  it('leaves a quoted word that is no first name of his before the surname alone', () => {
    expect(marked('Sam Altman. Samuel „Bob“ Altman is someone else.').map(([, t]) => t)).not.toContain(
      'Samuel „Bob“ Altman',
    );
  });
});

describe('createMatcher: forms of his name the knowledge lacked (round 18)', () => {
  it('finds the Russian "Пахоцкий" with its case forms and the Hebrew "יאקוב פחוצקי"', () => {
    expect(marked('Новым главным научным сотрудником стал Якуб Пахоцкий; интервью Якуба Пахоцкого.')).toEqual([
      ['pachocki', 'Якуб Пахоцкий'],
      ['pachocki', 'Якуба Пахоцкого'],
    ]);
    expect(marked('OpenAI: המדען הראשי החדש הוא יאקוב פחוצקי, במקום איליה סוצקבר.')).toEqual([
      ['pachocki', 'יאקוב פחוצקי'],
      ['sutskever', 'איליה סוצקבר'],
    ]);
  });

  it('reads a lone quoted Cyrillic form beside his Latin name in a text about OpenAI as his', () => {
    const note = 'Jakub Pachocki folgt bei OpenAI auf Ilya Sutskever. Russische Medien schreiben „Пахоцкий“.';
    expect(marked(note)).toEqual([
      ['pachocki', 'Jakub Pachocki'],
      ['sutskever', 'Ilya Sutskever'],
      ['pachocki', 'Пахоцкий'],
    ]);
  });
});

describe('createMatcher: a full name with a middle initial (round 64, real text)', () => {
  it('reads the initial of one of his middle names between first name and surname', () => {
    expect(marked('Samuel H. Altman was born in Chicago in 1985.')).toEqual([['altman', 'Samuel H. Altman']]);
    expect(marked('Ilya E. Sutskever co-founded OpenAI.')).toEqual([['sutskever', 'Ilya E. Sutskever']]);
  });

  it('leaves another middle initial to a namesake', () => {
    expect(marked('Samuel J. Altman, 91, retired pharmacist, died on May 9.')).toEqual([]);
  });
});

describe('round 68: a misspelling in a family history’s paragraph of its families', () => {
  /** The marked characters of `lines`, joined as lines. */
  const markedIn = (lines: readonly string[]) => marked(lines.join('\n')).map(([, text]) => text);

  it('gives the respellings a family’s records show to the family, as its lone surnames, beside a reply on AI', () => {
    const thread = [
      'Forum › Family lines › Galicia',
      'My great-grandfather Chaim Pachocki emigrated in 1909; his son Mendel Pachocki followed.',
      'Reply: the census lists the household as Pachocki, Pachotski and Pachoki. Clerks spelled by ear.',
      'Reply: no link to Jakub Pachocki, the OpenAI chief scientist, as far as I can see.',
    ];
    expect(markedIn(thread)).toEqual(['Jakub Pachocki']);
  });

  it('keeps a misspelling in a paragraph of the same thread that speaks of AI', () => {
    const thread = [
      'Forum › Family lines › Galicia',
      'My great-grandfather Chaim Pachocki emigrated in 1909, says the passenger list.',
      'Reply: unrelated, but Jakub Pachocki leads research at OpenAI, and one wire wrote Pachoki about the AI work.',
    ];
    expect(markedIn(thread)).toEqual(['Jakub Pachocki', 'Pachoki']);
  });
});

describe('round 71: Jan Leike in Hebrew letters, as the Hebrew press writes him', () => {
  it('finds "יאן לייקה" as his full name, in Hebrew prose and quoted beside his Latin name', () => {
    expect(marked('חוקר הבטיחות יאן לייקה עזב את OpenAI ועבר ל-Anthropic.')).toEqual([['leike', 'יאן לייקה']]);
    expect(marked("בכתבה נכתב: ג׳אן לייקה התפטר, ואחריו גם ג'אן לייקה בציוץ על OpenAI.")).toEqual([
      ['leike', 'ג׳אן לייקה'],
      ['leike', "ג'אן לייקה"],
    ]);
    expect(marked('The glossary now gives Jan Leike as "יאן לייקה".')).toEqual([
      ['leike', 'Jan Leike'],
      ['leike', 'יאן לייקה'],
    ]);
  });

  it('leaves the word alone in a text with no AI word: the camera and the space dog are "לייקה" too', () => {
    expect(marked('המצלמה שלי היא לייקה ישנה מ-1960.')).toEqual([]);
  });
});

describe('round 71: a namesake who denies kinship in the next sentence names no one ahead of him', () => {
  const review = (aside: string) =>
    [
      'Media digest: Ilya Sutskever and Jan Leike left OpenAI this week.',
      `One columnist writes that Altman now "runs the whole show". A reader's letter, from one K. Altman of Dunmore, asks for fewer AI stories.${aside}`,
    ].join('\n');

  it('keeps the lone surname before him ours where the aside sets him apart', () => {
    expect(marked(review(' (No relation, she notes.)')).map(([, t]) => t)).toEqual([
      'Ilya Sutskever',
      'Jan Leike',
      'Altman',
    ]);
  });

  it('gives the lone surname to the namesake right after it where nothing sets him apart, or only the writer', () => {
    expect(marked(review('')).map(([, t]) => t)).toEqual(['Ilya Sutskever', 'Jan Leike']);
    expect(marked(review(' Unrelated.')).map(([, t]) => t)).toEqual(['Ilya Sutskever', 'Jan Leike']);
  });
});

describe('round 71: a full name cut by an e-mail reply’s hard wrap', () => {
  it('finds the name whole across the line break and the quote marks of the next line', () => {
    const reply = '> On Tuesday the team lead wrote that Jan\n> Leike had resigned from OpenAI.';
    expect(marked(reply)).toEqual([['leike', 'Jan\n> Leike']]);
    expect(marked('>> the memo names Sam\n>> Altman as CEO of OpenAI')).toEqual([['altman', 'Sam\n>> Altman']]);
  });

  it('keeps a first name that ends a quoted paragraph apart from a surname under a blank quoted line', () => {
    expect(marked('> Thanks, Jan\n>\n> Leike resigned from OpenAI today.')).toEqual([['leike', 'Leike']]);
  });
});

describe('createMatcher: a namesake given a life of his own, named again (round 71)', () => {
  it('gives a later full name to the namesake when no AI word stands between', () => {
    const page = [
      'AI brief: Sam Altman presented GPT-4o at OpenAI on Monday.',
      'DEATH NOTICES\nWith love we remember\nSam Altman\n* 2 June 1938 † 9 May 2024\nRetired baker and choir member.',
      'The family thanks everyone who visited Sam Altman during his last weeks.',
    ].join('\n\n');
    expect(marked(page)).toEqual([['altman', 'Sam Altman']]);
  });

  it('keeps a later full name with an AI word between or in its own sentence', () => {
    const page = [
      'Ilya Sutskever, born 1941, ran the bakery on Main Street for forty years.',
      'Meanwhile at OpenAI, the board has changed.',
      'Ilya Sutskever left the company in May.',
      'Jan Leike (born 1950) repairs clocks. Jan Leike, the OpenAI researcher, is someone else.',
      'Jakub Pachocki, 81, of Elm Grove, a retired miner.\nStudents: "Whenever the other Jakub Pachocki is in the news, ' +
        'we smile."\nAlso known as: Jakub Pachocki.',
    ].join('\n\n');
    expect(marked(page)).toEqual([
      ['sutskever', 'Ilya Sutskever'],
      ['leike', 'Jan Leike'],
      ['pachocki', 'Jakub Pachocki'],
      ['pachocki', 'Jakub Pachocki'],
    ]);
  });
});

describe('round 80: a patronymic, a topic denied by „kein“, a quoted title of a namesake’s world', () => {
  const texts = (text: string) => marked(text).map(([, surface]) => surface);

  it('finds the full name with the patronymic as German and English transliterate it', () => {
    expect(texts('Ilya Yefimovich Sutskever was born in Gorky.')).toEqual(['Ilya Yefimovich Sutskever']);
    expect(texts('Ilja Jefimowitsch Sutskever wurde in Gorki geboren.')).toEqual(['Ilja Jefimowitsch Sutskever']);
  });

  it('reads a quoted title of a namesake’s world, set apart as no AI topic, as the namesake’s', () => {
    const list =
      'Podcasts zu OpenAI: 1. „Der Chefwissenschaftler“ über Jakub Pachocki und GPT-4.\n\n' +
      '2. Zum Schluss, kein KI-Thema: „Altman, MASH und die Kunst der Tonspur“ – eine Stunde Filmgeschichte.';
    expect(texts(list)).toEqual(['Jakub Pachocki']);
  });

  it('keeps a quoted headline about ours whose sentence thinks of a namesake', () => {
    const post = 'Jakub Pachocki leads research at OpenAI. I read „Sutskever leaves“ and thought of the Yiddish poet.';
    expect(texts(post)).toEqual(['Jakub Pachocki', 'Sutskever']);
  });
});
