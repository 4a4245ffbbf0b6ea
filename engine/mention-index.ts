import type { PersonId } from '../model/person';
import type { Highlights } from './highlights';
import type { Mention } from './matcher';
import { acceptInDocument } from './surname-rules';
import { positionAt, type NodePosition, type TextBlock } from './text-blocks';

/** A shown mention: where it is on the page and whose it is. */
export interface PlacedMention {
  readonly person: PersonId;
  readonly range: Range;
}

/** The part of a mention that lies in one text node. */
export interface NodeSpan {
  readonly start: number;
  readonly end: number;
  readonly mention: PlacedMention;
}

/** Where a block's text lies in its nodes: all that a record needs once the text is matched. */
type NodeMap = Pick<TextBlock, 'nodes' | 'starts'>;

interface BlockRecord {
  // Not the block's text: a record lives as long as its mentions, and the text would be most of its weight.
  readonly block: NodeMap;
  readonly candidates: readonly Mention<PersonId>[];
  readonly shown: Map<Mention<PersonId>, PlacedMention>;
}

function inDocumentOrder(a: BlockRecord, b: BlockRecord): number {
  if (a === b) return 0;
  return a.block.nodes[0]!.compareDocumentPosition(b.block.nodes[0]!) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1;
}

/**
 * The mentions found on the page, block by block: it keeps the highlights, the per-node lookup for
 * hit-testing and the counts in step as blocks come and go. What it shows is decided by the surname
 * rules over the whole page (`resolve`), as the page gains or loses a full mention or a namesake.
 */
export class MentionIndex {
  private readonly records = new Map<Node, BlockRecord[]>();
  private readonly spansByNode = new Map<Text, NodeSpan[]>();
  // Whether blocks came or went since the page's mentions were last decided.
  private changed = false;
  // The shown mentions of each person, kept as they come and go: the page reports them after every batch.
  private readonly shownCounts = new Map<PersonId, number>();

  constructor(private readonly highlights: Highlights) {}

  /** Keeps a block's candidates; they are shown, or not, at the next `resolve`. */
  addBlock(block: TextBlock, candidates: readonly Mention<PersonId>[]): void {
    if (!candidates.length) return;
    const record: BlockRecord = { block: { nodes: block.nodes, starts: block.starts }, candidates, shown: new Map() };
    const list = this.records.get(block.container);
    if (list) list.push(record);
    else this.records.set(block.container, [record]);
    this.changed = true;
  }

  /** Forgets the blocks of one container, before it is read again. */
  forget(container: Node): void {
    const list = this.records.get(container);
    if (!list) return;
    for (const record of list) this.drop(record);
    this.records.delete(container);
  }

  /** Forgets the blocks no longer in the document. */
  forgetDisconnected(): void {
    for (const container of this.records.keys()) if (!container.isConnected) this.forget(container);
  }

  /** Shows what the surname rules accept of the page's candidates, and hides what they no longer accept. */
  resolve(): void {
    if (!this.changed) return;
    this.changed = false;
    // The rules judge each lone surname by the names before it: blocks read again after a change come last
    // in the map, so the records go in the page's order.
    const records = [...this.records.values()].flat().sort(inDocumentOrder);
    const accepted = acceptInDocument(records.map((record) => record.candidates));
    records.forEach((record, i) => this.sync(record, new Set(accepted[i])));
  }

  /** The mentions that cover `offset` in `node`. */
  spansAt(node: Node, offset: number): NodeSpan[] {
    const spans = this.spansByNode.get(node as Text);
    return spans ? spans.filter((s) => s.start <= offset && offset <= s.end) : [];
  }

  /** Whether the page shows any mention at all: most pages show none, and then a pointer move costs nothing. */
  get isEmpty(): boolean {
    return this.spansByNode.size === 0;
  }

  counts(): Partial<Record<PersonId, number>> {
    return Object.fromEntries([...this.shownCounts].filter(([, n]) => n > 0));
  }

  /** The shown mentions of one person, or of everyone when `person` is undefined, in document order. */
  mentionsOf(person: PersonId | undefined): PlacedMention[] {
    const found: PlacedMention[] = [];
    for (const list of this.records.values()) {
      for (const record of list) {
        for (const m of record.shown.values()) if (person === undefined || m.person === person) found.push(m);
      }
    }
    return found.sort((a, b) => {
      try {
        return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
      } catch {
        // Ranges in different trees (the page and an open shadow root) cannot be compared.
        return 0;
      }
    });
  }

  private sync(record: BlockRecord, accepted: ReadonlySet<Mention<PersonId>>): void {
    for (const [mention, placed] of record.shown) {
      if (!accepted.has(mention)) this.hide(record, mention, placed);
    }
    for (const mention of accepted) {
      if (!record.shown.has(mention)) this.show(record, mention);
    }
  }

  private show(record: BlockRecord, mention: Mention<PersonId>): void {
    const [start, end] = this.placeOf(record.block, mention);
    const range = new Range();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const placed: PlacedMention = { person: mention.person, range };
    record.shown.set(mention, placed);
    this.shownCounts.set(mention.person, (this.shownCounts.get(mention.person) ?? 0) + 1);
    this.highlights.add(mention.person, range);
    this.forEachNodeSpan(record.block, start, end, (node, from, to) => {
      const spans = this.spansByNode.get(node);
      const span = { start: from, end: to, mention: placed };
      if (spans) spans.push(span);
      else this.spansByNode.set(node, [span]);
    });
  }

  private hide(record: BlockRecord, mention: Mention<PersonId>, placed: PlacedMention): void {
    record.shown.delete(mention);
    this.shownCounts.set(placed.person, (this.shownCounts.get(placed.person) ?? 0) - 1);
    this.highlights.remove(placed.person, placed.range);
    const [start, end] = this.placeOf(record.block, mention);
    this.forEachNodeSpan(record.block, start, end, (node) => {
      const spans = this.spansByNode.get(node)?.filter((s) => s.mention !== placed);
      if (spans?.length) this.spansByNode.set(node, spans);
      else this.spansByNode.delete(node);
    });
  }

  private drop(record: BlockRecord): void {
    for (const [mention, placed] of record.shown) this.hide(record, mention, placed);
    this.changed = true;
  }

  private placeOf(block: NodeMap, mention: Mention<PersonId>): [NodePosition, NodePosition] {
    return [positionAt(block, mention.start), positionAt(block, mention.end, true)];
  }

  private forEachNodeSpan(
    block: NodeMap,
    first: NodePosition,
    last: NodePosition,
    visit: (node: Text, from: number, to: number) => void,
  ) {
    for (let i = first.index; i <= last.index; i++) {
      const node = block.nodes[i]!;
      visit(node, i === first.index ? first.offset : 0, i === last.index ? last.offset : node.data.length);
    }
  }
}
