import { stripInvisible } from '../../engine/text/invisible-chars';

/** `s` as it reads on one line: line breaks and invisible characters would break the line or hide text. */
export const oneLine = (s: string) => stripInvisible(s).text.replace(/\s+/g, ' ');

/** The text around [start, end) on one line, the span in brackets: `…an Sam Altman, [Greg] Brockman…`. */
export function contextSnippet(text: string, start: number, end: number, radius = 20): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  const before = (from > 0 ? '…' : '') + oneLine(text.slice(from, start));
  const after = oneLine(text.slice(end, to)) + (to < text.length ? '…' : '');
  return `${before}[${oneLine(text.slice(start, end))}]${after}`;
}
