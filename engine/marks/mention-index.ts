import type { PersonId } from '../../model/person';
import { firstIndexWhere } from '../../utils/binary-search';
import { compareInDocument } from '../blocks/document-order';
import type { Mention } from '../match/mention';
import { candidatesOf, recordOf, type BlockRecord, type Candidate, type PlacedMention } from './mention-record';
import { acceptInDocument } from '../rules/surname-rules';
import type { TextBlock } from '../blocks/text-blocks';

export type { PlacedMention } from './mention-record';

/** Where the mentions the surname rules accept go, and where those they no longer accept leave. */
export interface MarkSink {
  show(mention: PlacedMention): void;
  hide(mention: PlacedMention): void;
  /** A container's first mention is about to be shown (`shown`), or its last one has left. */
  container?(container: Node, shown: boolean): void;
}

/**
 * A fresh live range over a mention, for the extension's own use: never one that a page holds. None when a
 * page script shortened its text since it was read: the mention is stale until the next batch reads it again.
 */
export function rangeOf(mention: PlacedMention): Range | undefined {
  const range = new Range();
  try {
    range.setStart(mention.startNode, mention.startOffset);
    range.setEnd(mention.endNode, mention.endOffset);
  } catch {
    return undefined;
  }
  return range;
}

/**
 * The mentions found on the page, block by block: it keeps what is shown, and the counts, in step as
 * blocks come and go. What it shows is decided by the surname rules over the whole page (`resolve`), as
 * the page gains or loses a full mention or a namesake. Blocks are kept by container, the containers in
 * document order, so that the rules read the page's blocks in order.
 */
export class MentionIndex {
  // Each container's first block.
  private readonly entries = new Map<Node, BlockRecord>();
  // Each container's first block in document order; a forgotten one stays until the order is tidied.
  private order: BlockRecord[] = [];
  // Whether blocks came or went since the page's mentions were last decided.
  private changed = false;
  // The shown mentions of each person, kept as they come and go: the page reports them after every batch.
  private readonly shownCounts = new Map<PersonId, number>();

  constructor(private readonly sink: MarkSink) {}

  /** Keeps a block's candidates; they are shown, or not, at the next `resolve`. */
  addBlock(block: TextBlock, candidates: readonly Mention<PersonId>[]): void {
    const record = recordOf(block, candidates);
    if (!record) return;
    let last = this.entries.get(block.container);
    while (last?.next) last = last.next;
    if (last) last.next = record;
    else this.place(record);
    this.changed = true;
  }

  /** Forgets the blocks of one container, before it is read again. */
  forget(container: Node): void {
    for (let record = this.entries.get(container); record; record = record.next) this.drop(record);
    this.entries.delete(container);
  }

  /**
   * Forgets the blocks of every container in the subtrees of `roots` (shadow roots included, the roots'
   * own too), in one pass over the index however many roots a batch of changes brings.
   */
  forgetWithin(roots: Iterable<Node>): void {
    const within = new Set(roots);
    if (!within.size) return;
    for (const container of this.entries.keys()) {
      for (let node: Node | null = container; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
        if (within.has(node)) {
          this.forget(container);
          break;
        }
      }
    }
  }

  /** Forgets the blocks no longer in the document. */
  forgetDisconnected(): void {
    for (const container of this.entries.keys()) if (!container.isConnected) this.forget(container);
  }

  /** Shows what the surname rules accept of the page's candidates, and hides what they no longer accept. */
  resolve(): void {
    if (!this.changed) return;
    this.changed = false;
    const records = this.blocksInDocumentOrder();
    const candidates = records.map(candidatesOf);
    const accepted = acceptInDocument(candidates);
    candidates.forEach((block, i) => this.sync(block, new Set(accepted[i])));
  }

  /** The blocks with candidates, in document order (the order the surname rules read them in). */
  blocksInDocumentOrder(): BlockRecord[] {
    const records: BlockRecord[] = [];
    for (const first of this.order) {
      if (this.isCurrent(first))
        for (let record: BlockRecord | undefined = first; record; record = record.next) records.push(record);
    }
    return records;
  }

  /** The shown mentions read in one block container. */
  shownIn(container: Node): PlacedMention[] {
    const shown: PlacedMention[] = [];
    for (let record = this.entries.get(container); record; record = record.next) {
      for (const m of candidatesOf(record)) if (m.shown) shown.push(m);
    }
    return shown;
  }

  /** Whether a mention read in `container` is shown. */
  hasShown(container: Node): boolean {
    return (this.entries.get(container)?.shown ?? 0) > 0;
  }

  /** The containers with a mention shown. */
  *shownContainers(): Iterable<Node> {
    for (const [container, first] of this.entries) if (first.shown > 0) yield container;
  }

  counts(): Partial<Record<PersonId, number>> {
    return Object.fromEntries([...this.shownCounts].filter(([, n]) => n > 0));
  }

  /** The shown mentions of one person, or of everyone when `person` is undefined, in document order. */
  mentionsOf(person: PersonId | undefined): PlacedMention[] {
    return this.blocksInDocumentOrder().flatMap((record) =>
      candidatesOf(record).filter((m) => m.shown && (person === undefined || m.person === person)),
    );
  }

  /** Puts a new container into the document order: most come in order, after the last. */
  private place(entry: BlockRecord): void {
    this.entries.set(entry.container, entry);
    // Forgotten containers may have left the document, where they no longer compare.
    while (this.order.length && !this.isCurrent(this.order[this.order.length - 1]!)) this.order.pop();
    const last = this.order[this.order.length - 1];
    if (!last || compareInDocument(last.container, entry.container) < 0) {
      this.order.push(entry);
      return;
    }
    this.order = this.order.filter((other) => this.isCurrent(other));
    const at = firstIndexWhere(
      this.order.length,
      (i) => compareInDocument(this.order[i]!.container, entry.container) > 0,
    );
    this.order.splice(at, 0, entry);
  }

  /** Whether `first` is still its container's first block, not one forgotten since. */
  private isCurrent(first: BlockRecord): boolean {
    return this.entries.get(first.container) === first;
  }

  private sync(candidates: readonly Candidate[], accepted: ReadonlySet<Candidate>): void {
    for (const mention of candidates) {
      const on = accepted.has(mention);
      if (on === mention.shown) continue;
      if (on) this.show(mention);
      else this.hide(mention);
    }
  }

  private show(mention: Candidate): void {
    const first = this.entries.get(mention.container)!;
    if (first.shown++ === 0) this.sink.container?.(mention.container, true);
    mention.shown = true;
    this.shownCounts.set(mention.person, (this.shownCounts.get(mention.person) ?? 0) + 1);
    this.sink.show(mention);
  }

  private hide(mention: Candidate): void {
    mention.shown = false;
    this.shownCounts.set(mention.person, (this.shownCounts.get(mention.person) ?? 0) - 1);
    this.sink.hide(mention);
    const first = this.entries.get(mention.container)!;
    if (--first.shown === 0) this.sink.container?.(mention.container, false);
  }

  private drop(record: BlockRecord): void {
    for (const mention of candidatesOf(record)) if (mention.shown) this.hide(mention);
    this.changed = true;
  }
}
