import { acceptMentions, documentEvidence, type Matcher, type Mention } from '../../engine/matcher';

export interface BlockMention<Id extends string> {
  /** Index of the block the mention is in. */
  readonly block: number;
  readonly mention: Mention<Id>;
}

/**
 * The content script's rule for a page, on plain strings: each block is matched on its own, and a lone
 * surname in one block counts when any block of the document names that person in full, and an AI term
 * near it does not when any block gives that surname to someone else.
 */
export function findInBlocks<Id extends string>(matcher: Matcher<Id>, blocks: readonly string[]): BlockMention<Id>[] {
  const candidates = blocks.map((text) => matcher.find(text));
  const evidence = documentEvidence(candidates.flat());
  return candidates.flatMap((found, block) => acceptMentions(found, evidence).map((mention) => ({ block, mention })));
}
