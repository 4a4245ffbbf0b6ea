import { mailHeaderWords } from '../../knowledge/lexicon/document-forms';
import { lazyPattern, lowerSet } from '../text/regex-parts';

/**
 * Whether `start` of `text` stands in a chat message: on an IRC line after its time and nick ("[04:56] <nilsb> sama
 * thanked ilya"), on a messenger's line after its date, time and sender ("[15.05.24, 08:31] Lena: welcher leike"),
 * or on a line under a speaker's name and time alone on theirs ("maya 8:02 PM" above "sutskever just posted"), or
 * after a lower-case sender and a colon, as the line above or below is ("wes: sama gonna post …"). Chat
 * writes names in lower case as prose writes them capitalised (round 15).
 */

// A line's head up to the name: "[04:56] <nilsb> ", "[15.05.24, 08:31] Lena: ", a Discord export's "[04:51 AM] moth: "
// (round 23).
const MESSAGE_HEAD = lazyPattern(
  () =>
    /^\s*\[(?:\d{1,2}\.\d{1,2}\.\d{2,4},\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]\s*(?:<[^>\s]+>|[^:\n]{1,30}:)\s/u,
);
// A speaker's line: one or two words and a time, nothing else: "maya 8:02 PM", "Chloe, 08:30".
const SPEAKER_LINE = lazyPattern(() => /^[^\s\d][^\s,]*(?:\s[^\s\d,]+)?,?\s\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*$/u);

// A messenger's line of an export without times: a sender and a colon, "wes: sama gonna post …" (round 17), "Kai: …"
// (round 23); not an e-mail's header, "An: redaktion", "Betreff: …".
const SENDER_HEAD = lazyPattern(() => /^(\p{L}[\p{L}\p{N}_.]{0,19}):[^\S\n]/u);
const MAIL_HEADERS = lowerSet(mailHeaderWords);

/** Whether the line from `lineStart` starts with a lower-case sender's name and a colon, before `before`. */
function hasSenderHead(text: string, lineStart: number, before = text.length): boolean {
  const colon = text.indexOf(':', lineStart);
  return (
    colon !== -1 &&
    colon - lineStart <= 20 &&
    colon < before &&
    !MAIL_HEADERS.has(
      SENDER_HEAD()
        .exec(text.slice(lineStart, colon + 2))?.[1]
        ?.toLowerCase() ?? 'an',
    )
  );
}

/**
 * Whether the line from `lineStart` is a message after its sender's name, as the line above or below is: one line
 * alone so is a label ("note: …").
 */
function isSenderLine(text: string, lineStart: number, start: number): boolean {
  if (!hasSenderHead(text, lineStart, start)) return false;
  const above = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
  const below = text.indexOf('\n', start) + 1;
  return (above !== -1 && hasSenderHead(text, above, lineStart)) || (below > 0 && hasSenderHead(text, below));
}

/** How far above a message its speaker's line may stand: a message of a few lines. */
const LINES_UP = 4;

export function isInChatLine(text: string, start: number): boolean {
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text[lineStart] === '[' || text[lineStart] === ' ') {
    if (MESSAGE_HEAD().test(text.slice(lineStart, start + 1))) return true;
  }
  if (isSenderLine(text, lineStart, start)) return true;
  for (let up = 0; up < LINES_UP && lineStart > 0; up++) {
    const above = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(above, lineStart - 1);
    // A blank line ends the message; the speaker's line stands right above it.
    if (!/\S/.test(line)) return false;
    if (line.length <= 40 && SPEAKER_LINE().test(line)) return true;
    lineStart = above;
  }
  return false;
}

// What stands before a message's text on its line: a time in brackets, then a nick in angle brackets or a sender and
// a colon: "[09:15] <bo> ", "dad: ", "[15.05.24, 08:31] Lena: ".
const HEAD = String.raw`\s*(?:\[[^\]\n]{1,24}\]\s*)?(?:<[^>\s]{1,20}>|[\p{L}\p{N}_. ]{1,20}:)\s`;
const HEAD_ALONE = lazyPattern(() => `^${HEAD}+$`, 'u');
const HEAD_FIRST = lazyPattern(() => `^${HEAD}`, 'u');
// Nothing but marks after the name to the line's end: "Leike.", "altman 😂".
const MARKS_ALONE = lazyPattern(() => /^[^\p{L}\p{N}]*$/u);
/** How many characters of marks may follow the name on its line: a full stop, a question mark, an emoji or two. */
const MARKS = 8;

/**
 * The bounds of the message above a chat message that is the name at [start, end) alone ("dad: altman" under "mom:
 * the one who got fired and came back", "Lea: leike" under "Oma: Wer ist …?"): the message it answers, which has a
 * sender's head too (round 22). Undefined for a longer message, a line of prose, or a chat's first line.
 */
export function messageAnswered(text: string, start: number, end: number): readonly [number, number] | undefined {
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
  if (rest.length > MARKS || !MARKS_ALONE().test(rest)) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0 || !HEAD_ALONE().test(text.slice(lineStart, start))) return undefined;
  const above = text.lastIndexOf('\n', lineStart - 2) + 1;
  return HEAD_FIRST().test(text.slice(above, lineStart)) ? [above, lineStart - 1] : undefined;
}
