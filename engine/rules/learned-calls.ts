import type { Matcher, Mention } from '../match/mention';
import { loneSurnameFeatures } from './surname-features';
import { learnedCall, probabilityOf, type Overrides, type SurnameModel } from './surname-model';

/** Whether the learned signal reads this candidate: a lone surname the rules judge, not a key of data (never shown). */
export const isLearnable = (m: Mention) => m.kind === 'surname' && !m.key;

/**
 * The candidates the matcher found in `text`, each lone surname the model is sure of carrying its call (`likely`,
 * `unlikely`) for the surname rules. Features are read only where the text has a lone surname.
 */
export function withLearnedCalls<Id extends string>(
  text: string,
  candidates: readonly Mention<Id>[],
  model: SurnameModel,
  overrides: Overrides,
): Mention<Id>[] {
  if (!candidates.some(isLearnable)) return [...candidates];
  return candidates.map((m) => {
    if (!isLearnable(m)) return m;
    const call = learnedCall(probabilityOf(model, loneSurnameFeatures(text, m, candidates)), overrides);
    return call ? { ...m, [call]: true } : m;
  });
}

/** `matcher` with the model's calls on its lone surnames: what the page's rules read where the signal is on. */
export const withLearnedSignal = <Id extends string>(
  matcher: Matcher<Id>,
  model: SurnameModel,
  overrides: Overrides,
): Matcher<Id> => ({ find: (text) => withLearnedCalls(text, matcher.find(text), model, overrides) });
