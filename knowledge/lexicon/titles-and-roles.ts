/**
 * Titles, roles and affiliations: courtesy, academic and women's titles, the roles and offices of ordinary people's
 * worlds and the settings of titled people, and the roles and employers' words that say whose surname follows
 * ("OpenAI-Chef Altman"). The words are data; the rules in `engine/rules/` (titled people, employer titles, word
 * classes) hold the grammar that reads them.
 */

/**
 * A firm's owner, given after a dash or a comma in a profile or a listing: "Jakub Pachocki – Owner – Pachocki
 * Plumbing & Heating" (round 19; `engine/rules/ordinary-person-signs.ts`). Our people lead firms and are never listed so.
 */
export const ownerRoles = [
  'owner',
  'co-owner',
  'proprietor',
  'inhaber',
  'inhaberin',
  'eigentümer',
  // Round 54: a family firm's heir or its elder, „Juniorchef Jan Leike (44)“.
  'juniorchef',
  'juniorchefin',
  'seniorchef',
  'seniorchefin',
] as const;

/**
 * A local council's or a club board's offices, before a full name or a list of them: "Councillors Ruth Pachocki, Daniel
 * Altman, Jan Leike", „Ratsmitglieder Jan Leike, Sabine Kurz“, "(Councillor Jakub Pachocki to recuse)" (round 54;
 * `engine/rules/ordinary-person-signs.ts`). None of ours holds a seat in a town hall. Lower case, singular and plural.
 */
export const localOffices = [
  'councillor',
  'councillors',
  'councilor',
  'councilors',
  'councilman',
  'councilwoman',
  'cllr',
  'alderman',
  'selectman',
  'selectwoman',
  'ratsmitglied',
  'ratsmitglieder',
  'ratsherr',
  // Round 106: its other cases, „über einen Ratsherrn Leike aus Niedersachsen“.
  'ratsherrn',
  'ratsherren',
  'ratsfrau',
  'stadtrat',
  'stadträtin',
  'stadträte',
  'gemeinderat',
  'gemeinderätin',
  'gemeinderäte',
  'ortsrat',
  'ortsrätin',
  'kreisrat',
  'kreisrätin',
  // Round 160: a city district's council, „Bezirksrätin Leike: „Wer KI einsetzt, muss erklären können““.
  'bezirksrat',
  'bezirksrätin',
  'ortsvorsteher',
  'ortsvorsteherin',
  'schriftführer',
  'schriftführerin',
  'kassenwart',
  'kassenwartin',
  // Round 109: the town's head, „Leike for Bürgermeister!“ under a council report.
  'bürgermeister',
  'bürgermeisterin',
  'mayor',
  // Round 119: a member of a district's or a state's assembly, in its cases: „mit dem Kreistagsabgeordneten Jan Leike“.
  'kreistagsabgeordneter',
  'kreistagsabgeordneten',
  'kreistagsabgeordnete',
  'landtagsabgeordneter',
  'landtagsabgeordneten',
  'landtagsabgeordnete',
  'stadtverordneter',
  'stadtverordneten',
  'stadtverordnete',
] as const;

/**
 * A councillor's group or seat, after his surname's genitive: „Leikes Fraktion stimmte geschlossen dagegen“, "Altman's
 * ward" (round 108). None of ours sits on a council. Lower case.
 */
export const councilBodies = [
  'fraktion',
  'ratsfraktion',
  'stadtratsfraktion',
  'kreistagsfraktion',
  'wahlkreis',
  'ortsverband',
  'kreisverband',
  'caucus',
  'ward',
  'constituency',
] as const;

/**
 * Political parties a local report puts in brackets after a councillor's or a candidate's name: „Jan Leike (Freie
 * Wähler)“, "Dave Altman (Lib Dem)" (round 106). None of ours stands for a party. As written; a US party's letter
 * before a state ("R-Ohio") is read in `engine/rules/ordinary-person-signs.ts`.
 */
export const politicalParties = [
  'SPD',
  'CDU',
  'CSU',
  'FDP',
  'AfD',
  'BSW',
  'ÖDP',
  'Grüne',
  'Die Grünen',
  'Bündnis 90/Die Grünen',
  'Linke',
  'Die Linke',
  'Freie Wähler',
  'FW',
  'Piraten',
  'Labour',
  'Conservative',
  'Conservatives',
  'Tory',
  'Lib Dem',
  'Lib Dems',
  'Liberal Democrat',
  'Liberal Democrats',
  'Green',
  'Green Party',
  'Greens',
  'Independent',
  'Reform UK',
  'SNP',
  'Plaid Cymru',
  'Democrat',
  'Republican',
] as const;

/**
 * A man's courtesy title, as minutes, letters and reviews name ordinary people ("Herr Pachocki berichtet", "Mr.
 * Altman himself was at the counter"); news name our people by full name or role. Lower case, without the dot.
 */
export const courtesyTitles = ['herr', 'herrn', 'mr', 'mister', 'monsieur', 'pan', 'pana', 'panu'] as const;

/**
 * Titles of women. Our four people are men, so a lone surname right after one of these, or after a female
 * role noun ending in "-in" ("Kursleiterin Leike", "Zahnärztin Pachocki"), is someone else's. Lower case, without
 * the abbreviation's dot ("Fr. Leike" in minutes; in English "Fr." is a priest, someone else all the same).
 */
export const femaleTitles = ['frau', 'fr', 'ms', 'mrs', 'miss', 'madame', 'mme', 'mlle', 'pani'] as const;

/**
 * Roles of ordinary people's worlds given in brackets after a man's courtesy title and surname: "Mr. Leike (advisor)"
 * in a school club's minutes. Our people are named by their employer there ("Mr. Altman (OpenAI)"). Lower case.
 */
export const titledRoles = [
  'advisor',
  'adviser',
  'teacher',
  'coach',
  'chair',
  'host',
  'guest',
  'secretary',
  'parent',
  'beirat',
  'lehrer',
  'betreuer',
  'trainer',
  'gast',
  'vorsitz',
  'protokoll',
  // Round 19: a school's and a village's own people, also named beside him ("our music teacher, Mr. Leike").
  'principal',
  'librarian',
  'counselor',
  'janitor',
  'custodian',
  'betreuung',
  'rektor',
  'schulleiter',
  'hausmeister',
  'pfarrer',
  'pastor',
] as const;

/**
 * Children's events a titled man leads, right before "with" and his title ("Storytime with Mr. Altman",
 * "Vorlesestunde mit Herrn Leike"): a library's or a school's own people (round 15). Lower case.
 */
export const childrenEventWords = [
  'storytime',
  'story time',
  'story hour',
  'puppet show',
  'vorlesestunde',
  'vorlesezeit',
  'bilderbuchkino',
  'kasperletheater',
] as const;

/**
 * Words that head an attendance line in minutes ("Present: 11 members, Mr. Leike (advisor)"): the titled people
 * on it are the meeting's own. Lower case.
 */
export const attendanceWords = [
  'present',
  'attendees',
  'attending',
  'apologies',
  'absent',
  'anwesend',
  'teilnehmende',
  'teilnehmer',
  'entschuldigt',
  'obecni',
] as const;

/** Academic titles, which may stand between a woman's title and her surname: "Frau Dr. Altman". Lower case. */
export const academicTitles = ['dr', 'prof'] as const;

/**
 * English titles that, after an English indefinite article, make the surname one bearer among others: "my dentist is a
 * Dr. Pachocki" (round 59). German's „ein Herr“ is said of ours with disdain, and its "an" means "to". Lower case,
 * without the abbreviation's full stop.
 */
export const englishTitles = ['mr', 'mister', ...academicTitles] as const;

/**
 * A chair's titles, which none of our people holds (the fact sheet: researchers and a CEO at OpenAI, none a
 * professor): a lone surname after one is a professor of that name, "Professor Altman does NOT accept …" in a
 * students' chat (round 57). Lower case, without the abbreviation's full stop.
 */
export const chairTitles = ['professor', 'professorin', 'prof'] as const;

/**
 * Positions in team sport, of a team's players: a role of an ordinary world (below) and, in an apposition, a namesake's
 * calling whatever the text says of AI, „23 Treffer zu Jan Leike, dem Kreisläufer der HSG Weserbergland“ (round 175;
 * `engine/rules/appositions.ts`). None of ours plays in a team. Lower case.
 */
export const teamPositions = [
  'torwart',
  'torhüter',
  'stürmer',
  'verteidiger',
  'mittelfeldspieler',
  // Round 175: handball's, „dem Kreisläufer der HSG Weserbergland“.
  'kreisläufer',
  'rückraumspieler',
  'goaltender',
  'goalie',
  'goalkeeper',
  'netminder',
  'defenceman',
  'defenseman',
  'striker',
  'midfielder',
  'pitcher',
  'quarterback',
  'point guard',
] as const;

/**
 * Offices of clubs and positions in sport, the roles of ordinary people's worlds: a full name right after one
 * ("Goaltender Sam Altman", "Kassenwartin Sabine Altman") or with one first in brackets after it ("Jakub Pachocki
 * (1. Vorsitzender)", "Jan Leike (Beisitzer, 27 Ja)") names a namesake when the document shows nothing of our
 * people's world. Not a chairman or a director, which our people are of firms. Lower case.
 */
export const otherWorldRoles = [
  // German: a club's board and its teams
  'vorsitzender',
  '1. vorsitzender',
  '2. vorsitzender',
  'vereinsvorsitzender',
  'beisitzer',
  'kassenwart',
  'kassierer',
  'schriftführer',
  'platzwart',
  'jugendwart',
  'spielführer',
  'kapitän',
  // English: a club's committee
  'club secretary',
  'treasurer',
  'committee member',
  ...teamPositions,
] as const;

/**
 * Round 80: nouns for a person's nationality that a headline sets before a surname as it sets a role, „Pole Pachocki wird
 * Chefwissenschaftler“, „Kanadier Sutskever“: no first name. Not the adjectives, which English also gives as first
 * names ("German"). Lower case.
 */
export const nationalityNouns = [
  'pole',
  'polin',
  'deutscher',
  'deutsche',
  'russe',
  'russin',
  'kanadier',
  'kanadierin',
  'israeli',
  'brite',
  'britin',
  'amerikaner',
  'amerikanerin',
  'us-amerikaner',
  'us-amerikanerin',
  'franzose',
  'französin',
  'österreicher',
  'schweizer',
  'briton',
] as const;

/**
 * Roles and titles, which name no one by themselves: "CEO Altman", "Chefwissenschaftler Pachocki". With an
 * employer from `contextTerms` before them ("OpenAI-Chef Altman", "OpenAI’s chief scientist Pachocki") they
 * say whose surname follows. Lower case; a word also counts when it ends in one of `titleEndings`.
 */
export const roleWords = [
  // English
  'ceo',
  'cto',
  'cfo',
  'coo',
  'vp',
  'boss',
  'chief',
  'chair',
  'chairman',
  'scientist',
  'researcher',
  'engineer',
  'founder',
  'co-founder',
  'cofounder',
  'director',
  'head',
  'lead',
  'co-lead',
  // Round 64 (real text): "Principal of Research Pachocki".
  'principal',
  'president',
  'executive',
  'investor',
  'member',
  'colleague',
  'successor',
  'predecessor',
  'spokesperson',
  'rival',
  'critic',
  'billionaire',
  'entrepreneur',
  'professor',
  'prof',
  'mr',
  'mrs',
  'ms',
  'dr',
  // Round 136: the title said in full, „Die Moderatorin sagt „Doktor Leike““.
  'doktor',
  'sir',
  'ex',
  'former',
  'anti',
  'pro',
  'guest',
  'guests',
  'speaker',
  'author',
  'pioneer',
  'veteran',
  'alum',
  'alumnus',
  'insider',
  // German
  'chef',
  'chefin',
  'herr',
  'herrn',
  'frau',
  'kollege',
  'kollegin',
  'gründer',
  'gründerin',
  'mitgründer',
  'mitbegründer',
  'vorstand',
  'forscher',
  'forscherin',
  'wissenschaftler',
  'chefwissenschaftler',
  'forschungsdirektor',
  'direktor',
  'leiter',
  'co-leiter',
  'ex-chef',
  'firmenchef',
  'konzernchef',
  'unternehmenschef',
  'nachfolger',
  'nachfolgerin',
  'vorgänger',
  'vorgängerin',
  'sprecher',
  'sprecherin',
  'kritiker',
  'milliardär',
  'unternehmer',
  'investor',
  'manager',
  'professor',
  'ehemalige',
  'ehemaliger',
  'frühere',
  'früherer',
  'gast',
  'gäste',
  'autor',
  'autorin',
  'pionier',
  'vordenker',
  'erfinder',
  'urgestein',
  // Russian
  'глава',
  'гендиректор',
  'директор',
  'основатель',
  'сооснователь',
  'исследователь',
  // Polish, in the cases a surname's case form follows: "Następcą Sutskevera został …"
  'następca',
  'następcą',
  'następcy',
  'następcę',
  'poprzednik',
  'poprzednika',
  'poprzednikiem',
] as const;

/**
 * Words that may stand between a lone surname and its employer in an affiliation: "Altman (ehemals OpenAI)",
 * "Altman, CEO von OpenAI", "Leike, formerly of OpenAI". With `roleWords` and `titleEndings`. Lower case.
 */
export const affiliationWords = [
  'von',
  'vom',
  'bei',
  'beim',
  'der',
  'des',
  'of',
  'at',
  'from',
  'the',
  'früher',
  'ehemals',
  'formerly',
  'jetzt',
  'now',
] as const;

/** Endings of compound role nouns ("Konzernchef", "KI-Forscherin", "Amtsnachfolger", "co-founder"). */
export const titleEndings = [
  'chef',
  'chefin',
  'gründer',
  'gründerin',
  'forscher',
  'forscherin',
  'wissenschaftler',
  'wissenschaftlerin',
  'leiter',
  'leiterin',
  'direktor',
  'direktorin',
  'präsident',
  'präsidentin',
  'nachfolger',
  'nachfolgerin',
  'sprecher',
  'sprecherin',
  'experte',
  'expertin',
  'pionier',
  'erfinder',
  'entwickler',
  'ingenieur',
  'informatiker',
  'physiker',
  'mathematiker',
  'programmierer',
  'berater',
  'mitarbeiter',
  'vordenker',
  'star',
  'ikone',
  'legende',
  'guru',
  'founder',
  'scientist',
  'researcher',
  'officer',
  'director',
  'president',
  'developer',
  'engineer',
  'programmer',
  'mathematician',
  'physicist',
  'prodigy',
  'wunderkind',
  'leader',
  'executive',
  'staffer',
  'employee',
] as const;
