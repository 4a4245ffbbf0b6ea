import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_MARK_ID, ThisPage } from '../../../entrypoints/popup/ThisPage';
import { Timeline } from '../../../entrypoints/popup/Timeline';
import { placeOnTimeline } from '../../../entrypoints/popup/timeline-place';
import { story } from '../../../knowledge/story';

afterEach(cleanup);

const sectionText = () => screen.getByRole('region', { name: /This page|Diese Seite/ }).textContent;

describe('ThisPage', () => {
  it('gives the page’s date, where it comes from, and a link to its mark on the timeline', () => {
    render(<ThisPage pageDate={{ date: '2023-11-20', signal: 'meta' }} lang="en" />);
    expect(sectionText()).toBe(
      'This pageWritten on 20 November 2023, from the page’s metadata.Where the date falls on the timeline',
    );
    expect(screen.getByRole('link', { name: 'Where the date falls on the timeline' }).getAttribute('href')).toBe(
      `#${PAGE_MARK_ID}`,
    );
  });

  it.each([
    ['json-ld', 'de', 'Erschienen am 8. März 2024, laut den strukturierten Daten der Seite (JSON-LD).'],
    ['url', 'en', 'Written on 8 March 2024, from the page’s address.'],
    ['time', 'en', 'Written on 8 March 2024, from the date in the article’s byline.'],
    ['modified', 'en', 'Last changed on 8 March 2024; the page gives no date of publication.'],
  ] as const)('names the signal %s (%s)', (signal, lang, line) => {
    render(<ThisPage pageDate={{ date: '2024-03-08', signal }} lang={lang} />);
    expect(screen.getByText(line)).toBeTruthy();
  });

  it('says that the cards stop at May 2024 for a later page', () => {
    render(<ThisPage pageDate={{ date: '2025-01-21', signal: 'time' }} lang="en" />);
    expect(sectionText()).toContain(
      'Written on 21 January 2025, from the date in the article’s byline. That is after May 2024: the cards show nothing later.',
    );
  });

  it('says so when the page gives no date', () => {
    render(<ThisPage pageDate={null} lang="de" />);
    expect(sectionText()).toBe('Diese SeiteDie Seite nennt kein Datum: Die Karten zeigen den Stand von Mai 2024.');
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('the page on the timeline', () => {
  it('falls after the events of its own day and before the next', () => {
    const claims = (day: string) => {
      const at = placeOnTimeline(story.timeline, day);
      return [story.timeline[at - 1]?.claim, story.timeline[at]?.claim];
    };
    expect(claims('2023-11-20')).toEqual(['staff-letter', 'return-agreed']);
    expect(claims('2023-11-16')).toEqual([undefined, 'altman-removed']);
    // The months of Sutskever's unclear role count from December.
    expect(claims('2023-12-01')).toEqual(['sutskever-limbo', 'altman-rejoins-board']);
    expect(claims('2024-03-08')).toEqual([
      'altman-rejoins-board',
      story.timeline.find((e) => e.date > '2024-03-08')!.claim,
    ]);
    expect(placeOnTimeline(story.timeline, '2025-01-21')).toBe(story.timeline.length);
  });

  it.each([
    ['2023-11-20', 'en', 'This page: 20 Nov 2023', 'staff-letter'],
    ['2024-03-08', 'de', 'Diese Seite: 8. März 2024', 'altman-rejoins-board'],
  ] as const)('is marked on the timeline: %s (%s)', (day, lang, label, before) => {
    const { container } = render(<Timeline events={story.timeline} lang={lang} pageDay={day} />);
    const items = [...container.querySelectorAll('ol.timeline > li')];
    expect(items).toHaveLength(story.timeline.length + 1);
    const mark = items.findIndex((li) => li.id === PAGE_MARK_ID);
    expect(items[mark]!.textContent).toBe(label);
    expect(items[mark - 1]!.textContent).toContain(story.timeline.find((e) => e.claim === before)!.text[lang]);
    // Focusable when the link is followed, not a stop in the tab order.
    expect((items[mark] as HTMLElement).tabIndex).toBe(-1);
  });

  it('marks a page from before the story first and one from after May 2024 last, and none without a date', () => {
    const markAt = (pageDay?: string) => {
      const { container } = render(<Timeline events={story.timeline} lang="en" pageDay={pageDay} />);
      const items = [...container.querySelectorAll('ol.timeline > li')];
      cleanup();
      return items.findIndex((li) => li.id === PAGE_MARK_ID);
    };
    expect(markAt('2019-06-01')).toBe(0);
    expect(markAt('2025-01-21')).toBe(story.timeline.length);
    expect(markAt(undefined)).toBe(-1);
  });
});
