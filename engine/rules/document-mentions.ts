import { findInBlockTexts } from '../match/block-texts';
import type { Matcher, Mention } from '../match/mention';
import { acceptInDocument } from './surname-rules';

/*
 * A document's mentions, found and judged: its blocks matched as the background matches a page's batch, then the
 * surname rules over all of them at once. What the eval, the scan command and the tests read; the page gets the same
 * from its session's index. Kept apart from `surname-rules.ts`, which the page session loads: the session never
 * matches.
 */

export interface BlockMention<Id extends string> {
  /** Index of the block the mention is in. */
  readonly block: number;
  readonly mention: Mention<Id>;
}

/** The mentions of a document given as the texts of its blocks, read as the paragraphs of one text (`block-texts.ts`). */
export function findInBlocks<Id extends string>(matcher: Matcher<Id>, blocks: readonly string[]): BlockMention<Id>[] {
  return acceptInDocument(findInBlockTexts(matcher, blocks)).flatMap((accepted, block) =>
    accepted.map((mention) => ({ block, mention })),
  );
}

/** The mentions of one self-contained text, such as a file or a test document. */
export function findInDocument<Id extends string>(matcher: Matcher<Id>, text: string): Mention<Id>[] {
  return findInBlocks(matcher, [text]).map(({ mention }) => mention);
}
