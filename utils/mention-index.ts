import type { Highlights } from './highlights';
import { acceptMentions, type DocumentEvidence, type Mention } from './matcher';
import { positionAt, type TextBlock } from './text-blocks';

/** A shown mention: where it is on the page and whose it is. */
export interface PlacedMention {
  readonly person: string;
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
  readonly candidates: readonly Mention[];
  readonly shown: Map<Mention, PlacedMention>;
}

/**
 * The mentions found on the page, block by block: it keeps the highlights, the per-node lookup for
 * hit-testing and the counts in step as blocks come and go. Lone surnames are shown or hidden as the
 * page gains or loses a full mention of the same person, or a namesake.
 */
export class MentionIndex {
  private readonly records = new Map<Node, BlockRecord[]>();
  private readonly spansByNode = new Map<Text, NodeSpan[]>();
  // How many full names and how many namesakes of each person the page holds: the page's evidence.
  private readonly namedCounts = new Map<string, number>();
  private readonly namesakeCounts = new Map<string, number>();
  // Records whose lone surnames depend on what the whole page says: full names and namesakes.
  private readonly dependent = new Set<BlockRecord>();

  constructor(private readonly highlights: Highlights) {}

  addBlock(block: TextBlock, candidates: readonly Mention[]): void {
    if (!candidates.length) return;
    const record: BlockRecord = { block: { nodes: block.nodes, starts: block.starts }, candidates, shown: new Map() };
    const list = this.records.get(block.container);
    if (list) list.push(record);
    else this.records.set(block.container, [record]);
    this.count(candidates, 1);
    if (candidates.some((m) => m.kind === 'surname')) this.dependent.add(record);
    this.sync(record, this.evidence());
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

  /** Shows or hides lone surnames after the page's evidence changed. */
  resolveDependent(): void {
    const evidence = this.evidence();
    for (const record of this.dependent) this.sync(record, evidence);
  }

  /** The mentions that cover `offset` in `node`. */
  spansAt(node: Node, offset: number): NodeSpan[] {
    const spans = this.spansByNode.get(node as Text);
    return spans ? spans.filter((s) => s.start <= offset && offset <= s.end) : [];
  }

  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const list of this.records.values()) {
      for (const record of list) {
        for (const { person } of record.shown.values()) counts[person] = (counts[person] ?? 0) + 1;
      }
    }
    return counts;
  }

  /** The shown mentions of one person, or of everyone when `person` is undefined, in document order. */
  mentionsOf(person: string | undefined): PlacedMention[] {
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

  clear(): void {
    for (const container of this.records.keys()) this.forget(container);
  }

  private evidence(): DocumentEvidence {
    const present = (counts: Map<string, number>) => new Set([...counts].filter(([, n]) => n > 0).map(([id]) => id));
    return { named: present(this.namedCounts), namesakes: present(this.namesakeCounts) };
  }

  private count(candidates: readonly Mention[], delta: number): void {
    for (const { kind, person } of candidates) {
      const counts = kind === 'namesake' ? this.namesakeCounts : kind === 'surname' ? undefined : this.namedCounts;
      counts?.set(person, (counts.get(person) ?? 0) + delta);
    }
  }

  private sync(record: BlockRecord, evidence: DocumentEvidence): void {
    const accepted = new Set(acceptMentions(record.candidates, evidence));
    for (const [mention, placed] of record.shown) {
      if (!accepted.has(mention)) this.hide(record, mention, placed);
    }
    for (const mention of accepted) {
      if (!record.shown.has(mention)) this.show(record, mention);
    }
  }

  private show(record: BlockRecord, mention: Mention): void {
    const start = positionAt(record.block, mention.start);
    const end = positionAt(record.block, mention.end, true);
    const range = new Range();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const placed: PlacedMention = { person: mention.person, range };
    record.shown.set(mention, placed);
    this.highlights.add(mention.person, range);
    this.forEachNodeSpan(record.block, mention, (node, from, to) => {
      const spans = this.spansByNode.get(node);
      const span = { start: from, end: to, mention: placed };
      if (spans) spans.push(span);
      else this.spansByNode.set(node, [span]);
    });
  }

  private hide(record: BlockRecord, mention: Mention, placed: PlacedMention): void {
    record.shown.delete(mention);
    this.highlights.remove(placed.person, placed.range);
    this.forEachNodeSpan(record.block, mention, (node) => {
      const spans = this.spansByNode.get(node)?.filter((s) => s.mention !== placed);
      if (spans?.length) this.spansByNode.set(node, spans);
      else this.spansByNode.delete(node);
    });
  }

  private drop(record: BlockRecord): void {
    for (const [mention, placed] of record.shown) this.hide(record, mention, placed);
    this.count(record.candidates, -1);
    this.dependent.delete(record);
  }

  private forEachNodeSpan(block: NodeMap, mention: Mention, visit: (node: Text, from: number, to: number) => void) {
    const first = positionAt(block, mention.start);
    const last = positionAt(block, mention.end, true);
    for (let i = first.index; i <= last.index; i++) {
      const node = block.nodes[i]!;
      visit(node, i === first.index ? first.offset : 0, i === last.index ? last.offset : node.data.length);
    }
  }
}
