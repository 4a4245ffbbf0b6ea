import { closingFormulas } from '../../knowledge/lexicon';
import { anyOf, endingInOneOf, SPACE } from '../text/regex-parts';

/*
 * A lone surname that signs off a message is its writer's (round 23): a classified ad's seller answering "Nein, nicht
 * verwandt … Gruß, Leike", a landlord's "Best regards,\nAltman", a neighbour's „Viele Grüße\nSutskever“. Our people
 * sign no one's ads and letters; a text that quotes their mail gives their full or first names. The closing formula
 * is the signal, whoever writes it and whatever the message is about.
 */

// A closing formula right before the name, at the start of its line or after a sentence, then a comma or a line
// break: "Gruß, Leike", "Best regards,\nAltman"; not "Regards to Altman", nor thanks, which may address him.
// Compared first by the formula's last three letters, before the comma or the line break.
const CLOSING_BEFORE = endingInOneOf(
  closingFormulas,
  () =>
    new RegExp(
      String.raw`(?:^|\n|[.!?)]${SPACE}+)(?:[\p{L}]+${SPACE}+)?${anyOf(closingFormulas)}(?:,${SPACE}*\n?|${SPACE}*\n)${SPACE}*$`,
      'iu',
    ),
  3,
);
// What may stand after a signature on its line: nothing but a full stop or a dash's initial.
const LINE_END = /^[^\S\n]*[.!]?[^\S\n]*(?:\n|$)/u;

/** Whether the lone surname at [start, end) ends its line after a closing formula: the message's signature. */
export const isSignOff = (text: string, start: number, end: number) =>
  LINE_END.test(text.slice(end, end + 4)) && CLOSING_BEFORE.test(text.slice(Math.max(0, start - 48), start));
