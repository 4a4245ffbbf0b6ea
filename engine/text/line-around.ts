/**
 * The text on the line of [start, end) before `start` and after `end`, each at most `reach` characters: the words a
 * rule reads around a name, never past the line it stands on.
 */
export function lineAround(text: string, start: number, end: number, reach: number): [before: string, after: string] {
  const before = text.slice(Math.max(0, start - reach), start);
  const after = text.slice(end, end + reach);
  const lineBreak = after.indexOf('\n');
  return [before.slice(before.lastIndexOf('\n') + 1), lineBreak === -1 ? after : after.slice(0, lineBreak)];
}
