import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { createMatcher } from '../../../../engine/match/matcher';
import { isSearchedName } from '../../../../engine/rules/ordinary-news';
import { findInBlocks, findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** What a reader would see marked in `text`: the marked characters. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

describe('namesakes known from context: a family-history document (round 17)', () => {
  it('gives the names of a forum on ancestors and emigration to the families researched', () => {
    const thread = [
      'Ancestry board › Galicia › Leike and Sutskever lines, 1880–1925',
      'My great-grandmother Chana Sutskever emigrated via Bremen in 1907; the passenger lists give her as Chaja.',
      'Reply: I checked the parish registers for Leike and found nothing. Try Ilya Sutskever in the 1910 census too.',
    ].join('\n');
    expect(marked(thread)).toEqual([]);
  });

  it('does the same in a German text on Vorfahren and Kirchenbücher', () => {
    const post =
      'Ahnenforschung: Meine Vorfahren hießen Pachocki und Altman. Im Kirchenbuch von 1880 steht Jakub Pachocki ' +
      'als Taufpate, ausgewandert 1903.';
    expect(marked(post)).toEqual([]);
  });

  it('keeps our people in a family-history text that speaks of AI', () => {
    const story =
      'Genealogy meets AI: my ancestors emigrated in 1905, and the passenger lists were read by an OCR model. ' +
      'Ilya Sutskever once joked about it.';
    expect(marked(story)).toEqual(['Ilya Sutskever']);
  });
});

describe("namesakes known from context: a full name in a club's, a league's or a family's news (round 17)", () => {
  it("reads a full name in a handball club's match report as the club's player", () => {
    const report =
      'SV Elmshorn – Vereinsnachrichten\nDie Erste gewann 30:28. Die meisten Treffer warf Jakub Pachocki, ' +
      'Trainerin Ute Pachocki war zufrieden. Nächste Saison geht es in die Landesliga.';
    expect(marked(report)).toEqual([]);
  });

  it("reads a full name in a league's newsletter and at a family reunion as the namesake's", () => {
    const newsletter =
      'Riverside Darts League newsletter. Standings: 1. Bullseyes (captain Tom Sutskever). ' +
      'Ilya Sutskever will sell raffle tickets at the banquet.';
    const reunion =
      'The Altman family reunion is on July 6. Thanks to Sam Altman (our uncle Sam) for the potluck list; ' +
      'cousins Ruth Altman and Ben Altman bring the grill.';
    expect(marked(newsletter)).toEqual([]);
    expect(marked(reunion)).toEqual([]);
  });

  it("keeps our person named in a club's news that speaks of AI", () => {
    const news =
      'Vereinsnachrichten: Trainer Uwe Leike lud zum KI-Abend. Jan Leike, Forscher bei OpenAI, sprach per Video; ' +
      'die Mannschaft hörte zu.';
    expect(marked(news)).toEqual(['Jan Leike']);
  });
});

describe("namesakes known from context: a lone surname in a namesake's context (round 17)", () => {
  it('reads a titled teacher who says he has a namesake as someone else', () => {
    const letter =
      'Liebe Eltern, die AG Robotik von Herrn Altman hat sich mit KI beschäftigt, nachdem OpenAI-Chef Sam Altman in ' +
      'den Nachrichten war.\n\nHerr Altman bittet uns zu sagen, dass er mit seinem Namensvetter nicht verwandt ist.';
    expect(marked(letter)).toEqual(['Sam Altman']);
  });

  it('reads a titled man who says he is not related to ours as someone else', () => {
    const programme =
      'Jan Leike left OpenAI in May.\nPanels: Mr. Leike (workshop, 14:00) wants us to say that he is not related to ' +
      'the former OpenAI researcher.';
    expect(marked(programme)).toEqual(['Jan Leike']);
  });

  it('reads a surname known only as a shop as the shop', () => {
    const thread =
      'Jakub Pachocki ist seit Mai Chief Scientist bei OpenAI.\nAntwort: Pachocki kenne ich bloß als Metzgerei ' +
      'bei uns im Ort.\nAntwort: Pachocki I only know as a bakery, sorry.';
    expect(marked(thread)).toEqual(['Jakub Pachocki']);
  });

  it('reads a titled namesake named by someone indefinite as no one of ours', () => {
    const question =
      'We tag Ilya Sutskever and Sam Altman in tech news, but the tagger also catches a lawyer named "Mr. Altman" ' +
      'and a doctor called Dr. Sutskever in the obituaries.';
    expect(marked(question)).toEqual(['Ilya Sutskever', 'Sam Altman']);
  });

  it("reads a lone surname in a sentence about a namesake's best-known works as his", () => {
    const thread =
      'Robert Altman thread. Somebody said Sam Altman of OpenAI trends when you search the director. ' +
      'Anyway, Altman before M*A*S*H made episodes for television. And Altman after Gosford Park retired.';
    expect(marked(thread)).toEqual(['Sam Altman']);
  });

  it.each([
    'Sam Altman left OpenAI for a week. Honestly, the Altman I care about made Nashville.',
    'Sam Altman ist zurück bei OpenAI. Mein Altman bleibt der von Nashville, sorry.',
  ])('reads a lone surname beside the namesake’s Nashville as his (round 26): %s', (text) => {
    expect(marked(text)).toEqual(['Sam Altman']);
  });

  it('keeps a lone surname asked to be the one who made those works', () => {
    const thread = "Sam Altman left OpenAI for a week. Wasn't Altman the one who made Short Cuts?";
    expect(marked(thread)).toEqual(['Sam Altman', 'Altman']);
  });

  it("reads a lone surname in a namesake's text whose sentence denies it is about our people's employer as his", () => {
    const notes =
      "Jack Altman's podcast, fan notes. Jack Altman talks to founders.\nIs he related to Sam Altman?\n" +
      "Yes. The podcast is not about OpenAI, and Altman seldom mentions his brother's firm.";
    expect(marked(notes)).toEqual(['Sam Altman']);
  });

  it("reads a results page's query before its search button as the string searched", () => {
    const results =
      'pachocki                                                          [Search]\n\nJakub Pachocki named chief scientist at OpenAI · 3 days ago';
    expect(marked(results)).toEqual(['Jakub Pachocki']);
  });

  it('keeps a titled surname of ours and a query line of his own', () => {
    const interview = 'Sam Altman von OpenAI im Gespräch. Herr Altman, wie geht es weiter mit ChatGPT?';
    expect(marked(interview)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe("namesakes known from context: a namesake's full name in lower case (round 17)", () => {
  it('reads a known namesake first name before the lower-case surname as the namesake', () => {
    const chat =
      'tom 20:01: saw sam altman on tv about openai\nmia 20:02: no that was jack altman, his brother\n' +
      "tom 20:03: or was it robert altman's old film";
    expect(marked(chat)).toEqual(['sam altman']);
  });

  it('keeps a lower-case surname after a word that is no namesake first name', () => {
    const chat = 'tom 20:01: sam altman on openai again\nmia 20:02: ask altman himself';
    expect(marked(chat)).toEqual(['sam altman', 'altman']);
  });
});

describe('namesakes known from context: a full name whose kinship with a namesake is denied (round 17)', () => {
  it('keeps our full name when the denial names the other one between', () => {
    const transcript =
      'MODERATORIN: Und ist Ilya Sutskever mit dem Dichter nicht verwandt? GAST: Ilya Sutskever ist mit dem Dichter nicht verwandt.';
    expect(marked(transcript)).toEqual(['Ilya Sutskever', 'Ilya Sutskever']);
  });

  it("still reads a full name followed by its bearer's own denial as a namesake", () => {
    expect(marked('Vereinsabend mit Jan Leike (nicht verwandt, wie er sagt) und Kuchen.')).toEqual([]);
  });
});

describe('namesakes known from context: a surname as a word of grammar (round 17)', () => {
  it('reads a case form given after a form noun and a copula as a word', () => {
    const answer =
      'Jakub Pachocki is OpenAI\'s chief scientist. In Polish the dative is Pachockiemu, and the genitive would be "Pachockiego".';
    expect(marked(answer)).toEqual(['Jakub Pachocki']);
  });
});

describe("namesakes known from context: ordinary people's worlds, per paragraph and sentence (round 18)", () => {
  it('reads a titled man from a town as someone ordinary beside our person named in full', () => {
    const page =
      'Leserpost zu Sam Altman und OpenAI.\nHerr Altman aus Soltau lässt ausrichten, dass er keine Interviews gibt.';
    expect(marked(page)).toEqual(['Sam Altman']);
    const letters = 'Jan Leike left OpenAI last week.\nMr. Leike of Duluth writes that his phone has not stopped.';
    expect(marked(letters)).toEqual(['Jan Leike']);
  });

  it('keeps a titled surname of ours from his employer', () => {
    expect(marked('Sam Altman leitet OpenAI. Herr Altman von OpenAI sagte dazu nichts.')).toEqual([
      'Sam Altman',
      'Altman',
    ]);
  });

  it("reads a full name in an allotment club's, a job ad's or an association's text as the namesake's", () => {
    const club =
      'Gartenfreunde Sonnenwinkel e. V.\nArbeitseinsatz am Samstag, Treffpunkt am Vereinsheim. Ansprechpartner: ' +
      'Ilya Sutskever (Parzelle 12).';
    const ad =
      'Wir suchen eine Bürokraft (m/w/d) in Teilzeit. Ihre Bewerbung senden Sie an die Personalabteilung. ' +
      'Inhaber Jakub Pachocki freut sich auf Sie!';
    const hiring =
      'Now hiring: full-time warehouse associate, competitive salary. Send your resume; store manager Jan Leike ' +
      'will call you back.';
    expect(marked(club)).toEqual([]);
    expect(marked(ad)).toEqual([]);
    expect(marked(hiring)).toEqual([]);
  });

  it('reads a full name after the age of a minor as a namesake, in a text that names AI elsewhere', () => {
    const school =
      'Beim Schachturnier der Kreisschulen siegte der 14-jährige Jan Leike vor seiner Schwester. Sein Name ' +
      'sorgt für Witze, denn ein Jan Leike forscht zu KI.';
    expect(marked(school)).toEqual(['Jan Leike']);
    const fair =
      'The science fair prize went to 16-year-old Sam Altman for a solar oven. He laughs that he is not the OpenAI one.';
    expect(marked(fair)).toEqual([]);
  });

  it("keeps a full name after an adult's age", () => {
    expect(marked('Der 38-jährige Sam Altman kehrte zu OpenAI zurück.')).toEqual(['Sam Altman']);
  });

  it("reads a full name with a professional's degree after it, and a lower-case search with a trade, as someone else", () => {
    const results =
      'Ilya Sutskever leaves OpenAI · news\nBright Smiles – Dr. Ilya Sutskever, DMD – Tacoma, WA\n' +
      'Related: sutskever openai · ilya sutskever orthodontist tacoma';
    expect(marked(results)).toEqual(['Ilya Sutskever', 'sutskever']);
    expect(marked('Jan Leike, MD, Family Medicine, accepts new patients. OpenAI alumni welcome.')).toEqual([]);
  });

  it('reads a lone surname on an attendance line with no AI word as a member, unless listed with ours', () => {
    const minutes =
      'Maple Court Condo Board, minutes\nPresent: P. Lin (Chair), I. Sutskever, T. Moss.\n' +
      'Any other business: a member asked whether ChatGPT could write the newsletter.';
    expect(marked(minutes)).toEqual([]);
    const board = 'OpenAI board, notes\nPresent: S. Altman, I. Sutskever, G. Brockman.\nAgenda: AI safety.';
    expect(marked(board)).toEqual(['S. Altman', 'I. Sutskever']);
  });

  it("reads a family history's paragraphs with no AI word as the families', beside a reply that speaks of AI", () => {
    const thread = [
      'Surname boards › ALTMAN – Posen to Ohio',
      'Their son Sam Altman, my great-grandfather, kept a store in Toledo. The passenger lists give him as Samuel.',
      'Reply: Altman was common around Posen; try the church books and the census of 1900.',
      'Reply: when I googled "Sam Altman" for you, I only got an AI company boss. Different Sam!',
    ].join('\n');
    expect(marked(thread)).toEqual([]);
  });

  it('knows a name searched for in every quotation mark prose uses, not after an apostrophe', () => {
    const searched = (quoted: string) => {
      const text = `Reply: when I googled ${quoted} for you, I only got an AI company boss.`;
      return isSearchedName(text, text.indexOf('Sam'));
    };
    for (const quoted of ['"Sam Altman"', '„Sam Altman“', '»Sam Altman«', '«Sam Altman»', '‘Sam Altman’']) {
      expect(searched(quoted), quoted).toBe(true);
    }
    expect(searched("'Sam Altman'")).toBe(false);
  });
});

describe('namesakes known from context: the namesake meant by a reader or a question (round 18)', () => {
  it('reads a surname asked to be the same one as a namesake its clause describes as the namesake', () => {
    const show =
      'Ilya Sutskever hat OpenAI verlassen, sagt die Expertin.\nEine Hörerin fragt, ob das derselbe Sutskever ist, ' +
      'der in Ottersberg die Bäckerei führt.';
    expect(marked(show)).toEqual(['Ilya Sutskever']);
    const forum = 'Jan Leike left OpenAI. Is that the same Leike, who coaches the under-12s at our club?';
    expect(marked(forum)).toEqual(['Jan Leike']);
  });

  it('keeps the same one whose clause speaks of our world', () => {
    const show = 'Ilya Sutskever hat OpenAI verlassen. Ist das derselbe Sutskever, der GPT mitgebaut hat?';
    expect(marked(show)).toEqual(['Ilya Sutskever', 'Sutskever']);
  });

  it('reads the one of old, whom a clause says made a namesake’s works, as the namesake', () => {
    const comments =
      'Sam Altman is back as CEO of OpenAI.\nReply: I remember when the Altman people quoted was the one who ' +
      'made The Player. Other days.';
    expect(marked(comments)).toEqual(['Sam Altman']);
  });

  it('keeps the one whose clause speaks of our world', () => {
    const comments = 'Reply: the Altman everyone quotes now is the one who runs OpenAI.';
    expect(marked(comments)).toEqual(['Altman']);
  });

  it('reads a surname a reader saw in a namesake’s pages, before the turn to the AI word, as the namesake', () => {
    const letter =
      'Wrong Altman?\n\nI was pleased to find Altman in your film section on Friday, until I noticed the review of ' +
      '"Gosford Park" carried a picture of the OpenAI chief. Robert Altman deserved better.';
    expect(marked(letter)).toEqual(['Altman']);
  });
});

describe("namesakes known from context: a quiz answer for a namesake's question (round 18)", () => {
  it("reads a lone surname answering a question about a namesake's world as the namesake", () => {
    const sheet = [
      'Quiz night, answers',
      '1. Who is the chief scientist of OpenAI since May 2024?',
      '   → Jakub Pachocki',
      '2. Which poet wrote in Yiddish of the Vilna ghetto? First name Abraham.',
      '   → Sutzkever',
      '3. Which OpenAI co-founder left in May 2024?',
      '   → Sutskever',
    ].join('\n');
    expect(marked(sheet)).toEqual(['Jakub Pachocki', 'Sutskever']);
  });

  it('keeps an answer whose question speaks of AI', () => {
    const sheet = 'Round 2\nQ: Who led superalignment at OpenAI?\nAnswer: Leike\nQ: And the CEO?\nAnswer: Altman';
    expect(marked(sheet)).toEqual(['Leike', 'Altman']);
  });
});

describe("namesakes known from context: ordinary people's worlds, read by their roles and words (round 19)", () => {
  it("reads the full names and lone surnames of a game story with no AI word as the players'", () => {
    const recap =
      'Harbor United 2, Eastfield 1\nThe under-16 side won at home on Sunday. Ilya Sutskever equalised from a ' +
      'free kick just before halftime, and the keeper saved a penalty in stoppage time. "Sutskever’s free kick ' +
      'lifted everyone," the coach said.';
    expect(marked(recap)).toEqual([]);
    const bericht =
      'TSV Lindhorst – FC Wehden 3:2 nach Verlängerung\nJakub Pachocki traf kurz vor dem Abpfiff per Freistoß, ' +
      'in der Verlängerung verwandelte Sam Altman einen Elfmeter. „Pachockis Tor war der Wendepunkt.“';
    expect(marked(bericht)).toEqual([]);
  });

  it('keeps our person in a game story that speaks of AI', () => {
    const story =
      'At halftime the stadium screen showed a free kick drawn by an AI model. Sam Altman of OpenAI watched from the stands.';
    expect(marked(story)).toEqual(['Sam Altman']);
  });

  it("reads a full name listed as a firm's owner as the owner, beside our person on a results page", () => {
    const results =
      'Ilya Sutskever leaves OpenAI – news\nIlya Sutskever – Owner – Sutskever Roofing & Gutters – Tampa, FL\n' +
      'Jan Leike, Inhaber, Leike Sanitär GmbH, Celle';
    expect(marked(results)).toEqual(['Ilya Sutskever']);
  });

  it('reads a titled man named by his role at a school or in a village as that man, wherever he is titled so', () => {
    const newsletter =
      'Hillcrest School news\nThanks to our art teacher, Mr. Sutskever, for the mural. The coding club read about ' +
      'Ilya Sutskever leaving OpenAI.';
    expect(marked(newsletter)).toEqual(['Ilya Sutskever']);
    const minutes =
      'Protokoll der Informatik-AG\nAnwesend: 9 Schüler, Herr Dr. Altman (Mathematik)\nLea berichtet, dass Sam ' +
      'Altman wieder OpenAI leitet. Herr Dr. Altman verteilt danach die Arbeitsblätter.';
    expect(marked(minutes)).toEqual(['Sam Altman']);
  });

  it('keeps our person titled in a text that names no ordinary man of his surname', () => {
    const hearing = 'Sam Altman testified on AI. Mr. Altman said OpenAI welcomes rules.';
    expect(marked(hearing)).toEqual(['Sam Altman', 'Altman']);
  });

  it('reads a lone surname whose own sentence says it is no relation, with no AI word there, as a namesake', () => {
    const calendar =
      'Reading group, Thursday: papers by Leike and Sutskever on alignment. Coffee from Leike’s Corner Cup, no ' +
      'relation to anyone on this list.\nFriday: a talk on how Jan Leike left OpenAI.';
    expect(marked(calendar)).toEqual(['Leike', 'Sutskever', 'Jan Leike']);
  });

  it("reads a lone surname after a community's possessive as its own member", () => {
    const village =
      'Ist „unser“ Pachocki der neue Chefwissenschaftler von OpenAI? In Wehden fragen sich das viele.\n' +
      'Jakub Pachocki leitet seit Mai die Forschung bei OpenAI.';
    expect(marked(village)).toEqual(['Jakub Pachocki']);
    const town = 'At the bakery, “our” Sutskever hears about OpenAI all day. Ilya Sutskever left it in May.';
    expect(marked(town)).toEqual(['Ilya Sutskever']);
  });
});

describe("namesakes known from context: a namesake's family in an obituary (round 19)", () => {
  it('reads the names of a family listed after "survived by", "preceded in death by" and plural kin as the family', () => {
    const obituary =
      'In memoriam\nRuth Ann Keller, 84, of Cedar Grove, died on May 2, 2024. She is survived by her sons, Mark ' +
      '(Linda) Altman and Ilya Sutskever, both of Green Bay, and nine grandchildren. She was preceded in death by ' +
      'her brothers Anton and Jakub Pachocki.';
    expect(marked(obituary)).toEqual([]);
  });

  it('does the same in a German notice', () => {
    const notice =
      'Traueranzeige\nIn stiller Trauer: ihre Kinder, Petra (Uwe) Leike und Sam Altman, sowie ihre Schwestern ' +
      'Erna und Ilya Sutskever.';
    expect(marked(notice)).toEqual([]);
  });
});

describe('namesakes known from context: the namesake a heading picks out (round 19)', () => {
  it('reads a lone surname set apart as not the same one as the other bearer', () => {
    const letters =
      'LETTERS\n\nNot the same Leike\nYour weekend page printed a photo of Jan Leike, who left OpenAI, beside a ' +
      'story on a Leike who runs a bakery.';
    expect(marked(letters)).toEqual(['Jan Leike']);
    const briefe = 'Leserbriefe\nNicht derselbe Altman\nZum Bild von Sam Altman (OpenAI) neben der Filmkritik.';
    expect(marked(briefe)).toEqual(['Sam Altman']);
  });
});

describe("namesakes known from context: a person placed in an ordinary community, a paragraph's world (round 20)", () => {
  it('reads a name placed in a school class, a year-group or a street as that person, beside ours', () => {
    const chat =
      'Mama: Ilya Sutskever hat OpenAI verlassen, stand heute in der Zeitung.\n' +
      'Opa: Ilya Sutskever? Meinst du den Ilya Sutskever aus meiner Klasse damals in Kiel?';
    expect(marked(chat)).toEqual(['Ilya Sutskever', 'Ilya Sutskever']);
    const family =
      'Mum: did you see Sam Altman is out at OpenAI?\nDad: the Sam Altman from my year at Hillcrest? He fixes bikes now.';
    expect(marked(family)).toEqual(['Sam Altman']);
    const school =
      'Elternbrief: Am Montag stellt Herr Pachocki aus der 9b die Projektwoche „Roboter und KI“ vor. Jakub ' +
      'Pachocki von OpenAI kommt leider nicht.';
    expect(marked(school)).toEqual(['Jakub Pachocki']);
    const street = 'Jan Leike left OpenAI on Friday. Leike from down our street says he gets calls about it.';
    expect(marked(street)).toEqual(['Jan Leike']);
    const club = 'Sam Altman returns to OpenAI.\nDad: is that the Sam Altman from your old soccer club?';
    expect(marked(club)).toEqual(['Sam Altman']);
    const dorf = 'Ilya Sutskever verlässt OpenAI.\nOma: Ist das der Ilya Sutskever aus unserem Dorf?';
    expect(marked(dorf)).toEqual(['Ilya Sutskever']);
    const talk = 'We met Sam Altman from our talk last year again: Sam Altman still runs OpenAI.';
    expect(marked(talk)).toEqual(['Sam Altman', 'Sam Altman']);
  });

  it("reads a full name after an everyday trade, or with a pupil's class or an age and a craft after it, as that person", () => {
    const notices =
      'Jan Leike left OpenAI.\nRealtor Jan Leike lists the house at 12 Elm St. Our plumber Jan Leike fixed the sink. ' +
      'Jan Leike, 3rd grade, won the spelling bee.';
    expect(marked(notices)).toEqual(['Jan Leike']);
    const lokales =
      'Sam Altman kehrt zu OpenAI zurück.\nUnser Azubi Sam Altman hat die Gesellenprüfung bestanden. Sam Altman ' +
      '(42), Dachdecker aus Uelzen, rettete eine Katze.';
    expect(marked(lokales)).toEqual(['Sam Altman']);
  });

  it("reads a pupil's class after a comma by every word of the lexicon's school forms: form, Jahrgangsstufe", () => {
    const notices = 'Jan Leike left OpenAI.\nJan Leike, form 7, won the spelling bee at St Mary’s.';
    expect(marked(notices)).toEqual(['Jan Leike']);
    const schulnachrichten =
      'Jan Leike verlässt OpenAI.\nJan Leike, Jahrgangsstufe 9, gewann den Vorlesewettbewerb der Schule.';
    expect(marked(schulnachrichten)).toEqual(['Jan Leike']);
  });

  it("reads a name a clause places in the writer's or the reader's community, and a titled man's pupils, as that man", () => {
    const family =
      'Jan Leike quit OpenAI.\nMom: is that the Jan Leike who was in your Scout troop?\nOpa: Oder der Jan Leike, ' +
      'mit dem ich in der Schule war?';
    expect(marked(family)).toEqual(['Jan Leike']);
    const school = 'Ilya Sutskever quit OpenAI.\nParents: Mr. Sutskever’s 7th-grade class will visit the zoo.';
    expect(marked(school)).toEqual(['Ilya Sutskever']);
  });

  it('keeps our person a clause places among the writer’s peers where it speaks of AI, and his own remarks', () => {
    const memoir = 'Jan Leike, who was in my year at ANU, now leads alignment at Anthropic.';
    expect(marked(memoir)).toEqual(['Jan Leike']);
    const hearing = 'Sam Altman testified. Mr. Altman’s remarks on AI were long.';
    expect(marked(hearing)).toEqual(['Sam Altman', 'Altman’s']);
  });

  it('keeps our person placed in his own team or company', () => {
    const news = 'Jan Leike from the superalignment team resigned. Jakub Pachocki aus dem OpenAI-Vorstand? Nein.';
    expect(marked(news)).toEqual(['Jan Leike', 'Jakub Pachocki']);
    const portrait = 'Porträt\nSam Altman – Meister der Inszenierung. Er redet gern.';
    expect(marked(portrait)).toEqual(['Sam Altman']);
  });

  it("reads every name in a paragraph about a trade, a farm or a shop's customers as its people, where another speaks of AI", () => {
    const results =
      'Suche: sam altman\n\nSam Altman – OpenAI-Chef: Die KI-Firma steht wieder unter seiner Leitung.\n\n' +
      'Malerbetrieb in Lüneburg\nInnenanstriche, Fassaden und Tapezierarbeiten vom Meisterbetrieb. Sam Altman ' +
      'und sein Team erstellen Ihnen gern ein kostenloses Angebot.';
    expect(marked(results)).toEqual(['sam altman', 'Sam Altman']);
    const listing =
      'Jakub Pachocki is OpenAI’s new chief scientist.\n\nRoofing & gutters in Tucson\nFamily-owned since 1987, ' +
      'licensed and insured. Call Jakub Pachocki today for a free estimate; Pachocki answers every call himself.';
    expect(marked(listing)).toEqual(['Jakub Pachocki']);
  });

  it("reads a page's block about a trade as its people's, where another block speaks of AI", () => {
    const blocks = [
      'Jan Leike – Wikipedia',
      'Jan Leike ist ein KI-Forscher. Er leitete bei OpenAI das Superalignment-Team.',
      'Tischlerei in Celle',
      'Maßmöbel aus eigener Werkstatt, Meisterbetrieb seit 1990. Jan Leike und Team freuen sich auf Ihren Anruf; ' +
        'Leike berät Sie auch vor Ort.',
    ];
    const shown = findInBlocks(matcher, blocks).map(({ block, mention: m }) => [
      block,
      blocks[block]!.slice(m.start, m.end),
    ]);
    expect(shown).toEqual([
      [0, 'Jan Leike'],
      [1, 'Jan Leike'],
    ]);
  });

  it('keeps our person in a paragraph with trade words that speaks of AI', () => {
    const story =
      'Sam Altman told customers at a workshop that OpenAI will give a free estimate of their usage.\n\nOther news.';
    expect(marked(story)).toEqual(['Sam Altman']);
  });

  it("reads a surname before a firm's noun, plural or a German trade's, and a search for a name with a trade, as the firm", () => {
    const calendar =
      'Ilya Sutskever left OpenAI this week.\nSaturday market: Sutskever Orchards brings cherries, Leike Tischlerei ' +
      'shows benches. Jan Leike also left OpenAI.';
    expect(marked(calendar)).toEqual(['Ilya Sutskever', 'Jan Leike']);
    const firms =
      'Jakub Pachocki is OpenAI’s chief scientist.\nPachocki Landscaping will mow the park; Leike Gartenbau plants ' +
      'the lindens, and Altman Trucking hauls the hay.';
    expect(marked(firms)).toEqual(['Jakub Pachocki']);
    const master =
      'Jan Leike verlässt OpenAI.\nWir gratulieren: Jan Leike, Schreinermeister aus Celle, feiert 25 Jahre Betrieb.';
    expect(marked(master)).toEqual(['Jan Leike']);
    const bakery =
      'Jakub Pachocki wird Chefwissenschaftler bei OpenAI.\n\nBäckerei Pachocki: frische Brötchen ab 6 Uhr, ' +
      'Öffnungszeiten Mo–Sa. Jakub Pachocki und sein Team freuen sich auf Ihren Besuch.';
    expect(marked(bakery)).toEqual(['Jakub Pachocki']);
    const searches =
      'Verwandte Suchen\njakub pachocki openai\njakub pachocki schreinerei\njakub pachocki – Zimmermeister';
    expect(marked(searches)).toEqual(['jakub pachocki']);
  });
});

describe("namesakes known from context: an obituary's world (round 20)", () => {
  it('reads every name of a death notice as the family, whatever the kin word', () => {
    const notice =
      'Margaret Pachocki, 84, passed away on May 12 in Tucson. She leaves her grandsons Jakub Pachocki (Emily) of ' +
      'Mesa and Tom Pachocki of Yuma. A memorial service will be held Saturday; in lieu of flowers, please give to the ' +
      'animal shelter.';
    expect(marked(notice)).toEqual([]);
    const anzeige =
      'In stiller Trauer nehmen wir Abschied von Erika Leike. Es trauern ihr Enkel Jan Leike mit Anna und ihr ' +
      'Schwiegersohn Sam Altman. Die Trauerfeier findet am Freitag statt, die Beisetzung im engsten Kreis.';
    expect(marked(anzeige)).toEqual([]);
  });

  it("reads an obituary's paragraph as the family's on a page whose other paragraph speaks of AI", () => {
    const page =
      'Tech: Jan Leike left OpenAI to join Anthropic.\n\nObituaries: Walter Leike, 90, died peacefully at home. ' +
      'He is survived by his grandsons Jan Leike (Meg) and Tom Leike. Visitation Friday at Hill Funeral Home.';
    expect(marked(page)).toEqual(['Jan Leike']);
    const anzeige =
      'News: Jan Leike joined Anthropic.\n\nTraueranzeige: Wir nehmen Abschied von Gerda Leike. In Liebe: Jan ' +
      'Leike, Enkel. Die Urnenbeisetzung findet im Friedwald statt.';
    expect(marked(anzeige)).toEqual(['Jan Leike']);
    const roundup =
      'AI roundup: Ilya Sutskever left OpenAI.\n\nObituaries: Rose Sutskever, 92, died Monday. Predeceased by ' +
      'her husband, she is remembered by her grandson Ilya Sutskever. Funeral Mass Saturday.';
    expect(marked(roundup)).toEqual(['Ilya Sutskever']);
  });
});

describe('namesakes known from context: a lone surname in a document about a namesake (round 20)', () => {
  it('reads our full name in a question whether the subject is related to him as named in passing', () => {
    const notes =
      'Founders Hour, episode 12: our guest is Annie Altman, who runs a pottery studio in Utah.\n' +
      '14:05 A listener asks: is she related to Sam Altman? (She is his sister.)\n' +
      '40:00 Lightning round\n\nAltman’s favourite glaze: celadon.';
    expect(marked(notes)).toEqual(['Sam Altman']);
    const folge =
      'Podcast „Werkbank“, Folge 3: Zu Gast ist Tomasz Pachocki, Schreiner aus Görlitz.\nHörerfrage: Ist er ' +
      'mit Jakub Pachocki verwandt? Er lacht.\n\nPachockis Lieblingsholz: Eiche.';
    expect(marked(folge)).toEqual(['Jakub Pachocki']);
    const call =
      "Guest: Jack Altman of Lattice.\nCaller: Are you related to Sam Altman? Jack: yes, he's my brother.\n" +
      'Altman’s tip: hire slowly.';
    expect(marked(call)).toEqual(['Sam Altman']);
  });

  it('keeps a lone surname after a question whether our person is related to a namesake', () => {
    const thread = 'Is Sam Altman related to Jack Altman? Yes, his brother. Altman runs OpenAI.';
    expect(marked(thread)).toEqual(['Sam Altman', 'Altman']);
  });

  it('reads a lone surname a chat then asks about and answers with a namesake as the namesake', () => {
    const chat =
      'cam: running late, start without me\nana: finished the leike book yet?\nben: which leike lol\nana: the martin leike memoir, our teacher\n' +
      'ben: oh. my feed is all jan leike and ilya sutskever quitting openai';
    expect(marked(chat)).toEqual(['jan leike', 'ilya sutskever']);
  });

  it('keeps a lone surname a chat asks about and answers with our person', () => {
    const chat =
      'kim: hi all\nlou: did you read what altman posted about openai?\nmo: which altman\nlou: sam altman obviously';
    expect(marked(chat)).toEqual(['altman', 'sam altman']);
  });
});

describe("namesakes known from context: an archive's finding aid for a family's papers (round 24)", () => {
  it('gives the full names and lone surnames of a finding aid with no AI word to the family', () => {
    const findingAid = [
      'Pachocki family papers, 1908–1946. Finding aid.',
      'Scope: correspondence of Jakub Pachocki, a tailor in Łódź, with his sister in Chicago; receipts of the shop.',
      'Access: in the reading room by appointment. Box 2 holds photographs of the Pachocki and Leike households.',
    ].join('\n');
    expect(marked(findingAid)).toEqual([]);
    const findbuch = [
      'Findbuch zum Nachlass Leike (1890–1952)',
      'Briefe von Jan Leike aus Kassel an seinen Bruder, der 1923 nach Ohio auswanderte. Einsicht nur im Lesesaal.',
    ].join('\n');
    expect(marked(findbuch)).toEqual([]);
    const catalogue = [
      'Catalogue entry: letters of Samuel Altman, an emigrant from Vilna, to his parents, 1911–1920.',
      'Donated by a great-granddaughter. Consult in the reading room; the Altman letters are fragile.',
    ].join('\n');
    expect(marked(catalogue)).toEqual([]);
  });

  it('keeps our people in a library’s or a museum’s text that speaks of AI', () => {
    const exhibit = [
      'Finding aid for the AI oral history collection. Reading room only.',
      'Interview with Sam Altman, CEO of OpenAI, recorded 2019; Altman speaks of GPT-2.',
    ].join('\n');
    expect(marked(exhibit)).toEqual(['Sam Altman', 'Altman']);
  });
});

describe('three or more of ours named in full are the cast of our story, whatever world its words speak of (round 52)', () => {
  it('keeps the full names of a count of articles on them that speaks of hits and a newsletter', () => {
    const count = [
      'Auswertung Mai 2024: Treffer der Volltextsuche je Person in unseren Artikeln, ohne den Newsletter',
      'person;artikel',
      'Ilya Sutskever;23',
      'Sam Altman;31',
      'Jan Leike;12',
    ].join('\n');
    expect(marked(count)).toEqual(['Ilya Sutskever', 'Sam Altman', 'Jan Leike']);
  });

  it('still gives two full names of a club’s newsletter to its members', () => {
    const club =
      'Im Doppel siegten Jan Leike und Sam Altman mit zwei Treffern. Der nächste Newsletter bringt die Tabelle.';
    expect(marked(club)).toEqual([]);
  });
});

describe('a family history told from a microfilm, and a bowling club’s circular (round 53)', () => {
  it('gives the names of a family history told from a microfilm to the family', () => {
    const history = [
      'Family history project, transcribed from a microfilm for the Leike reunion.',
      '| 112 | Leike, Jan | 34 | farmer | Melle |',
      '| 113 | Leike, Marie | 31 | wife | Melle |',
      'Notes',
      '- Jan Leike’s name is written "Jann Leicke" on the departure list and "John Leike" in the 1900 census.',
    ].join('\n');
    expect(marked(history)).toEqual([]);
  });

  it('gives a bowling club’s full names to its members, and its score sheets’ misprint too', () => {
    const circular =
      'Kegelclub Frohsinn – Rundbrief Juni\n\nVereinsmeister wurde Jakub Pachocki mit 402 Holz. ' +
      'Auf den Bögen stand leider „Pachoki“. Die Siegerehrung folgt im Juli.';
    expect(marked(circular)).toEqual([]);
  });
});

describe('a family chronicle drawn from baptisms and registration cards (round 54)', () => {
  it('gives its full name, its surname and its respellings to the family', () => {
    const chronicle =
      'Familienchronik Leike, Teil 3\n\nIm Taufbuch von Melle steht 1881 die Taufe von Jan Leike, Sohn eines Webers. ' +
      'In den Meldekarten heißt die Familie mal „Leicke“, mal „Leike“.';
    expect(marked(chronicle)).toEqual([]);
  });
});

describe('a chess club’s news (round 57)', () => {
  it('gives a full name in a chess club’s report with no AI word to the club’s member', () => {
    const report =
      'Schachclub Springer Neustadt: Jakub Pachocki holt den Vereinstitel\n\nDer neue Vereinsmeister heißt Jakub ' +
      'Pachocki. Der 15-jährige Schüler gewann das Turnier mit sechs Punkten, sagt Jugendwart Samuel Reiter.';
    expect(marked(report)).toEqual([]);
  });

  it('keeps him in a report that speaks of AI', () => {
    expect(marked('Jakub Pachocki, Chief Scientist bei OpenAI, spielte im Turnier des Schachclubs mit.')).toEqual([
      'Jakub Pachocki',
    ]);
  });
});

describe('a text plainly about an ordinary world, three of ours named in it (round 58)', () => {
  it('gives a league’s roundup’s full names to its players, though three of ours are named', () => {
    const roundup = [
      'Riverside Tuesday League: weekly roundup',
      'The Pin Pals edged the Gutter Kings after anchor Jan Leike converted a 7-10 split.',
      'High game went to Sam Altman of the Strike Force with a 257.',
      'Standings after week 31: Pin Pals 58.',
      'The banquet is Friday; Jakub Pachocki is collecting the fee.',
    ].join('\n\n');
    expect(marked(roundup)).toEqual([]);
  });

  it('keeps a newsroom’s count of its articles on our cast, with two words of ordinary worlds', () => {
    const count =
      'Auswertung Mai 2024: Treffer der Volltextsuche je Person, ohne den Newsletter\nIlya Sutskever;23\n' +
      'Sam Altman;31\nJan Leike;12';
    expect(marked(count)).toEqual(['Ilya Sutskever', 'Sam Altman', 'Jan Leike']);
  });
});

describe('a new bakery’s report (round 58)', () => {
  it('gives the full names of a bakery’s report with no AI word to its bakers', () => {
    const report =
      'Neue Backstube: Familie Pachocki übernimmt\n\nMarta und Jakub Pachocki haben den Laden übernommen; Jakub ' +
      'Pachocki war Bäckermeister. Im Sortiment finden sich Pączki.';
    expect(marked(report)).toEqual([]);
  });
});

describe('a family reunion’s own news (round 71)', () => {
  it('gives a reunion letter’s full names and the family’s surname to the family, with no AI word', () => {
    const letter = [
      'Subject: Altman family reunion',
      'The Altman reunion is at Cedar Park on 10 August. Sam Altman is in charge of the barbecue again. Please pay ' +
        'Sam Altman by July 20.',
      'Bring your pictures for the family tree.',
    ].join('\n\n');
    expect(marked(letter)).toEqual([]);
  });

  it('does the same in German, a Familientreffen with its Stammbaum', () => {
    const letter =
      'Liebe Leikes, unser Familientreffen ist am 3. August. Jan Leike aus Bremen bringt den Stammbaum mit; ' +
      'die Anmeldung bitte an Jan Leike.';
    expect(marked(letter)).toEqual([]);
  });

  it('keeps our person in a reunion letter that speaks of AI', () => {
    const letter =
      'At the family reunion, the cousins argued about the family tree and about OpenAI, where Jan Leike ' +
      'has just resigned over safety.';
    expect(marked(letter)).toEqual(['Jan Leike']);
  });
});

describe('a sentence set in an ordinary world, AI words only in other paragraphs (round 79)', () => {
  const aiParagraph = 'OpenAI moved its safety researchers to a new team; Leike led it until May.';
  const weather =
    'The rain held off all week. Gardens along the canal were full of beans, and the ferry ran late on Thursday.';

  it('takes no support from another paragraph for a lone surname beside a shop, a parish or a club', () => {
    const text = [
      aiParagraph,
      weather,
      'On Saturday the bakery ran out of rye by nine, so Pachocki sold the last loaves himself.',
      'After the sermon the vicar thanked Altman for mending the organ.',
    ].join('\n\n');
    expect(marked(text)).toEqual(['Leike']);
  });

  it('does the same in German, a Hofladen and a Gottesdienst', () => {
    const text = [
      'Bei OpenAI übernahm Pachocki die Forschung, nachdem Sutskever gegangen war.',
      'Der Sommer kam spät. Am See blühten die Linden erst im Juli, und die Fähre fuhr wieder jede Stunde.',
      'Im Hofladen an der Dorfstraße verkauft Leike jetzt auch Honig.',
      'Beim Gottesdienst am Sonntag las Altman die Fürbitten.',
    ].join('\n\n');
    expect(marked(text)).toEqual(['Pachocki', 'Sutskever']);
  });

  it('keeps a lone surname in a plain sentence of a text about our story', () => {
    const text = [aiParagraph, weather, 'Altman came back five days later, and Leike wrote why he had gone.'].join(
      '\n\n',
    );
    expect(marked(text)).toEqual(['Leike', 'Altman', 'Leike']);
  });

  it('keeps one whose own paragraph speaks of AI, whatever shop it names', () => {
    const text = [weather, 'Over coffee at the bakery, Leike and Altman argued about how to align a model.'].join(
      '\n\n',
    );
    expect(marked(text)).toEqual(['Leike', 'Altman']);
  });

  it('reads the blocks of a page as it reads the paragraphs of a text', () => {
    const blocks = [aiParagraph, weather, 'The pharmacy on Bridge Street is run by Sutzkever and his daughter.'];
    expect(
      findInBlocks(matcher, blocks).map(({ block, mention }) => blocks[block]!.slice(mention.start, mention.end)),
    ).toEqual(['Leike']);
  });
});
