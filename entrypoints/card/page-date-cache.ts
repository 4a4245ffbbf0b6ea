import { readPageDate } from '../../engine/page-date';
import type { PageDate } from '../../model/page-date';
import { reportError } from '../../utils/report-error';

let cached: { readonly url: string; readonly pageDate: PageDate | undefined } | undefined;

/**
 * When the frame's page was written, read from its document the first time a card or the popup asks,
 * never on page load, and kept for its address: a single-page app that moves to another article gets
 * its new date read. A reader that fails on a strange page gives no date, and the card shows today's.
 */
export function currentPageDate(): PageDate | undefined {
  const url = location.href;
  if (cached?.url !== url) {
    let pageDate: PageDate | undefined;
    try {
      pageDate = readPageDate(document, url, new Date());
    } catch (error) {
      reportError('reading the page date', error);
    }
    cached = { url, pageDate };
  }
  return cached.pageDate;
}
