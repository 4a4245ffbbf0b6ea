import { isPersonId, type PersonId } from './person';
import { isHostName } from './settings';

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

/** The context menu asks the frame with the selection who the selected text names. */
export interface WhoIsRequest {
  readonly type: 'who-is';
  readonly text: string;
}

/** The keyboard command asks the top frame to move to the next mention and open its card. */
export interface NextMentionRequest {
  readonly type: 'next-mention';
}

/** The popup asks the top frame for its host name, so that it needs no `tabs` permission to know the site. */
export interface PageHostRequest {
  readonly type: 'page-host';
}

export type BackgroundMessage = MentionsReport | TabMentionsRequest | OpenStoryRequest;
export type ContentMessage = JumpRequest | WhoIsRequest | NextMentionRequest | PageHostRequest;

/** The longest selection the context menu passes on: a name, or a sentence around one. */
export const MAX_SELECTION = 500;

const MAX_COUNT = 1_000_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

/**
 * Which request a message is, by its type alone, for the content script to tell where it goes; the
 * page session parses it in full (`parseContentMessage`).
 */
export function contentMessageType(value: unknown): ContentMessage['type'] | undefined {
  const type = isRecord(value) ? value.type : undefined;
  return CONTENT_TYPES.find((known) => known === type);
}

const CONTENT_TYPES: readonly ContentMessage['type'][] = ['jump-to-mention', 'who-is', 'next-mention', 'page-host'];

export function parseContentMessage(value: unknown): ContentMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'jump-to-mention' && isPersonId(value.person)) {
    return { type: 'jump-to-mention', person: value.person };
  }
  if (value.type === 'who-is' && typeof value.text === 'string' && value.text.length <= MAX_SELECTION) {
    return { type: 'who-is', text: value.text };
  }
  if (value.type === 'next-mention') return { type: 'next-mention' };
  if (value.type === 'page-host') return { type: 'page-host' };
  return undefined;
}

/** The top frame's answer to a `page-host` request: a host name, or undefined (no answer, `file:` pages). */
export function parsePageHost(value: unknown): string | undefined {
  return isHostName(value) ? value : undefined;
}

/** Sums the counts of a tab's frames. */
export function sumCounts(frames: Iterable<MentionCounts>): MentionCounts {
  const total: MentionCounts = {};
  for (const counts of frames) {
    for (const [id, n] of Object.entries(counts) as [PersonId, number][]) total[id] = (total[id] ?? 0) + n;
  }
  return total;
}
