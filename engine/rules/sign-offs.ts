import { closingFormulas } from '../../knowledge/lexicon/document-forms';
import { employerTerms } from '../../knowledge/lexicon/story-and-employers';
import { anyOf, endingInOneOf, lazyPattern, SPACE } from '../text/regex-parts';

/*
 * A lone surname that signs off a message is its writer's (round 23): a classified ad's seller answering "Nein, nicht
 * verwandt … Gruß, Leike", a landlord's "Best regards,\nAltman", a neighbour's „Viele Grüße\nSutskever“. Our people
 * sign no one's ads and letters; a text that quotes their mail gives their full or first names. The closing formula
 * is the signal, whoever writes it and whatever the message is about.
 */

// A closing formula right before the name, at the start of its line or after a sentence, then a comma or a line
// break: "Gruß, Leike", "Best regards,\nAltman"; not "Regards to Altman", nor thanks, which may address him. Round
// 67: up to two words before the formula, „Mit freundlichen Grüßen\nLeike“.
// Compared first by the formula's last three letters, before the comma or the line break.
const CLOSING_BEFORE = endingInOneOf(
  closingFormulas,
  () =>
    new RegExp(
      String.raw`(?:^|\n|[.!?)]${SPACE}+)(?:[\p{L}]+${SPACE}+){0,2}${anyOf(closingFormulas)}(?:,${SPACE}*\n?|${SPACE}*\n)${SPACE}*$`,
      'iu',
    ),
  3,
);
// What may stand after a signature on its line: nothing but a full stop or a dash's initial.
const LINE_END = /^[^\S\n]*[.!]?[^\S\n]*(?:\n|$)/u;

/** Whether the lone surname at [start, end) ends its line after a closing formula: the message's signature. */
export const isSignOff = (text: string, start: number, end: number) =>
  LINE_END.test(text.slice(end, end + 4)) && CLOSING_BEFORE.test(text.slice(Math.max(0, start - 48), start));

// A town's or a firm's name: one to three title-case words.
const TITLE_WORDS = String.raw`(?:\p{Lu}\p{Ll}+(?![\p{L}])[^\S\n]*){1,3}`;

// Round 67: a full name that signs a letter with the writer's town after a comma, as letters to an editor close:
// „Mit freundlichen Grüßen\nJan Leike, Bad Oelsfeld“. Our people sign no reader's letter; the town is one to three
// title-case words, none of the story's firms ("Jan Leike, Anthropic").
const TOWN_AFTER = lazyPattern(() => String.raw`^,${SPACE}*${TITLE_WORDS}[.]?[^\S\n]*(?:\n|$)`, 'u');
const FIRM = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(employerTerms)}(?![\p{L}])`, 'iu');

// Round 68: or on the line below the name, where the two lines close the text after a blank line: a reader's letter
// signed "Sam Altman\nFairview Heights".
const TOWN_BELOW = lazyPattern(() => String.raw`^[^\S\n]*\n${SPACE}*${TITLE_WORDS}\s*$`, 'u');
// Round 114: or the writer's firm and town there, closing the text after a closing formula: „Mit freundlichen
// Grüßen\nJan Leike\nFliesen Leike, Gütersloh“. Not an office alone, "Best,\nSam Altman\nChief Executive Officer".
const FIRM_AND_TOWN_BELOW = lazyPattern(
  () => String.raw`^[^\S\n]*\n${SPACE}*${TITLE_WORDS},${SPACE}*${TITLE_WORDS}\s*$`,
  'u',
);
const BLANK_LINE_BEFORE = lazyPattern(() => /\n[^\S\n]*\n[^\S\n]*$/u);
const SIGNATURE_REACH = 60;

/**
 * Whether the full name at [start, end) signs a letter with the writer's town after it: after a closing formula, or
 * as the text's last two lines.
 */
export function isSignedWithTown(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + SIGNATURE_REACH);
  const before = text.slice(Math.max(0, start - 48), start);
  const town = after.startsWith(',')
    ? TOWN_AFTER().test(after) && CLOSING_BEFORE.test(before)
    : text.length - end <= SIGNATURE_REACH &&
      ((TOWN_BELOW().test(after) && BLANK_LINE_BEFORE().test(before)) ||
        (FIRM_AND_TOWN_BELOW().test(after) && CLOSING_BEFORE.test(before)));
  return town && !FIRM().test(after.trim().split('\n', 1)[0]!.replace(/^,/, ''));
}

// Round 70: a first name or an initial after an "@", right before the surname: "@Agnes Leike", "@R. Leike".
const ADDRESSED_NAME_BEFORE = lazyPattern(() => /@(?:\p{Lu}\p{Ll}+|\p{Lu}\.)[^\S\n]+$/u);
const LETTER = lazyPattern(() => /\p{L}/u);
/** How far above a reply the commenter it addresses may have written, in characters. */
const COMMENTER_REACH = 2000;

/**
 * Whether the lone surname at [start, end) ends a reply's address to a commenter whom the thread names so above, not
 * after an "@": "@Agnes Leike 😂" under "Agnes Leike · vor 1 Stunde", "@R. Leike" under "R. Leike · 2 h" (round
 * 70). The address names the thread's own participant, as a signature names its writer; "@Theo Leike's thread",
 * with no commenter of that name, addresses Theo and speaks of ours.
 */
export function addressesCommenter(text: string, start: number, end: number): boolean {
  // Most surnames have no "@" before them: the pattern then never runs.
  const before = text.slice(Math.max(0, start - 30), start);
  const addressed = before.includes('@') ? ADDRESSED_NAME_BEFORE().exec(before) : null;
  if (!addressed) return false;
  const at = start - addressed[0].length;
  const name = text.slice(at + 1, end);
  const above = text.slice(Math.max(0, at - COMMENTER_REACH), at);
  for (let i = above.indexOf(name); i !== -1; i = above.indexOf(name, i + 1)) {
    const [left, right] = [above[i - 1] ?? '', above[i + name.length] ?? ''];
    if (left !== '@' && !LETTER().test(left) && !LETTER().test(right)) return true;
  }
  return false;
}
