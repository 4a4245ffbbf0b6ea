// /2023/11/20/ and /2023/nov/20/ (a named month comes back as "20 nov 2023" for the RFC 2822 reader)
const SLASHED = /\/(\d{4})\/(\d\d?|[a-z]{3})\/(\d\d?)(?=\/|$)/i;
// /2023-11-20/, /2023-11-20-slug, /slug-2023-11-20.html
const DASHED = /(?<!\d)(\d{4}-\d\d-\d\d)(?!\d)/;
// /20231120/
const COMPACT = /\/(\d{4})(\d\d)(\d\d)(?=\/|$)/;

const pad = (part: string) => part.padStart(2, '0');

/** Dates stated in the URL's path (never its host, query or fragment), as text for parseDate. */
export function urlDates(url: string): string[] {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  const dates: string[] = [];
  const slashed = SLASHED.exec(path);
  if (slashed) {
    const [, year, month, day] = slashed as unknown as [string, string, string, string];
    dates.push(/\d/.test(month) ? `${year}-${pad(month)}-${pad(day)}` : `${day} ${month} ${year}`);
  }
  const dashed = DASHED.exec(path);
  if (dashed) dates.push(dashed[1]!);
  const compact = COMPACT.exec(path);
  if (compact) dates.push(`${compact[1]}-${compact[2]}-${compact[3]}`);
  return dates;
}
