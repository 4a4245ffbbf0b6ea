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

/** The text of the line of `start` before it, from the line's start. */
export const lineBefore = (text: string, start: number) => text.slice(text.lastIndexOf('\n', start - 1) + 1, start);

/**
 * The whole line that the character at `at` stands on, and where it starts, when the line is at most `max` characters
 * long; none for a longer one (a minified page's), whose length a rule reading whole lines then never scans.
 */
export function shortLineAt(text: string, at: number, max: number): { line: string; start: number } | undefined {
  const head = text.slice(Math.max(0, at - max - 1), at);
  const cut = head.lastIndexOf('\n');
  if (cut === -1 && at > head.length) return undefined;
  const start = at - head.length + cut + 1;
  const tail = text.slice(at, start + max + 1);
  const stop = tail.indexOf('\n');
  const end = stop === -1 ? at + tail.length : at + stop;
  if (end - start > max || (stop === -1 && end < text.length)) return undefined;
  return { line: text.slice(start, end), start };
}
