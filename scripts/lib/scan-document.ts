import type { Matcher, Mention } from '../../engine/match/mention';
import type { MentionKind } from '../../engine/match/mention-kind';
import { contextSnippet } from './context-snippet';
import { findInBlocks } from '../../engine/rules/document-mentions';
import { htmlBlockTexts } from './html-blocks';
import { lineColumnIndex, type LineColumn } from './line-column';
import { paragraphs } from './plain-text-blocks';

/** Where a mention is: line and column in a text file, block and offset in an HTML page (both from 0). */
export type ScanPosition = LineColumn | { readonly block: number; readonly offset: number };

export interface ScanHit {
  readonly person: string;
  /** The mention's characters as they stand in the file. */
  readonly text: string;
  readonly kind: MentionKind;
  readonly position: ScanPosition;
  readonly context: string;
}

/** Characters of context on each side: about 40 in all. */
const CONTEXT_RADIUS = 20;

const toHit = (blockText: string, mention: Mention, position: ScanPosition): ScanHit => ({
  person: mention.person,
  text: blockText.slice(mention.start, mention.end),
  kind: mention.kind,
  position,
  context: contextSnippet(blockText, mention.start, mention.end, CONTEXT_RADIUS),
});

/** The mentions of a plain-text file: one document whose paragraphs are its blocks. */
export function scanPlainText(matcher: Matcher, text: string): ScanHit[] {
  const blocks = paragraphs(text);
  const lineColumnAt = lineColumnIndex(text);
  return findInBlocks(
    matcher,
    blocks.map((b) => b.text),
  ).map(({ block, mention }) => {
    const paragraph = blocks[block]!;
    return toHit(paragraph.text, mention, lineColumnAt(paragraph.start + mention.start));
  });
}

/** The mentions of an HTML page, found through the content script's text blocks. */
export async function scanHtml(matcher: Matcher, html: string): Promise<ScanHit[]> {
  const blocks = await htmlBlockTexts(html);
  return findInBlocks(matcher, blocks).map(({ block, mention }) =>
    toHit(blocks[block]!, mention, { block, offset: mention.start }),
  );
}
