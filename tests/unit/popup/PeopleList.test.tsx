import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleList } from '../../../entrypoints/popup/PeopleList';
import { people } from '../../../knowledge/people';

afterEach(cleanup);

const personCard = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('article')!;

describe('PeopleList', () => {
  it('shows the four people in order', () => {
    render(<PeopleList people={people} lang="en" />);
    expect(screen.getByRole('heading', { level: 2, name: 'The people involved' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Ilya Sutskever',
      'Sam Altman',
      'Jan Leike',
      'Jakub Pachocki',
    ]);
  });

  it('gives role and dated, sourced status as of May 2024 in German', () => {
    render(<PeopleList people={people} lang="de" />);
    const leike = personCard('Jan Leike');
    expect(leike.textContent).toContain(
      'Leitete bis Mai 2024 mit Sutskever das Superalignment-Team von OpenAI; seit 28. Mai 2024 bei Anthropic',
    );
    expect(leike.textContent).toContain('Stand: Mai 2024');
    const [anthropic, ...more] = leike.querySelectorAll(':scope > .facts > li');
    expect(more).toHaveLength(0);
    expect(anthropic!.textContent).toContain('28. Mai 2024 Seit 28. Mai 2024 bei Anthropic');
    expect(within(anthropic as HTMLElement).getByText(/^Quelle:/).textContent).toBe(
      'Quelle: Jan Leike on X, 28. Mai 2024',
    );
    const resigned = [...leike.querySelectorAll('details .facts > li')].map((li) => li.textContent);
    expect(resigned).toContainEqual(expect.stringContaining('15. Mai 2024 Leike schreibt: „Ich habe gekündigt“'));
  });

  it('keeps what changed folded away in a details element', () => {
    render(<PeopleList people={people} lang="en" />);
    const altman = personCard('Sam Altman');
    const details = altman.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('What changed');
    const changes = details.querySelectorAll('.facts > li');
    expect(changes).toHaveLength(people[1].changes.length);
    expect(changes[0]!.textContent).toContain(
      '17 November 2023 The board removes Sam Altman as CEO, with Sutskever’s vote.',
    );
  });
});
