import { people, type PersonId } from './knowledge/people';

/** How many accepted mentions of each person one frame holds. */
export type MentionCounts = Partial<Record<PersonId, number>>;

/** A content script tells the background what its frame mentions. */
export interface MentionsReport {
  readonly type: 'mentions-report';
  readonly counts: MentionCounts;
  /** Set on a frame's first report for a page. */
  readonly newPage: boolean;
}

/** The popup asks the background what the tab mentions, summed over its frames. */
export interface TabMentionsRequest {
  readonly type: 'tab-mentions';
  readonly tabId: number;
}

/** The popup asks the content scripts of a tab to show the next mention of a person. */
export interface JumpRequest {
  readonly type: 'jump-to-mention';
  readonly person: PersonId;
}

/** A card asks the background to open the full story in a tab. */
export interface OpenStoryRequest {
  readonly type: 'open-story';
}

export type BackgroundMessage = MentionsReport | TabMentionsRequest | OpenStoryRequest;
export type ContentMessage = JumpRequest;

const PERSON_IDS: ReadonlySet<string> = new Set(people.map((p) => p.id));
const MAX_COUNT = 1_000_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isPersonId = (value: unknown): value is PersonId => typeof value === 'string' && PERSON_IDS.has(value);

export function isMentionCounts(value: unknown): value is MentionCounts {
  return (
    isRecord(value) &&
    Object.entries(value).every(
      ([id, n]) => isPersonId(id) && typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_COUNT,
    )
  );
}

/** Anything else that reaches the background is not ours and is ignored. */
export function parseBackgroundMessage(value: unknown): BackgroundMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'mentions-report' && isMentionCounts(value.counts)) {
    return { type: 'mentions-report', counts: value.counts, newPage: value.newPage === true };
  }
  if (value.type === 'tab-mentions' && Number.isInteger(value.tabId)) {
    return { type: 'tab-mentions', tabId: value.tabId as number };
  }
  if (value.type === 'open-story') return { type: 'open-story' };
  return undefined;
}

export function parseContentMessage(value: unknown): ContentMessage | undefined {
  if (isRecord(value) && value.type === 'jump-to-mention' && isPersonId(value.person)) {
    return { type: 'jump-to-mention', person: value.person };
  }
  return undefined;
}

/** Sums the counts of a tab's frames. */
export function sumCounts(frames: Iterable<MentionCounts>): MentionCounts {
  const total: MentionCounts = {};
  for (const counts of frames) {
    for (const [id, n] of Object.entries(counts) as [PersonId, number][]) total[id] = (total[id] ?? 0) + n;
  }
  return total;
}
