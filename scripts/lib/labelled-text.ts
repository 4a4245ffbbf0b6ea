/** A true mention as the corpus marks it: offsets into the stripped text, end exclusive. */
export interface Label {
  readonly person: string;
  readonly start: number;
  readonly end: number;
}

export interface LabelledText {
  /** The text with the markup removed: what the matcher sees. */
  readonly text: string;
  readonly labels: readonly Label[];
}

const MARKER = /\[\[([^[\]|]*)\|([^[\]|]*)\]\]/g;
const LEFTOVER = /\[\[|\]\]/;

/**
 * Reads the corpus markup `[[personid|surface]]` (see tests/fixtures/corpus/README.md). Throws on an
 * unknown id or on markup left after stripping, so that a typo in a label cannot silently become
 * a "not a mention".
 */
export function parseLabelledText(source: string, personIds: ReadonlySet<string>): LabelledText {
  const labels: Label[] = [];
  let text = '';
  let consumed = 0;
  for (const m of source.matchAll(MARKER)) {
    const [whole, person, surface] = m as unknown as [string, string, string];
    if (!personIds.has(person)) throw new Error(`unknown person id "${person}" in ${whole}`);
    text += source.slice(consumed, m.index);
    labels.push({ person, start: text.length, end: text.length + surface.length });
    text += surface;
    consumed = m.index + whole.length;
  }
  text += source.slice(consumed);
  const leftover = LEFTOVER.exec(text);
  if (leftover) throw new Error(`stray "${leftover[0]}" at offset ${leftover.index} after removing the markup`);
  return { text, labels };
}
