import { htmlBlockTexts } from './html-blocks';
import { parseLabelledText, type LabelledText } from './labelled-text';

const MARKER_START = '[[';

/**
 * Reads a labelled page: HTML whose text carries the corpus markup `[[personid|surface]]`, around inline
 * tags too (`[[altman|Sam <b>Altman</b>]]`). The page is read into blocks as the content script reads it,
 * and each block's markup is stripped after the walk, so that the labels are offsets into the blocks the
 * matcher sees. Throws when a marker stands where the walk reads no text (a script, a style, a form field,
 * an attribute) or spans two blocks, so that no label can silently drop out.
 */
export async function parseLabelledPage(html: string, personIds: ReadonlySet<string>): Promise<LabelledText[]> {
  const blocks = (await htmlBlockTexts(html)).map((text) => parseLabelledText(text, personIds));
  const written = html.split(MARKER_START).length - 1;
  const read = blocks.reduce((n, block) => n + block.labels.length, 0);
  if (written !== read)
    throw new Error(`${written - read} of ${written} labels stand in text the page walk does not read`);
  return blocks;
}
