import { describe, expect, test } from 'vitest';
import { siteFromInput, withSite } from '../../../model/site-list';

describe('siteFromInput: what a user means by the site they type', () => {
  test.each([
    ['example.org', 'example.org'],
    ['  Example.ORG ', 'example.org'],
    ['news.example.org/politics?page=2', 'news.example.org'],
    ['https://www.example.org:8443/page#top', 'www.example.org'],
    ['http://127.0.0.1:5173/', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['example.org.', 'example.org'],
    ['bücher.de', 'xn--bcher-kva.de'],
  ])('%j is %j', (input, expected) => {
    expect(siteFromInput(input)).toBe(expected);
  });

  test.each(['', '   ', 'exa mple.org', '<script>', 'file:///home/me/page.html', 'a..b', '.example.org', 'https://'])(
    '%j is no site',
    (input) => {
      expect(siteFromInput(input)).toBeUndefined();
    },
  );
});

describe('withSite', () => {
  test('switches a site off by listing it, and on by taking it out', () => {
    expect(withSite([], 'example.org', false)).toEqual(['example.org']);
    expect(withSite(['a.org', 'example.org'], 'example.org', true)).toEqual(['a.org']);
    expect(withSite(['example.org'], 'example.org', false)).toEqual(['example.org']);
    expect(withSite(['a.org'], 'example.org', true)).toEqual(['a.org']);
  });
});
