import { shortLineAt } from '../text/line-around';
import { lazyPattern } from '../text/regex-parts';

/**
 * Quiz sheets give an answer on the line after its question: "4. The Yiddish poet … was Abraham ____.\n → Sutzkever".
 * The answer's own line says nothing of whom it names; its question does (round 18).
 */

// An answer's lead at its line's start, up to the name: an arrow or a word for the answer.
const ANSWER_LEAD = lazyPattern(() => /^[^\S\n]*(?:→|⇒|->|=>|(?:answer|antwort|lösung|a)[^\S\n]*:)[^\S\n]*$/iu);
// What every lead ends with, before the spaces: read first, as most names follow none.
const LEAD_ENDS = '→⇒>:';
const SPACES = ' \t\r\n';

/** How far back on its line an answer's lead is looked for, in characters. */
const LEAD_REACH = 24;

/**
 * The bounds of the question that the name at `start` answers, when it stands after an answer's lead at its line's
 * start: the nearest line above that is not blank. None for a name that is no such answer.
 */
export function questionAnswered(text: string, start: number): readonly [number, number] | undefined {
  const lead = text.slice(Math.max(0, start - LEAD_REACH), start).trimEnd();
  if (!LEAD_ENDS.includes(lead.at(-1) ?? ' ')) return undefined;
  const lineFrom = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineFrom > LEAD_REACH || !ANSWER_LEAD().test(text.slice(lineFrom, start))) return undefined;
  let to = lineFrom - 1;
  while (to > 0 && SPACES.includes(text[to - 1]!)) to--;
  if (to <= 0) return undefined;
  return [text.lastIndexOf('\n', to - 1) + 1, to];
}

// Round 71: a capital letter alone that leads an item, at its line's start or after a separator or a colon, before a
// capitalised word: "A Sutskever · B Leike", "Team 3: A Altman, B Leike".
const ITEM_LETTER = lazyPattern(() => /(?:^|[·•|;,:])[^\S\n]*(\p{Lu})[^\S\n]+(?=\p{Lu})/gu);
/** The longest line read for its item letters, in characters: an answer sheet's row is short. */
const LETTER_ROW_MAX = 300;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Whether the name at `start` is an item that a letter leads on a line whose items run A, B, C … in order: an answer
 * sheet's or a multiple-choice key's row, "A Sutskever · B Leike · C Altman · D Sutskever — 4/4" (round 71). The letter
 * is the answer's label, no initial and no article; a citation's initials ("P Christiano, J Leike, T Brown") run in no
 * order.
 */
export function isLetteredItem(text: string, start: number): boolean {
  if (text[start - 1] !== ' ' || !LETTERS.includes(text[start - 2] ?? '')) return false;
  const row = shortLineAt(text, start, LETTER_ROW_MAX);
  if (!row) return false;
  let count = 0;
  let ours = false;
  for (const m of row.line.matchAll(ITEM_LETTER())) {
    if (m[1] !== LETTERS[count]) return false;
    ours ||= row.start + m.index + m[0].length === start;
    count++;
  }
  return ours && count > 1;
}
