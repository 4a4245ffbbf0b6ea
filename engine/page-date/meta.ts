import { firstElements, isOffArticle } from './elements';

/** Names that state publication, the most specific first; generic "date" names last. */
const PUBLISHED = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'date',
  'dc.date',
  'dcterms.date',
];
const MODIFIED = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
];
const NAMES = [...PUBLISHED, ...MODIFIED];
/** Parse.ly and Sailthru accept unix time; ten or thirteen digits read only as seconds or milliseconds. */
const UNIX_TIME_NAMES = ['parsely-pub-date', 'sailthru.date'];
const UNIX_TIME = /^\d{10}(\d{3})?$/;
const MAX_METAS = 500;

function fromUnixTime(content: string): string {
  return new Date(Number(content) * (content.length > 10 ? 1 : 1000)).toISOString();
}

/** Date values of the page's meta tags, ranked by name. */
export function metaDates(doc: Document): { published: string[]; modified: string[] } {
  const found: string[][] = NAMES.map(() => []);
  for (const meta of firstElements(doc, 'meta[content]', MAX_METAS)) {
    const content = meta.getAttribute('content')!.trim();
    for (const attribute of ['property', 'name', 'itemprop']) {
      const name = meta.getAttribute(attribute)?.trim().toLowerCase() ?? '';
      const rank = NAMES.indexOf(name);
      // Microdata metas can sit in a comment's markup.
      if (rank < 0 || isOffArticle(meta)) continue;
      found[rank]!.push(UNIX_TIME_NAMES.includes(name) && UNIX_TIME.test(content) ? fromUnixTime(content) : content);
    }
  }
  return { published: found.slice(0, PUBLISHED.length).flat(), modified: found.slice(PUBLISHED.length).flat() };
}
