import { firstIndexWhere } from '../../utils/binary-search';
import { sentencesOf } from '../text/sentences';
import { findAll, WINDOW } from './long-text';
import type { Matcher, Mention } from './mention';

/** Between two blocks read as one text: a paragraph break, as a text file has between its paragraphs. */
const BREAK = '\n\n';

/**
 * The candidates of a page's blocks in document order, read as the paragraphs of one text, as a text file is read:
 * a name alone in its block (a site's title, a table's cell, a heading) is read with what the blocks around it say,
 * a trade under it or a score beside it, as a file's next paragraph would be (issue 12: the held-out pages of v122
 * lost a third of their errors so). Each candidate comes back in its own block's terms: offsets, sentence and
 * paragraph. Blocks are joined while the text stays within one of the matcher's windows, whose sentences are
 * counted over the whole; a longer block is read alone. A name read across a break ("Jan" closing a block, "Leike"
 * opening the next) is no mention of either: that run of blocks is read block by block instead.
 */
export function findInBlockTexts<Id extends string>(matcher: Matcher<Id>, texts: readonly string[]): Mention<Id>[][] {
  const found: Mention<Id>[][] = [];
  let from = 0;
  while (from < texts.length) {
    let to = from + 1;
    let length = texts[from]!.length;
    while (to < texts.length && length + BREAK.length + texts[to]!.length <= WINDOW) {
      length += BREAK.length + texts[to]!.length;
      to++;
    }
    const run = texts.slice(from, to);
    found.push(...(run.length > 1 ? (findInRun(matcher, run) ?? alone(matcher, run)) : alone(matcher, run)));
    from = to;
  }
  return found;
}

const alone = <Id extends string>(matcher: Matcher<Id>, texts: readonly string[]) =>
  texts.map((text) => findAll(matcher, text));

/** The candidates of `texts` joined by breaks, each in its own text's terms; undefined where one spans a break. */
function findInRun<Id extends string>(matcher: Matcher<Id>, texts: readonly string[]): Mention<Id>[][] | undefined {
  const starts: number[] = [];
  // The lines before each block, which its paragraphs are counted from.
  const linesBefore: number[] = [];
  let joined = '';
  let lines = 0;
  for (const text of texts) {
    if (starts.length) {
      joined += BREAK;
      lines += BREAK.length;
    }
    starts.push(joined.length);
    linesBefore.push(lines);
    joined += text;
    lines += text.split('\n').length - 1;
  }
  const sentences = sentencesOf(joined);
  const found: Mention<Id>[][] = texts.map(() => []);
  for (const mention of matcher.find(joined)) {
    const block = firstIndexWhere(starts.length, (i) => starts[i]! > mention.start) - 1;
    const start = starts[block]!;
    const end = start + texts[block]!.length;
    if (mention.end > end) return undefined;
    // The block's first sentence starts at its first character that is not a space.
    const before = sentences.indexAt(start);
    const first = sentences.bounds(before)[0] < start ? before + 1 : before;
    found[block]!.push({
      ...mention,
      start: mention.start - start,
      end: mention.end - start,
      sentence: mention.sentence - first,
      sentences: sentences.indexAt(Math.max(start, end - 1)) - first + 1,
      paragraph: mention.paragraph - linesBefore[block]!,
    });
  }
  return found;
}
