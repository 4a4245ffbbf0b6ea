import { parsePageDate, type PageDate } from './page-date';
import { isPersonId, type PersonId } from './person';
import { isHostName } from './settings';

/** How many accepted mentions of each person one frame holds. */
export type MentionCounts = Partial<Record<PersonId, number>>;

/**
 * A content script tells the background what its document mentions. Counts are kept per document: a
 * frame that loads another document reports under another key, and an empty report takes a document's
 * counts out (as when it is unloaded).
 */
export interface MentionsReport {
  readonly type: 'mentions-report';
  readonly doc: DocumentKey;
  readonly counts: MentionCounts;
  /** Sent by the top frame only: its host name, which every frame of the tab follows ('' without one). */
  readonly host?: string;
}

/** A random key that a content script makes for its document, so that reports of documents are told apart. */
export type DocumentKey = string;

/** A frame below the top asks the background for the tab's top-level host, whose setting it follows. */
export interface TopSiteRequest {
  readonly type: 'top-site';
}

/** The background's answer to a `top-site` request; none when the top frame did not say. */
export interface TopSite {
  readonly host: string;
}

/** The background asks a frame which document it reports for: no answer, or another key, means gone. */
export interface ReportKeyRequest {
  readonly type: 'report-key';
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

export type BackgroundMessage = MentionsReport | TabMentionsRequest | OpenStoryRequest | TopSiteRequest;
export type ContentMessage =
  JumpRequest | WhoIsRequest | NextMentionRequest | PageHostRequest | ReportKeyRequest | PageDateRequest;

/** The longest selection the context menu passes on: a name, or a sentence around one. */
export const MAX_SELECTION = 500;

const MAX_COUNT = 1_000_000;
const DOCUMENT_KEY = /^[a-z0-9]{8,32}$/;

export const isDocumentKey = (value: unknown): value is DocumentKey =>
  typeof value === 'string' && DOCUMENT_KEY.test(value);

/** A top-level page's host name as a `top-site` answer carries it: '' for a page without one (`file:`). */
export const isTopHost = (value: unknown): value is string => value === '' || isHostName(value);

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
  if (value.type === 'mentions-report' && isDocumentKey(value.doc) && isMentionCounts(value.counts)) {
    const { doc, counts, host } = value;
    return { type: 'mentions-report', doc, counts, ...(isTopHost(host) && { host }) };
  }
  if (value.type === 'top-site') return { type: 'top-site' };
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

const CONTENT_TYPES: readonly ContentMessage['type'][] = [
  'jump-to-mention',
  'who-is',
  'next-mention',
  'page-host',
  'report-key',
  'page-date',
];

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
  if (value.type === 'report-key') return { type: 'report-key' };
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

/** The background's answer to a `top-site` request: the host, or undefined when it could not be known. */
export function parseTopSite(value: unknown): string | undefined {
  return isRecord(value) && isTopHost(value.host) ? value.host : undefined;
}

/** Sums the counts of a tab's frames. */
export function sumCounts(frames: Iterable<MentionCounts>): MentionCounts {
  const total: MentionCounts = {};
  for (const counts of frames) {
    for (const [id, n] of Object.entries(counts) as [PersonId, number][]) total[id] = (total[id] ?? 0) + n;
  }
  return total;
}
