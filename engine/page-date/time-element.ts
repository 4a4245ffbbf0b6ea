import { firstElements, isOffArticle } from './elements';

const EXPLICIT = 'time[pubdate],time[itemprop=datePublished]';
const MODIFIED = 'time[itemprop=dateModified]';
const SELECTOR = `${EXPLICIT},${MODIFIED},article header time,[class*=byline] time,[class*=dateline] time`;
// WordPress themes mark an unedited post's one date "published updated".
const UPDATED_CLASS = '[class*=updated]:not([class*=publish]),[class*=modified]';
const MAX_TIMES = 100;

/** `<time>` values in the article's header and byline: explicit publication marks first, then document order. */
export function timeDates(doc: Document): { published: string[]; modified: string[] } {
  const explicit: string[] = [];
  const header: string[] = [];
  const modified: string[] = [];
  for (const time of firstElements(doc, SELECTOR, MAX_TIMES)) {
    if (isOffArticle(time)) continue;
    const value = time.getAttribute('datetime') || time.textContent || '';
    const list = time.matches(`${MODIFIED},${UPDATED_CLASS}`) ? modified : time.matches(EXPLICIT) ? explicit : header;
    list.push(value);
  }
  return { published: [...explicit, ...header], modified };
}
