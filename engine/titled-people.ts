import {
  academicTitles,
  attendanceWords,
  childrenEventWords,
  courtesyTitles,
  famousOneWords,
  femaleTitles,
  otherWorldRoles,
  titledRoles,
} from '../knowledge/lexicon';
import { anyOf, lazyPattern, oneByte, SPACE } from './regex-parts';

/**
 * Whether a man under a courtesy title ("Mr. Leike", "Herr Altman") is plainly someone ordinary by what stands
 * around him, in a text that may name our person in full elsewhere: a role of his own in brackets ("Mr. Leike
 * (advisor)"), another titled person beside him ("Led by Mr. Altman and Ms. Grell"), an attendance line
 * ("Present: 11 members, Mr. Leike"), a children's event he leads ("Storytime with Mr. Altman"), or his own word
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
// "and Ms. Grell" after it; "Ms. Grell and" before its own title.
const TITLED_AFTER = lazyPattern(
  () => String.raw`^${SPACE}*(?:,|${SPACE}${AND})${SPACE}+${TITLES()}\.?${SPACE}+\p{Lu}`,
  'iu',
);
const TITLED_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])${TITLES()}\.?${SPACE}+\p{Lu}[\p{L}-]+${SPACE}*(?:,|${SPACE}${AND})${SPACE}+\S+${SPACE}*$`,
  'iu',
);
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
const NOT_THAT = lazyPattern(() => String.raw`${anyOf(famousOneWords)}${SPACE}+["„“”«‚']?$`, 'iu');

/** How far around the titled name the cues are read, in characters. */
const REACH = 80;

/**
 * Whether the surname at [start, end) of `text`, right after a man's courtesy title, is plainly someone ordinary.
 */
export function isOrdinaryTitled(text: string, start: number, end: number): boolean {
  const after = oneByte(text.slice(end, end + REACH));
  if (ROLE_AFTER().test(after) || TITLED_AFTER().test(after)) return true;
  const before = oneByte(text.slice(Math.max(0, start - REACH), start));
  if (TITLED_BEFORE().test(before) || ATTENDANCE_LINE().test(before) || CHILDREN_EVENT().test(before)) return true;
  // "Mr. Leike joked that he is "not that Leike"": the same surname after "not that", later in his line.
  const surname = text.slice(start, end).replace(/[^\p{L}].*$/su, '');
  const line = text.slice(end, end + 2 * REACH).split('\n', 1)[0]!;
  for (let i = line.indexOf(surname); i !== -1; i = line.indexOf(surname, i + 1)) {
    if (NOT_THAT().test(oneByte(line.slice(Math.max(0, i - 20), i)))) return true;
  }
  return false;
}
