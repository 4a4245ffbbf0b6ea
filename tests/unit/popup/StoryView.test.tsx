import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Corrections } from '../../../entrypoints/popup/Corrections';
import { StoryView } from '../../../entrypoints/popup/StoryView';
import { story } from '../../../knowledge/story';

afterEach(cleanup);

describe('StoryView', () => {
  it('quotes the German headline with its source and month, then tells the story in German', () => {
    const { container } = render(<StoryView story={story} lang="de" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Was geschah' })).toBeTruthy();
    const quote = container.querySelector('blockquote')!;
    expect(quote.textContent).toBe('OpenAI-Chefwissenschaftler Ilya Sutskever verlässt das Unternehmen');
    expect(quote.getAttribute('lang')).toBe('de');
    expect(container.querySelector('figcaption')!.textContent).toBe(
      'Überschrift des Berichts · Quelle: gagadget.com, Mai 2024',
    );
    expect(
      screen.getByText(
        /Am 14\. Mai 2024, in Kalifornien am Nachmittag, in New York am Abend und in Europa bereits am 15\. Mai,/,
      ),
    ).toBeTruthy();
  });

  it('keeps the headline in German but tells the story in English', () => {
    const { container } = render(<StoryView story={story} lang="en" />);
    expect(screen.getByRole('heading', { level: 2, name: 'What happened' })).toBeTruthy();
    expect(container.querySelector('blockquote')!.getAttribute('lang')).toBe('de');
    expect(container.querySelector('figcaption')!.textContent).toBe(
      'The report’s headline · Source: gagadget.com, May 2024',
    );
    expect(
      screen.getByText(
        /On 14 May 2024, in the afternoon in California and the evening in New York, already 15 May in Europe,/,
      ),
    ).toBeTruthy();
  });

  it('gives the sources of the summary, each linked and dated', () => {
    const { container } = render(<StoryView story={story} lang="en" />);
    const line = container.querySelector('.summary-sources')!;
    expect(line.textContent).toMatch(/^Sources: Ilya Sutskever on X, 14 May 2024; OpenAI, 17 November 2023; /);
    expect(line.querySelectorAll('a')).toHaveLength(story.summarySources.length);
  });

  it('links the source in a new tab without giving it a handle on the popup', () => {
    render(<StoryView story={story} lang="en" />);
    const link = screen.getByRole('link', { name: 'gagadget.com' });
    expect(link.getAttribute('href')).toBe(story.source.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('Corrections', () => {
  it.each([
    [
      'de',
      'Was der Bericht falsch oder ungenau darstellt',
      'Im Text schreibt der Bericht „Sutzkever“; richtig ist Sutskever, wie in der Überschrift.',
      'Quellen: Ilya Sutskever on X, 14. Mai 2024; TechCrunch, 14. Mai 2024',
    ],
    [
      'en',
      'What the report gets wrong or leaves vague',
      'In its body the report spells the name „Sutzkever“; the right spelling is Sutskever, as in its headline.',
      'Sources: Ilya Sutskever on X, 14 May 2024; TechCrunch, 14 May 2024',
    ],
  ] as const)('lists every correction with its sources (%s)', (lang, heading, first, sources) => {
    render(<Corrections corrections={story.corrections} lang={lang} />);
    expect(screen.getByRole('heading', { level: 2, name: heading })).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(story.corrections.length);
    expect(items[0]!.textContent).toBe(`${first} ${sources}`);
  });
});
