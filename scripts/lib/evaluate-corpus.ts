import type { Matcher } from '../../engine/match/mention';
import { findInBlocks } from '../../engine/rules/document-mentions';
import { contextSnippet } from './context-snippet';
import { lineColumnIndex } from './line-column';
import type { CorpusDocument } from './load-corpus';
import { addToTallies, compareSpans, emptyTally, precision, recall, type Span, type Tally } from './score';

export interface Finding {
  readonly kind: 'miss' | 'false hit';
  readonly file: string;
  /** For a page, the index of the block the span is in (from 0); a text file is one block and has none. */
  readonly block?: number;
  /** 1-based line of the span's start in its block; stripping the markup removes no line break, so it is the file's line for a text. */
  readonly line: number;
  readonly person: string;
  readonly surface: string;
  readonly context: string;
  /** Whether a span of the other side overlaps it: the name was found, but with the wrong extent or person. */
  readonly overlapping: boolean;
}

export interface Evaluation {
  readonly overall: Tally;
  /**
   * How many misses a found span of the same person overlaps, each paired with one such false hit: the name found
   * with another extent ("Sutskever" where the label holds "Sutskever, I."). Strict scoring counts each as a miss and a
   * false hit; this says how much of the error is extent alone.
   */
  readonly extentOnly: number;
  readonly byPerson: ReadonlyMap<string, Tally>;
  readonly byLang: ReadonlyMap<string, Tally>;
  readonly findings: readonly Finding[];
}

/** A span the matcher found, in the block it found it in. */
export interface FoundSpan extends Span {
  readonly block: number;
}

/** What the content script would mark in a document's blocks: the surname rules run over all of them at once. */
export const findWith =
  (matcher: Matcher) =>
  (blocks: readonly string[]): FoundSpan[] =>
    findInBlocks(matcher, blocks).map(({ block, mention: { person, start, end } }) => ({ block, person, start, end }));

/** The bar for the whole corpus. */
export const TARGETS = { precision: 0.99, recall: 0.98 } as const;

/** Characters of context either side of a listed miss or false hit. */
const CONTEXT_RADIUS = 40;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Runs `find` on the blocks of every document and scores what it finds in each block against its labels. */
export function evaluateCorpus(
  documents: readonly CorpusDocument[],
  find: (blocks: readonly string[]) => readonly FoundSpan[],
): Evaluation {
  const all = new Map<string, Tally>();
  const byPerson = new Map<string, Tally>();
  const byLang = new Map<string, Tally>();
  const findings: Finding[] = [];
  let extentOnly = 0;
  for (const doc of documents) {
    const foundInDoc = find(doc.blocks.map((b) => b.text));
    doc.blocks.forEach(({ text, labels }, block) => {
      const found = foundInDoc
        .filter((s) => s.block === block)
        .map(({ person, start, end }) => ({ person, start, end }));
      const comparison = compareSpans(labels, found);
      addToTallies(all, comparison, () => 'all');
      addToTallies(byPerson, comparison, (s) => s.person);
      addToTallies(byLang, comparison, () => doc.lang);
      const lineColumnAt = lineColumnIndex(text);
      const finding = (kind: Finding['kind'], s: Span, others: readonly Span[]): Finding => ({
        kind,
        file: doc.file,
        ...(doc.blocks.length > 1 ? { block } : {}),
        line: lineColumnAt(s.start).line,
        person: s.person,
        surface: text.slice(s.start, s.end),
        context: contextSnippet(text, s.start, s.end, CONTEXT_RADIUS),
        overlapping: others.some((o) => overlaps(o, s)),
      });
      extentOnly += extentPairs(comparison.misses, comparison.falseHits);
      for (const s of comparison.misses) findings.push(finding('miss', s, found));
      for (const s of comparison.falseHits) findings.push(finding('false hit', s, labels));
    });
  }
  return { overall: all.get('all') ?? emptyTally(), byPerson, byLang, extentOnly, findings };
}

/** How many of `misses` a false hit of the same person overlaps, each false hit paired once. */
function extentPairs(misses: readonly Span[], falseHits: readonly Span[]): number {
  const unpaired = [...falseHits];
  let pairs = 0;
  for (const miss of misses) {
    const at = unpaired.findIndex((f) => f.person === miss.person && overlaps(f, miss));
    if (at === -1) continue;
    unpaired.splice(at, 1);
    pairs++;
  }
  return pairs;
}

/** `tally` with `pairs` of a miss and a false hit counted as hits: the figures if extent were forgiven. */
export const withExtentForgiven = (tally: Tally, pairs: number): Tally => ({
  hits: tally.hits + pairs,
  misses: tally.misses - pairs,
  falseHits: tally.falseHits - pairs,
});

export function meetsTargets(tally: Tally): boolean {
  return (precision(tally) ?? 1) >= TARGETS.precision && (recall(tally) ?? 1) >= TARGETS.recall;
}
