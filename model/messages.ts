import { parsePageDate, type PageDate } from './page-date';
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

/** The popup asks the top frame when its page was written. */
export interface PageDateRequest {
  readonly type: 'page-date';
}

/** The top frame's answer to a `page-date` request: the page's date, or null when the page gives none. */
export interface PageDateAnswer {
  readonly type: 'page-date';
  readonly pageDate: PageDate | null;
}

export type BackgroundMessage = MentionsReport | TabMentionsRequest | OpenStoryRequest;
export type ContentMessage = JumpRequest | WhoIsRequest | NextMentionRequest | PageHostRequest | PageDateRequest;

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
  if (value.type === 'page-date') return { type: 'page-date' };
  return undefined;
}

/** The top frame's answer to a `page-date` request; undefined for no answer or one that does not parse. */
export function parsePageDateAnswer(value: unknown): PageDateAnswer | undefined {
  if (!isRecord(value) || value.type !== 'page-date') return undefined;
  if (value.pageDate === null) return { type: 'page-date', pageDate: null };
  const pageDate = parsePageDate(value.pageDate);
  return pageDate ? { type: 'page-date', pageDate } : undefined;
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
