/*
 * A logistic regression over a lone surname's features (`surname-features.ts`): the probability that it names our
 * person. Its weights are data made by `npm run train` from the tuned corpus's labels.
 */

/** A trained model: a bias and a weight for each feature it kept; a feature it never saw weighs nothing. */
export interface SurnameModel {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

/** The model's probability that a candidate with `features` (each once) names our person. */
export function probabilityOf(model: SurnameModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += Object.hasOwn(model.weights, f) ? model.weights[f]! : 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Where the model is sure enough to overrule the rules: below `low` a lone surname the rules would show is not ours,
 * above `high` one they would leave out is.
 */
export interface Overrides {
  readonly low: number;
  readonly high: number;
}

/** What the model says of a lone surname with probability `p`: ours, not ours, or nothing (the rules decide). */
export function learnedCall(p: number, overrides: Overrides): 'likely' | 'unlikely' | undefined {
  if (p < overrides.low) return 'unlikely';
  if (p > overrides.high) return 'likely';
  return undefined;
}
