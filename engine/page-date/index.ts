import { jsonLdDates } from './json-ld';
import { metaDates } from './meta';
import { parseDate } from './parse-date';
import { timeDates } from './time-element';
import { urlDates } from './url-date';
import type { PageDate, PageDateSignal } from '../../model/page-date';

export type { PageDate, PageDateSignal } from '../../model/page-date';

/**
 * The page's publication date and the signal it came from, in order of trust: JSON-LD datePublished,
 * meta tags, JSON-LD dateCreated, a <time> in the article's header or byline, a date in the URL path,
 * and only when none of these is there, a modified date. Dates after `now` are skipped. Reads the DOM only.
 */
export function readPageDate(doc: Document, url: string, now: Date): PageDate | undefined {
  const jsonLd = jsonLdDates(doc);
  const meta = metaDates(doc);
  const time = timeDates(doc);
  const tiers: [PageDateSignal, string[]][] = [
    ['json-ld', jsonLd.published],
    ['meta', meta.published],
    ['json-ld', jsonLd.created],
    ['time', time.published],
    ['url', urlDates(url)],
    ['modified', [...jsonLd.modified, ...meta.modified, ...time.modified]],
  ];
  for (const [signal, values] of tiers) {
    for (const value of values) {
      const stated = parseDate(value);
      if (stated && !(stated.at > now.getTime())) return { date: stated.date, signal };
    }
  }
  return undefined;
}
