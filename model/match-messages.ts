/**
 * The page session asks the extension's background to find the candidate mentions in the texts of the blocks it
 * built (one request per batch of changes, not per block): the background keeps the matcher's patterns compiled
 * from one page to the next, and the page's main thread pays for none of them. The texts go to the extension's
 * own background only, and nothing keeps them.
 */
export interface MatchRequest {
  readonly type: 'match-texts';
  readonly texts: readonly string[];
}

/**
 * The background's answer: for each text, its candidates as small integers (engine/match/mention-wire.ts), and the
 * surnames as written that they refer to by number.
 */
export interface MatchAnswer {
  readonly found: readonly (readonly number[])[];
  readonly spellings: readonly string[];
}

/**
 * Bounds of one request: a content script is no more trusted than the page it runs in. The page session splits a
 * batch that is larger into several requests, sent one after another, so that no task of the page serializes more
 * than this (a message is serialized in the sender's task); a text longer than a window of the matcher is sent
 * window by window, four windows a request.
 */
export const MAX_MATCH_TEXTS = 1_000;
export const MAX_MATCH_CHARS = 262_144;
/** Bounds of an answer: no more candidates than characters asked about, no spelling longer than a name. */
const MAX_SPELLING = 64;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isSmallInteger = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Whether `texts` fit in one request. */
export function fitsOneRequest(texts: readonly string[]): boolean {
  let chars = 0;
  for (const text of texts) chars += text.length;
  return texts.length <= MAX_MATCH_TEXTS && chars <= MAX_MATCH_CHARS;
}

/** A `match-texts` request as it came, or undefined for anything else (malformed, or past the bounds). */
export function parseMatchRequest(value: unknown): MatchRequest | undefined {
  if (!isRecord(value) || value.type !== 'match-texts' || !Array.isArray(value.texts)) return undefined;
  const texts: unknown[] = value.texts;
  if (!texts.every((text): text is string => typeof text === 'string') || !fitsOneRequest(texts)) return undefined;
  return { type: 'match-texts', texts };
}

/**
 * The background's answer to a request of `texts`, or undefined for none or one that is malformed: one array of
 * non-negative integers per text, no more of them than its characters allow. What the integers say is checked
 * as they are read (engine/match/mention-wire.ts).
 */
export function parseMatchAnswer(value: unknown, texts: readonly string[]): MatchAnswer | undefined {
  if (!isRecord(value) || !Array.isArray(value.found) || !Array.isArray(value.spellings)) return undefined;
  const found: unknown[] = value.found;
  const spellings: unknown[] = value.spellings;
  if (found.length !== texts.length) return undefined;
  const wellFormed = found.every(
    (cells, i): cells is number[] =>
      Array.isArray(cells) && cells.length <= 8 * (texts[i]!.length + 1) && cells.every(isSmallInteger),
  );
  const named = spellings.every(
    (spelling): spelling is string => typeof spelling === 'string' && spelling.length <= MAX_SPELLING,
  );
  return wellFormed && named && spellings.length <= MAX_MATCH_CHARS ? { found, spellings } : undefined;
}
