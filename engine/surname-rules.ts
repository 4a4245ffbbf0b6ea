import type { Matcher, Mention } from './matcher';

/**
 * The one rule for lone surnames, which the page, `npm run eval` and `npm run scan` all use: a document's
 * candidates, block by block in document order, go in; the mentions to show come out.
 */

/** What a whole document says about whose surnames its lone surnames are. */
interface DocumentEvidence<Id extends string = string> {
  /** The people it names in full or by handle. */
  readonly named: ReadonlySet<Id>;
  /** The people whose surname it also gives to someone else. */
  readonly namesakes: ReadonlySet<Id>;
}

function documentEvidence<Id extends string>(mentions: readonly Mention<Id>[]): DocumentEvidence<Id> {
  const named = new Set<Id>();
  const namesakes = new Set<Id>();
  for (const m of mentions) {
    if (m.kind === 'full' || m.kind === 'handle') named.add(m.person);
    else if (m.kind === 'namesake') namesakes.add(m.person);
  }
  return { named, namesakes };
}

/**
 * The mentions to show: every full name and handle, and each lone surname whose person the document names
 * in full, or that AI terms support where the document gives no one else that surname.
 */
function acceptMentions<Id extends string>(
  mentions: readonly Mention<Id>[],
  evidence: DocumentEvidence<Id>,
): Mention<Id>[] {
  return mentions.filter((m) => {
    if (m.kind === 'full' || m.kind === 'handle') return true;
    if (m.kind === 'namesake') return false;
    return evidence.named.has(m.person) || (m.supported && !evidence.namesakes.has(m.person));
  });
}

/** The mentions to show of a document given as the candidates of its blocks, in document order. */
export function acceptInDocument<Id extends string>(blocks: readonly (readonly Mention<Id>[])[]): Mention<Id>[][] {
  const evidence = documentEvidence(blocks.flat());
  return blocks.map((candidates) => acceptMentions(candidates, evidence));
}

export interface BlockMention<Id extends string> {
  /** Index of the block the mention is in. */
  readonly block: number;
  readonly mention: Mention<Id>;
}

/** The mentions of a document given as the texts of its blocks, each block matched on its own. */
export function findInBlocks<Id extends string>(matcher: Matcher<Id>, blocks: readonly string[]): BlockMention<Id>[] {
  return acceptInDocument(blocks.map((text) => matcher.find(text))).flatMap((accepted, block) =>
    accepted.map((mention) => ({ block, mention })),
  );
}

/** The mentions of one self-contained text, such as a file or a test document. */
export function findInDocument<Id extends string>(matcher: Matcher<Id>, text: string): Mention<Id>[] {
  return findInBlocks(matcher, [text]).map(({ mention }) => mention);
}
