/**
 * A page's date of writing as the page itself states it, shared by the reader (engine/page-date), the
 * card that shows it and the popup that asks for it.
 */

/** Where the date came from, in the reader's order of trust. */
export const PAGE_DATE_SIGNALS = ['json-ld', 'meta', 'time', 'url', 'modified'] as const;
export type PageDateSignal = (typeof PAGE_DATE_SIGNALS)[number];

export interface PageDate {
  /** YYYY-MM-DD, the calendar day in the page's own offset. */
  readonly date: string;
  readonly signal: PageDateSignal;
}

/** Written YYYY-MM-DD; whether it is a real day is for the knowledge's `parseDay` to say. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A page date as another context sent it, or undefined for anything else. */
export function parsePageDate(value: unknown): PageDate | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { date, signal } = value as Record<string, unknown>;
  if (typeof date !== 'string' || !DAY.test(date)) return undefined;
  if (!(PAGE_DATE_SIGNALS as readonly unknown[]).includes(signal)) return undefined;
  return { date, signal: signal as PageDateSignal };
}
