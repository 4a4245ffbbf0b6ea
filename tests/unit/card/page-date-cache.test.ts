import { afterEach, describe, expect, it } from 'vitest';
import { currentPageDate } from '../../../entrypoints/card/page-date-cache';

const setMeta = (content: string) => {
  document.head.innerHTML = `<meta property="article:published_time" content="${content}">`;
};

afterEach(() => {
  document.head.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('currentPageDate', () => {
  it('reads the page’s date when first asked, and keeps it for the page’s address', () => {
    history.replaceState(null, '', '/first.html');
    setMeta('2023-11-20T09:00:00Z');
    expect(currentPageDate()).toEqual({ date: '2023-11-20', signal: 'meta' });
    // Read once per address: a later change to the same page's head is not read again.
    setMeta('2024-03-08T09:00:00Z');
    expect(currentPageDate()).toEqual({ date: '2023-11-20', signal: 'meta' });
  });

  it('reads again when a single-page app moves to another address', () => {
    history.replaceState(null, '', '/a.html');
    setMeta('2023-11-20T09:00:00Z');
    expect(currentPageDate()?.date).toBe('2023-11-20');
    history.pushState(null, '', '/2024/05/15/story.html');
    document.head.innerHTML = '';
    expect(currentPageDate()).toEqual({ date: '2024-05-15', signal: 'url' });
  });

  it('gives no date for a page without one', () => {
    history.replaceState(null, '', '/undated.html');
    expect(currentPageDate()).toBeUndefined();
  });
});
