import type { Mention } from '../../../engine/match/mention';

/** Candidates as the rules read them, for comparing: a flag that is false is a flag not set. */
export const plainMentions = (mentions: readonly Mention[]) =>
  mentions.map((m) => Object.fromEntries(Object.entries(m).filter(([, value]) => value !== false)));
