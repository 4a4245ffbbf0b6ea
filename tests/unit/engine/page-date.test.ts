import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type PageDate, readPageDate } from '../../../engine/page-date';

const FIXTURES = join(import.meta.dirname, '../../fixtures/page-dates');
/** The story's month is over; every fixture but the 2025 blog was published before this. */
const JUNE_2024 = new Date('2024-06-01T00:00:00Z');

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

function fixture(name: string): Document {
  return parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

function withHead(head: string, body = ''): Document {
  return parse(`<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`);
}

const meta = (name: string, content: string) => `<meta name="${name}" content="${content}">`;
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const NO_DATE_URL = 'https://example.com/news/story';

describe('readPageDate over pages shaped like real sites', () => {
  const cases: [string, string, string, PageDate | undefined, Date?][] = [
    [
      'a news site with JSON-LD NewsArticle, in its own offset',
      'news-json-ld.html',
      'https://daily.example/technology/openai-chief-scientist-leaving',
      { date: '2024-05-14', signal: 'json-ld' },
    ],
    [
      'a Yoast-style @graph: the Article, not the image',
      'yoast-graph.html',
      'https://techblog.example/superalignment-team-explained/',
      { date: '2024-05-18', signal: 'json-ld' },
    ],
    [
      'a JSON-LD array with a typed URL and a list of dates',
      'json-ld-array.html',
      'https://wire.example/business/altman-returns',
      { date: '2023-11-22', signal: 'json-ld' },
    ],
    [
      'JSON-LD with only dateModified',
      'json-ld-modified-only.html',
      'https://explainer.example/who-runs-openai-research',
      { date: '2024-05-21', signal: 'modified' },
    ],
    [
      'JSON-LD dateCreated',
      'json-ld-date-created.html',
      'https://podcast.example/transcripts/altman',
      { date: '2024-05-13', signal: 'json-ld' },
    ],
    [
      'malformed JSON-LD, then a valid meta tag',
      'malformed-json-ld-meta.html',
      'https://gazette.example/board-statement',
      { date: '2023-11-17', signal: 'meta' },
    ],
    [
      'OpenGraph article:published_time late in the evening, US Pacific',
      'opengraph.html',
      'https://coasttimes.example/business/story/microsoft-hires-altman',
      { date: '2023-11-20', signal: 'meta' },
    ],
    [
      'parsely-pub-date',
      'parsely.html',
      'https://magazine.example/story/safety-researchers-left/',
      { date: '2024-05-17', signal: 'meta' },
    ],
    [
      'sailthru.date in RFC 2822',
      'sailthru.html',
      'https://ledger.example/altman-ousted',
      { date: '2023-11-17', signal: 'meta' },
    ],
    [
      'sailthru.date in unix seconds',
      'sailthru-epoch.html',
      'https://ledger.example/pachocki',
      { date: '2024-05-15', signal: 'meta' },
    ],
    [
      'DC.date.issued before DC.date.modified',
      'dublin-core.html',
      'https://rundschau.example/ki/superalignment',
      { date: '2024-05-17', signal: 'meta' },
    ],
    [
      'an itemprop datePublished meta in microdata',
      'itemprop-meta.html',
      'https://review.example/a-week-at-openai',
      { date: '2024-05-19', signal: 'meta' },
    ],
    [
      'a German site with meta name="date" (20 Nov 2023)',
      'nov-2023-meta.html',
      'https://nachrichten.example/wirtschaft/altman-microsoft-100.html',
      { date: '2023-11-20', signal: 'meta' },
    ],
    [
      'JSON-LD 8 Mar 2024 over a meta date 20 Nov 2023',
      'mar-2024-json-ld.html',
      'https://bulletin.example/altman-rejoins-board',
      { date: '2024-03-08', signal: 'json-ld' },
    ],
    [
      'a <time datetime> in the byline, past nav, aside and footer times',
      'byline-time.html',
      'https://chronicle.example/sutskever-next-step',
      { date: '2024-05-15', signal: 'time' },
    ],
    [
      'an old blog with <time pubdate>, and one in the comments',
      'time-pubdate.html',
      'https://oldblog.example/?p=812',
      { date: '2024-05-28', signal: 'time' },
    ],
    [
      'a live blog: the time in the article header, not an update',
      'liveblog-article-header.html',
      'https://live.example/openai-new-model',
      { date: '2024-05-13', signal: 'time' },
    ],
    [
      'times only in comments, related posts, nav, footer and aside',
      'comments-related-only.html',
      'https://forum.example/t/thoughts-on-the-board-saga',
      undefined,
    ],
    [
      'times only in comments and related, with a dated URL',
      'comments-related-only.html',
      'https://forum.example/2024/05/09/thoughts-on-the-board-saga',
      { date: '2024-05-09', signal: 'url' },
    ],
    [
      'a date in the URL only',
      'url-date.html',
      'https://notes.example/2023/11/20/altman-brockman-microsoft/',
      { date: '2023-11-20', signal: 'url' },
    ],
    [
      'future dates ignored down to a past parsely date',
      'future-date.html',
      'https://events.example/2031/09/01/summit-preview',
      { date: '2024-05-16', signal: 'meta' },
    ],
    [
      'a 2025 blog post, read in 2025',
      'page-2025.html',
      'https://blog.example/looking-back',
      { date: '2025-02-10', signal: 'json-ld' },
      new Date('2025-06-01T00:00:00Z'),
    ],
    [
      'a 2025 blog post, every date in the future of May 2024',
      'page-2025.html',
      'https://blog.example/2025/02/10/looking-back',
      undefined,
    ],
    ['a page without any date', 'no-date.html', 'https://wiki.example/about', undefined],
  ];

  test.each(cases)('%s', (_, name, url, expected, now = JUNE_2024) => {
    expect(readPageDate(fixture(name), url, now)).toEqual(expected);
  });

  test('writes nothing to the page', () => {
    const doc = fixture('yoast-graph.html');
    const before = doc.documentElement.outerHTML;
    readPageDate(doc, 'https://techblog.example/', JUNE_2024);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('date values', () => {
  const read = (content: string, name = 'date', now = JUNE_2024) =>
    readPageDate(withHead(meta(name, content)), NO_DATE_URL, now)?.date;

  test.each([
    ['2023-11-20', '2023-11-20'],
    ['  2023-11-20  ', '2023-11-20'],
    ['2023-11-20T23:30:00-08:00', '2023-11-20'],
    ['2023-11-20T23:30:00Z', '2023-11-20'],
    ['2023-11-21T01:30:00+0200', '2023-11-21'],
    ['2023-11-20T10:00:00.123+05:30', '2023-11-20'],
    ['2023-11-20t10:00z', '2023-11-20'],
    ['2023-11-20 10:00:00', '2023-11-20'],
    ['2024-02-29T12:00:00Z', '2024-02-29'],
    ['Mon, 20 Nov 2023 23:30:00 -0800', '2023-11-20'],
    ['Mon, 20 Nov 2023 23:30:00 GMT', '2023-11-20'],
    ['20 Nov 2023 08:00 EST', '2023-11-20'],
    ['20 November 2023', '2023-11-20'],
  ])('reads %j as %s', (content, date) => {
    expect(read(content)).toBe(date);
  });

  test.each([
    '',
    'yesterday',
    '2023-02-29',
    '2023-11-31',
    '2023-13-01',
    '2023-00-10',
    '2023-11-20T25:00:00Z',
    '2023-11-20T10:61:00Z',
    '2023-11-20T10:00:00+25:00',
    '2023-11-20garbage',
    '1970-01-01T00:00:00Z',
    '0001-01-01T00:00:00',
    '20231120',
    '1700438400',
    'Mon, 31 Feb 2023 10:00:00 GMT',
    '20 Foo 2023',
    `2023-11-20T10:00:00.${'0'.repeat(200)}Z`,
  ])('skips %j', (content) => {
    expect(read(content)).toBeUndefined();
  });

  test('takes unix seconds and milliseconds only where parsely and sailthru put them', () => {
    expect(read('1700438400', 'parsely-pub-date')).toBe('2023-11-20');
    expect(read('1700438400000', 'sailthru.date')).toBe('2023-11-20');
    expect(read('170043840000', 'parsely-pub-date')).toBeUndefined();
    expect(read('1700438400', 'date')).toBeUndefined();
  });

  test('a date is in the future once its stated instant is, or when it has begun nowhere on Earth', () => {
    const noon = new Date('2023-11-20T12:00:00Z');
    expect(read('2023-11-20T11:59:00Z', 'date', noon)).toBe('2023-11-20');
    expect(read('2023-11-20T12:01:00Z', 'date', noon)).toBeUndefined();
    expect(read('2023-11-20T14:00:00+03:00', 'date', noon)).toBe('2023-11-20');
    // At 12:00 UTC it is already 21 Nov at UTC+14, but 22 Nov nowhere.
    expect(read('2023-11-21', 'date', noon)).toBe('2023-11-21');
    expect(read('2023-11-22', 'date', noon)).toBeUndefined();
    expect(read('Wed, 22 Nov 2023 00:00:00 +1400', 'date', noon)).toBeUndefined();
  });
});

describe('order of trust', () => {
  const published = jsonLd({ '@type': 'NewsArticle', datePublished: '2024-05-14' });

  test('JSON-LD over meta over JSON-LD dateCreated over time over URL over modified', () => {
    // Each page holds the signals from its own row down; the first row present wins.
    const layers: [head: string, body: string][] = [
      [jsonLd({ '@type': 'NewsArticle', datePublished: '2024-05-10' }), ''],
      [meta('article:published_time', '2024-05-11'), ''],
      [jsonLd({ '@type': 'Article', dateCreated: '2024-05-12' }), ''],
      ['', '<article><header><time datetime="2024-05-13">13 May</time></header></article>'],
      ['', ''], // the URL's row
      [meta('article:modified_time', '2024-05-15'), ''],
    ];
    const expected: PageDate[] = [
      { date: '2024-05-10', signal: 'json-ld' },
      { date: '2024-05-11', signal: 'meta' },
      { date: '2024-05-12', signal: 'json-ld' },
      { date: '2024-05-13', signal: 'time' },
      { date: '2024-05-14', signal: 'url' },
      { date: '2024-05-15', signal: 'modified' },
    ];
    const found = layers.map((_, i) => {
      const rest = layers.slice(i);
      const doc = withHead(rest.map(([head]) => head).join(''), rest.map(([, body]) => body).join(''));
      return readPageDate(doc, i <= 4 ? 'https://example.com/2024/05/14/story' : NO_DATE_URL, JUNE_2024);
    });
    expect(found).toEqual(expected);
  });

  test('an article type before a web page, wherever they stand', () => {
    const doc = withHead(
      jsonLd({
        '@graph': [
          { '@type': 'WebPage', datePublished: '2024-05-01' },
          { '@type': ['Thing', 'schema:BlogPosting'], datePublished: '2024-05-02' },
        ],
      }),
    );
    expect(readPageDate(doc, NO_DATE_URL, JUNE_2024)).toEqual({ date: '2024-05-02', signal: 'json-ld' });
  });

  test('a web page when no article has a date', () => {
    const doc = withHead(
      jsonLd({ '@graph': [{ '@type': 'Article' }, { '@type': 'CollectionPage', datePublished: '2024-05-01' }] }),
    );
    expect(readPageDate(doc, NO_DATE_URL, JUNE_2024)).toEqual({ date: '2024-05-01', signal: 'json-ld' });
  });

  test('dates of other things in JSON-LD are not the page date', () => {
    const doc = withHead(
      jsonLd([
        { '@type': 'Event', startDate: '2024-05-13', datePublished: '2024-04-01' },
        { '@type': 'VideoObject', uploadDate: '2024-05-02', datePublished: '2024-05-02' },
        { '@type': 'Comment', dateCreated: '2024-05-03', datePublished: '2024-05-03' },
        {
          '@type': 'NewsArticle',
          headline: 'x',
          comment: [{ '@type': 'Comment', datePublished: '2024-05-04' }],
          video: { '@type': 'Article', datePublished: '2024-05-05' },
        },
      ]),
    );
    expect(readPageDate(doc, NO_DATE_URL, JUNE_2024)).toBeUndefined();
  });

  test('the most specific meta name first, whatever the document order', () => {
    const doc = withHead(
      meta('date', '2024-05-01') +
        meta('DC.date', '2024-05-02') +
        `<meta property="og:published_time" content="2024-05-03">`,
    );
    expect(readPageDate(doc, NO_DATE_URL, JUNE_2024)).toEqual({ date: '2024-05-03', signal: 'meta' });
  });

  test('meta names in any case, from name, property or itemprop', () => {
    for (const tag of [
      '<meta property="ARTICLE:PUBLISHED_TIME" content="2024-05-03">',
      '<meta name="datePublished" content="2024-05-03">',
      '<meta itemprop="datepublished" content="2024-05-03">',
      '<meta name="Publish-Date" content="2024-05-03">',
      '<meta name="pubdate" content="2024-05-03">',
    ]) {
      expect(readPageDate(withHead(tag), NO_DATE_URL, JUNE_2024)).toEqual({ date: '2024-05-03', signal: 'meta' });
    }
  });

  test('modified dates in meta and time elements, only when nothing else is there', () => {
    const modifiedTime =
      '<article><header><time itemprop="dateModified" datetime="2024-05-20">20 May</time></header></article>';
    expect(readPageDate(withHead('', modifiedTime), NO_DATE_URL, JUNE_2024)).toEqual({
      date: '2024-05-20',
      signal: 'modified',
    });
    expect(
      readPageDate(
        withHead(meta('article:modified_time', '2024-05-21') + published, modifiedTime),
        NO_DATE_URL,
        JUNE_2024,
      ),
    ).toEqual({
      date: '2024-05-14',
      signal: 'json-ld',
    });
    const updatedClass = '<div class="byline"><time class="updated" datetime="2024-05-22">22 May</time></div>';
    expect(readPageDate(withHead('', updatedClass), NO_DATE_URL, JUNE_2024)).toEqual({
      date: '2024-05-22',
      signal: 'modified',
    });
    // WordPress themes give an unedited post's only date both classes.
    const unedited =
      '<article><header><time class="entry-date published updated" datetime="2024-05-23">23 May</time></header></article>';
    expect(readPageDate(withHead('', unedited), NO_DATE_URL, JUNE_2024)).toEqual({
      date: '2024-05-23',
      signal: 'time',
    });
  });

  test('a byline time after comments and related lists that come first', () => {
    const body = `
      <div class="comments"><article><header><time datetime="2024-05-01">1 May</time></header></article></div>
      <ul class="related-links"><li><article><header><time datetime="2024-05-02">2 May</time></header></article></li></ul>
      <aside><article><header><time datetime="2024-05-03">3 May</time></header></article></aside>
      <div class="post-byline">By A <time>2024-05-09</time></div>`;
    expect(readPageDate(withHead('', body), NO_DATE_URL, JUNE_2024)).toEqual({ date: '2024-05-09', signal: 'time' });
  });

  test('a body class that names comments does not hide the whole page', () => {
    const doc = parse(
      '<html><body class="single has-comments"><article><header><time datetime="2024-05-09"></time></header></article></body></html>',
    );
    expect(readPageDate(doc, NO_DATE_URL, JUNE_2024)).toEqual({ date: '2024-05-09', signal: 'time' });
  });

  test('a microdata comment does not date the page', () => {
    const body = `<div class="comment" itemscope itemtype="https://schema.org/Comment"><meta itemprop="datePublished" content="2024-05-05"></div>`;
    expect(readPageDate(withHead('', body), NO_DATE_URL, JUNE_2024)).toBeUndefined();
  });
});

describe('dates in the URL', () => {
  test.each([
    ['https://example.com/2023/11/20/slug', '2023-11-20'],
    ['https://example.com/news/2023/11/20', '2023-11-20'],
    ['https://example.com/2023/1/5/slug', '2023-01-05'],
    ['https://www.example.com/technology/2023/nov/20/slug', '2023-11-20'],
    ['https://example.com/2023-11-20/slug', '2023-11-20'],
    ['https://example.com/blog/2023-11-20-slug.html', '2023-11-20'],
    ['https://example.com/news/20231120/slug', '2023-11-20'],
    ['https://example.com/news/20231120', '2023-11-20'],
  ])('reads %s', (url, date) => {
    expect(readPageDate(withHead(''), url, JUNE_2024)).toEqual({ date, signal: 'url' });
  });

  test.each([
    'https://example.com/2023/11/slug',
    'https://example.com/2023/13/45/slug',
    'https://example.com/2023/02/30/slug',
    'https://example.com/story/12345678/',
    'https://example.com/story-120231120',
    'https://example.com/story?date=2023-11-20',
    'https://example.com/story#2023-11-20',
    'https://2023-11-20.example.com/story',
    'https://example.com/1970/01/01/epoch',
    'https://example.com/2031/01/01/future',
    'not a url',
    '',
  ])('finds no date in %j', (url) => {
    expect(readPageDate(withHead(''), url, JUNE_2024)).toBeUndefined();
  });
});

describe('hostile documents', () => {
  const fallback = meta('article:published_time', '2024-05-20');
  const fallbackDate: PageDate = { date: '2024-05-20', signal: 'meta' };

  test.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"2024-05-01"'],
    ['an array of junk', '[null, 1, "x", [[]]]'],
    ['a graph that is no list', '{"@graph": "2024-05-01"}'],
    ['a type that is no string', '{"@type": 5, "datePublished": "2024-05-01"}'],
    ['a date that is no string', '{"@type": "NewsArticle", "datePublished": {"@value": 20240501}}'],
    ['a list of types with junk', '{"@type": [null, 7], "datePublished": "2024-05-01"}'],
    ['HTML comments around JSON', '<!-- {"@type": "NewsArticle", "datePublished": "2024-05-01"} -->'],
    ['a proto key', '{"__proto__": {"@type": "NewsArticle", "datePublished": "2024-05-01"}}'],
  ])('JSON-LD that is %s never throws', (_, text) => {
    const doc = withHead(`<script type="application/ld+json">${text}</script>${fallback}`);
    expect(readPageDate(doc, NO_DATE_URL, JUNE_2024)).toEqual(fallbackDate);
  });

  test('a deeply nested graph', () => {
    const article = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2024-05-01' });
    const graph = '{"@graph": ['.repeat(5000) + article + ']}'.repeat(5000);
    const doc = withHead(`<script type="application/ld+json">${graph}</script>${fallback}`);
    expect(readPageDate(doc, NO_DATE_URL, JUNE_2024)).toEqual(fallbackDate);
  });

  test('reads a bounded number of JSON-LD scripts', () => {
    const filler = jsonLd({ '@type': 'Organization', name: 'x' }).repeat(40);
    const doc = withHead(filler + jsonLd({ '@type': 'NewsArticle', datePublished: '2024-05-01' }) + fallback);
    expect(readPageDate(doc, NO_DATE_URL, JUNE_2024)).toEqual(fallbackDate);
  });

  test('does not parse a huge JSON-LD script', () => {
    const huge = jsonLd({ '@type': 'NewsArticle', datePublished: '2024-05-01', articleBody: 'x'.repeat(1_000_000) });
    expect(readPageDate(withHead(huge + fallback), NO_DATE_URL, JUNE_2024)).toEqual(fallbackDate);
  });

  test('a graph of many nodes is read only so far', () => {
    const nodes = Array.from({ length: 5000 }, () => ({ '@type': 'Person', name: 'x' }));
    const doc = withHead(
      jsonLd({ '@graph': [...nodes, { '@type': 'NewsArticle', datePublished: '2024-05-01' }] }) + fallback,
    );
    expect(readPageDate(doc, NO_DATE_URL, JUNE_2024)).toEqual(fallbackDate);
  });

  test('examines a bounded number of meta elements', () => {
    const junk = meta('viewport', 'width=device-width').repeat(3000);
    expect(readPageDate(withHead(junk + fallback), NO_DATE_URL, JUNE_2024)).toBeUndefined();
  });

  test('examines a bounded number of time elements', () => {
    const times = '<div class="byline"><time datetime="not a date">x</time></div>'.repeat(3000);
    const body = `${times}<div class="byline"><time datetime="2024-05-01">1 May</time></div>`;
    expect(readPageDate(withHead('', body), NO_DATE_URL, JUNE_2024)).toBeUndefined();
  });

  test('a huge datetime attribute is skipped', () => {
    const body = `<div class="byline"><time datetime="2024-05-01${' '.repeat(100_000)}">x</time></div>`;
    expect(readPageDate(withHead('', body), NO_DATE_URL, JUNE_2024)).toBeUndefined();
  });

  test('an invalid now finds nothing in the future', () => {
    expect(readPageDate(withHead(fallback), NO_DATE_URL, new Date(Number.NaN))).toEqual(fallbackDate);
  });
});
