import { lazyPattern } from './regex-parts';

/**
 * Whether `start` of `text` stands in a chat message: on an IRC line after its time and nick ("[04:56] <nilsb> sama
 * thanked ilya"), on a messenger's line after its date, time and sender ("[15.05.24, 08:31] Lena: welcher leike"),
 * or on a line under a speaker's name and time alone on theirs ("maya 8:02 PM" above "sutskever just posted"). Chat
 * writes names in lower case as prose writes them capitalised (round 15).
 */

// A line's head up to the name: "[04:56] <nilsb> ", "[15.05.24, 08:31] Lena: ".
const MESSAGE_HEAD = lazyPattern(
  () => /^\s*\[(?:\d{1,2}\.\d{1,2}\.\d{2,4},\s*)?\d{1,2}:\d{2}(?::\d{2})?\]\s*(?:<[^>\s]+>|[^:\n]{1,30}:)\s/u,
);
// A speaker's line: one or two words and a time, nothing else: "maya 8:02 PM", "Chloe, 08:30".
const SPEAKER_LINE = lazyPattern(() => /^[^\s\d][^\s,]*(?:\s[^\s\d,]+)?,?\s\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*$/u);

/** How far above a message its speaker's line may stand: a message of a few lines. */
const LINES_UP = 4;

export function isInChatLine(text: string, start: number): boolean {
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text[lineStart] === '[' || text[lineStart] === ' ') {
    if (MESSAGE_HEAD().test(text.slice(lineStart, start + 1))) return true;
  }
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
