import type { MentionKind, Support } from './mention-kind';

/**
 * The candidates the matcher finds before its whole-text passes, and the people they name in full.
 */

/** A candidate as the loop finds it, in the offsets of the text without invisible characters. */
export interface Found<Id extends string> {
  readonly person: Id;
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  support: Support;
  readonly sentence: number;
  readonly paragraph: number;
  readonly spelling?: string;
  firm?: boolean;
  listed?: boolean;
  readonly quoted?: boolean;
  readonly courtesy?: boolean;
  readonly titled?: boolean;
  role?: boolean;
  readonly bare?: boolean;
  readonly chat?: boolean;
  readonly dataRow?: boolean;
  readonly distinct?: boolean;
  readonly kin?: boolean;
  key?: boolean;
}

/** The people `found` names in full or by handle. */
export const namedInFull = <Id extends string>(found: readonly Found<Id>[]) =>
  new Set(found.filter((f) => f.kind === 'full' || f.kind === 'handle').map((f) => f.person));
