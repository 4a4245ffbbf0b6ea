import type { FoundSpan } from './evaluate-corpus';
import type { CorpusDocument } from './load-corpus';

/**
 * The second reader's labels as what `evaluateCorpus` scores against the first's: for each document of `first`, the
 * spans `second` marks in the same file. Both must hold the same files with the same texts once the markup is
 * stripped; anything else throws, since a text labelled by one reader only would count as agreement or as none.
 */
export function secondReaderFind(
  first: readonly CorpusDocument[],
  second: readonly CorpusDocument[],
): (blocks: readonly string[]) => readonly FoundSpan[] {
  const byFile = new Map(second.map((doc) => [doc.file, doc]));
  const byTexts = new Map<string, FoundSpan[]>();
  for (const doc of first) {
    const other = byFile.get(doc.file);
    if (!other) throw new Error(`${doc.file}: not labelled by the second reader`);
    byFile.delete(doc.file);
    const texts = doc.blocks.map((block) => block.text);
    if (texts.length !== other.blocks.length || texts.some((text, i) => other.blocks[i]!.text !== text))
      throw new Error(`${doc.file}: the second reader's text differs from the first's`);
    const spans = other.blocks.flatMap((block, i) => block.labels.map((label) => ({ ...label, block: i })));
    const key = JSON.stringify(texts);
    const known = byTexts.get(key);
    if (known && JSON.stringify(known) !== JSON.stringify(spans))
      throw new Error(`${doc.file}: the same text as another file, labelled otherwise`);
    byTexts.set(key, spans);
  }
  const extra = [...byFile.keys()];
  if (extra.length) throw new Error(`${extra[0]}: labelled by the second reader only`);
  return (blocks) => byTexts.get(JSON.stringify(blocks)) ?? [];
}
