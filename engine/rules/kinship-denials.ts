import { kinshipWords } from '../../knowledge/lexicon/family-and-kinship';
import { unrelatedPhrases, nobodyWords, unrelatedFrames } from '../../knowledge/lexicon/telling-bearers-apart';
import { formPattern } from '../text/name-pattern';
import { CLOSING_QUOTES } from '../text/quotation-marks';
import { anyOf, hintOf, lazyPattern, SPACE, LETTERS, endingInOneOf } from '../text/regex-parts';
import { farTextAfter, textAfter, textBefore } from '../text/words-around';
import { EMPLOYER } from './employer-titles';

/**
 * Kinship denied or asked about: a namesake's "no relation" after his name, and our person named only in passing in a
 * text about someone else ("no relation to Sam Altman", "is she related to Sam Altman?").
 */

const UNRELATED = anyOf(unrelatedPhrases);
const UNRELATED_HINT = hintOf(unrelatedPhrases);
// What follows a denial of kinship to name the other one ("no relation to"), and a word for relatives ("brother of").
const UNRELATED_TO = '(?:to|with|mit)';
const KIN_OF = '(?:of|von|des)';
// A denial of kinship after the surname, ending its clause: "ist Pachocki nicht verwandt", "Altman (no relation)".
// Not "Leike, not related to the gym owner", which sets the other one apart, nor German word order's "Sam Altman ist
// mit dem Regisseur nicht verwandt", which names the other one before the denial (round 17).
// Nor one to nobody named: "Altman's Slice House, no relation to anyone in this calendar" (round 19).
const UNRELATED_AFTER = lazyPattern(
  () =>
    String.raw`^(?:(?!(?<![\p{L}])${UNRELATED_TO}${SPACE})[^.!?\n]){0,25}?(?<![\p{L}])${UNRELATED}(?![\p{L}])(?!${SPACE}+${UNRELATED_TO}(?![\p{L}])(?!${SPACE}+${anyOf(nobodyWords)}(?![\p{L}])))`,
  'iu',
);
// Round 54: asked or said to be kin to the one of our world, he is not that one: '"Is Sutzkever related to the AI
// guy?"', „Ist Leike verwandt mit dem KI-Forscher?“ Round 88: or in a German clause's order, the verb last: „ob
// Sutzkever mit dem KI-Forscher Ilya Sutskever verwandt sei“.
const RELATED_HINT = hintOf(['related', 'verwandt']);
// Round 127: or in a relative clause of his own, to the researcher: „Dr. Leike, die mit dem Forscher nicht verwandt
// ist“. Round 163: or asked with its copula, to anyone of our people's employer: "whether Altman is related to anyone
// at OpenAI".
const OURS_ONE = String.raw`(?:${EMPLOYER}|AI|KI|tech|ChatGPT|Forscher|researcher)(?![\p{L}])`;
const RELATED_TO_OURS_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}]?(?:,${SPACE}+(?:der|die|who)(?:${SPACE}+is(?:${SPACE}+not)?)?|${SPACE}+(?:is|was)(?:${SPACE}+not)?)?${SPACE}+(?:(?:related${SPACE}+to|verwandt${SPACE}+mit)${SPACE}+(?:the|that|dem|der|den|(?:anyone|anybody|someone|somebody)${SPACE}+(?:at|from))${SPACE}+${OURS_ONE}|mit${SPACE}+(?:dem|der|den)${SPACE}+${OURS_ONE}[^.!?\n]{0,40}?(?<![\p{L}])verwandt(?![\p{L}]))`,
  'iu',
);
// Our person named only in passing, in a text about someone else: "no relation to Sam Altman", "younger
// brother of OpenAI CEO Sam Altman", "der Bruder des OpenAI-Chefs Sam Altman".
const PASSING_TAIL = String.raw`(?:${SPACE}+${LETTERS}){0,3}?${SPACE}+$`;
const PASSING_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:${UNRELATED}${SPACE}+${UNRELATED_TO}|${anyOf(kinshipWords)}${SPACE}+${KIN_OF})${PASSING_TAIL}`,
  'iu',
);
// What every text `PASSING_BEFORE` matches ends with: the "to" or "of" and at most three words.
const PASSING_HINT = new RegExp(`${SPACE}(?:${UNRELATED_TO}|${KIN_OF})${PASSING_TAIL}`, 'iu');
// And what it holds before them: a denial of kinship or a word for a relative. Most texts with a "to" or an "of"
// before a name have neither, and the large pattern is then never compiled (V8: 29 KB of native code).
const PASSING_WORDS_HINT = hintOf([...unrelatedPhrases, ...kinshipWords]);

// Round 145: the one compared may be named with an article and an apposition first, „mit dem früheren OpenAI-Forscher
// Jan Leike weder verwandt noch bekannt“.
const FRAMES = unrelatedFrames.map(({ before, after }) => ({
  before: lazyPattern(
    () =>
      String.raw`(?:^|[^\p{L}])${formPattern(before)}(?:${SPACE}+(?:dem|der|den)(?:${SPACE}+[\p{L}-]+){1,3}?)?${SPACE}+$`,
    'iu',
  ),
  after: lazyPattern(() => String.raw`^${SPACE}+${formPattern(after)}(?![\p{L}])`, 'iu'),
}));

// Round 90: a denial of kinship to the one of our world, whoever says it: "Jakub Pachocki, 17 (no relation to
// OpenAI's chief scientist)", „Jan Leike (nicht verwandt mit dem KI-Forscher)“. Its own AI words name ours, not him.
const UNRELATED_TO_OURS_AFTER = lazyPattern(
  () =>
    String.raw`^[^.!?\n]{0,25}?(?<![\p{L}])${UNRELATED}${SPACE}+${UNRELATED_TO}${SPACE}+(?:(?:the|that|dem|der|den)${SPACE}+)?${OURS_ONE}`,
  'iu',
);

/**
 * Whether the full name ending at `end` is followed by its bearer's denial of kinship, which makes him a namesake:
 * "Jan Leike – „nicht verwandt, nicht verschwägert“", "Jan Leike (no relation)"; not "not related to the baker".
 */
export const deniesKinshipAfter = (text: string, end: number) =>
  UNRELATED_HINT.test(textAfter(text, end)) && UNRELATED_AFTER().test(textAfter(text, end));

/** Whether the full name ending at `end` is said to be no kin of the one of our world (see above). */
export const deniesKinshipToOursAfter = (text: string, end: number) =>
  UNRELATED_HINT.test(textAfter(text, end)) && UNRELATED_TO_OURS_AFTER().test(textAfter(text, end));

// Round 71: a denial of kinship that opens a sentence, perhaps an aside in brackets, reported as someone's words: "(No
// relation, he adds.)", „Nicht verwandt, betont er.“ Not the writer's own, "Unrelated.", which may set apart a firm
// named before him too.
const UNRELATED_OPENING = lazyPattern(
  () =>
    String.raw`^${SPACE}*[(„“"«]?${SPACE}*${UNRELATED},?[${CLOSING_QUOTES}]?${SPACE}+(?:(?:he|she|er|sie)${SPACE}+\p{Ll}+|\p{Ll}+${SPACE}+(?:er|sie))(?![\p{L}])`,
  'iu',
);

/**
 * Whether the sentence after a namesake's, which ends at `to`, opens with his own denial of kinship: "…, signed by one
 * D. Altman of Fairview, asks why … (No relation, he adds.)" sets him apart from ours (round 71).
 */
export const deniesKinshipNext = (text: string, to: number) => UNRELATED_OPENING().test(textAfter(text, to));

// A denial of kinship after a full name that names the other one: "Sam Altman ist mit dem Regisseur nicht verwandt",
// "Sam Altman is not related to the director".
const UNRELATED_OTHER_AFTER = lazyPattern(
  () =>
    String.raw`^(?:${SPACE}+\p{L}+){0,2}?${SPACE}+(?:${UNRELATED_TO}${SPACE}[^.!?\n]{1,30}?(?<![\p{L}])${UNRELATED}|${UNRELATED}${SPACE}+${UNRELATED_TO})(?![\p{L}])`,
  'iu',
);

/**
 * Whether the full name ending at `end` is set apart from a namesake it is denied kinship with: our person, whatever
 * world the sentence speaks of (round 17).
 */
export const deniesKinshipWithOther = (text: string, end: number) =>
  UNRELATED_HINT.test(textAfter(text, end)) && UNRELATED_OTHER_AFTER().test(textAfter(text, end));

// A question whether someone else, a person the text is about, is related to our person: "is she related to Sam
// Altman?", "Any relation to Jan Leike?", „Ist er mit Jakub Pachocki verwandt?“ (round 20). The one asked about is a
// pronoun's or a first name's, never a thing's ("Is this related to Sam Altman's return?").
const ASKED_ABOUT = String.raw`(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Ii]st|[Ss]ind|[Ww]ar)${SPACE}+(?:he|she|they|you|er|sie|du|(?!(?:This|That|It|Es|Das|Dies)(?!\p{L}))\p{Lu}\p{Ll}+)${SPACE}+(?:(?:actually|really|also|eigentlich|etwa|auch)${SPACE}+)?`;
const RELATION_ASKED_BEFORE = endingInOneOf(
  ['to', 'mit'],
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?:${ASKED_ABOUT}related${SPACE}+to|[Aa]ny${SPACE}+relation${SPACE}+to|${ASKED_ABOUT}mit)${SPACE}+$`,
      'u',
    ),
);
// Round 85: or with „verwandt“ put first, as German word order may: „Verwandt ist Altman mit dem OpenAI-Chef nicht.“
const RELATED_FIRST_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])verwandt${SPACE}+(?:ist|war|sei|wäre)${SPACE}+$`,
  'iu',
);
const OURS_WITH_AFTER = lazyPattern(
  () => String.raw`^${SPACE}+mit${SPACE}+(?:dem|der|den)${SPACE}+(?:${EMPLOYER}|KI|Tech|ChatGPT)(?![\p{L}])`,
  'iu',
);
// The question's end after the name: "?" in its clause, after „verwandt“ where German word order puts it.
const RELATION_ASKED_AFTER = lazyPattern(() => /^(?:[^\S\n]+verwandt[^\S\n]*\?|[^.!?\n]{0,40}\?)/u);

// Round 124: the one asked about may be named by a role, "whether the councillor was "any relation to Sam Altman"",
// „ob die Stadträtin mit Sam Altman verwandt sei“.
const REPORTED_ONE = String.raw`(?:the|his|her|their|der|die|das)${SPACE}+\p{L}+`;
// Round 105: or asked in reported speech, "Asked whether she was related to Jan Leike, the councillor laughed", „ob
// ich mit Sam Altman verwandt bin“: the one asked about is the text's subject, ours the one compared.
const RELATION_REPORTED_BEFORE = endingInOneOf(
  ['to', 'mit'],
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?:(?:whether|if)${SPACE}+(?:he|she|they|you|I|we|${REPORTED_ONE})${SPACE}+(?:is|was|were|am|are|might${SPACE}+be)${SPACE}+["“]?(?:\p{Ll}+${SPACE}+)?(?:related|relation)${SPACE}+to|ob${SPACE}+(?:ich|er|sie|du|wir|ihr|man|${REPORTED_ONE})(?:${SPACE}+\p{Ll}+){0,2}?${SPACE}+mit)${SPACE}+$`,
      'iu',
    ),
);
const RELATED_CLOSES_AFTER = lazyPattern(() => /^[^\S\n]+(?:\p{Ll}+[^\S\n]+)?verwandt(?![\p{L}])/u);
const isRelationReported = (before: string, after: string) =>
  RELATION_REPORTED_BEFORE.test(before) && (/to\s*$/u.test(before) || RELATED_CLOSES_AFTER().test(after));

// Round 113: or German word order's denial that puts him first, after „mit“: „Mit Sam Altman ist er übrigens nicht
// verwandt“ denies the kinship of "er", the text's subject.
// Round 116: perhaps with an article, „Mit dem Pachocki von OpenAI sind wir nicht verwandt“.
const COMPARED_BEFORE = endingInOneOf(
  ['mit', 'dem', 'der', 'den'],
  () => /(?:^|[^\p{L}])mit(?:[^\S\n]+(?:dem|der|den))?[^\S\n]+$/iu,
);
// Round 124: perhaps after a relative clause on him, and with the one who denies it named by a role: „Mit Sam Altman,
// der OpenAI leitet, ist die Stadträtin nicht verwandt“.
const DENIAL_CLOSES_AFTER = lazyPattern(
  () =>
    /^(?:,[^.!?\n,]{1,80},)?[^\S\n]+(?:ist|war|sei|wäre)[^\S\n]+(?:er|sie|es|(?:der|die|das)[^\S\n]+\p{Lu}\p{Ll}+)(?:[^\S\n]+\p{Ll}+)?[^\S\n]+(?:nicht|keineswegs|gar[^\S\n]+nicht)[^\S\n]+verwandt(?![\p{L}])/u,
);

/**
 * Whether the name at `start` follows „mit“, the one a German denial of kinship compares with: „Mit dem Pachocki von
 * OpenAI sind wir nicht verwandt“ is the bakery's denial, not his.
 */
export const isComparedBefore = (text: string, start: number) => COMPARED_BEFORE.test(textBefore(text, start));

// Round 161: the speaker's own denial right after, in German's order: „Mit Sam Altman bin ich nicht verwandt“.
const SPEAKER_DENIES_AFTER = lazyPattern(() => /^[^\S\n]+(?:bin[^\S\n]+ich|sind[^\S\n]+wir)(?![\p{L}])/u);
/** Whether the full name at [start, end) is the one „mit“ compares the speaker with in a denial of his own kinship. */
export const isComparedBySpeaker = (text: string, start: number, end: number) =>
  isComparedBefore(text, start) && SPEAKER_DENIES_AFTER().test(textAfter(text, end));

// Round 136: or as someone's namesake, as a text about that one names ours: „Ausgerechnet Jan Leike, sein Namensvetter
// bei OpenAI, habe gewarnt“, "her namesake Sam Altman". Round 138: or a namesake of someone the text names by a noun,
// „zitierte einen Namensvetter der Antragstellerin: Jan Leike“.
const OWNERS = String.raw`(?:sein|seine[mnrs]?|ihr|ihre[mnrs]?|his|her|their|dessen|deren)`;
const NAMESAKE_HINT = hintOf(['namensvetter', 'namesake']);
const OWNED_NAMESAKE_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:${OWNERS}${SPACE}+(?:\p{Ll}+${SPACE}+)?(?:namensvetter[ns]?|namesake)(?:${SPACE}+(?:bei|at|von|of)${SPACE}+[\p{L}-]+)?|(?:ein|einen|einem|a)${SPACE}+(?:namensvetter[ns]?|namesake)${SPACE}+(?:der|des|of${SPACE}+(?:the|his|her))${SPACE}+[\p{L}-]+)[,:]?${SPACE}+$`,
  'iu',
);
const OWNED_NAMESAKE_AFTER = lazyPattern(
  () => String.raw`^,${SPACE}+${OWNERS}${SPACE}+(?:\p{Ll}+${SPACE}+)?(?:namensvetter|namesake)(?![\p{L}])`,
  'iu',
);
const isOwnedNamesake = (before: string, after: string) =>
  (NAMESAKE_HINT.test(before.slice(-60)) && OWNED_NAMESAKE_BEFORE().test(before)) ||
  (NAMESAKE_HINT.test(after.slice(0, 40)) && OWNED_NAMESAKE_AFTER().test(after));

// Round 173: or after „mit“ and a noun phrase the name is apposed to, its comma closing the apposition before the
// denial: „Mit dem früheren Co-Leiter dieses Teams, Jan Leike, ist der Stadtrat nicht verwandt“.
const COMPARED_APPOSED_BEFORE = lazyPattern(
  () => /(?:^|[^\p{L}])mit[^\S\n]+(?:dem|der|den)[^\S\n]+[^,.!?\n]{1,60},[^\S\n]+$/iu,
);
const isComparedByApposition = (text: string, start: number, end: number) =>
  text[end] === ',' &&
  COMPARED_APPOSED_BEFORE().test(textBefore(text, start)) &&
  DENIAL_CLOSES_AFTER().test(farTextAfter(text, end + 1));

/**
 * Whether our person's full name at [start, end) is named only in passing: as unrelated ("no relation to Sam
 * Altman", "nicht mit Sam Altman verwandt"), as someone's relative or namesake, or in a question whether someone else
 * is related to him ("is she related to Sam Altman?").
 */
export const isNamedInPassing = (text: string, start: number, end: number) =>
  isOwnedNamesake(textBefore(text, start), textAfter(text, end)) ||
  (PASSING_WORDS_HINT.test(textBefore(text, start)) &&
    PASSING_HINT.test(textBefore(text, start)) &&
    PASSING_BEFORE().test(textBefore(text, start))) ||
  FRAMES.some((frame) => frame.before().test(textBefore(text, start)) && frame.after().test(textAfter(text, end))) ||
  (RELATION_ASKED_BEFORE.test(textBefore(text, start)) && RELATION_ASKED_AFTER().test(textAfter(text, end))) ||
  isRelationReported(textBefore(text, start), textAfter(text, end)) ||
  (isComparedBefore(text, start) && DENIAL_CLOSES_AFTER().test(farTextAfter(text, end))) ||
  isComparedByApposition(text, start, end);

// Round 176: a lone surname under a man's courtesy title, the one a speaker denies kinship with: "she was no relation
// to Mr Leike"; in German after „mit“, the denial after it, „mit Herrn Leike bin ich nicht verwandt“, „sie sei mit
// Herrn Leike weder verwandt noch verschwägert“.
const UNRELATED_TO_MISTER_BEFORE = endingInOneOf(
  ['mr', 'mr.', 'mister'],
  () => new RegExp(String.raw`(?:^|[^\p{L}])${UNRELATED}${SPACE}+to${SPACE}+(?:Mr\.?|Mister)${SPACE}+$`, 'iu'),
);
const WITH_HERR_BEFORE = endingInOneOf(['herr', 'herrn'], () => /(?:^|[^\p{L}])mit[^\S\n]+Herrn?[^\S\n]+$/iu);
const TITLED_DENIAL_AFTER = lazyPattern(
  () =>
    /^[^\S\n]+(?:(?:bin[^\S\n]+ich|sind[^\S\n]+wir|(?:ist|sei|war)[^\S\n]+(?:er|sie))[^\S\n]+)?(?:\p{Ll}+[^\S\n]+)?(?:nicht|weder|keineswegs)[^\S\n]+(?:\p{Ll}+[^\S\n]+)?verwandt(?![\p{L}])/u,
);
/** Whether the lone surname at [start, end) is, under a courtesy title, the one a speaker denies kinship with. */
export function isDeniedKinByTitle(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start);
  return (
    UNRELATED_TO_MISTER_BEFORE.test(before) ||
    (WITH_HERR_BEFORE.test(before) && TITLED_DENIAL_AFTER().test(textAfter(text, end)))
  );
}

// Round 106: a quoted denial of kinship that a verb of saying gives to the lone surname after it: „„Nicht verwandt,
// leider“, fügte Leike unter Gelächter hinzu“, '"No relation," said Leike'. The one who denies it is the namesake.
const DENIAL_QUOTED_BEFORE = lazyPattern(
  () => String.raw`[„"“«»]([^„"“”«»\n]{0,120})[“”"«»],?${SPACE}+(?:\p{Ll}+${SPACE}+){0,2}$`,
  'u',
);
const DENIAL_WORDS = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:${UNRELATED}|(?:nicht|not|no|kein|keine|weder|never|nie)(?![\p{L}])[^.!?]{0,24}?(?:verwandt|related))(?![\p{L}])`,
  'iu',
);

/** Whether the lone surname whose text before is `before` says a quoted denial of kinship (see above). */
export function saysQuotedDenialBefore(before: string): boolean {
  const near = before.slice(-160);
  if (!RELATED_HINT.test(near) && !UNRELATED_HINT.test(near)) return false;
  const quote = DENIAL_QUOTED_BEFORE().exec(near);
  return quote !== null && DENIAL_WORDS().test(quote[1]!);
}

/**
 * Whether the text names someone by one of `surnames` with its last letter doubled, as German spells many surnames
 * („Herr Altmann“): a denial of kinship near the surname is then that bearer's about himself ("Firmenchef Altman
 * (nicht verwandt, wie er betont)"), which sets ours apart from him and leaves the surname ours (round 27).
 */
export function namesDoubledSpelling(text: string, surnames: readonly string[]): boolean {
  return surnames.some((surname) => {
    const doubled = surname + surname.at(-1)!;
    for (let at = text.indexOf(doubled); at >= 0; at = text.indexOf(doubled, at + 1)) {
      if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + doubled.length] ?? '')) return true;
    }
    return false;
  });
}

/**
 * Whether the surname, `before` and `after` the text around it, is asked or said to be kin to the one of our world
 * (see above).
 */
export const isSaidRelatedToOurs = (before: string, after: string) =>
  (RELATED_HINT.test(after) && RELATED_TO_OURS_AFTER().test(after)) ||
  (RELATED_HINT.test(before.slice(-16)) && RELATED_FIRST_BEFORE().test(before) && OURS_WITH_AFTER().test(after));

/**
 * Round 154: a lone surname's clause that says its bearer is no kin of a namesake named in full after it: he is ours,
 * set apart, "Altman is not related to the film director Robert Altman", „Leike ist nicht mit dem Fußballer Jan-Ole
 * Leike verwandt“. The namesake's first name is none of `given`; `surnames` are the bearer's.
 */
// Round 165: the namesake's years may follow him in brackets, "Robert Altman (1925–2006)".
const LIFE_SPAN = String.raw`(?:${SPACE}*\([^()\n]{1,24}\))?`;
export const kinshipDeniedToNamesakeAfter = (given: readonly string[], surnames: readonly string[]) => {
  const otherFirst = String.raw`(?!(?:${anyOf(given)})${SPACE})\p{Lu}[\p{L}-]+`;
  return lazyPattern(
    () =>
      String.raw`^${SPACE}+(?:(?:is|was)${SPACE}+(?:not${SPACE}+related|no${SPACE}+relation)${SPACE}+to${SPACE}+(?:the${SPACE}+)?(?:\p{Ll}+${SPACE}+){0,3}${otherFirst}${SPACE}+${anyOf(surnames)}|(?:ist|war)${SPACE}+(?:nicht${SPACE}+)?mit${SPACE}+(?:dem|der)${SPACE}+(?:[\p{L}-]+${SPACE}+){0,3}?${otherFirst}${SPACE}+${anyOf(surnames)}${LIFE_SPAN}${SPACE}+(?:nicht${SPACE}+|weder${SPACE}+)?(?:verwandt|verschwägert))(?![\p{L}])`,
    'u',
  );
};
