import { PERSON_IDS, type PersonId } from '../../model/person';
import type { Mention, MentionReading } from '../match/mention';
import type { Support } from '../match/mention-kind';
import { KINDS, type MentionKind } from '../match/mention-kind';
import { positionAt, type TextBlock } from '../blocks/text-blocks';
import { stepsOf, textNodeAt, type BlockSteps } from '../blocks/text-steps';

/**
 * A candidate mention where the page holds it: the text nodes and offsets of its first and last
 * character, and the block container it was read in; not its offsets in the block's text, which nothing reads
 * once the rules have what they read (`MentionReading`). The extension's own record, which no page can
 * reach: ranges for the page's highlight registry are copies made from it.
 */
export interface PlacedMention extends MentionReading<PersonId> {
  /**
   * The candidate's number, never another's, even once its block is gone. The index makes a handle for each
   * reader, so two objects may be one candidate: compare these, not the objects.
   */
  readonly id: number;
  readonly container: Node;
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  readonly endOffset: number;
}

/** Where a candidate stands in its block: the steps to its first and last text node, and its offsets in them. */
export type Place = readonly [startStep: number, endStep: number, startOffset: number, endOffset: number];

// The candidates numbered so far: a block's are numbered on from its record's `firstId`, and no number is given twice.
let idsGiven = 0;

/**
 * One block's candidates, and what they share: where they were read, the anchors of its text nodes (text-steps.ts)
 * and how many sentences its text has. The blocks of one container are a chain (most containers have one block): no
 * object or array per container. The candidates are not objects but three small integers each (`CELLS`), in one
 * array of exact length per block: 12 bytes a candidate rather than an object of 32 (V8). `Candidate` reads them.
 * A class of six fields: the two counts share one small integer.
 */
export class BlockRecord {
  next: BlockRecord | undefined = undefined;
  /** The number of the block's first candidate (`Candidate.id`). */
  readonly firstId: number;
  // The sentences in the low half, the shown candidates in the high one; -1 where they do not fit, kept aside.
  private counts: number;
  /** Each candidate's cells, one candidate after another, in text order; written only for its shown flag. */
  readonly cells: number[];
  constructor(
    readonly container: Node,
    readonly anchors: BlockSteps['anchors'],
    sentences: number,
    candidates: readonly (readonly [Mention<PersonId>, Place])[],
  ) {
    this.counts = this.pack(sentences, 0);
    const cells: number[] = [];
    candidates.forEach(([mention, place], i) => cells.push(...cellsOf(mention, place, this, i)));
    // A copy of exact length: a growing array keeps up to half as much again spare.
    this.cells = cells.slice();
    this.firstId = idsGiven;
    idsGiven += candidates.length;
  }
  /** How many candidates the block has. */
  get size(): number {
    return this.cells.length / CELLS;
  }
  private pack(sentences: number, shown: number): number {
    const packed = pair(sentences, shown);
    if (packed < 0) WIDE_COUNTS.set(this, [sentences, shown]);
    return packed;
  }
  get sentences(): number {
    return this.counts < 0 ? WIDE_COUNTS.get(this)![0] : unpacked(this.counts, 0, HALF);
  }
  /** On a container's first block: how many candidates of the container's blocks are shown. */
  get shown(): number {
    return this.counts < 0 ? WIDE_COUNTS.get(this)![1] : unpacked(this.counts, HALF, HALF);
  }
  set shown(shown: number) {
    this.counts = this.pack(this.sentences, shown);
  }
}

// One small integer holds a candidate's kind, support, flags, person and spelling: 3 bits each for kind and
// support, then the flags, then 3 bits for the person and the rest for the spelling's number in `SPELLINGS`.
const LISTED = 1 << 6;
const FIRM = 1 << 7;
const QUOTED = 1 << 8;
const SHOWN = 1 << 9;
const COURTESY = 1 << 10;
const ROLE = 1 << 11;
const BARE = 1 << 12;
const KEY = 1 << 13;
const CHAT = 1 << 14;
const TITLED = 1 << 15;
const DATA_ROW = 1 << 16;
const DISTINCT = 1 << 17;
const KIN = 1 << 18;
const OTHER_ONE = 1 << 19;
const PERSON_SHIFT = 20;
const SPELLING_SHIFT = 23;
// The spellings met so far, each once: a page's candidates share the few its names have. 0 stands for none. A
// hostile page can bring thousands of near-spellings; those past what the bits above SPELLING_SHIFT hold read as none
// rather than wrapping round to another's number.
const SPELLINGS: (string | undefined)[] = [undefined];
const SPELLING_NUMBERS = new Map<string, number>();
const MAX_SPELLINGS = 1 << (32 - SPELLING_SHIFT);

function spellingNumber(spelling: string | undefined): number {
  if (spelling === undefined) return 0;
  let number = SPELLING_NUMBERS.get(spelling);
  if (number === undefined) {
    if (SPELLINGS.length === MAX_SPELLINGS) return 0;
    number = SPELLINGS.push(spelling) - 1;
    SPELLING_NUMBERS.set(spelling, number);
  }
  return number;
}

/** Numbers in one small integer, the first in the lowest bits, each below 2^`bits`; -1 where one is not. */
function packed(...fields: readonly (readonly [value: number, bits: number])[]): number {
  let into = 0;
  let shift = 0;
  for (const [value, bits] of fields) {
    if (!(value >= 0 && value < 1 << bits)) return -1;
    into |= value << shift;
    shift += bits;
  }
  return into;
}
const unpacked = (from: number, shift: number, bits: number) => (from >> shift) & ((1 << bits) - 1);
const HALF = 15;
const pair = (low: number, high: number) => packed([low, HALF], [high, HALF]);
type Numbers = readonly [sentence: number, paragraph: number, ...Place];
// The numbers of each block's candidates that do not fit, by the candidate's place in its block.
const WIDE = new WeakMap<BlockRecord, Map<number, Numbers>>();
const WIDE_COUNTS = new WeakMap<BlockRecord, [sentences: number, shown: number]>();
// Where a candidate is, in two small integers: its sentence and its start's offset in one; its paragraph, the step
// to its first text node, the steps on to its last (a name split across inline elements) and, in one node, its
// length, else its end's offset, in the other. Where one does not fit (a text node of more than 32,767 characters,
// a block of more than 1,023 lines or text nodes), both hold -1 and all six numbers are kept aside.
const PARAGRAPH_BITS = 10;
const STEP_BITS = 10;
const STEPS_ON_BITS = 3;
const TAIL_BITS = 7;
const STEP_SHIFT = PARAGRAPH_BITS;
const STEPS_ON_SHIFT = STEP_SHIFT + STEP_BITS;
const TAIL_SHIFT = STEPS_ON_SHIFT + STEPS_ON_BITS;
// A candidate's cells: kind, support, flags (on show among them), person and spelling; its sentence and start
// offset; the rest of where it is. Each below 2^30 (the first while a page has fewer than 512 spellings; it has
// a few dozen), a small integer that V8 keeps in the array itself.
const CELLS = 3;
const BITS = 0;
const AT = 1;
const PLACE = 2;

/** The cells of the `index`th candidate of `record`; its numbers kept aside where they do not fit. */
function cellsOf(
  mention: Mention<PersonId>,
  [startStep, endStep, startOffset, endOffset]: Place,
  record: BlockRecord,
  index: number,
): [bits: number, at: number, place: number] {
  const { sentence, paragraph } = mention;
  const stepsOn = endStep - startStep;
  const at = pair(sentence, startOffset);
  const place = packed(
    [paragraph, PARAGRAPH_BITS],
    [startStep, STEP_BITS],
    [stepsOn, STEPS_ON_BITS],
    [stepsOn ? endOffset : endOffset - startOffset, TAIL_BITS],
  );
  const wide = at < 0 || place < 0;
  if (wide) {
    const aside = WIDE.get(record) ?? new Map<number, Numbers>();
    WIDE.set(record, aside.set(index, [sentence, paragraph, startStep, endStep, startOffset, endOffset]));
  }
  const bits =
    KINDS.indexOf(mention.kind) |
    (mention.support << 3) |
    (mention.listed ? LISTED : 0) |
    (mention.firm ? FIRM : 0) |
    (mention.quoted ? QUOTED : 0) |
    (mention.courtesy ? COURTESY : 0) |
    (mention.role ? ROLE : 0) |
    (mention.bare ? BARE : 0) |
    (mention.key ? KEY : 0) |
    (mention.chat ? CHAT : 0) |
    (mention.titled ? TITLED : 0) |
    (mention.dataRow ? DATA_ROW : 0) |
    (mention.distinct ? DISTINCT : 0) |
    (mention.kin ? KIN : 0) |
    (mention.otherOne ? OTHER_ONE : 0) |
    (PERSON_IDS.indexOf(mention.person) << PERSON_SHIFT) |
    (spellingNumber(mention.spelling) << SPELLING_SHIFT);
  return [bits, wide ? -1 : at, wide ? -1 : place];
}

/**
 * One candidate of a block, read from its record's cells: a handle of two fields, made when a reader asks (the
 * surname rules, the sink, the stepper), never kept by the index. Two handles of one candidate are two objects
 * that read and write the same cells: `id` tells whether two handles are of one candidate.
 */
export class Candidate implements PlacedMention {
  constructor(
    private readonly record: BlockRecord,
    private readonly index: number,
  ) {}
  get id(): number {
    return this.record.firstId + this.index;
  }
  private cell(which: number): number {
    return this.record.cells[this.index * CELLS + which]!;
  }
  /** The `which`th of the numbers kept aside, or undefined where they fit. */
  private wide(which: number): number | undefined {
    return this.cell(AT) < 0 ? WIDE.get(this.record)!.get(this.index)![which]! : undefined;
  }
  get sentence(): number {
    return this.wide(0) ?? unpacked(this.cell(AT), 0, HALF);
  }
  get paragraph(): number {
    return this.wide(1) ?? unpacked(this.cell(PLACE), 0, PARAGRAPH_BITS);
  }
  private get startStep(): number {
    return this.wide(2) ?? unpacked(this.cell(PLACE), STEP_SHIFT, STEP_BITS);
  }
  private get endStep(): number {
    return this.wide(3) ?? this.startStep + unpacked(this.cell(PLACE), STEPS_ON_SHIFT, STEPS_ON_BITS);
  }
  private get bits(): number {
    return this.cell(BITS);
  }
  get person(): PersonId {
    return PERSON_IDS[(this.bits >> PERSON_SHIFT) & 7]!;
  }
  get spelling(): string | undefined {
    return SPELLINGS[this.bits >>> SPELLING_SHIFT];
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
  get role(): boolean {
    return (this.bits & ROLE) !== 0;
  }
  get bare(): boolean {
    return (this.bits & BARE) !== 0;
  }
  get key(): boolean {
    return (this.bits & KEY) !== 0;
  }
  get chat(): boolean {
    return (this.bits & CHAT) !== 0;
  }
  get titled(): boolean {
    return (this.bits & TITLED) !== 0;
  }
  get dataRow(): boolean {
    return (this.bits & DATA_ROW) !== 0;
  }
  get distinct(): boolean {
    return (this.bits & DISTINCT) !== 0;
  }
  get kin(): boolean {
    return (this.bits & KIN) !== 0;
  }
  get otherOne(): boolean {
    return (this.bits & OTHER_ONE) !== 0;
  }
  get shown(): boolean {
    return (this.bits & SHOWN) !== 0;
  }
  set shown(on: boolean) {
    const { cells } = this.record;
    const at = this.index * CELLS + BITS;
    cells[at] = on ? cells[at]! | SHOWN : cells[at]! & ~SHOWN;
  }
  /** The block's (the surname rules count a block's sentences from its first candidate). */
  get sentences(): number {
    return this.record.sentences;
  }
  get container(): Node {
    return this.record.container;
  }
  get startNode(): Text {
    return textNodeAt(this.record.container, this.record.anchors, this.startStep);
  }
  get endNode(): Text {
    return textNodeAt(this.record.container, this.record.anchors, this.endStep);
  }
  get startOffset(): number {
    return this.wide(4) ?? unpacked(this.cell(AT), HALF, HALF);
  }
  get endOffset(): number {
    const wide = this.wide(5);
    if (wide !== undefined) return wide;
    const place = this.cell(PLACE);
    const tail = unpacked(place, TAIL_SHIFT, TAIL_BITS);
    return unpacked(place, STEPS_ON_SHIFT, STEPS_ON_BITS) ? tail : this.startOffset + tail;
  }
}

/** The record of a block's candidates, or none if it has none. */
export function recordOf(block: TextBlock, candidates: readonly Mention<PersonId>[]): BlockRecord | undefined {
  if (!candidates.length) return undefined;
  const { steps, anchors } = stepsOf(block);
  const placed: [Mention<PersonId>, Place][] = [];
  for (const m of candidates) {
    const start = positionAt(block, m.start);
    const end = positionAt(block, m.end, true);
    const [startStep, endStep] = [steps[start.index]!, steps[end.index]!];
    // Never so on a page that holds still while it is read: the walk meets every node of the block.
    if (startStep < 0 || endStep < 0) continue;
    placed.push([m, [startStep, endStep, start.offset, end.offset]]);
  }
  return placed.length ? new BlockRecord(block.container, anchors, candidates[0]!.sentences, placed) : undefined;
}

/** Handles of a block's candidates, in text order: new ones, in a new array. */
export function candidatesOf(record: BlockRecord): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < record.size; i++) candidates.push(new Candidate(record, i));
  return candidates;
}
