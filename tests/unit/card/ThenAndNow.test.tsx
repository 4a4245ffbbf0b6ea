import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PersonCard } from '../../../entrypoints/card/PersonCard';
import { ui, type Lang } from '../../../i18n/ui-text';
import { people } from '../../../knowledge/people';
import type { PersonId } from '../../../model/person';
import type { PageDate, PageDateSignal } from '../../../model/page-date';

afterEach(cleanup);

const personOf = (id: PersonId) => people.find((person) => person.id === id)!;

/** The card of `id` on a page written on `date`, and its text as read aloud, spaces collapsed. */
function card(id: PersonId, date: string | undefined, lang: Lang = 'en', signal: PageDateSignal = 'meta') {
  const pageDate: PageDate | undefined = date === undefined ? undefined : { date, signal };
  const { container } = render(
    <PersonCard person={personOf(id)} lang={lang} pageDate={pageDate} onOpenStory={() => {}} />,
  );
  return { container, text: container.textContent!.replace(/\s+/g, ' ') };
}

const headings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
const itemsUnder = (container: HTMLElement, selector: string) =>
  [...container.querySelectorAll<HTMLElement>(`${selector} > li`)].map((li) => li.textContent!.replace(/\s+/g, ' '));

describe('the card, then and now', () => {
  it('shows Altman on 20 Nov 2023: removed on 17 Nov, no return agreed yet; then what changed by May 2024', () => {
    const { container } = card('altman', '2023-11-20');
    expect(headings()).toEqual(['When this page was written (20 Nov 2023)', 'Since then', 'As of May 2024']);
    const then = container.querySelector('.then')!;
    expect(itemsUnder(then as HTMLElement, 'ul.facts').slice(0, 2)).toEqual([
      '17 November 2023 Removed as CEO by the board; no return agreed yet. Source: OpenAI, 17 November 2023',
      '17 November 2023 Off the board: his removal as CEO took him off it too. Source: OpenAI, 17 November 2023',
    ]);
    const [status, since] = then.querySelectorAll('ul.facts');
    expect(status!.children).toHaveLength(2);
    // The day's own events (the staff letter of 20 Nov) are part of the status on it, not changes since.
    expect([...since!.children].map((li) => li.querySelector('time')!.getAttribute('dateTime'))).toEqual([
      '2023-11-22',
      '2023-11-29',
      '2024-03-08',
    ]);
    expect(since!.textContent).toContain('Altman rejoins the board.');
    expect(
      within(then as HTMLElement)
        .getByText('20 Nov 2023')
        .getAttribute('dateTime'),
    ).toBe('2023-11-20');
  });

  it('speaks German, with the short German date', () => {
    const { text } = card('altman', '2023-11-20', 'de');
    expect(headings()).toEqual(['Als diese Seite erschien (20. Nov. 2023)', 'Seitdem', 'Stand: Mai 2024']);
    expect(text).toContain('17. November 2023 Vom Board als CEO abgesetzt; eine Rückkehr ist noch nicht vereinbart.');
    expect(text).toContain('Altman kehrt ins Board zurück.');
  });

  it('shows Sutskever on 8 Mar 2024: chief scientist with his role open, off the board, then his leaving', () => {
    const { container } = card('sutskever', '2024-03-08', 'en', 'json-ld');
    const [status, since] = container.querySelectorAll('.then ul.facts');
    expect([...status!.children].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^29 November 2023 Chief scientist, but with his role open/),
      expect.stringMatching(/^29 November 2023 No longer on OpenAI’s board/),
      expect.stringMatching(/^5 July 2023 Co-leads OpenAI’s Superalignment team/),
    ]);
    // The months his role stayed unclear count while they last.
    expect(since!.children[0]!.textContent).toMatch(
      /^December 2023 – May 2024 Sutskever’s role at OpenAI stays unclear/,
    );
    expect(since!.textContent).toContain('Sutskever announces that he is leaving OpenAI');
  });

  it('says the status was the one of May 2024 rather than repeat it, and that nothing changed since', () => {
    const { container } = card('altman', '2024-03-08');
    const then = container.querySelector<HTMLElement>('.then')!;
    expect(then.querySelector('ul')).toBeNull();
    expect(then.textContent).toContain(ui.en.sameAsMay);
    expect(then.textContent).toContain(ui.en.noChangeSince);
  });

  it('says when a page is older than anything on record about the person, and lists all that changed since', () => {
    const { container } = card('leike', '2019-06-01');
    const then = container.querySelector<HTMLElement>('.then')!;
    expect(then.textContent).toContain('Nothing on record yet: the first entry about Jan Leike is from 2021.');
    expect(then.querySelector('ul.facts > li time')!.textContent).toBe('2021');
  });

  it('gives a page from after May 2024 one line, and no later facts', () => {
    const { container, text } = card('pachocki', '2025-01-21', 'en', 'time');
    expect(container.querySelector('.then')).toBeNull();
    expect(container.querySelector('.then-note')!.textContent).toBe(
      'This page is from 21 Jan 2025; the card stops at May 2024.',
    );
    expect(headings()).toEqual(['As of May 2024']);
    expect(text).not.toContain('2025 ');
    cleanup();
    card('pachocki', '2025-01-21', 'de', 'time');
    expect(screen.getByText('Diese Seite ist vom 21. Jan. 2025; die Karte reicht nur bis Mai 2024.')).toBeTruthy();
  });

  it('is today’s card for a page without a date, or with a date it cannot read', () => {
    for (const date of [undefined, '2023-02-30', 'yesterday']) {
      const { container } = card('altman', date);
      expect(container.querySelector('.then, .then-note'), String(date)).toBeNull();
      expect(headings()).toEqual(['As of May 2024']);
      cleanup();
    }
  });

  it('says "last changed" for a date that is only the page’s last change', () => {
    card('leike', '2024-05-15', 'en', 'modified');
    expect(headings()[0]).toBe('When this page was last changed (15 May 2024)');
  });
});
