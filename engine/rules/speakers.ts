import { lineBefore } from '../text/line-around';
import { CLOSING_QUOTES } from '../text/quotation-marks';
import { lazyPattern, SPACE } from '../text/regex-parts';

/**
 * Who speaks, read from the lone surname that names the speaker of what it stands by: a transcript's turn labelled
 * with it („ALTMAN: Für die Bestellungen, ja.“, round 56), or a quotation a report attributes to it ("“It’s wrong about
 * one time in ten,” Altman says", „„Kein Kommentar“, sagt Leike“). Round 150: where the text has given a namesake an
 * age none of ours has and named none of ours in full since, those words are his (`matcher.ts`): a local paper's
 * shopkeeper, "Gary Altman, 61, has run Altman Hardware …", a radio portrait's „Sam Altman, 61, Inhaber von „Altman
 * Zweirad““. Whose a label is when the transcript introduced its speakers is `other-bearers.ts`'s.
 */

const SPEECH_VERBS = String.raw`(?:says|said|adds|added|recalls|sagt|sagte|meint|erzählt|ergänzt)`;
// The quotation closed right before the name, perhaps with its comma: '…,” Altman says', '…“, sagt Altman'.
const CLOSED_BEFORE = lazyPattern(() => String.raw`[${CLOSING_QUOTES}],?${SPACE}+(?:${SPEECH_VERBS}${SPACE}+)?$`, 'u');
const VERB_AFTER = lazyPattern(() => String.raw`^${SPACE}+${SPEECH_VERBS}(?![\p{L}])`, 'u');
const VERB_BEFORE = lazyPattern(() => String.raw`${SPEECH_VERBS}${SPACE}+$`, 'u');

/** Whether the lone surname at [start, end) is the speaker a quotation right before it is attributed to. */
export function isQuotationSpeaker(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (!CLOSED_BEFORE().test(before)) return false;
  return VERB_BEFORE().test(before) || VERB_AFTER().test(text.slice(end, end + 12));
}

// A turn's label: the name opens its line, perhaps after a title in capitals ("PROF. LEIKE:", "DR LEIKE:", round 138),
// and a colon follows.
const LABEL_LEAD = lazyPattern(() => /^[^\S\n]*(?:(?:\p{Lu}+\.|DR|PROF|MR|MRS|MS)[^\S\n]+)?$/u);

/** The label the lone surname at [start, end) gives a transcript's turn, as written ("ALTMAN"); undefined if none. */
export const speakerLabelAt = (text: string, start: number, end: number) =>
  text[end] === ':' && LABEL_LEAD().test(lineBefore(text, start)) ? text.slice(start, end) : undefined;
