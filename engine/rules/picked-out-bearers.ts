import { namesakeWorldTerms } from '../../knowledge/lexicon/namesake-worlds';
import { contextTerms } from '../../knowledge/lexicon/story-and-employers';
import {
  otherOneWords,
  theOtherOneWords,
  famousOneWords,
  newsOneWords,
  fieldOneWords,
  wrongOneWords,
  whichWords,
  relativePrepositions,
} from '../../knowledge/lexicon/telling-bearers-apart';
import {
  courtesyTitles,
  femaleTitles,
  academicTitles,
  councilBodies,
  localOffices,
} from '../../knowledge/lexicon/titles-and-roles';
import { lazyPattern, endingInOneOf, SPACE, anyOf, lowerSet, WORD_CHAR } from '../text/regex-parts';
import { LOOK_AROUND, textBefore } from '../text/words-around';
import { EMPLOYER, EMPLOYER_HINT } from './employer-titles';
import { tellsOurStory } from './story-words';
import { PLURAL_ENDING } from './families';
import { hasHomeTownAfter } from './introduced-namesake';
import { namesOtherBearer } from './other-bearers';

/**
 * One bearer of the surname picked out among several: introduced as another ("the Leike who runs my gym"), placed in a
 * namesake's world, picked out by a later clause, set apart as "the other" or "not that" one, asked which one; and
 * whether the clause that picks him out speaks of our world.
 */

// "the Leike who runs my gym", "the same Altman who directed MASH": another of that name, introduced as such. Round 56:
// or placed in the writer's own world or one indefinite, "the Leike in my office", "the Leike on our sports pages",
// "the Leike on a new marine-science author list"; his clause decides, as for "who".
const ANNOUNCED_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:the|a|an|another|that)(?:\s+(?:same|other))?\s+$/iu);
const ANNOUNCED_AFTER = /^\s+(?:(?:who|whom)(?![\p{L}])|(?:in|on|at)\s+(?:my|our|your|a|an)\s)/iu;
// Round 58: or placed next door to the writer, „Herr Pachocki von gegenüber“, "the Altman next door".
const NEIGHBOUR_AFTER = lazyPattern(
  () =>
    /^[^\S\n]+(?:von[^\S\n]+gegenüber|von[^\S\n]+nebenan|next[^\S\n]+door|across[^\S\n]+the[^\S\n]+(?:street|road|hall))(?![\p{L}])/iu,
);
// Round 108: or given a councillor's group or seat, „Leikes Fraktion stimmte geschlossen dagegen“, "Altman's ward".
// Round 109: or cheered for a local office, „Leike for Bürgermeister!“, "Altman for councillor".
const COUNCIL_BODY_AFTER = lazyPattern(
  () => String.raw`^${SPACE}+(?:${anyOf(councilBodies)}|(?:for|für)${SPACE}+${anyOf(localOffices)})(?![\p{L}])`,
  'iu',
);
// Round 57: or asked about by where he is from, "Is this the Altman from the hedge-fund story?", „Ist das der Leike aus
// der ARD-Quizshow?“; his clause decides, as for "who" ("Ist das der Altman von ChatGPT?").
const IDENTITY_ASKED_BEFORE = lazyPattern(
  () => /(?:^|[^\p{L}])(?:is|ist)\s+(?:this|that|it|he|das|dies|er|es)\s+(?:the|der)\s+$/iu,
);
const FROM_AFTER = lazyPattern(() => /^\s+(?:from|aus|vom|von)\s[^.!?\n]*\?/iu);
// Round 57: or named by a namesake's world right before, "Are the film Altman and the OpenAI Altman related?".
const WORLD_NAMED_BEFORE = endingInOneOf(
  namesakeWorldTerms,
  () => new RegExp(String.raw`(?:^|[^\p{L}])(?:the|der|den|dem)${SPACE}+${anyOf(namesakeWorldTerms)}${SPACE}+$`, 'iu'),
);
// Round 125: or joined to it by a hyphen, as German compounds it, „der Regie-Altman und der OpenAI-Altman“. Read only
// after a hyphen, which `endingInOneOf` does not read past.
const WORLD_JOINED_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])(?:the|der|den|dem|des)${SPACE}+${anyOf(namesakeWorldTerms)}-$`,
  'iu',
);
// The same with the clause set off or later (round 18): „ob das derselbe Leike ist, der bei Werder trainiert“, "the
// same Leike, who coaches", "the Altman everyone talked about was the one who made Nashville", „der Altman, den alle
// zitierten, war der, der …“ is written otherwise and not read.
const SAME_BEFORE = endingInOneOf(
  ['the', 'same', 'derselbe', 'dieselbe', 'denselben', 'demselben'],
  () => /(?:^|[^\p{L}])(?:the(?:\s+same)?|derselbe|dieselbe|denselben|demselben)\s+$/iu,
);
const CLAUSE_LATER_AFTER = lazyPattern(
  () =>
    String.raw`^(?:(?:${SPACE}+(?:ist|war|sei|is|was))?${SPACE}*,${SPACE}*(?:der|die|den|dem|who|whom)|(?:${SPACE}+\p{L}+){1,4}${SPACE}+(?:was|is)${SPACE}+the${SPACE}+one${SPACE}+(?:who|that))(?![\p{L}])`,
  'iu',
);
// Round 97: our full name picked out by "the" and a restrictive clause, "I'm the Sam Altman who will photograph your
// wedding": one bearer of the name set apart from the famous one, whatever the sentences around him say of ours.
const THE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])the[^\S\n]+$/iu);
const WHO_AFTER = lazyPattern(() => /^[^\S\n]+(?:who|that)[^\S\n]/iu);
/** Whether the full name at [start, end) is such a bearer: its clause speaks of no world of ours. */
export const isFullNamePickedOut = (text: string, start: number, end: number, ours: ReadonlySet<string>) =>
  THE_BEFORE().test(text.slice(Math.max(0, start - 8), start)) &&
  WHO_AFTER().test(text.slice(end, end + 8)) &&
  !clauseSpeaksOfOurWorld(text.slice(end, end + LOOK_AROUND), ours);

/** Whether the surname at `start` is one bearer picked out by a clause later in its sentence (round 18). */
export const isPickedOutLater = (text: string, start: number, after: string) =>
  SAME_BEFORE.test(textBefore(text, start)) && CLAUSE_LATER_AFTER().test(after);
// The clause after "who": up to its sentence's end; round 96: across a line that wraps a clause set off by a comma
// after a lower-case word, a subtitle's „derselbe Sutskever, der im⏎November gegen Sam Altman gestimmt hat“. Not past a
// heading ("The other Altman’s inbox⏎My mail is full of OpenAI …"), a blank line, a list's next item or a chat's next
// speaker ("which altman, lol⏎dev: the robert altman …").
const CLAUSE = lazyPattern(
  () => /^(?:[^.!?\n]*,[^.!?\n]*\p{Ll}\n(?![^\S\n]*[\p{L}\p{N}_.-]+:)(?=[^\S\n]*\p{L}))?[^.!?\n]*/u,
);
// A word that denies what its clause says: "not", „nicht“, „kein“.
const DENIAL = lazyPattern(() => /(?<![\p{L}])(?:not|never|nicht|nie|kein(?:e[mnrs]?)?)(?![\p{L}])/iu);
const CONTEXT_WORDS = lowerSet(contextTerms);
// Round 121: the AI terms of more than one word, which no single word of the clause is: "who became chief scientist".
const CONTEXT_PHRASES = lazyPattern(
  () => String.raw`(?<![\p{L}])${anyOf(contextTerms.filter((term) => term.includes(' ')))}(?![\p{L}])`,
  'iu',
);

/** Whether any word of `clause`, lower case, is one `inSet` holds. */
const hasWordOf = (clause: string, inSet: (word: string) => boolean) =>
  clause.split(/[^\p{L}\p{N}-]+/u).some((word) => inSet(word.toLowerCase()));

/**
 * Whether the clause after "the same Sutskever who" or "which Altman," speaks of our people's world: another of our
 * surnames, an AI word ("who voted to fire Altman") or our story's events, which makes the one asked about ours.
 */
export function clauseSpeaksOfOurWorld(after: string, ours: ReadonlySet<string>): boolean {
  const clause = CLAUSE().exec(after)![0];
  return (
    hasWordOf(clause, (word) => ours.has(word) || CONTEXT_WORDS.has(word)) ||
    // Or our story's deed: "the same Altman who got fired last year?" (round 40).
    tellsOurStory(clause)
  );
}

/**
 * Whether the clause after "it is the same Pachocki who" names an AI term of more than one word: "who became chief
 * scientist". Read for a bearer so announced only: after "the other" the labels of such clauses disagree ("whether
 * the other S. Altman ever wrote on machine learning", round 121).
 */
export const clauseNamesOurWorldPhrase = (after: string) => CONTEXT_PHRASES().test(CLAUSE().exec(after)![0]);

// Round 140: our people's employer as a word of the clause.
const EMPLOYER_WORD = lazyPattern(() => String.raw`(?<!${WORD_CHAR})${EMPLOYER}(?!${WORD_CHAR})`, 'iu');
/**
 * Whether the clause after "the Altman who" names our people's employer, which is then his title: "whether this was
 * the Altman who runs OpenAI".
 */
export const clauseNamesEmployer = (after: string) =>
  EMPLOYER_HINT.test(after) && EMPLOYER_WORD().test(CLAUSE().exec(after)![0]);

// "the other Altman", "der andere Altman", "our Altman": someone set apart from our person.
const OTHER_ONE_BEFORE = endingInOneOf(
  otherOneWords,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(otherOneWords)}${SPACE}+$`, 'iu'),
);
// Round 134: "the other" of two, see `theOtherOneWords`; not said by that one himself, "I am the other Sutskever".
const THE_OTHER_ONE_BEFORE = endingInOneOf(
  theOtherOneWords,
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?<!(?:I${SPACE}+am|I['’]m|ich${SPACE}+bin)${SPACE}+)${anyOf(theOtherOneWords)}${SPACE}+$`,
      'iu',
    ),
);
// Round 134: nor one whose clause speaks of a namesake's world, "a review of the other Altman's film", nor one with
// another's initial, "whether the other S. Altman ever wrote on machine learning".
const NAMESAKE_WORLD_WORDS = lowerSet(namesakeWorldTerms);
const INITIAL_START = lazyPattern(() => /^\p{L}\./u);
// A closing quotation mark right before the space before a name: „Ist „unser“ Leike …?“ (round 19).
const QUOTE_BEFORE_NAME = lazyPattern(() => /["“”‚‘’»«](?=[^\S\n]+$)/u);
// A community's possessive, which owns a bearer rather than setting him apart: "our", „unser“ (round 22).
const COMMUNITY_OWN_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:our|unser\p{L}*)[^\S\n]+$/iu);
// Round 27: "our" after a denial sets the other bearer apart from ours, as "not that Altman" does: 'Because it isn't
// our Altman' (a tool's FAQ on a film review), „weil es nicht unser Leike ist“. A community's own needs no denial.
const DENIED_OURS_BEFORE = lazyPattern(
  () => /(?<!\p{L})(?:not|isn['’]t|wasn['’]t|aren['’]t|nicht|kein)[^\S\n]+(?:our|unser)[^\S\n]+$/iu,
);
// Round 72: unless the community's own is picked out among bearers as the one of our world, the predicate alone
// naming it: "Our Pachocki is the GPT-4 one"; not "Our Leike is the bakery one, not the AI researcher". Round 157: or
// the clause after "the one", "Our Pachocki is the one with GPT-4 on his CV".
const PICKED_OUT_AFTER = lazyPattern(
  () =>
    /^[^\S\n]+(?:is|was)[^\S\n]+the[^\S\n]+(?:one[^\S\n]+((?:with|who|at|from)[^\S\n]+[^.;,!?\n]{1,50})|([\p{L}\p{N}-]+(?:[^\S\n]+(?:one|guy|man))?)(?![\p{L}\p{N}-]))/iu,
);
const isOursPickedOut = (after: string, ours: ReadonlySet<string>) => {
  const picked = PICKED_OUT_AFTER().exec(after);
  const predicate = picked?.[1] ?? picked?.[2];
  return predicate !== undefined && clauseSpeaksOfOurWorld(` ${predicate}`, ours);
};
/** The text before `start` without a closing quotation mark around the word before it: "„unser“ " reads "„unser ". */
const unquotedBefore = (text: string, start: number) => textBefore(text, start).replace(QUOTE_BEFORE_NAME(), '');
// Round 72: titles between "the other" and the surname, which set the bearer apart all the same when a home town
// follows, as a namesake is known: "the other Dr. Leike from Utrecht", „der andere Herr Altman aus Celle“. Without
// one, "the other Mr. Pachocki" said by a namesake's family is ours. Round 116: a community's own is set apart with
// his title too, "Our Mr Leike is from Hamburg" after the one in the news.
const TITLES_BEFORE_NAME = lazyPattern(
  () => String.raw`(?<=[^\S\n])(?:${anyOf([...courtesyTitles, ...femaleTitles, ...academicTitles])}\.?${SPACE}+){1,2}$`,
  'iu',
);

// "not that Altman": set apart from a namesake as the famous one, our person; so is "Wrong Altman", the one a tool
// showed for a namesake (round 15).
const FAMOUS_ONES = [...famousOneWords, ...wrongOneWords];
const FAMOUS_ONE_BEFORE = endingInOneOf(
  FAMOUS_ONES,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(FAMOUS_ONES)}${SPACE}+$`, 'iu'),
);
// Round 121: the one of our people's field, "the AI Pachocki", „der KI-Pachocki“. A hyphen may join them, which
// `endingInOneOf` does not read past.
const FIELD_ONE_BEFORE = lazyPattern(() => String.raw`(?:^|[^\p{L}])${anyOf(fieldOneWords)}(?:${SPACE}+|-)$`, 'iu');
// Round 59: in a sentence, not as a heading's or a reply's first word, "wrong" is said of the namesake taken for ours:
// "it is the wrong Altman (a stock photo of a dentist)", "Wonderful man, wrong Pachocki".
const LOWER_CASE_WRONG_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:wrong|falsche[nr]?)[^\S\n]+$/u);
// After a comma, a dash, a bracket or a preposition, a "which" is a relative pronoun and asks nothing ("the team — which
// Leike co-led —"; rounds 26 and 29).
const WHICH_BEFORE = endingInOneOf(
  whichWords,
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?<!(?:[,—–(-]|(?:^|[^\p{L}])${anyOf(relativePrepositions)})${SPACE}*)${anyOf(whichWords)}${SPACE}+$`,
      'iu',
    ),
);
// Round 151: but after a dash, the question mark right after the surname asks: "STYLE DESK NOTE 24/19 – WHICH ALTMAN?".
const WHICH_ASKED_BEFORE = lazyPattern(() => String.raw`(?:^|[^\p{L}])${anyOf(whichWords)}${SPACE}+$`, 'iu');

/** Whether a question which bearer is meant stands right before the lone surname at `start`: "which altman lol". */
export const isAskedWhich = (text: string, start: number) => WHICH_BEFORE.test(textBefore(text, start));

/** Whether the surname is introduced as another of that name or asked about by where he is from (see above). */
export const isAnnouncedAsOther = (before: string, after: string) =>
  (ANNOUNCED_AFTER.test(after) && ANNOUNCED_BEFORE().test(before)) ||
  (FROM_AFTER().test(after) && IDENTITY_ASKED_BEFORE().test(before));

/** Whether the surname is placed in a namesake's world, next door to the writer or on a council (see above). */
export const isPlacedInOtherWorld = (before: string, after: string) =>
  WORLD_NAMED_BEFORE.test(before) ||
  (before.endsWith('-') && WORLD_JOINED_BEFORE().test(before)) ||
  NEIGHBOUR_AFTER().test(after) ||
  COUNCIL_BODY_AFTER().test(after);

// Round 169: or the one seen on the news, "whether the Pachocki on the news bakes" in a baker's interview.
// Not the phrase quoted as people put it, 'asked whether we are related to "the Pachocki in the news"'.
const DEFINITE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}"“„«»])(?:the|der|den|dem|des)[^\S\n]+$/iu);
const NEWS_ONE_AFTER = lazyPattern(() => String.raw`^${SPACE}+${anyOf(newsOneWords)}(?![\p{L}])`, 'iu');
/**
 * The reading "not that Altman" or "wrong Altman" before the surname gives it, or "the Altman on the news" around it
 * (see above), if any of them stands there.
 */
export function famousOneReading(before: string, after: string): 'namesake' | 'title' | undefined {
  if (FAMOUS_ONE_BEFORE.test(before)) return LOWER_CASE_WRONG_BEFORE().test(before) ? 'namesake' : 'title';
  return NEWS_ONE_AFTER().test(after) && DEFINITE_BEFORE().test(before) ? 'title' : undefined;
}

/**
 * Whether "the AI" or „der KI-“ stands right before the lone surname at `start`: the bearer of our people's field, as
 * an employer's title makes him; not as plainly as a title names him, so the name names no one of ours for the rest
 * of the document (a namesake's forum: "Der KI-Leike ist gerade überall … „Lieber Herr Leike, zu Ihrem Rücktritt“").
 */
export const isFieldOneBefore = (text: string, start: number) => FIELD_ONE_BEFORE().test(textBefore(text, start));

/**
 * The reading of the lone surname at [start, end) set apart from the one just spoken of, if it is: ours when his own
 * clause names our world, "the other Altman, the OpenAI one", „der andere Altman, der von OpenAI“ (round 22); "our
 * Altman, the club's treasurer" is not, nor a family: "Our Pachockis make donuts, not GPT". "Ist „unser“ Pachocki der
 * neue Chefwissenschaftler von OpenAI?" asks about a community's own: not set apart. Round 134: "the other" one with
 * no more said is `other`, whichever bearer the text is not speaking of there: ours after a namesake, „Wer sich für
 * die Sicherheitsfragen interessiert, die den anderen Leike umtreiben“ in a course led by Thomas Leike.
 */
export function otherOneReading(
  text: string,
  start: number,
  end: number,
  after: string,
  given: ReadonlySet<string>,
  ours: ReadonlySet<string>,
): 'namesake' | 'title' | 'other' | undefined {
  const written = text.slice(start, end);
  const unquoted = unquotedBefore(text, start);
  const untitled = unquoted.replace(TITLES_BEFORE_NAME(), '');
  const otherOne = hasHomeTownAfter(text, end) || COMMUNITY_OWN_BEFORE().test(untitled) ? untitled : unquoted;
  if (!OTHER_ONE_BEFORE.test(otherOne)) return undefined;
  if (DENIED_OURS_BEFORE().test(otherOne)) return 'title';
  const one =
    !PLURAL_ENDING().test(written) && (!COMMUNITY_OWN_BEFORE().test(otherOne) || isOursPickedOut(after, ours));
  // Round 43: not where its clause gives him another first name, "the other Pachocki, club treasurer Edward
  // Pachocki", whose surname is no word of our world there.
  const clause = CLAUSE().exec(after)![0];
  if (!one || namesOtherBearer(clause, written, given, ours)) return 'namesake';
  if (clauseSpeaksOfOurWorld(after, ours)) return 'title';
  const namesakeWorld = hasWordOf(clause, (word) => NAMESAKE_WORLD_WORDS.has(word));
  return THE_OTHER_ONE_BEFORE.test(otherOne) && !namesakeWorld && !INITIAL_START().test(written) ? 'other' : 'namesake';
}

/**
 * The reading of a surname asked which one is meant, if it is: the asker's own answer may name our world, „welcher
 * altman, der von openai?“ (round 40); not one that denies it, „Welcher Altman ist NICHT bei OpenAI?“ (round 42).
 */
export const whichOneReading = (before: string, after: string, ours: ReadonlySet<string>) =>
  WHICH_BEFORE.test(before) || (after.startsWith('?') && WHICH_ASKED_BEFORE().test(before))
    ? clauseSpeaksOfOurWorld(after, ours) && !DENIAL().test(CLAUSE().exec(after)![0])
      ? 'surname'
      : 'namesake'
    : undefined;
