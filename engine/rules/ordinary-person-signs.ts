import {
  collateralTitles,
  descendantWords,
  femaleKinshipWords,
  grandparentWords,
  kinshipWords,
  ownKinNames,
  writersFamilyWords,
} from '../../knowledge/lexicon/family-and-kinship';
import { clubAbbreviations, legalForms } from '../../knowledge/lexicon/firm-names';
import {
  clubSports,
  clubWorldTerms,
  ensembleNouns,
  namesakeCallings,
  namesakeWorldTerms,
  ourAppositionCallings,
} from '../../knowledge/lexicon/namesake-worlds';
import {
  acquaintanceNouns,
  communityNouns,
  fieldUnits,
  localPlaceEndings,
  otherDisciplineEndings,
  schoolFormWords,
} from '../../knowledge/lexicon/ordinary-lives';
import {
  minorAgeWords,
  oldestHumanAge,
  ourPeoplesBirthYears,
  ourPeoplesLives,
} from '../../knowledge/lexicon/our-peoples-lives';
import { employerTerms, ourFieldStems } from '../../knowledge/lexicon/story-and-employers';
import { chairTitles, localOffices, ownerRoles, politicalParties } from '../../knowledge/lexicon/titles-and-roles';
import { everydayTrades, shopNouns, tradeFields } from '../../knowledge/lexicon/trades-and-shops';
import { anyOf, endingInOneOf, hintOf, lazyPattern, oneByte, SPACE, startingWithOneOf } from '../text/regex-parts';
import { TITLE_CASE, textBefore } from '../text/words-around';
import { endsInFirmCompound } from './firm-names';
import { isOwnOneNamedBefore } from './indefinitely-named';
import { isOwnNameBefore } from './names-as-words';

/*
 * What stands beside a full name and says its bearer is an ordinary person, not one of ours: a results line, an age
 * as prose gives it, a sports club, a minor's age, a licence, an everyday trade or a firm's ownership; unless the
 * name's sentence or item speaks of AI, which the matcher checks.
 */

// A results line after a name: a club or school in brackets, then a time or a height ("(Harbor Prep) 49.88",
// "(Central) 1.98 m", "(Lakeview) 5:02.41"), never a date ("(OpenAI) 14.05.2024"). Round 77: prose puts "in" before
// the time, „Jan Leike (LG Nordheide) in 17:05 Minuten“.
const RESULT_AFTER = lazyPattern(
  () => /^[^\S\n]*\([^()\n]{1,40}\)[^\S\n]+(?:(?:in|im)[^\S\n]+)?\d{1,2}(?:[:.,]\d{2})+(?!\d|[.:,]\d)/u,
);
// Round 156: or a player's games won or lost after a match's score on its line, as a club's report tells a match:
// "Wexham beat Oakfield 6–4. Jan Leike won all three of his singles". Without the score a full name stays ours
// („Jan Leike gewann beide Einzel.“, round 7).
const GAMES_WON_AFTER = lazyPattern(
  () =>
    /^[^\S\n]+(?:won|lost|gewann|verlor)[^\S\n]+(?:[\p{L}\d]+[^\S\n]+){0,4}?(?:singles|doubles|matches|games|frames|sets|bouts|einzel|doppel|spiele|partien|sätze)(?![\p{L}])/iu,
);
const MATCH_SCORE_BEFORE = lazyPattern(() => /(?<![\d.:])\d{1,2}[^\S\n]*[–-][^\S\n]*\d{1,2}(?![\d:]|\.\d)[^\n]*$/u);
/** How far before a name's end a match's score on its line is read. */
const SCORE_REACH = 160;
const isGamesWonAfterScore = (text: string, end: number) =>
  GAMES_WON_AFTER().test(text.slice(end, end + 60)) &&
  MATCH_SCORE_BEFORE().test(text.slice(Math.max(0, end - SCORE_REACH), end));
// Round 78: a match's score right after a name, as a club's results list it: „Einzel: Jan Leike 3:1, Jakub Pachocki
// 0:3“. Its second number has one digit; a clock's time has two ("Sam Altman 10:30").
// Round 100: or a game's result, as a chess league gives it: "Altman 1–0 Kowalczyk", "Leike ½–½ Pachocki".
const GAME_RESULT = String.raw`(?:1|0|½)[^\S\n]*[-–:][^\S\n]*(?:1|0|½)(?![\d.,:])`;
const SCORE_AFTER = lazyPattern(() => String.raw`^[^\S\n]+(?:\d{1,2}:\d(?![\d:.])|${GAME_RESULT})`, 'u');
const GAME_RESULT_AFTER = lazyPattern(() => String.raw`^[^\S\n]+${GAME_RESULT}`, 'u');
const GAME_RESULT_BEFORE = lazyPattern(() => String.raw`(?:^|[^\S\n])${GAME_RESULT}[^\S\n]+$`, 'u');

/** Whether a game's result stands right before or after the lone surname at [start, end): a player's (see above). */
export const hasGameResultBeside = (text: string, start: number, end: number) =>
  GAME_RESULT_AFTER().test(text.slice(end, end + 12)) ||
  GAME_RESULT_BEFORE().test(text.slice(Math.max(0, start - 12), start));
// A reporter's age after a name, spaced as prose is, not a data row's field ("Jakub Pachocki, 41, said"); in years too,
// as a passenger list gives it ("Samuel Altman, 24 Jahre, Schneider"; round 48).
const AGE_AFTER = lazyPattern(() => /^,[^\S\n]+(\d{1,3})(?:[^\S\n]+(?:jahre|years|yrs\.?|j\.))?,[^\S\n]/iu);
// Round 84: or a child's age in words, as a family's page gives it: „Samuel Altman, sieben Jahre alt“, "Sam Altman, nine
// years old". None of ours is a minor. Round 168: or the word alone between commas, as a report gives an age: "My
// grandson. Jakub Pachocki, sixteen, works the till".
const CHILD_AGE_WORDS = Object.keys(minorAgeWords);
const CHILD_AGE_AFTER = lazyPattern(
  () =>
    String.raw`^,${SPACE}+${anyOf(CHILD_AGE_WORDS)}(?:${SPACE}+(?:jahre${SPACE}+alt|years?${SPACE}+old)(?![\p{L}])|,)`,
  'iu',
);

// A sports club after a name: "jan leike vom tsv gellersen", "Sam Altman from SV Lindenau" (round 16).
const CLUB_AFTER = lazyPattern(
  () => String.raw`^[^\S\n]+(?:vom|von|from|of)[^\S\n]+${anyOf(clubAbbreviations)}[^\S\n]+\p{L}`,
  'iu',
);
// What `CLUB_AFTER` needs first, one byte: the first letter of "vom", "von", "from" or "of".
const CLUB_PREPOSITION_START = 'vVfFoO';

// A life of his own in brackets after a name (round 23): a year-group, as a club's or an alumni letter gives it ("Jan
// Leike (Jahrgang 1988)", "(Jg. 1979)", "(class of '98)"), or a team ("Sam Altman (Team Velo Nord)"); round 55: a
// club's member since a year, "Sam Altman (member since 2021; the one from Chemistry)". Not a birth year: an
// encyclopedia gives ours so, "Ilya Sutskever (born 1986)".
// Round 73: or a pupil's school form, as a school paper gives it, "Samuel Altman (9b)", "Jan Leike (Year 8)". Round 123:
// by any letter from the fifth form on, as English schools name theirs, "Jan Leike (9R)". Round 143: or a club's team
// by its number, "Jan Leike (second team)", „(2. Mannschaft)“.
const SCHOOL_FORM = () =>
  String.raw`(?:\d{1,2}[a-f]|(?:[5-9]|1[0-3])[a-z]|${anyOf(schoolFormWords)}[^\S\n]+\d{1,2}[a-f]?)`;
const LIFE_IN_BRACKETS = lazyPattern(
  () =>
    String.raw`^[^\S\n]?\((?:(?:jahrgang|jg\.?)[^\S\n]*\d{4}|class[^\S\n]+of[^\S\n]+(?:\d{4}|['’]\d{2})|team[^\S\n]+\p{Lu}[^()\n]{0,30}|(?:first|second|third|fourth|\d(?:st|nd|rd|th|\.)|erste|zweite|dritte|vierte)[^\S\n]+(?:team|mannschaft)|${SCHOOL_FORM()})\)|^[^\S\n]?\((?:member|mitglied)[^\S\n]+(?:since|seit)[^\S\n]+\d{4}(?!\d)`,
  'iu',
);

// Round 77: a sports club in brackets, as a race's or a league's results name the athlete's: „Jan Leike (LG
// Nordheide)“, "Jakub Pachocki (TSV Altenwerder)". None of ours runs for a club.
const CLUB_IN_BRACKETS = lazyPattern(
  () => String.raw`^[^\S\n]?\(${anyOf(clubAbbreviations)}[^\S\n]+\p{Lu}[^()\n]{0,30}\)`,
  'iu',
);

// A namesake's world first in brackets, as a disambiguation sets the bearers apart: "Jan Leike (table tennis)",
// „Sam Altman (Eishockey)“, "(chess player)" (round 23). Round 106: or an everyday trade, „siehe Jakub Pachocki
// (Konditor)“. Round 130: or a trade's field, "Sam Altman (plumbing & heating, Leeds)".
const WORLD_IN_BRACKETS = lazyPattern(
  () => String.raw`^[^\S\n]?\(${anyOf([...namesakeWorldTerms, ...everydayTrades, ...tradeFields])}(?![\p{L}])`,
  'iu',
);

// Round 106: or a party, as a local report gives a councillor's: „Jan Leike (Freie Wähler)“, "Dave Altman (Lib Dem)",
// "Sam Altman (R-Ohio)"; perhaps with his place or office after a comma.
const PARTY_IN_BRACKETS = lazyPattern(
  () => String.raw`^[^\S\n]?\((?:${anyOf(politicalParties)}|[DR]-[A-Z][\p{L}.]*)(?:[,;)]|[^\S\n]+[-–—/])`,
  'u',
);

/**
 * Whether `age` is one that `person`, one of ours, had in a year of the pages read, by the birth year a source gives
 * him (round 73).
 */
function isOwnAge(person: string | undefined, age: number): boolean {
  const born = person === undefined ? undefined : ourPeoplesBirthYears.born[person];
  return (
    born !== undefined && age >= ourPeoplesBirthYears.pagesFrom - born - 1 && age <= ourPeoplesBirthYears.pagesTo - born
  );
}

/**
 * Whether a results line, an age, a year-group, a team, a namesake's world, a trade or a party in brackets, or a sports
 * club follows the full name ending at `end`: an athlete's or a local person's name, who is someone else unless the
 * sentence speaks of AI (the caller checks). Round 73: not an age that is `person`'s own, "Sam Altman, 39, answered
 * with his mother".
 */
export function isResultOrAgeAfter(text: string, end: number, person?: string): boolean {
  const next = text[end];
  if (next === ',') {
    const age = AGE_AFTER().exec(text.slice(end, end + 14))?.[1];
    return (age !== undefined && !isOwnAge(person, Number(age))) || CHILD_AGE_AFTER().test(text.slice(end, end + 30));
  }
  if (next === ' ' && CLUB_PREPOSITION_START.includes(text[end + 1] ?? ' ')) {
    return CLUB_AFTER().test(text.slice(end, end + 20));
  }
  const bracket = next === '(' || (next === ' ' && text[end + 1] === '(');
  if (
    bracket &&
    (LIFE_IN_BRACKETS().test(text.slice(end, end + 48)) ||
      WORLD_IN_BRACKETS().test(text.slice(end, end + 24)) ||
      PARTY_IN_BRACKETS().test(text.slice(end, end + 32)) ||
      CLUB_IN_BRACKETS().test(text.slice(end, end + 40)))
  )
    return true;
  return (
    (next === ' ' || next === '(') &&
    (RESULT_AFTER().test(text.slice(end, end + 64)) ||
      SCORE_AFTER().test(text.slice(end, end + 12)) ||
      isGamesWonAfterScore(text, end))
  );
}

/** Below this age a person is a minor, and none of our people (round 18). */
const ADULT_AGE = ourPeoplesLives.youngestAge;

// An age right before a name: "der 17-jährige Jakub Pachocki", "16-year-old Sam Altman" (round 18). Round 144: or in
// words, "eleven-year-old Jakub Pachocki", „der zwölfjährige Jan Leike“.
const AGE_BEFORE = lazyPattern(
  () => String.raw`(?<![\p{L}\d-])(\d{1,2}|${anyOf(Object.keys(minorAgeWords))})-?(?:jährige[nr]?|year-old)${SPACE}+$`,
  'iu',
);
/** How far before a name its age is read: "seventeen-year-old ". */
const AGE_REACH = 24;

/** Whether a minor's age stands right before the name at `start`. */
function isMinorBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - AGE_REACH), start);
  if (!before.includes('jährig') && !before.includes('year-old')) return false;
  const age = AGE_BEFORE().exec(before)?.[1]?.toLowerCase();
  return age !== undefined && (minorAgeWords[age] ?? Number(age)) < ADULT_AGE;
}

// A professional's licence after a name, as a practice writes it: "Dr. Jakub Pachocki, DDS", "Jan Leike, MD"; not a
// doctorate, which our people hold (round 18).
const DEGREE_AFTER = lazyPattern(() => /^,[^\S\n]*(?:DDS|DMD|MD|DO|DVM|CPA|Esq|RN|NP|PA-C|LCSW|DPT|OD)(?![\p{L}-])/u);
// An everyday trade right after a name, in a search or a listing: "jakub pachocki dentist milwaukee", "Sam Altman,
// Zahnarzt" (round 18).
// Three letters are compared first: "an" of the "and" after most names is "anwalt"'s too (round 20).
const TRADE_AFTER = startingWithOneOf(
  everydayTrades,
  () => new RegExp(String.raw`^[^\S\n]+${anyOf(everydayTrades)}(?!\p{L})`, 'iu'),
  3,
);

// A firm's owner, as a profile or a listing gives him after a dash or a comma: "Jakub Pachocki – Owner – Pachocki
// Plumbing & Heating", "Jan Leike, Inhaber, Leike Sanitär GmbH" (round 19). Our people lead firms, never own a shop;
// nor are they craftsmen: "Jan Leike – Tischlermeister in Bad Oldesloe" (round 20). Round 86: or after a middle dot, as a
// site's header sets it: "Sam Altman · Furniture & Repairs". Round 165: or first in brackets, as minutes list a guest:
// „Herr Sam Altman (Inhaber Fahrradhaus Altman)“.
const OWNER_AFTER = startingWithOneOf(
  ['–', '—', '-', '|', ',', '·', '('],
  () =>
    new RegExp(String.raw`^[^\S\n]*[–—|,·(-][^\S\n]*${anyOf([...ownerRoles, ...everydayTrades])}(?![\p{L}-])`, 'iu'),
);

// A person placed in an ordinary community after the name: „der Jan Leike aus meinem Jahrgang“, "Herr Leike aus der
// 7. Klasse", "the Sam Altman from my class", "Leike from down our street", "Mr. Pachocki from 9b" (round 20). A
// school class, a year-group, a street, a parish: none is where our people are spoken of. Round 149: or the writer's
// parent's, "Jan Leike from Mum's village choir".
const KIN_POSSESSIVE = () => String.raw`${anyOf(ownKinNames)}(?:['’]s|s)`;
const POSSESSIVES = () => `meiner|meinem|meine|unserer|unserem|unsere|deiner|deinem|my|our|your|${KIN_POSSESSIVE()}`;
const COMMUNITY_AFTER = startingWithOneOf(
  ['aus', 'from', 'in', 'of', 'von', 'vom', 'at', 'with', 'mit'],
  () =>
    new RegExp(
      // A possessive before any of them, perhaps with two words between ("aus meinem Jahrgang", "from down our street",
      // "from your old soccer club"; not a time, "from our talk last year"); an article, or none, only
      // before a class's number ("aus der 7. Klasse", "from the 9th grade", "aus der 9b", "from Year 8"). Round 73:
      // or a local shop, where people know him ("dave altman from the hardware shop", "Leike from the bakery"). Round
      // 102: German's too, „Herr Altman vom Fahrradladen“, „der Leike aus dem Kirchenchor“.
      // Round 117: or at the shop, "Mr Altman at the bike shop", and a compound's head, „in meinem Abi-Jahrgang“.
      // Round 124: or the one with the shop, „Der Pachocki mit der Bäckerei“, "the Leike with the bakery". Round 126:
      // perhaps after its town's adjective, „der Leike aus dem Freiburger Gemeinderat“. Round 137: a compound's head
      // glued on, „der Jan Leike aus meinem Abijahrgang“. Round 138: or a science none of ours works in, „der Altman aus
      // der Biochemie“. Round 147: three words before the noun, "in my old table tennis club". Round 176: or in its
      // place, „Altman in der Südstadt“.
      String.raw`^${SPACE}+(?:(?:aus|from|in|of|von)${SPACE}+(?:down${SPACE}+)?(?:${POSSESSIVES()})${SPACE}+(?:\d{1,2}(?:\.|th|st|nd|rd)?${SPACE}*|(?:[\p{L}-]+${SPACE}+){0,3}?)(?<!(?:last|this|next|that|every|letzte[nmr]?|diese[mnr]?|nächste[nmr]?)${SPACE}+)(?:\p{L}+-|\p{L}*)${anyOf(communityNouns)}|(?:aus|from)${SPACE}+(?:(?:der|dem|the)${SPACE}+)?(?:\d{1,2}[a-f]|\d{1,2}(?:\.|th|st|nd|rd)${SPACE}*${anyOf(communityNouns)}|(?:year|grade|klasse)${SPACE}+\d{1,2})|(?:from|at|with)${SPACE}+the${SPACE}+(?:[\p{L}-]+${SPACE}+)?${anyOf(shopNouns)}|(?:vom|(?:aus|mit|in)${SPACE}+(?:dem|der))${SPACE}+(?:\p{Lu}\p{Ll}+er${SPACE}+)?\p{L}*${anyOf(localPlaceEndings)}|aus${SPACE}+der${SPACE}+\p{L}*${anyOf(otherDisciplineEndings)})(?![\p{L}\p{N}-])`,
      'iu',
    ),
);

// Round 123: a local club named in lower case, "the Leike from the table-tennis club", "from the chess club"; not a
// named one where ours may speak, "at the Economic Club of Washington". Case-blind would read any capital as lower case.
// Round 151: or a named one that a sport before its noun makes a sports club, after "of" too: "Jan Leike of the
// Ferndale Otters table tennis club".
const LOCAL_CLUB_AFTER = lazyPattern(
  () =>
    String.raw`^${SPACE}+(?:(?:from|at)${SPACE}+the${SPACE}+(?:\p{Ll}[\p{Ll}-]*${SPACE}+){0,2}?(?:club|choir|gym)|(?:from|at|of)${SPACE}+the${SPACE}+(?:[\p{L}-]+${SPACE}+){0,3}?${anyOf(clubSports)}(?:-|${SPACE}+)club)(?![\p{L}])`,
  'u',
);
// A pupil's class given after a comma: "Ilya Sutskever, 3rd grade, won the spelling bee", „Jan Leike, Klasse 7b“.
// Round 76: by any of the lexicon's words for a school form, "Jan Leike, form 7", „Jan Leike, Jahrgangsstufe 9“.
const CLASS_AFTER = lazyPattern(
  () =>
    String.raw`^,${SPACE}*(?:\d{1,2}(?:st|nd|rd|th)${SPACE}+grade|${anyOf(schoolFormWords)}${SPACE}+\d{1,2}[a-f]?|\d{1,2}[a-f]?\.?${SPACE}*klasse)(?![\p{L}\p{N}])`,
  'iu',
);
/** How much of the text after a name's comma `CLASS_AFTER` reads: room for „, Jahrgangsstufe 12b“ and the next letter. */
const CLASS_AFTER_REACH = 24;

// A relative clause that places him in the writer's or the reader's community: "the Jan Leike who was in your Scout
// troop", „der Jan Leike, mit dem ich in der Schule war“ (round 20): a first or second person, then the community.
const PERSONS = String.raw`(?:my|your|our|me|I|you|we|us|meiner|meinem|meine|deiner|deinem|deine|unserer|unserem|unsere|ich|du|wir|mir|dir|uns)`;
const CLAUSE_COMMUNITY_AFTER = startingWithOneOf(
  ['who', 'that', 'der', 'den', 'mit', 'with', ','],
  () =>
    new RegExp(
      String.raw`^,?${SPACE}+(?:who|that|der|den|mit${SPACE}+dem|with${SPACE}+whom)${SPACE}+[^.!?\n]{0,30}?(?<![\p{L}])${PERSONS}${SPACE}+[^.!?\n]{0,24}?(?<![\p{L}])(?:${anyOf(communityNouns)}|school|schule|troop)(?![\p{L}-])`,
      'iu',
    ),
);

// Round 147: the writer's own, "my", „meinem“, „unserer“: a bearer the writer knows, whatever AI words his sentence
// has, „Der Jan Leike aus meinem Abiturjahrgang hat zwanzig Nachrichten bekommen, ob er bei OpenAI war“, "a Jan Leike
// in my old table tennis club … who has never heard of RLHF".
const OWN_POSSESSIVE = lazyPattern(
  () => String.raw`(?<![\p{L}])(?:my|our|meiner|meinem|meine|unserer|unserem|unsere|${KIN_POSSESSIVE()})(?![\p{L}])`,
  'iu',
);

// The clause right after the name, up to its first mark: where the community and its possessive stand.
const CLAUSE_AFTER = lazyPattern(() => /^[^,.;!?]*/u);

/** Whether the full name ending at `end` is placed in an ordinary community of the writer's own (see above). */
export function isPlacedInOwnCommunity(text: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  const after = text.slice(end, end + 40);
  return COMMUNITY_AFTER.test(oneByte(after)) && OWN_POSSESSIVE().test(CLAUSE_AFTER().exec(after)![0]);
}

/**
 * Whether the name ending at `end` is placed in an ordinary community: a school class, a year-group, a street, after
 * it or in a clause that speaks of the writer or the reader; or given a pupil's class after a comma.
 */
export const isPlacedInCommunity = (text: string, end: number) =>
  (text[end] === ' ' && COMMUNITY_AFTER.test(oneByte(text.slice(end, end + 40)))) ||
  (text[end] === ' ' && LOCAL_CLUB_AFTER().test(text.slice(end, end + 72))) ||
  (text[end] === ',' && CLASS_AFTER().test(text.slice(end, end + CLASS_AFTER_REACH))) ||
  ((text[end] === ' ' || text[end] === ',') && CLAUSE_COMMUNITY_AFTER.test(oneByte(text.slice(end, end + 90))));

// An everyday trade right before a full name, perhaps after a possessive or an article: "Realtor Jan Leike", "Our
// plumber Sam Altman", „Unser Azubi Sam Altman“ (round 20); or a shop's owner: "Owner Jan Leike", „Inhaber Jakub
// Pachocki“ (round 26).
// Round 55: or a calling only a namesake has, "The footballer Jan Leike (born 1993) is a different person".
// Four letters are compared first: "-te" of "wrote" before a name ends "postbote" too.
/** A pattern for one of `words` right before a name, after `lead` (a pattern's source) if any. */
const wordRightBefore = (words: readonly string[], lead = '') =>
  endingInOneOf(words, () => new RegExp(String.raw`(?:^|[^\p{L}])${lead}${anyOf(words)}${SPACE}+$`, 'iu'), 4);
const TRADES_AND_OWNERS = [...everydayTrades, ...ownerRoles, ...namesakeCallings];
const TRADE_BEFORE = wordRightBefore(
  TRADES_AND_OWNERS,
  String.raw`(?:(?:our|my|your|the|unser|unsere[mnr]?|mein|meine[mnr]?|der|die|den|dem)${SPACE}+)?`,
);
// Round 93: a word for a woman of someone's family after its possessive or article, a comma perhaps after it: "his
// granddaughter, Sam Altman", „seine Tochter Samuel Altman“. Our four are men. Not a word said to her, "yes mom sam
// altman is still ceo".
const FEMALE_KIN_BEFORE = endingInOneOf(
  femaleKinshipWords,
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?:his|her|their|my|our|your|the|a|sein|seine[mnrs]?|ihr|ihre[mnrs]?|mein|meine[mnrs]?|unser|unsere[mnrs]?|die|der)${SPACE}+(?:\p{Ll}+${SPACE}+)?${anyOf(femaleKinshipWords)},?${SPACE}+$`,
      'iu',
    ),
  4,
);
// A life given in an apposition after a comma (round 26): a descent, as a family's or a firm's chronicle names its
// heir ("Jan Leike, great-grandson of the founder", „Jan Leike, Urenkel von Heinrich“), or a tradesman's years of
// experience, as an advertisement gives them ("Jan Leike, 20 years of local experience", „15 Jahre Berufserfahrung“).
const LIFE_APPOSITION = lazyPattern(
  () =>
    String.raw`^,${SPACE}+(?:(?:great-|ur)*${anyOf(descendantWords)}|\d{1,2}\+?${SPACE}+(?:years?|jahre)${SPACE}+(?:of${SPACE}+)?(?:[\p{L}-]+${SPACE}+)?(?:experience|\p{L}*erfahrung))(?![\p{L}])`,
  'iu',
);
// An age in brackets right after a name, before what says more of him: "Jan Leike (42), Dachdecker aus Uelzen".
const AGE_IN_BRACKETS = /^[^\S\n]\(\d{1,3}\)/;

// A German master craftsman's title after a comma or a dash: "Jan Leike, Schreinermeister aus Celle", "Sam Altman –
// Malermeisterin" (round 20); any "-meister", a mayor's too, is none of ours. Round 130: or one standing for the
// office, in a data row's next cell, "5;Jan Leike;Bürgermeisterkandidat Eschental;…".
const MASTER_AFTER = lazyPattern(() => /^[^\S\n]*[–—|,;-][^\S\n]*\p{L}+meister(?:in|kandidat(?:in)?)?(?![\p{L}-])/iu);

// A master's or a mayor's title right before a full name: „Ortsbürgermeister Jan Leike“, „Meister Jakub Pachocki“,
// "Mayor Ilya Sutskever" (round 26), as `MASTER_AFTER` reads it after the name: an office or a craft none of ours holds.
// Round 55: and a fire brigade's rank, „Oberfeuerwehrmann Jan Leike“. Round 132: and a marksmen's club's king,
// „den Schützenkönig Jan Leike aus dem Sauerland“.
const MASTER_BEFORE = lazyPattern(
  () => /(?:^|[^\p{L}])(?:\p{L}*meister(?:in)?|mayor|\p{L}*feuerwehr(?:mann|frau)|schützenkönig(?:in)?)[^\S\n]+$/iu,
);
const isMasterBefore = (before: string) =>
  (before.includes('eister') || before.includes('ayor') || before.includes('euerwehr') || before.includes('könig')) &&
  MASTER_BEFORE().test(before);

// Round 54: a local office before the full name, perhaps with the names of other holders between, as minutes and
// agendas list a council: „Ratsmitglieder Jan Leike, Sabine Kurz“, "Councillors Ruth Pachocki, Daniel Altman, Jan Leike".
const OFFICE_HINT = hintOf(localOffices);
const OFFICE_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])${anyOf(localOffices)}\.?${SPACE}+(?:\p{Lu}[\p{L}.'’-]*${SPACE}+\p{Lu}[\p{L}'’-]*,${SPACE}+){0,6}$`,
  'iu',
);
const isOfficeBefore = (before: string) => OFFICE_HINT.test(before) && OFFICE_BEFORE().test(before);
// Round 162: or in a bracket right after it, a quote's close perhaps between, as a note tells two bearers apart: „ein
// 'Jan Leike' (Ratsherr in Wittmund, Lokalteil)“.
const OFFICE_BRACKET_AFTER = lazyPattern(() => String.raw`^['"“”]?${SPACE}*\(${anyOf(localOffices)}(?![\p{L}])`, 'iu');
const isOfficeBracketAfter = (after: string) => OFFICE_HINT.test(after) && OFFICE_BRACKET_AFTER().test(after);

// Round 58: a firm's owner or a namesake's calling right before a lone surname, "restaurant owner Pachocki"; not every
// word of `everydayTrades`, whose search words („Nachruf Sutskever“) name ours too.
const OWNER_BEFORE = wordRightBefore([...ownerRoles, ...namesakeCallings]);

// Round 67: or a local office, as minutes give a councillor the surname alone: "Cllr. Leike asked whether …".
const OFFICE_RIGHT_BEFORE = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(localOffices)}\.?${SPACE}+$`, 'iu');
// Round 173: or a firm's owner said to bear it, „Die Inhaberin heißt Altman“, "The owner is called Pachocki".
const OWNER_CALLED_BEFORE = wordRightBefore(
  ownerRoles.flatMap((role) => [`${role} heißt`, `${role} is called`]),
  String.raw`(?:der|die|the|our|unser|unsere)${SPACE}+`,
);

// Round 176: said to have died, "the late Mr. Altman had no connection to the tech company", „der verstorbene Herr
// Leike“. None of ours has.
const LATE_BEFORE = endingInOneOf(
  ['late', 'verstorbene', 'verstorbenen', 'mr', 'mr.', 'herr', 'herrn', 'dr', 'dr.'],
  () =>
    /(?:^|[^\p{L}])(?:the[^\S\n]+late|(?:der|den|dem|des)[^\S\n]+verstorbenen?)[^\S\n]+(?:(?:Mr|Dr|Herrn?)\.?[^\S\n]+)?$/iu,
);
/** Whether the lone surname at `start` is said to be of someone who died (above). */
export const isLateBefore = (text: string, start: number) => LATE_BEFORE.test(textBefore(text, start));

/**
 * Whether a firm's owner, a namesake's calling or a local office stands right before the lone surname at `start`
 * (see above), or an owner said to bear it.
 */
export function hasOwnerBefore(text: string, start: number): boolean {
  const before = oneByte(text.slice(Math.max(0, start - 32), start));
  return OWNER_BEFORE.test(before.slice(-24)) || OWNER_CALLED_BEFORE.test(before) || hasOfficeRightBefore(text, start);
}

/**
 * Whether a local office stands right before the name at `start`: "Cllr. Leike", „Ratsherr Jan Leike“. Round 145: a
 * full name so titled is a councillor's whatever his item says of AI, „Anfrage Ratsherr Jan Leike (FWG) zum Einsatz
 * eines KI-Chatbots“: none of ours holds a seat in a town hall.
 */
export function hasOfficeRightBefore(text: string, start: number): boolean {
  const before = oneByte(text.slice(Math.max(0, start - 24), start));
  return OFFICE_HINT.test(before) && OFFICE_RIGHT_BEFORE().test(before);
}

// Round 165: a chair's title, perhaps with a doctor's after it, as none of ours holds one: „Prof. Dr. Jan Leike aus dem
// Institut für Geographie“, "Prof. Jakub Pachocki (Film Studies)".
const CHAIR_RIGHT_BEFORE = endingInOneOf(
  [...chairTitles, 'dr'],
  () => new RegExp(String.raw`(?<![\p{L}])${anyOf(chairTitles)}\.?(?:${SPACE}+Dr\.)?${SPACE}+$`, 'iu'),
);
/** Whether a chair's title stands right before the full name at `start` (see above). */
export const hasChairRightBefore = (text: string, start: number): boolean =>
  CHAIR_RIGHT_BEFORE.test(oneByte(text.slice(Math.max(0, start - 24), start)));

// Round 81: a postal address right after a full name, on the next line (a page's next block) or after a comma, as a
// contact block or an imprint gives it: „Jan Leike\nDorfstraße 14\n29439 Lüchow“, „Jan Leike, Mühlenweg 3, 21337 Lüneburg“, "Sam Altman\n12
// Otley Road". Our people's addresses are their employer's, and no page gives them so.
const ADDRESS_AFTER = lazyPattern(
  () =>
    /^[^\S\n]*(?:,[^\S\n]*|\n\s{0,6})(?:\p{L}[\p{L}.-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|chaussee)[^\S\n]+\d{1,4}[a-z]?(?![\p{L}\p{N}])|\d{1,5}[a-z]?[^\S\n]+(?:\p{Lu}\p{Ll}+[^\S\n]+){1,2}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Close|Way)(?![\p{L}])|\d{5}[^\S\n]+\p{Lu}\p{Ll}+)/u,
);

// Round 126: his sports club on the next line or after a comma, as a letter's sign-off gives it: "Jan Leike⏎TSV
// Grünwiesen, Abteilung Tischtennis". The abbreviation in any case; its place capitalised, checked apart, as `i` makes
// `\p{Lu}` take lower case too ("Sam Altman, tv interview" names no club).
const CLUB_SIGNED_AFTER = lazyPattern(
  () => String.raw`^(?:,[^\S\n]*|\n[^\S\n]*)${anyOf(clubAbbreviations)}[^\S\n]+`,
  'iu',
);
// Round 129: or his school on the line under it, as a teacher signs a letter to parents: „Jan Leike⏎Klassenleitung 9b,
// Gesamtschule am Stadtpark“. Round 175: not a line that says where the text comes from, a heading's "Ilya
// Sutskever⏎From the school encyclopedia project".
const SCHOOL_SIGNED_AFTER = lazyPattern(
  () =>
    /^\n[^\S\n]*(?!(?:from|aus|von|vom)[^\S\n])[^\n]{0,40}?(?:\p{L}*schule|Gymnasium|Kindergarten|Kita|school|academy)(?![\p{L}])/iu,
);
const isClubOrSchoolSignedAfter = (text: string, end: number) => {
  if (SCHOOL_SIGNED_AFTER().test(text.slice(end, end + 64))) return true;
  const club = CLUB_SIGNED_AFTER().exec(text.slice(end, end + 24));
  return club !== null && TITLE_CASE().test(text.slice(end + club[0].length, end + club[0].length + 2));
};

// Round 132: a job at a firm its legal form names, after a dot, a comma or a dash, as a network's commenter signs:
// "Jan Leike · Vertriebsleiter bei Nordkabel GmbH", "Sam Altman, Sales Manager at Brightline Ltd". No firm of our
// people's employers (`OUR_EMPLOYER`): "Safe Superintelligence Inc." is Sutskever's.
const JOB_AT_FIRM_AFTER = lazyPattern(
  () =>
    String.raw`^[^\S\n]*[·,|–—][^\S\n]*(?:[\p{L}-]+[^\S\n]+){1,4}?(?:bei|at)[^\S\n]+((?:[\p{L}&.-]+[^\S\n]+){1,3})${anyOf(legalForms)}(?![\p{L}])`,
  'u',
);
const OUR_EMPLOYER = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(employerTerms)}(?![\p{L}])`, 'iu');
const hasJobAtFirmAfter = (text: string, end: number) => {
  const firm = JOB_AT_FIRM_AFTER().exec(text.slice(end, end + 100))?.[1];
  return firm !== undefined && !OUR_EMPLOYER().test(firm);
};

// Round 161: a league's name as a sports headline's kicker right before it, „Bezirksliga: Jan Leike führt Grün-Weiß
// Hameln zum Auswärtssieg“, "Premier League: …". None of ours plays in one.
const LEAGUE_KICKER_BEFORE = lazyPattern(() => /(?<![\p{L}])\p{L}*(?:liga|league)[^\S\n]*:[^\S\n]*$/iu);
// Round 162: German's „gez.“ ("signed") opening the line before it, as minutes and letters are signed: „gez. Jan
// Leike, Vorsitzender“. None of ours signs a German office's papers.
const SIGNED_BEFORE = lazyPattern(() => /(?:^|\n)[^\S\n]*gez\.[^\S\n]*$/u);
// Round 175: a youth team's age group right after it, in a bracket or as his team, "Player of the month: Jan Leike
// (U16s)", "Jan Leike of our Under-16s", „Jan Leike (U17)“. None of ours plays in one.
const AGE_GROUP_AFTER = lazyPattern(
  () =>
    /^[^\S\n]*(?:\(|(?:of|from|aus)[^\S\n]+(?:our|the|unserer|der)[^\S\n]+)(?:U|Under)[- ]?(?:[6-9]|1\d)s?(?![\p{L}\d])/u,
);

/**
 * Whether the full name at [start, nameEnd) is plainly an ordinary person's by a minor's age, an everyday trade, a
 * league, „gez.“ or a master's or a mayor's title before it, or a local office in a bracket, a youth team's age group,
 * a professional's licence, an everyday trade, a firm's owner, a descent, a tradesman's years, an ordinary community, a
 * job at a firm or a postal address after it (past an age in brackets): someone else unless the item it stands in
 * speaks of AI (the caller checks).
 */
export function isOrdinaryPersonAround(text: string, start: number, nameEnd: number): boolean {
  const near = text.slice(Math.max(0, start - 24), start);
  // Round 92: or a compound for a trade's business, as a firm's own page heads itself: „Drechslerei Samuel Altman“.
  if (TRADE_BEFORE.test(oneByte(near)) || isMasterBefore(near) || endsInFirmCompound(near)) return true;
  if (FEMALE_KIN_BEFORE.test(near) || LEAGUE_KICKER_BEFORE().test(near) || SIGNED_BEFORE().test(near)) return true;
  if (isOfficeBefore(text.slice(Math.max(0, start - 160), start))) return true;
  if (isOfficeBracketAfter(text.slice(nameEnd, nameEnd + 40))) return true;
  if (AGE_GROUP_AFTER().test(text.slice(nameEnd, nameEnd + 24))) return true;
  const age = text[nameEnd] === ' ' ? AGE_IN_BRACKETS.exec(text.slice(nameEnd, nameEnd + 6)) : null;
  const end = nameEnd + (age?.[0].length ?? 0);
  const next = text[end];
  if (next === ',' && DEGREE_AFTER().test(text.slice(end, end + 8))) return true;
  const comma = next === ',' ? 1 : 0;
  if ((comma || next === ' ') && TRADE_AFTER.test(oneByte(text.slice(end + comma, end + 24)))) return true;
  if ((comma || next === ' ') && OWNER_AFTER.test(text.slice(end, end + 24))) return true;
  if (comma && LIFE_APPOSITION().test(text.slice(end, end + 48))) return true;
  if (isPlacedInCommunity(text, end)) return true;
  if (hasJobAtFirmAfter(text, end)) return true;
  if ((comma || next === '\n' || next === ' ') && ADDRESS_AFTER().test(text.slice(end, end + 60))) return true;
  if ((comma || next === '\n') && isClubOrSchoolSignedAfter(text, end)) return true;
  if (
    (comma || next === ' ' || next === ';') &&
    text.slice(end, end + 32).includes('meister') &&
    MASTER_AFTER().test(text.slice(end, end + 32))
  )
    return true;
  return isMinorBefore(text, start);
}

// An age or a birth year right after a full name, as prose, a paper or an obituary gives it: "Jan Leike, 84, of
// Milwaukee", „Jan Leike (67) aus Kiel“, "Sam Altman (1931–2019)", „(geb. 1948)“, "(born 1952)" (round 23). Round 51:
// a birth in a bracket that says more, a calling before it or a place after it, as a disambiguation or a FAQ gives it:
// „Jan Leike (Handballspieler, * 1994)“, "Sam Altman (born 1948, of Vermont)". Round 132: or with his birthplace,
// "Jan Leike (born 1979 in Osnabrück)", as an encyclopedia opens a namesake's entry.
// Round 114: or the years given in words after the age, "Sam Altman, 80 years young on Saturday".
const LIFE_AFTER = lazyPattern(
  () =>
    /^(?:,[^\S\n]+(\d{1,3})(?:,[^\S\n]|[^\S\n]+(?:years?|jahre)[^\S\n]+(?:old|young|alt|jung)(?![\p{L}]))|[^\S\n]?\((?:(\d{1,3})(,[^\S\n]*\p{L}[^()\n]{0,30})?|(?:[^()\n,]{1,40},[^\S\n]*)?(?:born|b\.|geb\.|geboren|\*)[^\S\n]*(\d{4})(?:(?:[,;]|[^\S\n]+in[^\S\n])[^()\n]{0,40})?|(\d{4})[^\S\n]*[–—-][^\S\n]*(\d{4}))\))/iu,
);

// Round 93: or an age in the relative clause right after it, as a death notice words it: „Jan Leike, der am 3. Mai im
// Alter von 84 Jahren verstorben ist“, "Sam Altman, who died at the age of 91".
const AGE_IN_CLAUSE_AFTER = lazyPattern(
  () => /^,[^\S\n]+(?:der|die|who)(?:[^.!?\n]|\d\.){0,60}?(?:im alter von|at the age of|aged)[^\S\n]+(\d{1,3})(?!\d)/iu,
);
// Round 136: or said to be that old right after, "Mr. Altman is 79 and his kids are not taking it over".
const AGE_SAID_AFTER = lazyPattern(
  () =>
    /^[^\S\n]+(?:is|was|ist|war)[^\S\n]+(\d{1,3})(?:[^\S\n]+(?:years|jahre)(?:[^\S\n]+(?:old|alt))?)?(?=[^\S\n]*(?:[,.;!?]|and(?![\p{L}])|und(?![\p{L}])|$))/iu,
);
const isOutsideOurAges = (age: number) => age < ourPeoplesLives.youngestAge || age > ourPeoplesLives.oldestAge;

// Round 71: a birth date after the full name or on the line under it, as a death notice, a register or a life's
// account gives it: a full date after the birth sign ("Jan Leike\n* 3. Februar 1939   † 12. Mai 2024", "* 03.07.1936"),
// or any date after a word of birth ("born March 3, 1952", „geb. am 9. Mai 1947“). The sign alone before a year is a
// list's bullet ("* 2021–2024: co-lead …"). Round 78: in brackets too, as an encyclopedia opens its entry, „Jan
// Leike (* 4. April 1961 in Soest)“. Round 97: or after "was born in", "Jakub Pachocki was born in 1889", and after an
// apposition, as a register's record gives it: "Jakub Pachocki, son of Wojciech, born 1887". Round 165: or with his
// birthplace before the year, "Altman was born in Montreal in 1939", or German's order, „Altman wurde 1939 in Montreal
// geboren“. Round 169: or after a colon, a clause's last word perhaps before it, as a family history lists the people
// in its records: „In meinen Unterlagen taucht ein Jan Leike auf: geboren 1841 in Harsefeld“.
const DAY_MONTH = String.raw`(?:\d{1,2}\.?[^\S\n]*(?:\d{1,2}\.|\p{L}{3,}\.?)[^\S\n]*|\p{L}{3,}\.?[^\S\n]+\d{1,2},?[^\S\n]+)`;
const BIRTHPLACE = String.raw`(?:in[^\S\n]+\p{Lu}[\p{L}-]*(?:,?[^\S\n]+\p{Lu}[\p{L}-]*)?[^\S\n]+)?`;
const BIRTH_DATE_AFTER = lazyPattern(
  () =>
    String.raw`^(?:,[^\S\n]+[^,.;()\n]{1,40}(?=,))?(?:,|(?:[^\S\n]+\p{L}{2,12})?:)?[^\S\n]*\n?[^\S\n]*(?:(?:\(?[^\S\n]*\*[^\S\n]*${DAY_MONTH}|(?:(?:was|wurde)[^\S\n]+)?(?:born|b\.|geb\.|geboren)[^\S\n]+${BIRTHPLACE}(?:(?:on|am|in|im)[^\S\n]+)?${DAY_MONTH}?)(\d{4})(?!\d)|wurde[^\S\n]+(?:am[^\S\n]+${DAY_MONTH})?(\d{4})[^\S\n]+(?:in[^\S\n]+\p{Lu}[\p{L}-]*[^\S\n]+)?geboren(?![\p{L}]))`,
  'iu',
);

// Round 97: or his death told right after it, as a family history or a chronicle tells it: "Jakub Pachocki died in
// 1952", „Jan Leike starb 1961“. None of ours has died.
const DEATH_AFTER = lazyPattern(
  () => /^,?[^\S\n]+(?:died|passed[^\S\n]+away|starb|verstarb|ist[^\S\n]+(?:\p{L}+[^\S\n]+)?gestorben)(?![\p{L}])/iu,
);

// Round 100: a minor's age in brackets where prose goes on after it, as a club's or a paper's sports news gives it:
// „unser Jakub Pachocki (12) in der Altersklasse U14“, "Jakub Pachocki (19) scored twice". A count in brackets ends an
// item or joins the next ("Jakub Pachocki (2), Jan Leike (5)", "(2) and …").
const PROSE_AFTER_BRACKET = lazyPattern(
  () => /^[^\S\n]?\(\d{1,2}\)[^\S\n]+(?!(?:and|und|or|oder|times|mal|x)(?![\p{L}]))\p{Ll}{2,}/u,
);

// Round 132: nor is a number in brackets whose list's next item, one word, gives one too: a tally of the forms a
// monitor counted or a page's tags, "Jan Leike (90), Leicke (6)", "Sam Altman (112) · OpenAI (6)". Round 136: or a name
// of up to three words, "Ilya Sutskever (84) · Jan Leike (19)". Round 158: or a tag cloud's, spaces alone between,
// "Sam Altman (14) Ilya Sutskever (9) superalignment (6)".
const COUNT_LIST_AFTER = lazyPattern(
  () => /^[^\S\n]?\(\d{1,4}\)[^\S\n]*(?:[,;·|][^\S\n]*)?[^\s(),;·|]+(?:[^\S\n][^\s(),;·|]+){0,2}[^\S\n]?\(\d{1,4}\)/u,
);

/** Whether a birth in `year` is none of our people's. */
const bornAsNoneOfOurs = (year: number) => year < ourPeoplesLives.bornNotBefore || year > ourPeoplesLives.bornNotAfter;

/**
 * Whether the full name at [start, end) is given an age or a birth year that none of our people has (`ourPeoplesLives`),
 * a death (none of ours has died), or a minor's age before it: a namesake's, even in a sentence that speaks of AI; a
 * text about ours gives his own, "Sam Altman, 38, said", "Ilya Sutskever (born 1986)". A small number in brackets is
 * no age where it could be a score ("Jakub Pachocki (2)"): only one too old for ours counts there, or a minor's with
 * prose after it; nor is one past any life's, a count ("Sam Altman (212)").
 */
export function isAgedAsNoneOfOurs(text: string, start: number, end: number): boolean {
  const next = text[end];
  if (next === ',' || next === ' ' || next === '(') {
    const life = LIFE_AFTER().exec(text.slice(end, end + 96));
    if (life) {
      const [, age, bracketed, saidMore, born, from, to] = life;
      if (age !== undefined) return isOutsideOurAges(Number(age));
      if (bracketed !== undefined && saidMore !== undefined) return isOutsideOurAges(Number(bracketed));
      if (bracketed !== undefined)
        return (
          (Number(bracketed) > ourPeoplesLives.oldestAge &&
            Number(bracketed) <= oldestHumanAge &&
            !COUNT_LIST_AFTER().test(text.slice(end, end + 48))) ||
          (Number(bracketed) < ourPeoplesLives.youngestAge &&
            PROSE_AFTER_BRACKET().test(text.slice(end, end + 32)) &&
            !COUNT_LIST_AFTER().test(text.slice(end, end + 48)))
        );
      // Round 97: a span shorter than any grown life is a term in a post, „Jan Leike (2023–2024)“ under a team's head.
      if (from !== undefined && Number(to) - Number(from) < ourPeoplesLives.youngestAge) return false;
      return bornAsNoneOfOurs(Number(born ?? from));
    }
  }
  const ageInClause = next === ',' ? AGE_IN_CLAUSE_AFTER().exec(text.slice(end, end + 120))?.[1] : undefined;
  if (ageInClause !== undefined && isOutsideOurAges(Number(ageInClause))) return true;
  const ageSaid = next === ' ' ? AGE_SAID_AFTER().exec(text.slice(end, end + 40))?.[1] : undefined;
  if (ageSaid !== undefined && isOutsideOurAges(Number(ageSaid))) return true;
  if ((next === ',' || next === ' ') && DEATH_AFTER().test(text.slice(end, end + 40))) return true;
  if (next === ',' || next === ' ' || next === '\n') {
    const birth = BIRTH_DATE_AFTER().exec(text.slice(end, end + 48));
    if (birth) return bornAsNoneOfOurs(Number(birth[1] ?? birth[2]));
  }
  return isMinorBefore(text, start);
}

// Round 71: what keeps a later full name from the namesake given a life before it: a field's label right before it,
// whose record may be anyone's ("Russisch: Ян Лейке", `"name": "Jan Leike"`), or "the other", „der andere“, which sets
// the one in the news apart from him ("Every time the other Sam Altman is in the news").
const LABEL_OR_OTHER_BEFORE = lazyPattern(() => /(?::[^\S\n]*["„“]?|(?:^|[^\p{L}])(?:other|andere[nmr]?))[^\S\n]*$/iu);

/**
 * Whether the full name at `start` may be the namesake given a life earlier in the text, named again: no field's
 * label and no "the other" right before it (the caller checks that no AI word stands between).
 */
export const mayNameNamesakeAgain = (text: string, start: number) =>
  !LABEL_OR_OTHER_BEFORE().test(text.slice(Math.max(0, start - 12), start));

// A data record's description right after a full name as its label: `", "description": "…"`, "\n  bio: …" (round 27).
const DESCRIPTION_AFTER = lazyPattern(
  () =>
    /^["']?[^\S\n]*,?[^\S\n]*\n?[^\S\n]*["']?(?:description|desc|summary|bio|occupation)["']?[^\S\n]*:[^\S\n]*["']?([^"'\n]{1,100})/iu,
);
// A namesake's calling in it, "Polish footballer", "American actor", and no word of our people's world.
const CALLING = lazyPattern(
  () => String.raw`(?<![\p{L}])${anyOf([...namesakeCallings, ...everydayTrades])}(?![\p{L}])`,
  'iu',
);
const OUR_WORLD = lazyPattern(
  () => String.raw`(?<![\p{L}])(?:${anyOf(employerTerms)}|AI|KI|artificial intelligence|machine learning)(?![\p{L}])`,
  'iu',
);

/**
 * Whether the full name ending at `end` labels a data record whose description gives its bearer a namesake's calling
 * and no word of our people's world: `"label": "Jakub Pachocki", "description": "Polish footballer"` (round 27). A
 * knowledge base describes each bearer of a name by his calling; ours are described by their work in AI.
 */
export function isDescribedAsNamesake(text: string, end: number): boolean {
  // A label ends in a quotation mark, a comma or a line's end; prose goes on with a space and a word.
  if (!`"',\n`.includes(text[end] ?? ' ')) return false;
  const description = DESCRIPTION_AFTER().exec(text.slice(end, end + 140))?.[1];
  return description !== undefined && CALLING().test(description) && !OUR_WORLD().test(description);
}

// The writer's own relative named before the full name: "my late husband Sam Altman", „Mein Opa Jakub Pachocki“ (round
// 40). A text about ours names his family by his, "his brother Sam Altman"; none of ours is the writer's kin. Round 108:
// nor the writers' family's, "our cousin Jakub Pachocki, the one who runs the ovens", „unser Onkel Jan Leike“.
const WRITERS_KIN_BEFORE = endingInOneOf(
  kinshipWords,
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?:my|mein|meine[mnr]?|our|unser|unsere[mnr]?)${SPACE}+(?:(?:late|dear|beloved|verstorbene[nr]?|liebe[nr]?)${SPACE}+)?${anyOf(kinshipWords)},?${SPACE}+$`,
      'iu',
    ),
  4,
);
// A bracket after the full name that names ours by his world to set its bearer apart: "(a retired dentist, no relation
// to the OpenAI one!)", "(the one from my chess club, not the AI guy)" (round 40). "(not the film director)" sets ours
// apart from a namesake instead, and names no world of ours.
// Round 53: or a bracket that ends in denying kinship outright, the one of our world left unsaid: "Our own Jan Leike
// (Key Accounts, Hamburg office, no relation)".
const NOT_OURS_IN_BRACKET = lazyPattern(
  () =>
    String.raw`^[^\S\n]*\([^()\n]{0,60}?(?<![\p{L}])(?:(?:not|nicht|no${SPACE}+relation${SPACE}+to|nicht${SPACE}+verwandt${SPACE}+mit)${SPACE}+(?:the|that|der|dem|den)${SPACE}+(?:[\p{L}-]+${SPACE}+)?(?:${anyOf(employerTerms)}|AI|KI|tech|ChatGPT)(?![\p{L}])|(?:no${SPACE}+relation|nicht${SPACE}+verwandt)[!.]?\))`,
  'iu',
);
// Round 110: or one that picks its bearer out by his own world, "Posted by Sam Altman (the bike one)"; not by ours or
// by fame, "(the OpenAI one)", "(the real one)". Round 136: or an apposition that does, "Sam Altman, the tall one?".
const OTHER_ONE = () =>
  String.raw`the${SPACE}+(?!(?:real|famous|right|actual|original|well-known|${anyOf(employerTerms)}|AI|tech|ChatGPT|CEO)(?![\p{L}]))[\p{L}-]+${SPACE}+one`;
const OTHER_ONE_IN_BRACKET = lazyPattern(() => String.raw`^[^\S\n]*\(${OTHER_ONE()}\)`, 'iu');
// "the other one" in an apposition points away from a bearer named before: "It is Sam Altman, the other one, CEO".
// Round 155: perhaps after a place that picks him out first, "Is the Altman at Yale, the RNA one, related?".
const OTHER_ONE_APPOSED = lazyPattern(
  () =>
    String.raw`^(?:${SPACE}+(?:at|in|from|of|aus|bei)${SPACE}+\p{Lu}[\p{L}-]*)?,${SPACE}+(?!the${SPACE}+other${SPACE})${OTHER_ONE()}(?=${SPACE}*[.,;:!?)]|$)`,
  'iu',
);
/**
 * Whether an apposition right after the name ending at `end` picks its bearer out by his own world: "Sam Altman, the
 * tall one?"; round 153: after a lone surname too, "Altman, the bike one, can laugh about it now".
 */
export const isOtherOneApposed = (text: string, end: number) =>
  (text[end] === ',' || text[end] === ' ') && OTHER_ONE_APPOSED().test(text.slice(end, end + 60));

// Or the same said in the name's own clause, a few words after it: "S. Altman of Registry is no relation to the OpenAI
// chief" (round 44); in German word order, the one of our world named before the denial: „Leike – mit dem früheren
// OpenAI-Forscher weder verwandt noch verschwägert“ (round 46).
const OUR_WORLD_ONE = () =>
  String.raw`(?:[\p{L}-]+${SPACE}+)?(?:${anyOf(employerTerms)}|AI|KI|tech|ChatGPT)(?:-\p{L}+)?`;
const NOT_OURS_IN_CLAUSE = lazyPattern(
  () =>
    String.raw`^[^.!?;\n()]{0,40}?(?<![\p{L}])(?:(?:is|was|ist|war)${SPACE}+(?:not|nicht|no${SPACE}+relation${SPACE}+to|nicht${SPACE}+verwandt${SPACE}+mit)${SPACE}+(?:the|that|der|dem|den)${SPACE}+${OUR_WORLD_ONE()}|mit${SPACE}+(?:dem|der|den)${SPACE}+${OUR_WORLD_ONE()}${SPACE}+(?:\p{Ll}+${SPACE}+)?(?:weder|nicht)${SPACE}+(?:verwandt|verschwägert))(?![\p{L}])`,
  'iu',
);
const CLAUSE_DENIAL_HINT = hintOf(['not', 'nicht', 'no relation', 'weder']);

/** Whether the clause after the name ending at `end` denies he is the one of our people's world (round 44). */
export const deniesBeingOursAfter = (text: string, end: number) =>
  CLAUSE_DENIAL_HINT.test(text.slice(end, end + 60)) && NOT_OURS_IN_CLAUSE().test(text.slice(end, end + 120));

// Round 48: a bracket right after the full name that opens with a namesake's calling, as a disambiguation lists the
// name's bearers: "Jakub Pachocki (footballer)", „Jakub Pachocki (Fußballspieler)“, a German compound ending in one;
// round 51: with more of his life after a comma, „Jan Leike (Handballspieler, * 1994)“. Round 57: or a family firm's
// place, „Besichtigung mit Sam Altman (Juniorchef)“.
const CALLING_IN_BRACKET = lazyPattern(
  () => String.raw`^[^\S\n]*\((?:[\p{L}-]+${SPACE}+)?\p{L}*?(?:${anyOf(TRADES_AND_OWNERS)})[),;]`,
  'iu',
);

// Round 136: or one that gives only a club sport, as a programme tells a speaker apart from ours: "Jan Leike (table
// tennis)".
const SPORT_IN_BRACKET = lazyPattern(() => String.raw`^[^\S\n]*\(${anyOf(clubWorldTerms)}\)`, 'iu');
// Round 154: or a youth team's age group anywhere in it, "Jan Leike (Eastbrook TTC, under-18)", „(TTV Kiel, U15)“:
// none of ours plays in one.
const AGE_GROUP_IN_BRACKET = lazyPattern(
  () => /^[^\S\n]*\([^()\n]{0,40}?(?<![\p{L}\p{N}])(?:[Uu]nder|[Uu]nter|U)[- ]?\d{1,2}(?![\p{L}\p{N}])[^()\n]{0,30}\)/u,
);

// Round 136: or called a namesake right after, past a bracket and the quote he stands in: „Der Abspann dankt einem
// „Jan Leike (Archiv, Hamburg)“ – ein Namensvetter“. Not one of ours called someone else's namesake ("Sam Altman, a
// namesake of the director, …").
const NAMESAKE_SAID_AFTER = lazyPattern(
  () =>
    String.raw`^(?:${SPACE}*\([^()\n]{1,40}\))?["“”»]?${SPACE}*[,–—-]${SPACE}*(?:ein|a)${SPACE}+(?:namensvetter|namesake)(?![\p{L}])(?!${SPACE}+(?:of|von|des)(?![\p{L}]))`,
  'iu',
);
const NAMESAKE_SAID_HINT = hintOf(['namensvetter', 'namesake']);

// Round 136: or placed in an academic unit of another field than ours right after: „Es spricht Dr. Jan Leike vom
// Institut für Agrarökonomie“, "Jakub Pachocki of the Department of Dairy Science".
const OTHER_FIELD_AFTER = lazyPattern(
  () =>
    String.raw`^,?${SPACE}+(?:vom|von${SPACE}+der|an${SPACE}+der|am|from${SPACE}+the|of${SPACE}+the|at${SPACE}+the)${SPACE}+${anyOf(fieldUnits)}${SPACE}+(?:für|of|for)${SPACE}+(?!${anyOf(ourFieldStems)}|(?:AI|KI)(?![\p{L}]))\p{L}`,
  'iu',
);
const FIELD_UNIT_HINT = hintOf(fieldUnits);

// Round 50: a full name after an indefinite article, one bearer of it among others, with a relative clause after it:
// "As a Sam Altman who works in logistics", "a photo of a Jacob Pachocki, who sells houses". Not "a Sam Altman
// interview", where the name qualifies the noun after it, nor "a Sam Altman from the early days of Y Combinator", a
// figure of speech for ours, nor German's "ein Sam Altman", one like ours, and not after "an", which German writes for
// "to" („Glückwunsch an Jakub Pachocki“).
// Round 154: the name perhaps quoted, 'a regional sports report naming a "Jan Leike" who plays table tennis'.
const INDEFINITE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])a[^\S\n]+["“‘„]?$/iu);
const BEARER_CLAUSE_AFTER = lazyPattern(() => /^["”’“]?,?[^\S\n]+(?:who|whom|whose)(?![\p{L}])/iu);
// Round 157: or a verb in the third person after the name, "A Jan Leike plays league table tennis in Ontario": after
// "a", a word in -s is no plural noun the name qualifies. Not a noun in -s of its own, "a Sam Altman series", "a Sam
// Altman crisis"; and not where the clause gives our people's world, a figure of speech for ours: "now that a Jakub
// Pachocki runs science at OpenAI".
const BEARER_VERB_AFTER = lazyPattern(() => /^[^\S\n]+\p{Ll}+s(?<!ss|is|us|ies|ews|as|ics)[^\S\n]+[^.;!?\n]*/u);

// Round 159: a mailbox in angle brackets right after the name, as a mail's header gives it, "To: Jan Leike
// <j.leike@uni-leipzig.example.net>": a namesake's at another place, unless its domain is our people's employer's. A
// bare placeholder domain places him nowhere: "To: Jan Leike <leike@example.org>" invites ours.
const MAILBOX_AFTER = lazyPattern(() => /^[^\S\n]*<[^@\s<>]+@([^\s<>]+)>/u);
const PLACEHOLDER_DOMAIN = lazyPattern(() => /^example\.(?:org|com|net)$/u);
const hasOthersMailboxAfter = (text: string, end: number) => {
  const domain = MAILBOX_AFTER().exec(text.slice(end, end + 80))?.[1];
  return (
    domain !== undefined && !PLACEHOLDER_DOMAIN().test(domain) && !OUR_WORLD_WORD().test(domain.replace(/[.-]/gu, ' '))
  );
};

/** Whether a bearer's clause or verb follows the full name ending at `end` after "a" (see above). */
function hasBearerClauseAfter(text: string, end: number): boolean {
  if (BEARER_CLAUSE_AFTER().test(text.slice(end, end + 8))) return true;
  const clause = BEARER_VERB_AFTER().exec(text.slice(end, end + 120))?.[0];
  return clause !== undefined && !OUR_WORLD_WORD().test(clause);
}

// Round 51: a generation's suffix after the full name, "Jakub Pachocki Sr. will drive the Tuesday route", „Jan Leike
// jun.“: a family's father or son of the name; none of ours bears one. Round 53: in brackets too, "Sam Altman (jun.)".
// Round 56: or in lower case, as German writes it, „Gruppenführer ist Sam Altman junior, Sohn des Wehrführers“,
// „Altman senior bleibt“; not before a noun, "Leike and Sutskever senior authors". Round 171: or before an adverb,
// „Die neue Website hat Pachocki junior übrigens selbst gebaut“.
const GENERATION_AFTER = lazyPattern(
  () =>
    /^,?[^\S\n]+\(?(?:(?:Sr|Jr|Sen|Jun|sen|jun)\.|(?:Senior|Junior|III)(?=[,.;:)\n]|$)|(?:senior|junior)(?=[,.;:)]|$|[^\S\n]+(?:bleibt|blieb|hat|hatte|ist|war|sagt|sagte|und|übrigens|selbst|auch|has|had|is|was|said|and)(?!\p{L})))/u,
);

// Round 54: the bearer's place in the writer's family, alone in brackets after the full name, as a family chat shows
// its members: „Jan Leike (Enkel):“, "Jakub Pachocki (grandpa)". Not a sibling's, parent's or child's word, which a
// text about our person's own family gives him: "Sam Altman (brother)".
const FAMILY_IN_BRACKET = lazyPattern(() => String.raw`^[^\S\n]?\(${anyOf(writersFamilyWords)}\)`, 'iu');
// Round 70: or one of the writer's own circle, by a possessive before an acquaintance or a relative, more of his life
// after a comma: "Jan Leike (my neighbour, 60s, retired bus driver)", „Jan Leike (mein Nachbar)“. None of ours is.
const OWN_CIRCLE_IN_BRACKET = lazyPattern(
  () =>
    String.raw`^[^\S\n]?\((?:my|our|mein|meine|unser|unsere)${SPACE}+${anyOf([...acquaintanceNouns, ...kinshipWords])}[),;]`,
  'iu',
);

// Round 58: a hatnote's pointer to another bearer's page, "For the Polish footballer, see Kuba Pachocki.", „Zu dem
// Handballspieler siehe Jan Leike (Handballspieler).“: the page it stands on is ours, the one it points to is not. The
// name ends the pointer; "For the full statement, see Sam Altman's post" points to his words.
// Round 118: not a pointer that gives our people's world, "For the OpenAI executive, see Sam Altman", "For the
// researcher, see Jan Leike": on a page about a namesake or the surname, it points to ours.
const HATNOTE_BEFORE = endingInOneOf(
  ['see', 'siehe'],
  () =>
    /(?:^|[^\p{L}])(?:For[^\S\n]+the|Zu[^\S\n]+(?:dem|der|den))[^\S\n]+([^.!?\n]{3,80}?),?[^\S\n]+(?:see|siehe)[^\S\n]+$/u,
);
const HATNOTE_END_AFTER = lazyPattern(() => /^(?:[^\S\n]*\([^)\n]{1,40}\))?[^\S\n]*(?:[.;]|\n|$)/u);
const OUR_WORLD_WORD = lazyPattern(
  () => String.raw`(?<![\p{L}])(?:${anyOf(employerTerms)}|${anyOf(ourAppositionCallings)})(?![\p{L}])`,
  'iu',
);

/** Whether the hatnote before the name at [start, end) points to another bearer's page (see above). */
function isHatnoteToOther(text: string, start: number, end: number): boolean {
  const pointer = HATNOTE_BEFORE.exec(text.slice(Math.max(0, start - 100), start))?.[1];
  return (
    pointer !== undefined && HATNOTE_END_AFTER().test(text.slice(end, end + 48)) && !OUR_WORLD_WORD().test(pointer)
  );
}

/** Whether a generation's suffix follows the name ending at `end`: "Altman senior", „Leike jun.“ (round 56). */
export const hasGenerationAfter = (text: string, end: number) => GENERATION_AFTER().test(text.slice(end, end + 24));

// Round 78: a grandparent's word right before the name, "Opa Sam Altman", „mein Urgroßvater Jan Leike“: none of ours is
// a grandparent. Round 138: nor an ancestor further back, „meinem Ururgroßvater Samuel Altman“; and a grandchild, as a
// family's chronicle names its heir, "Marek’s grandson, Jakub Pachocki". And an ensemble named for its leader after
// it, „das Jan Leike Quartett“: a band is no person. Round 157: or an uncle or an aunt by the title a family calls them
// by, "Uncle Jakub Pachocki (Dad's brother)".
const OTHER_GENERATION_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}-])(?:(?:ur|great-)*${anyOf(grandparentWords)}|(?:ur|great-)*${anyOf(descendantWords)},?|(?:groß|great-)?${anyOf(collateralTitles)})${SPACE}+$`,
  'iu',
);
const ENSEMBLE_AFTER = lazyPattern(() => String.raw`^${SPACE}+${anyOf(ensembleNouns)}(?![\p{L}])`, 'u');

// Round 68: the bearer taken for ours, "Being the "wrong" Jan Leike", „der falsche Sam Altman“.
const WRONG_ONE_BEFORE = lazyPattern(
  () => /(?:^|[^\p{L}])(?:the|der|den|dem|die)[^\S\n]+["„“‚']?(?:wrong|falsche[nmr]?)["“”‘']?[^\S\n]+$/iu,
);

// Round 148: the writer who introduces himself by it and says in his clause he is not the other one: "Hello, I'm Jan
// Leike, a physiotherapist in Bonn, and not the one you are looking for", „Ich bin Jan Leike, aber nicht der von
// OpenAI“.
const SELF_INTRODUCED_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:I['’]m|I[^\S\n]+am|ich[^\S\n]+bin)[^\S\n]+$/iu);
const NOT_THE_ONE_AFTER = lazyPattern(
  () => /^[^.!?\n]{0,60}?(?:,|[^\S\n](?:and|but|und|aber))[^\S\n]+(?:not|nicht)[^\S\n]+(?:the|der|den)[^\S\n]/iu,
);

// Round 151: the reader's own bearer, "your" before the name and a verb or a clause's end after it: "a different man,
// we are told, though your Jan Leike sounds like the better interview". Not a compound's, "your Sam Altman impression".
const YOUR_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])your[^\S\n]+$/iu);
const PREDICATE_AFTER = lazyPattern(
  () => /^(?:[^\S\n]+(?:is|was|has|had|does|did|says|said|sounds|seems|looks|\p{Ll}+ed)(?![\p{L}])|[,.;:!?])/u,
);

/** Whether the bracket that opens `after`, right after a full name, sets its bearer apart from ours (see above). */
const isSetApartInBracket = (after: string) =>
  CALLING_IN_BRACKET().test(after.slice(0, 60)) ||
  FAMILY_IN_BRACKET().test(after.slice(0, 20)) ||
  OWN_CIRCLE_IN_BRACKET().test(after.slice(0, 40)) ||
  NOT_OURS_IN_BRACKET().test(after) ||
  OTHER_ONE_IN_BRACKET().test(after.slice(0, 40)) ||
  SPORT_IN_BRACKET().test(after.slice(0, 30)) ||
  AGE_GROUP_IN_BRACKET().test(after.slice(0, 80));

/**
 * Whether the writer sets the full name at [start, end) apart from ours: as a grandparent or a band's leader (round
 * 78), as the writer's own relative or own name
 * ("My name is Sam Altman. I'm an accountant"), as the wrong one ("the "wrong" Jan Leike"), as someone of the
 * writer's own world named so ("My late husband was also called Jan Leike"), as one bearer of it ("a Sam Altman who
 * …"), by a generation's suffix, by a bracket that gives him a namesake's calling or a club sport, puts him in the
 * writer's family or circle ("Jan Leike (my neighbour, …)") or denies he is the one of our people's world, by his own
 * clause that denies it, by calling him a namesake or "the tall one" right after, or by an academic unit of another
 * field, or as the writer's own name with his "and not the …", or as the reader's ("your Jan Leike sounds …"), or by
 * a mailbox of another domain after him. A namesake's, whatever the sentence says of AI.
 */
export const isSetApartFromOurs = (text: string, start: number, end: number) =>
  WRITERS_KIN_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
  OTHER_GENERATION_BEFORE().test(text.slice(Math.max(0, start - 24), start)) ||
  ENSEMBLE_AFTER().test(text.slice(end, end + 16)) ||
  isOwnNameBefore(text.slice(Math.max(0, start - 40), start)) ||
  isOwnOneNamedBefore(text.slice(Math.max(0, start - 60), start)) ||
  WRONG_ONE_BEFORE().test(text.slice(Math.max(0, start - 24), start)) ||
  hasGenerationAfter(text, end) ||
  isHatnoteToOther(text, start, end) ||
  (INDEFINITE_BEFORE().test(text.slice(Math.max(0, start - 8), start)) && hasBearerClauseAfter(text, end)) ||
  (text.slice(end, end + 3).includes('(') && isSetApartInBracket(text.slice(end, end + 120))) ||
  (NAMESAKE_SAID_HINT.test(text.slice(end, end + 70)) && NAMESAKE_SAID_AFTER().test(text.slice(end, end + 70))) ||
  isOtherOneApposed(text, end) ||
  hasOthersMailboxAfter(text, end) ||
  (FIELD_UNIT_HINT.test(text.slice(end, end + 30)) && OTHER_FIELD_AFTER().test(text.slice(end, end + 60))) ||
  deniesBeingOursAfter(text, end) ||
  (SELF_INTRODUCED_BEFORE().test(text.slice(Math.max(0, start - 12), start)) &&
    NOT_THE_ONE_AFTER().test(text.slice(end, end + 80))) ||
  (YOUR_BEFORE().test(text.slice(Math.max(0, start - 8), start)) && PREDICATE_AFTER().test(text.slice(end, end + 12)));
