import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../../entrypoints/popup/Timeline';
import { formatDate } from '../../../i18n/ui-text';
import { story } from '../../../knowledge/story';

afterEach(cleanup);

const eventItems = (container: ParentNode) => [...container.querySelectorAll<HTMLElement>('ol.timeline > li')];

describe('Timeline', () => {
  it.each(['de', 'en'] as const)('draws one marked event per entry, each with its date (%s)', (lang) => {
    const { container } = render(<Timeline events={story.timeline} lang={lang} />);
    const items = eventItems(container);
    expect(items).toHaveLength(story.timeline.length);
    story.timeline.forEach((event, i) => {
      const times = items[i]!.querySelectorAll('time');
      expect(times[0]!.getAttribute('dateTime')).toBe(event.date);
      expect(times[0]!.textContent).toBe(formatDate(event.date, lang));
    });
  });

  it('writes dates the German way', () => {
    const { container } = render(<Timeline events={story.timeline} lang="de" />);
    const [first] = eventItems(container);
    expect(first!.querySelector('.event-date')!.textContent).toBe('17. November 2023');
    expect(first!.textContent).toContain('Das Board setzt Sam Altman als CEO ab, Sutskever stimmt dafür.');
    expect(screen.getByRole('heading', { level: 2, name: 'Chronik' })).toBeTruthy();
  });

  it('shows an event that spans months as a range', () => {
    const { container } = render(<Timeline events={story.timeline} lang="en" />);
    const ranges = container.querySelectorAll('li.range');
    expect(ranges).toHaveLength(story.timeline.filter((event) => event.until).length);
    expect(ranges[0]!.querySelector('.event-date')!.textContent).toBe('December 2023 – May 2024');
    expect(eventItems(container)[0]!.classList.contains('range')).toBe(false);
  });

  it('names the people involved and the source of each event', () => {
    const { container } = render(<Timeline events={story.timeline} lang="en" />);
    const first = eventItems(container)[0]!;
    const involved = within(first).getByRole('list', { name: 'Involved' });
    expect(
      within(involved)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Sam Altman', 'Ilya Sutskever']);
    expect(first.querySelector('.source')!.textContent).toBe('Source: OpenAI, 17 November 2023');
    const link = within(first).getByRole('link', { name: 'OpenAI' });
    expect(link.title).toBe('OpenAI announces leadership transition');
    expect(link.getAttribute('href')).toBe('https://openai.com/index/openai-announces-leadership-transition/');
  });
});
