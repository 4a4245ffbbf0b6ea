import type { PersonId } from '../model/person';
import { firstIndexWhere } from '../utils/binary-search';
import { compareInDocument } from './document-order';
import type { Mention, MentionKind, Support } from './matcher';
import { acceptInDocument } from './surname-rules';
import { positionAt, type TextBlock } from './text-blocks';

/**
 * A candidate mention where the page holds it: the text nodes and offsets of its first and last
 * character, and the block container it was read in. The extension's own record, which no page can
 * reach: ranges for the page's highlight registry are copies made from it.
 */
export interface PlacedMention extends Mention<PersonId> {
  readonly container: Node;
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  readonly endOffset: number;
}

/** Where the mentions the surname rules accept go, and where those they no longer accept leave. */
export interface MarkSink {
  show(mention: PlacedMention): void;
  hide(mention: PlacedMention): void;
}

const KINDS: readonly MentionKind[] = ['full', 'handle', 'surname', 'namesake', 'relative', 'passing'];
// One small integer holds a candidate's kind, support and flags: 3 bits each for kind and support, then these.
const LISTED = 1 << 6;
const FIRM = 1 << 7;
const QUOTED = 1 << 8;
const SHOWN = 1 << 9;
const COURTESY = 1 << 10;

/**
 * A candidate as the index keeps it: a class, so that the many thousands on a long page are compact
 * objects of one shape, its kind, support and flags (on show among them) packed into one number that
 * getters read, rather than a field each.
 */
class Candidate implements PlacedMention {
  private bits: number;
  readonly person: PersonId;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly sentences: number;
  readonly paragraph: number;
  readonly spelling: string | undefined;
  constructor(
    mention: Mention<PersonId>,
    readonly container: Node,
    readonly startNode: Text,
    readonly startOffset: number,
    readonly endNode: Text,
    readonly endOffset: number,
  ) {
    ({
      person: this.person,
      start: this.start,
      end: this.end,
      sentence: this.sentence,
      sentences: this.sentences,
      paragraph: this.paragraph,
      spelling: this.spelling,
    } = mention);
    this.bits =
      KINDS.indexOf(mention.kind) |
      (mention.support << 3) |
      (mention.listed ? LISTED : 0) |
      (mention.firm ? FIRM : 0) |
      (mention.quoted ? QUOTED : 0) |
      (mention.courtesy ? COURTESY : 0);
  }
  get kind(): MentionKind {
    return KINDS[this.bits & 7]!;
  }
  get support(): Support {
    return ((this.bits >> 3) & 7) as Support;
  }
  get listed(): boolean {
    return (this.bits & LISTED) !== 0;
  }
  get firm(): boolean {
    return (this.bits & FIRM) !== 0;
  }
  get quoted(): boolean {
    return (this.bits & QUOTED) !== 0;
  }
  get courtesy(): boolean {
    return (this.bits & COURTESY) !== 0;
  }
  get shown(): boolean {
    return (this.bits & SHOWN) !== 0;
  }
  set shown(on: boolean) {
    this.bits = on ? this.bits | SHOWN : this.bits & ~SHOWN;
  }
}

/** A fresh live range over a mention, for the extension's own use: never one that a page holds. */
export function rangeOf(mention: PlacedMention): Range {
  const range = new Range();
  range.setStart(mention.startNode, mention.startOffset);
  range.setEnd(mention.endNode, mention.endOffset);
  return range;
}

interface ContainerEntry {
  readonly container: Node;
  records: BlockRecord[];
}

interface BlockRecord {
  readonly candidates: readonly Candidate[];
}

/**
 * The mentions found on the page, block by block: it keeps what is shown, and the counts, in step as
 * blocks come and go. What it shows is decided by the surname rules over the whole page (`resolve`), as
 * the page gains or loses a full mention or a namesake. Blocks are kept by container, the containers in
 * document order, so that the rules read the page's blocks in order.
 */
export class MentionIndex {
  private readonly entries = new Map<Node, ContainerEntry>();
  // Every container's entry in document order; a forgotten one stays, empty, until the order is tidied.
  private order: ContainerEntry[] = [];
  // Whether blocks came or went since the page's mentions were last decided.
  private changed = false;
  // The shown mentions of each person, kept as they come and go: the page reports them after every batch.
  private readonly shownCounts = new Map<PersonId, number>();

  constructor(private readonly sink: MarkSink) {}

  /** Keeps a block's candidates; they are shown, or not, at the next `resolve`. */
  addBlock(block: TextBlock, candidates: readonly Mention<PersonId>[]): void {
    if (!candidates.length) return;
    const placed = candidates.map((m) => {
      const start = positionAt(block, m.start);
      const end = positionAt(block, m.end, true);
      return new Candidate(m, block.container, start.node, start.offset, end.node, end.offset);
    });
    const record: BlockRecord = { candidates: placed };
    const entry = this.entries.get(block.container);
    if (entry) entry.records.push(record);
    else this.place({ container: block.container, records: [record] });
    this.changed = true;
  }

  /** Forgets the blocks of one container, before it is read again. */
  forget(container: Node): void {
    const entry = this.entries.get(container);
    if (!entry) return;
    for (const record of entry.records) this.drop(record);
    entry.records = [];
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
    const accepted = acceptInDocument(records.map((record) => record.candidates));
    records.forEach((record, i) => this.sync(record, new Set(accepted[i])));
  }

  /** The blocks with candidates, in document order (the order the surname rules read them in). */
  blocksInDocumentOrder(): BlockRecord[] {
    return this.order.flatMap((entry) => entry.records);
  }

  /** The shown mentions read in one block container. */
  shownIn(container: Node): PlacedMention[] {
    return this.entries.get(container)?.records.flatMap((record) => record.candidates.filter((m) => m.shown)) ?? [];
  }

  counts(): Partial<Record<PersonId, number>> {
    return Object.fromEntries([...this.shownCounts].filter(([, n]) => n > 0));
  }

  /** The shown mentions of one person, or of everyone when `person` is undefined, in document order. */
  mentionsOf(person: PersonId | undefined): PlacedMention[] {
    return this.blocksInDocumentOrder().flatMap((record) =>
      record.candidates.filter((m) => m.shown && (person === undefined || m.person === person)),
    );
  }

  /** Puts a new container into the document order: most come in order, after the last. */
  private place(entry: ContainerEntry): void {
    this.entries.set(entry.container, entry);
    // Forgotten containers may have left the document, where they no longer compare.
    while (this.order.length && !this.order[this.order.length - 1]!.records.length) this.order.pop();
    const last = this.order[this.order.length - 1];
    if (!last || compareInDocument(last.container, entry.container) < 0) {
      this.order.push(entry);
      return;
    }
    this.order = this.order.filter((other) => other.records.length);
    const at = firstIndexWhere(
      this.order.length,
      (i) => compareInDocument(this.order[i]!.container, entry.container) > 0,
    );
    this.order.splice(at, 0, entry);
  }

  private sync(record: BlockRecord, accepted: ReadonlySet<Mention<PersonId>>): void {
    for (const mention of record.candidates) {
      const on = accepted.has(mention);
      if (on === mention.shown) continue;
      if (on) this.show(mention);
      else this.hide(mention);
    }
  }

  private show(mention: Candidate): void {
    mention.shown = true;
    this.shownCounts.set(mention.person, (this.shownCounts.get(mention.person) ?? 0) + 1);
    this.sink.show(mention);
  }

  private hide(mention: Candidate): void {
    mention.shown = false;
    this.shownCounts.set(mention.person, (this.shownCounts.get(mention.person) ?? 0) - 1);
    this.sink.hide(mention);
  }

  private drop(record: BlockRecord): void {
    for (const mention of record.candidates) if (mention.shown) this.hide(mention);
    this.changed = true;
  }
}
