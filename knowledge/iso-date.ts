import type { IsoDate } from './types';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `text` if it is a real calendar day written `YYYY-MM-DD` ("2023-11-20"), else undefined. */
export function parseDay(text: string): string | undefined {
  const match = DAY.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? text
    : undefined;
}

/** The first day a date stands for: `2019` is 2019-01-01, `2023-12` is 2023-12-01. */
export function firstDay(date: IsoDate): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a date stands for: `2019` is 2019-12-31, `2024-05` is 2024-05-31. */
export function lastDay(date: IsoDate): string {
  const [year = '0', month, day] = date.split('-');
  if (day) return date;
  if (!month) return `${year}-12-31`;
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(days).padStart(2, '0')}`;
}
