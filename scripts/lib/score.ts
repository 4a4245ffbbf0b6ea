/** A span credited to a person, by the labels or by the matcher. */
export interface Span {
  readonly person: string;
  readonly start: number;
  readonly end: number;
}

export interface SpanComparison<S extends Span> {
  readonly hits: readonly S[];
  /** Labelled spans the matcher did not find exactly. */
  readonly misses: readonly S[];
  /** Found spans that no label has exactly. */
  readonly falseHits: readonly S[];
}

const key = (s: Span) => `${s.person}:${s.start}:${s.end}`;

/**
 * Exact matching: person, start and end must all agree. A found span that only overlaps a label (a name
 * cut short, or stretched over a neighbouring word) highlights the wrong text, so it is both a miss and
 * a false hit rather than half right.
 */
export function compareSpans<S extends Span>(expected: readonly S[], found: readonly S[]): SpanComparison<S> {
  const foundKeys = new Set(found.map(key));
  const expectedKeys = new Set(expected.map(key));
  return {
    hits: expected.filter((s) => foundKeys.has(key(s))),
    misses: expected.filter((s) => !foundKeys.has(key(s))),
    falseHits: found.filter((s) => !expectedKeys.has(key(s))),
  };
}

export interface Tally {
  hits: number;
  misses: number;
  falseHits: number;
}

export const emptyTally = (): Tally => ({ hits: 0, misses: 0, falseHits: 0 });

/** Undefined where nothing was found: no claim was made, so there is nothing to be precise about. */
export const precision = (t: Tally) => (t.hits + t.falseHits ? t.hits / (t.hits + t.falseHits) : undefined);

/** Undefined where nothing was labelled. */
export const recall = (t: Tally) => (t.hits + t.misses ? t.hits / (t.hits + t.misses) : undefined);

/** Adds a comparison to `tallies`, each span to the tally of its group (its person, say, or its language). */
export function addToTallies(
  tallies: Map<string, Tally>,
  comparison: SpanComparison<Span>,
  groupOf: (span: Span) => string,
): void {
  const bump = (span: Span, field: keyof Tally) => {
    const group = groupOf(span);
    let tally = tallies.get(group);
    if (!tally) tallies.set(group, (tally = emptyTally()));
    tally[field]++;
  };
  for (const s of comparison.hits) bump(s, 'hits');
  for (const s of comparison.misses) bump(s, 'misses');
  for (const s of comparison.falseHits) bump(s, 'falseHits');
}
