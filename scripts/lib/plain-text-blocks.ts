export interface Paragraph {
  readonly text: string;
  /** Offset of the paragraph in the whole text. */
  readonly start: number;
}

// A line break followed by lines that hold nothing but spaces: the one paragraph break plain text has.
const BLANK_LINES = /\n(?:[^\S\n]*\n)+/g;

/** A plain text's paragraphs, the blocks of a text file, each with its offset; blank ones left out. */
export function paragraphs(text: string): Paragraph[] {
  const found: Paragraph[] = [];
  let start = 0;
  const add = (end: number) => {
    const part = text.slice(start, end);
    if (/\S/.test(part)) found.push({ text: part, start });
  };
  for (const m of text.matchAll(BLANK_LINES)) {
    add(m.index);
    start = m.index + m[0].length;
  }
  add(text.length);
  return found;
}
