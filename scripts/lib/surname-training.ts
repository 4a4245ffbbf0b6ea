import type { Matcher, Mention } from '../../engine/match/mention';
import { isLearnable } from '../../engine/rules/learned-calls';
import { loneSurnameFeatures } from '../../engine/rules/surname-features';
import { learnedCall, probabilityOf, type Overrides, type SurnameModel } from '../../engine/rules/surname-model';
import { acceptInDocument } from '../../engine/rules/surname-rules';
import type { CorpusDocument } from './load-corpus';
import { addToTallies, compareSpans, emptyTally, type Span, type Tally } from './score';

/** A lone surname of the corpus as the model learns it. */
export interface Example {
  readonly block: number;
  /** Its index among its block's candidates. */
  readonly index: number;
  readonly features: readonly string[];
  /** Whether the corpus labels it as our person. */
  readonly label: boolean;
  /** Whether the surname rules alone show it. */
  readonly rule: boolean;
}

/** A document's candidates, as the matcher finds them with no learned call, and its lone surnames. */
export interface DocumentExamples {
  readonly doc: CorpusDocument;
  readonly candidates: readonly (readonly Mention[])[];
  readonly examples: readonly Example[];
}

/** How the model is trained: the same options give the same weights. */
export interface TrainingOptions {
  /** A feature must stand in at least this many texts' lone surnames to be learned. */
  readonly minTexts: number;
  /** How many features the model keeps, those of the largest weights. */
  readonly keep: number;
  readonly epochs: number;
  readonly rate: number;
  /** L2 penalty per step. */
  readonly l2: number;
  /** Decimals the weights are rounded to. */
  readonly decimals: number;
}

export const TRAINING: TrainingOptions = { minTexts: 3, keep: 1200, epochs: 12, rate: 0.1, l2: 1e-4, decimals: 2 };

const spanKey = (s: Span) => `${s.person}:${s.start}:${s.end}`;

/** A candidate without a learned call: what the rules alone read. */
function withoutCall(m: Mention): Mention {
  if (!m.likely && !m.unlikely) return m;
  const { likely: _likely, unlikely: _unlikely, ...rest } = m;
  return rest;
}

/** The lone surnames of each document with their features, labels and the rules' reading. */
export function collectExamples(documents: readonly CorpusDocument[], matcher: Matcher): DocumentExamples[] {
  return documents.map((doc) => {
    const candidates = doc.blocks.map((b) => matcher.find(b.text).map(withoutCall));
    const accepted = acceptInDocument(candidates).map((ms) => new Set(ms));
    const examples: Example[] = [];
    doc.blocks.forEach(({ text, labels }, block) => {
      const labelled = new Set(labels.map(spanKey));
      candidates[block]!.forEach((m, index) => {
        if (!isLearnable(m)) return;
        const features = loneSurnameFeatures(text, m, candidates[block]!);
        examples.push({ block, index, features, label: labelled.has(spanKey(m)), rule: accepted[block]!.has(m) });
      });
    });
    return { doc, candidates, examples };
  });
}

/** The features that stand in at least `minTexts` documents' lone surnames, sorted. */
function vocabulary(documents: readonly DocumentExamples[], minTexts: number): string[] {
  const texts = new Map<string, number>();
  for (const { examples } of documents) {
    for (const f of new Set(examples.flatMap((e) => e.features))) texts.set(f, (texts.get(f) ?? 0) + 1);
  }
  return [...texts]
    .filter(([, n]) => n >= minTexts)
    .map(([f]) => f)
    .sort();
}

/** Plain SGD over the examples in corpus order, with L2 on the weights a step touches. */
function fit(
  documents: readonly DocumentExamples[],
  features: readonly string[],
  options: TrainingOptions,
): SurnameModel {
  const index = new Map(features.map((f, i) => [f, i]));
  const rows = documents.flatMap(({ examples }) =>
    examples.map((e) => ({
      columns: e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])),
      y: e.label ? 1 : 0,
    })),
  );
  const w = new Float64Array(features.length);
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch);
    for (const { columns, y } of rows) {
      let z = bias;
      for (const c of columns) z += w[c]!;
      const gradient = 1 / (1 + Math.exp(-z)) - y;
      bias -= rate * gradient;
      for (const c of columns) w[c]! -= rate * (gradient + options.l2 * w[c]!);
    }
  }
  const round = (x: number) => Number(x.toFixed(options.decimals));
  const weights: Record<string, number> = {};
  features.forEach((f, i) => {
    if (round(w[i]!) !== 0) weights[f] = round(w[i]!);
  });
  return { bias: round(bias), weights };
}

/**
 * A model trained on `documents`: their frequent features learned once, the `keep` of the largest weights kept and
 * learned again on their own, so that the weights kept are the weights used.
 */
export function train(documents: readonly DocumentExamples[], options: TrainingOptions = TRAINING): SurnameModel {
  const first = fit(documents, vocabulary(documents, options.minTexts), options);
  const kept = Object.entries(first.weights)
    .sort(([a, x], [b, y]) => Math.abs(y) - Math.abs(x) || a.localeCompare(b))
    .slice(0, options.keep)
    .map(([f]) => f)
    .sort();
  return fit(documents, kept, options);
}

/**
 * The fold of each document: each language's documents, in corpus order, cut into `k` runs of neighbours. Texts
 * written in one round stand next to each other and share their authors' wording: they go to one fold together.
 */
export function foldsOf(documents: readonly DocumentExamples[], k: number): number[] {
  const byLang = new Map<string, number[]>();
  documents.forEach(({ doc }, i) => byLang.set(doc.lang, [...(byLang.get(doc.lang) ?? []), i]));
  const folds = new Array<number>(documents.length);
  for (const indices of byLang.values()) {
    indices.forEach((docIndex, i) => (folds[docIndex] = Math.floor((i * k) / indices.length)));
  }
  return folds;
}

/** Each document's lone surnames' probabilities from a model that never saw that document's fold. */
export function outOfFold(
  documents: readonly DocumentExamples[],
  k: number,
  options: TrainingOptions = TRAINING,
): number[][] {
  const folds = foldsOf(documents, k);
  const probabilities: number[][] = documents.map(() => []);
  for (let fold = 0; fold < k; fold++) {
    const model = train(
      documents.filter((_, i) => folds[i] !== fold),
      options,
    );
    documents.forEach(({ examples }, i) => {
      if (folds[i] === fold) probabilities[i] = examples.map((e) => probabilityOf(model, e.features));
    });
  }
  return probabilities;
}

/** What overrides at given thresholds do to the documents, against the rules alone. */
export interface OverrideOutcome {
  /** Per language, with the overrides. */
  readonly byLang: ReadonlyMap<string, Tally>;
  /** Per language, the rules alone. */
  readonly rulesByLang: ReadonlyMap<string, Tally>;
  /** Per language: errors of the rules the overrides mend, and errors they make. */
  readonly fixes: ReadonlyMap<string, number>;
  readonly creates: ReadonlyMap<string, number>;
  /** Lone surnames the model overruled: dropped and added, per language. */
  readonly dropped: ReadonlyMap<string, number>;
  readonly added: ReadonlyMap<string, number>;
}

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** The errors of a document's found spans against its labels, as keys by block. */
function errorsOf(doc: CorpusDocument, found: readonly (readonly Mention[])[], tallies: Map<string, Tally>) {
  const errors = new Set<string>();
  doc.blocks.forEach(({ labels }, block) => {
    const comparison = compareSpans(labels, found[block]!);
    addToTallies(tallies, comparison, () => doc.lang);
    for (const s of comparison.misses) errors.add(`${block}:miss:${spanKey(s)}`);
    for (const s of comparison.falseHits) errors.add(`${block}:false:${spanKey(s)}`);
  });
  return errors;
}

/**
 * The documents as the page would show them with the model's calls at `overrides` on the lone surnames whose
 * probabilities are `probabilities` (by document, by example), scored against the labels.
 */
export function applyOverrides(
  documents: readonly DocumentExamples[],
  probabilities: readonly (readonly number[])[],
  overrides: Overrides,
): OverrideOutcome {
  const byLang = new Map<string, Tally>();
  const rulesByLang = new Map<string, Tally>();
  const fixes = new Map<string, number>();
  const creates = new Map<string, number>();
  const dropped = new Map<string, number>();
  const added = new Map<string, number>();
  documents.forEach(({ doc, candidates, examples }, i) => {
    const called = candidates.map((ms) => [...ms]);
    examples.forEach((e, j) => {
      const call = learnedCall(probabilities[i]![j]!, overrides);
      if (!call) return;
      if (call === 'unlikely' && e.rule) bump(dropped, doc.lang);
      if (call === 'likely' && !e.rule) bump(added, doc.lang);
      called[e.block]![e.index] = { ...called[e.block]![e.index]!, [call]: true };
    });
    for (const lang of [doc.lang]) {
      byLang.set(lang, byLang.get(lang) ?? emptyTally());
      rulesByLang.set(lang, rulesByLang.get(lang) ?? emptyTally());
    }
    const before = errorsOf(doc, acceptInDocument(candidates), rulesByLang);
    const after = errorsOf(doc, acceptInDocument(called), byLang);
    bump(fixes, doc.lang, [...before].filter((e) => !after.has(e)).length);
    bump(creates, doc.lang, [...after].filter((e) => !before.has(e)).length);
  });
  return { byLang, rulesByLang, fixes, creates, dropped, added };
}

/** The model's own calls at 0.5 and the rules' on the lone surnames, per language: true means "ours". */
export function callTallies(
  documents: readonly DocumentExamples[],
  probabilities: readonly (readonly number[])[],
): { readonly model: Map<string, Tally>; readonly rules: Map<string, Tally> } {
  const model = new Map<string, Tally>();
  const rules = new Map<string, Tally>();
  const add = (tallies: Map<string, Tally>, lang: string, call: boolean, label: boolean) => {
    const t = tallies.get(lang) ?? emptyTally();
    tallies.set(lang, t);
    if (call && label) t.hits++;
    else if (call) t.falseHits++;
    else if (label) t.misses++;
  };
  documents.forEach(({ doc, examples }, i) =>
    examples.forEach((e, j) => {
      add(model, doc.lang, probabilities[i]![j]! > 0.5, e.label);
      add(rules, doc.lang, e.rule, e.label);
    }),
  );
  return { model, rules };
}
