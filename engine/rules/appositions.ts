import { namesakeAppositionCallings, ourAppositionCallings } from '../../knowledge/lexicon/namesake-worlds';
import { employerTerms } from '../../knowledge/lexicon/story-and-employers';
import { teamPositions } from '../../knowledge/lexicon/titles-and-roles';
import { lazyPattern, SPACE, anyOf, lowerSet, hintOf } from '../text/regex-parts';
import { farTextAfter, textAfter, textBefore } from '../text/words-around';
import { hasHomeTownAfter } from './introduced-namesake';

/**
 * What an apposition or a relative clause after a lone surname says of its bearer: a namesake's calling or an office
 * of ours ("Altman the director", "Sutskever, der Informatiker").
 */

// A definite apposition after the surname that gives its bearer's calling: "Altman the director", „Sutskever, der
// Informatiker“ (round 41). "the director of research" is an office of ours, not a film director. Round 88: German's
// article in the case the surname takes, „wegen Altman dem Regisseur“, „für Leike, den Fußballer“. Round 127: not a
// calling that opens a name of its own, "the poet is Sutzkever, the scientist Ilya Sutskever".
const APPOSITION_CALLINGS = [...namesakeAppositionCallings, ...ourAppositionCallings];
// What every apposition starts with, read first: most surnames have none.
// Round 171: "that is" may open it, „Pachocki, also der Bäcker, verweist dann freundlich …“.
const THAT_IS = String.raw`(?:(?:also|nämlich|i\.${SPACE}*e\.,?)${SPACE}+)?`;
const APPOSITION_LEAD = lazyPattern(() => String.raw`^,?${SPACE}+${THAT_IS}(?:the|der|die|dem|den|des)${SPACE}`, 'iu');
const APPOSITION_AFTER = lazyPattern(
  () =>
    String.raw`^,?${SPACE}+${THAT_IS}(?:the|der|die|dem|den|des)${SPACE}+(?:[\p{L}-]+${SPACE}+)?(${anyOf(APPOSITION_CALLINGS)})(?![\p{L}-])(?!${SPACE}+(?:of|von|des)(?![\p{L}]))`,
  'iu',
);
const NAMESAKE_CALLINGS = lowerSet(namesakeAppositionCallings);
const NAME_OPENED = lazyPattern(() => /^[^\S\n]+\p{Lu}/u);

// Round 68: a relative clause after the surname, or after the quoted phrase it stands in, that says whom it refers to,
// a namesake by his calling: 'the name tags will say "ALTMAN SESSION", which refers to the director', „„ALTMAN-ABEND“,
// womit der Regisseur gemeint ist“. A calling of ours ("which refers to the chief executive") is no namesake's.
const REFERS_HINT = hintOf(['refer', 'gemeint']);
const REFERS_TO_NAMESAKE_AFTER = lazyPattern(
  () =>
    String.raw`^[^,.!?\n]{0,30}?,${SPACE}*(?:(?:which|that)${SPACE}+(?:refers|referred)${SPACE}+to${SPACE}+(?:the|a)${SPACE}+(?:[\p{L}-]+${SPACE}+)?${anyOf(namesakeAppositionCallings)}(?![\p{L}-])(?!${SPACE}+of(?![\p{L}]))|womit${SPACE}+(?:der|die)${SPACE}+(?:[\p{L}-]+${SPACE}+)?${anyOf(namesakeAppositionCallings)}${SPACE}+gemeint(?![\p{L}]))`,
  'iu',
);

// Round 87: or a woman's noun in the apposition, German's in -in, English's in -woman: „Leike, die Sprecherin, ist mit
// dem Forscher nicht verwandt“, "Altman, the chairwoman". Our four people are men.
const WOMAN_APPOSITION_AFTER = lazyPattern(
  () => /^,[^\S\n]+(?:die[^\S\n]+(?:\p{Ll}+[^\S\n]+)?\p{Lu}\p{Ll}{2,}in|the[^\S\n]+\p{L}*woman)(?![\p{L}-])/u,
);

// Round 172: or the one of our people's employer, „Dr. Leike, also der bei OpenAI, hat …“, "Leike, the one at OpenAI".
const EMPLOYERS_ONE_AFTER = lazyPattern(
  () =>
    String.raw`^,${SPACE}+${THAT_IS}(?:der|the${SPACE}+one)${SPACE}+(?:bei|von|at|from)${SPACE}+${anyOf(employerTerms)}(?![\p{L}])`,
  'iu',
);

/** The reading a definite apposition of a calling gives the surname: a namesake's or ours, or none. */
export function appositionReading(after: string): 'namesake' | 'title' | undefined {
  if (!APPOSITION_LEAD().test(after)) return undefined;
  if (WOMAN_APPOSITION_AFTER().test(after)) return 'namesake';
  if (EMPLOYERS_ONE_AFTER().test(after)) return 'title';
  const apposition = APPOSITION_AFTER().exec(after);
  const calling = apposition?.[1];
  // Case-blind, the pattern cannot ask for a capital: the name a calling opens is read here.
  if (calling === undefined || NAME_OPENED().test(after.slice(apposition![0].length))) return undefined;
  return NAMESAKE_CALLINGS.has(calling.toLowerCase()) ? 'namesake' : 'title';
}

// After a full name, a namesake's calling right after the article, closing the apposition with a mark or a place:
// „nicht Jan Leike, den Tischtennisspieler aus Ihrer Heimatzeitung“. Not a clause of its own („Der Forscher heißt
// Илья Суцкевер, der Dichter steht …“), nor an office of ours a word makes („Jakub Pachocki, der Research Director“).
// Round 173: or after an indefinite article, "a reader of ours called Sam Altman, an accountant in Leeds"; not a
// board's, "Ilya Sutskever, a director, votes for it".
const INDEFINITE_CALLINGS = namesakeAppositionCallings.filter((calling) => !calling.endsWith('director'));
// Round 175: or a team's position, whatever follows it, „Jan Leike, dem Kreisläufer der HSG Weserbergland“.
const NAMESAKE_APPOSED_AFTER = lazyPattern(
  () =>
    String.raw`^,${SPACE}+(?:(?:(?:the|der|dem|den|des)${SPACE}+${anyOf(namesakeAppositionCallings)}|(?:a|an|ein|eine|einem|einen)${SPACE}+${anyOf(INDEFINITE_CALLINGS)})(?=${SPACE}*[,.;:!?)]|${SPACE}+(?:aus|from|in|bei|at)${SPACE})|(?:the|der|dem|den|des|a|an|ein|einem|einen)${SPACE}+${anyOf(teamPositions)}(?![\p{L}]))`,
  'iu',
);

/**
 * Whether the full name ending at `end` is given a namesake's calling in an apposition (above): he is someone else,
 * whatever AI words stand near (round 113).
 */
export function isApposedAsNamesake(text: string, end: number): boolean {
  const after = textAfter(text, end);
  return after[0] === ',' && NAMESAKE_APPOSED_AFTER().test(after);
}

// Round 161: or said in his own clause to be one of such a calling, as an encyclopedia's entry opens, a bracket of his
// birth perhaps between: „Jan Leike (* 1991 in Ibbenbüren) ist ein deutscher Tischtennisspieler.“
const NAMESAKE_DEFINED_AFTER = lazyPattern(
  () =>
    String.raw`^(?:${SPACE}*\([^()\n]{1,60}\))?${SPACE}+(?:ist|war|is|was)${SPACE}+(?:ein|eine|a|an)${SPACE}+(?:[\p{L}-]+${SPACE}+){0,2}?${anyOf(namesakeAppositionCallings)}(?=${SPACE}*[,.;:!?)]|${SPACE}+(?:aus|from|in|bei|at|und|and)${SPACE})`,
  'iu',
);

/**
 * Whether the full name ending at `end` is said in his own clause to be of a namesake's calling (above), read past
 * `LOOK_AROUND` as the bracket may be long.
 */
export const isDefinedAsNamesake = (text: string, end: number) =>
  NAMESAKE_DEFINED_AFTER().test(farTextAfter(text, end));

// Round 136: or the quoted surname said to be a namesake by his calling, a few words between: 'Note: "Altman" in week
// 4 is the film director and in week 5 the OpenAI CEO'.
const QUOTED_IS_NAMESAKE_AFTER = lazyPattern(
  () =>
    String.raw`^["“”»‘’][^,.!?\n"“”„«»()]{0,30}?${SPACE}(?:is|ist)${SPACE}+(?:the|der)${SPACE}+(?:[\p{L}-]+${SPACE}+)?${anyOf(namesakeAppositionCallings)}(?![\p{L}-])(?!${SPACE}+(?:of|von|des)(?![\p{L}]))`,
  'iu',
);

// Round 146: or by another first name, the clause after the surname's clause: "When the exam says Altman, it means
// Sidney", „Wenn der Text Leike sagt, meint er Thomas“.
const MEANS_HINT = hintOf(['mean', 'meint', 'refer']);
const MEANS_FIRST_NAME_AFTER = lazyPattern(
  () =>
    String.raw`^[^,.!?\n]{0,30}?,${SPACE}*(?:(?:it|he|that|this)${SPACE}+(?:means|meant|refers${SPACE}+to)|(?:meint|meinte)${SPACE}+(?:er|es|sie|das|der${SPACE}+\p{L}+))${SPACE}+(\p{Lu}\p{Ll}+)(?![\p{L}])`,
  'u',
);

// Round 173: or the quoted surname found to be someone of another first name, "the stories in which “Altman” turned
// out to be Robert Altman", „in denen sich „Altman“ als Robert Altman entpuppte“.
const TURNED_OUT_HINT = hintOf(['turn', 'prove', 'entpupp']);
const QUOTED_TURNED_OUT_AFTER = lazyPattern(
  () =>
    String.raw`^["“”»‘’]${SPACE}+(?:(?:turned|turns|proved|proves)${SPACE}+(?:out${SPACE}+)?to${SPACE}+be|(?:sich${SPACE}+)?als)${SPACE}+(\p{Lu}\p{Ll}+)(?![\p{L}])`,
  'u',
);

/**
 * Whether a clause after the surname says it refers to a namesake by his calling, or by a first name none of `given`
 * (lower case), or its quote is one (see above).
 */
export const refersToNamesake = (after: string, given: ReadonlySet<string>) => {
  if (REFERS_HINT.test(after) && REFERS_TO_NAMESAKE_AFTER().test(after)) return true;
  const meant = MEANS_HINT.test(after) ? MEANS_FIRST_NAME_AFTER().exec(after)?.[1] : undefined;
  const found = TURNED_OUT_HINT.test(after) ? QUOTED_TURNED_OUT_AFTER().exec(after)?.[1] : undefined;
  return (
    [meant, found].some((first) => first !== undefined && !given.has(first.toLowerCase())) ||
    QUOTED_IS_NAMESAKE_AFTER().test(after)
  );
};

// Round 127: or before it, a player's calling (a compound's head too) or a namesake's, and his home town after it:
// „die Meldungen über den Tischtennisspieler Jan Leike aus Nordmoor“, "the chess player Sam Altman from Leeds".
const NAMESAKE_CALLED_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:the|der|dem|den|des)${SPACE}+(?:[\p{L}-]*(?:spieler|player|sportler)|${anyOf(namesakeAppositionCallings)})${SPACE}+$`,
  'iu',
);

/** Whether the full name at [start, end) is called by a namesake's calling before it and placed in a home town. */
export const isCalledAsNamesakeBefore = (text: string, start: number, end: number) =>
  hasHomeTownAfter(text, end) && NAMESAKE_CALLED_BEFORE().test(textBefore(text, start));

// Round 155: or named so by a verb of calling and the namesake's calling, the surname quoted: 'pieces that call the
// director “Altman” without his first name'.
const CALLED_BY_CALLING_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:call|calls|called|calling)${SPACE}+(?:the|a)${SPACE}+(?:[\p{L}-]+${SPACE}+)?${anyOf(namesakeAppositionCallings)}${SPACE}*["“„‘]$`,
  'iu',
);

/** Whether a verb of calling and a namesake's calling end `before`, the quoted surname his name (see above). */
export const isCalledByCallingBefore = (before: string) => CALLED_BY_CALLING_BEFORE().test(before);
