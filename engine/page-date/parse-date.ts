/** A date as a page states it: its calendar day, and the earliest instant it can mean. */
export interface StatedDate {
  /** YYYY-MM-DD, the day in the page's own offset. */
  date: string;
  /** Epoch milliseconds; for a value without a known offset, the moment its wall time first happens on Earth (UTC+14). */
  at: number;
}

const ZONE = String.raw`(?:\s*([+-]\d\d(?::?\d\d)?|[a-z]{1,5}))?`;
// 2023-11-20, 2023-11-20T23:30, 2023-11-20 23:30:00.000-08:00
const ISO = new RegExp(String.raw`^(\d{4})-(\d\d)-(\d\d)(?:[t ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?${ZONE})?$`, 'i');
// Mon, 20 Nov 2023 23:30:00 -0800 (RFC 2822), 20 November 2023
const RFC_2822 = new RegExp(
  String.raw`^(?:[a-z]{3},?\s*)?(\d\d?)\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d\d?):(\d\d)(?::(\d\d))?${ZONE})?$`,
  'i',
);
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const EARLIEST_OFFSET = 14 * 60;
/** Placeholders such as 1970-01-01 and 0001-01-01 come before the web did. */
const FIRST_YEAR = 1991;
const MAX_LENGTH = 100;

function offsetMinutes(zone: string | undefined): number | undefined {
  const numeric = /^([+-])(\d\d):?(\d\d)?$/.exec(zone ?? '');
  if (!numeric) return /^(z|gmt|utc?)$/i.test(zone ?? '') ? 0 : EARLIEST_OFFSET;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
  if (minutes > EARLIEST_OFFSET || Number(numeric[3] ?? 0) > 59) return undefined;
  return numeric[1] === '-' ? -minutes : minutes;
}

/** 1 to 12 for jan to dec, 0 for anything else. */
function monthNumber(name: string): number {
  const index = MONTHS.indexOf(name.toLowerCase());
  return index % 3 ? 0 : index / 3 + 1;
}

/** Reads ISO 8601 and RFC 2822 dates; anything else, or an impossible date, gives undefined. */
export function parseDate(text: string): StatedDate | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const value = text.trim();
  const iso = ISO.exec(value);
  const match = iso ?? RFC_2822.exec(value);
  if (!match) return undefined;
  const year = Number(match[iso ? 1 : 3]);
  const day = Number(match[iso ? 3 : 1]);
  const month = iso ? Number(match[2]) : monthNumber(match[2]!);
  const hours = Number(match[4] ?? 0);
  const minutes = Number(match[5] ?? 0);
  const wall = new Date(Date.UTC(year, month - 1, day, hours, minutes, Number(match[6] ?? 0)));
  const offset = offsetMinutes(match[7]);
  // Date.UTC rolls 30 Feb over into March: a changed field means the value named no real moment.
  const real =
    wall.getUTCMonth() === month - 1 &&
    wall.getUTCDate() === day &&
    wall.getUTCHours() === hours &&
    wall.getUTCMinutes() === minutes;
  if (!real || year < FIRST_YEAR || offset === undefined) return undefined;
  return { date: wall.toISOString().slice(0, 10), at: wall.getTime() - offset * 60_000 };
}
