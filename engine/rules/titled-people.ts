import { kinshipWords } from '../../knowledge/lexicon/family-and-kinship';
import { functionWords } from '../../knowledge/lexicon/function-words';
import { contextTerms, employerTerms } from '../../knowledge/lexicon/story-and-employers';
import { famousOneWords } from '../../knowledge/lexicon/telling-bearers-apart';
import {
  academicTitles,
  attendanceWords,
  childrenEventWords,
  courtesyTitles,
  femaleTitles,
  otherWorldRoles,
  roleWords,
  titledRoles,
} from '../../knowledge/lexicon/titles-and-roles';
import { everydayTrades } from '../../knowledge/lexicon/trades-and-shops';
import { isPlacedInCommunity } from './ordinary-person-signs';
import { anyOf, lazyPattern, lowerSet, oneByte, SPACE } from '../text/regex-parts';

/**
 * Whether a man under a courtesy title ("Mr. Leike", "Herr Altman") is plainly someone ordinary by what stands
 * around him, in a text that may name our person in full elsewhere: a role of his own in brackets ("Mr. Leike
 * (advisor)"), another titled person beside him ("Led by Mr. Altman and Ms. Grell"), an attendance line
 * ("Present: 11 members, Mr. Leike"), his town ("Herr Leike aus Uelzen") or school class ("Herr Leike aus der 7. Klasse"), a children's event he leads ("Storytime with Mr. Altman"), his role named
 * beside him ("our music teacher, Mr. Leike"), or his own word
 * that he is not the famous one ("Mr. Leike joked that he is "not that Leike""). Our people are rarely titled so,
 * and never with these. Read only after a courtesy title.
 */

const TITLES = () => anyOf([...courtesyTitles, ...femaleTitles, ...academicTitles]);
const AND = String.raw`(?:and|und|&|i|oraz)`;

// "(advisor)", "(Beirat)" right after the surname, possessive ending or not.
const ROLE_AFTER = lazyPattern(
  () => String.raw`^${SPACE}*\(${SPACE}*${anyOf([...titledRoles, ...otherWorldRoles])}(?![\p{L}])`,
  'iu',
);
// A role of his at a school or in a club named beside him: "our music teacher, Mr. Leike", "Mr. Leike, the music
// teacher", "Herr Dr. Altman, unser Mathelehrer" (round 19). A role's word may end a compound: "Mathelehrer".
const ROLE_NOUN = () => String.raw`\p{L}*${anyOf(titledRoles)}(?:in|s)?(?![\p{L}])`;
const ROLE_BEFORE = lazyPattern(
  () => String.raw`${ROLE_NOUN()}${SPACE}*,?${SPACE}+${TITLES()}\.?${SPACE}+(?:${anyOf(academicTitles)}\.?${SPACE}+)?$`,
  'iu',
);
const ROLE_NAMED_AFTER = lazyPattern(
  () => String.raw`^,?${SPACE}+(?:the|our|der|unser|unsere[mnr]?)${SPACE}+(?:[\p{L}-]+${SPACE}+)?${ROLE_NOUN()}`,
  'iu',
);
// "and Ms. Grell" after it; "Ms. Grell and" before its own title. Not another of ours titled so: "Mr Leike and Mr
// Sutskever were given a four-year mandate" (round 45).
const TITLED_AFTER = lazyPattern(
  () => String.raw`^${SPACE}*(?:,|${SPACE}${AND})${SPACE}+${TITLES()}\.?${SPACE}+(\p{Lu}[\p{L}-]*)`,
  'iu',
);
const TITLED_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])${TITLES()}\.?${SPACE}+(\p{Lu}[\p{L}-]+)${SPACE}*(?:,|${SPACE}${AND})${SPACE}+\S+${SPACE}*$`,
  'iu',
);
/** Whether `found` names a titled neighbour who is none of `ours`. */
const titlesOther = (found: RegExpExecArray | null, ours: ReadonlySet<string>) =>
  found !== null && !ours.has(found[1]!.toLowerCase());
// A line that starts "Present:" up to the titled name.
const ATTENDANCE_LINE = lazyPattern(
  () => String.raw`(?:^|\n)${SPACE}*${anyOf(attendanceWords)}${SPACE}*:[^\n]*$`,
  'iu',
);
// "Storytime with Mr. " right before the surname: a children's event's own leader.
const CHILDREN_EVENT = lazyPattern(
  () => String.raw`${anyOf(childrenEventWords)}${SPACE}+(?:with|mit)${SPACE}+${TITLES()}\.?${SPACE}+$`,
  'iu',
);
// "Herr Leike aus Uelzen", "Mr. Altman of Dayton": a titled man from a town, as letters pages and minutes name
// ordinary people (round 18); not from his employer ("Mr. Altman of OpenAI").
// Round 50: a department after an article too, „Herr Leike aus dem Prüfungsamt“, „Herrn Leike aus der Buchhaltung“.
// Round 71: or after a comma, as a transcript's or a letters page's label gives the town: „(Herr Leike, aus Lindau):“,
// "Mr. Altman, of Dayton, writes".
const FROM_PLACE_AFTER = lazyPattern(
  () => String.raw`^,?${SPACE}+(?:aus|from|of)${SPACE}+(?:(?:dem|der|den|the)${SPACE}+)?(\p{Lu}[\p{L}-]+)`,
  'u',
);
let worldWords: Set<string> | undefined;
const isFromPlace = (after: string) => {
  const place = FROM_PLACE_AFTER().exec(after)?.[1];
  return (
    place !== undefined && !(worldWords ??= lowerSet([...employerTerms, ...contextTerms])).has(place.toLowerCase())
  );
};
// A titled man's pupils after his possessive: "Mr. Leike's 7th-grade class", "Mr. Altman's students", „Herrn Leikes
// Klasse“ (round 20).
const TEACHERS_CLASS_AFTER = lazyPattern(
  () =>
    String.raw`^${SPACE}+(?:\d{1,2}(?:st|nd|rd|th)[- ]grade${SPACE}+|[\p{L}-]+${SPACE}+)?(?:class|classroom|homeroom|students|pupils|klasse|schüler|schülerinnen)(?![\p{L}])`,
  'iu',
);
const NOT_THAT = lazyPattern(() => String.raw`${anyOf(famousOneWords)}${SPACE}+["„“”«‚']?$`, 'iu');

/** How far around the titled name the cues are read, in characters. */
const REACH = 80;

// A full name of the same surname with a first name, shortly after the titled one: the heading "Mr. Leike" and its
// text "This month we celebrate Daniel Leike, who …" (round 24). The first name is captured with the word before it.
const FULL_NAME_AFTER = (surname: string) =>
  new RegExp(String.raw`(?:^|[^\p{L}])(?:(\p{L}+)${SPACE}+)?(\p{Lu}\p{Ll}+)${SPACE}+${surname}(?![\p{L}])`, 'u');
let notFirstNames: Set<string> | undefined;
let kin: Set<string> | undefined;

/**
 * Whether a full name of the titled surname at [start, end) follows within `REACH` characters with a first name that is
 * none of `given` (our person's, lower case), a title, a role or a word of grammar, and no word for a relative before it:
 * the titled man is that other bearer. A brother named in full beside ours ("Mr. Altman, whose brother Jack Altman
 * …") is not he.
 */
function isNamedInFullAsOther(text: string, start: number, end: number, given: ReadonlySet<string>): boolean {
  const surname = text.slice(start, end).replace(/[^\p{L}].*$/su, '');
  const after = text.slice(end, end + REACH);
  if (!after.includes(surname)) return false;
  const found = FULL_NAME_AFTER(surname).exec(after);
  if (!found) return false;
  const [, before, first] = found as unknown as [string, string | undefined, string];
  notFirstNames ??= lowerSet([
    ...courtesyTitles,
    ...femaleTitles,
    ...academicTitles,
    ...functionWords,
    ...roleWords,
    ...titledRoles,
    ...otherWorldRoles,
  ]);
  kin ??= lowerSet(kinshipWords);
  const name = first.toLowerCase();
  return !given.has(name) && !notFirstNames.has(name) && !kin.has(before?.toLowerCase() ?? '');
}

/**
 * Whether the surname at [start, end) of `text`, right after a man's courtesy title, is plainly someone ordinary;
 * `given` are our person's first names, `ours` our people's surnames, lower case.
 */
export function isOrdinaryTitled(
  text: string,
  start: number,
  end: number,
  given: ReadonlySet<string> = new Set(),
  ours: ReadonlySet<string> = new Set(),
): boolean {
  if (isNamedInFullAsOther(text, start, end, given)) return true;
  const after = oneByte(text.slice(end, end + REACH));
  if (
    ROLE_AFTER().test(after) ||
    titlesOther(TITLED_AFTER().exec(after), ours) ||
    isFromPlace(after) ||
    ROLE_NAMED_AFTER().test(after)
  )
    return true;
  // "Herr Leike aus der 7. Klasse": his school class or street; "Mr. Leike's 7th-grade class": his pupils (round 20).
  if (isPlacedInCommunity(text, end)) return true;
  if (text[end - 1] === 's' && TEACHERS_CLASS_AFTER().test(after)) return true;
  const before = oneByte(text.slice(Math.max(0, start - REACH), start));
  if (
    titlesOther(TITLED_BEFORE().exec(before), ours) ||
    ATTENDANCE_LINE().test(before) ||
    CHILDREN_EVENT().test(before)
  )
    return true;
  if (ROLE_BEFORE().test(before)) return true;
  // "Mr. Leike joked that he is "not that Leike"": the same surname after "not that", later in his line.
  const surname = text.slice(start, end).replace(/[^\p{L}].*$/su, '');
  const line = text.slice(end, end + 2 * REACH).split('\n', 1)[0]!;
  for (let i = line.indexOf(surname); i !== -1; i = line.indexOf(surname, i + 1)) {
    if (NOT_THAT().test(oneByte(line.slice(Math.max(0, i - 20), i)))) return true;
  }
  return false;
}

/** How far back on its line an attendance line's heading is looked for, in characters. */
const LINE_REACH = 200;

/**
 * Whether the lone surname at [start, end) stands on an attendance line ("Present: D. Altman (President), J.
 * Pachocki, M. Ortiz") that has none of `aiAt` (the sorted places of AI words in `text`): a member of the meeting,
 * titled or not (round 18). The caller keeps those listed with another of ours ("Present: S. Altman, I. Sutskever").
 */
export function isOnAttendanceLine(text: string, start: number, end: number, aiAt: readonly number[]): boolean {
  const from = Math.max(0, start - LINE_REACH);
  if (!ATTENDANCE_LINE().test(oneByte(text.slice(from, start)))) return false;
  const lineFrom = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const lineTo = lineEnd === -1 ? text.length : lineEnd;
  return !aiAt.some((at) => at >= lineFrom && at < lineTo);
}

// Any title, as written, capitalised or not ("Dr.", „Frau“, "prof"), then an academic one ("Prof. Dr."), then at
// most one first name or initial ("Dr. Katrin ", "Dr. R. "): what stands before a titled name. No `i` flag, under
// which \p{Lu} would take any letter.
const TITLED_BEFORE_NAME = lazyPattern(() => {
  const written = (titles: readonly string[]) => anyOf(titles.flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1)]));
  return String.raw`(?:^|[^\p{L}])${written([...courtesyTitles, ...femaleTitles, ...academicTitles])}\.?${SPACE}+(?:${written(academicTitles)}\.?${SPACE}+)?(?:\p{Lu}[\p{L}-]*\.?${SPACE}+)?$`;
}, 'u');

/**
 * Whether a title stands before the name whose surname starts at `start`, with at most its first name or initial
 * between: "Dr. Katrin Leike", "Dr. R. Altman", "Prof. Sutskever", „Frau Leike“ (round 22). The surname rules read
 * which person a document titles: a namesake titled in full takes the lone surnames titled as she is.
 */
export const isTitledBefore = (text: string, start: number): boolean =>
  TITLED_BEFORE_NAME().test(text.slice(Math.max(0, start - 40), start));

// An everyday trade, as a word or a compound's part, right before the title: "Zahnarztpraxis Dr. ", "Tierarzt Dr. ",
// "dentist Dr. " (round 23).
const TRADE_BEFORE_TITLE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])\p{L}*${anyOf(everydayTrades)}\p{L}*${SPACE}+${TITLES()}\.?${SPACE}+(?:\p{Lu}[\p{L}-]*\.?${SPACE}+)?$`,
  'iu',
);
// One after the surname, behind a dash, a comma or a bracket: "– Ihr Zahnarzt", ", dentist", "(Tierarzt)".
const TRADE_AFTER_TITLED = lazyPattern(
  () =>
    String.raw`^${SPACE}*(?:[–—|,(-]${SPACE}*)(?:(?:ihr|ihre|your|our|the|unser|unsere|der|die)${SPACE}+)?\p{L}*${anyOf(everydayTrades)}(?:in)?(?![\p{L}])`,
  'iu',
);

/**
 * Whether the titled lone surname at [start, end) names a tradesman by an everyday trade right before its title or
 * right after it: a practice's entry on a results page about our person ("Zahnarztpraxis Dr. Pachocki – Ihr Zahnarzt
 * in Köln"), a review ("with Dr. Sutskever, dentist"). Our people are titled in their own world's roles, never in a
 * trade's (round 23). The caller asks only of a title the surname has (`isTitledBefore`).
 */
export const isTitledTradesman = (text: string, start: number, end: number): boolean =>
  TRADE_AFTER_TITLED().test(oneByte(text.slice(end, end + 32))) ||
  TRADE_BEFORE_TITLE().test(oneByte(text.slice(Math.max(0, start - 48), start)));
