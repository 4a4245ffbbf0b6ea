import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteList } from '../../../entrypoints/options/SiteList';

afterEach(cleanup);

const type = (text: string) => {
  const field = screen.getByRole('textbox', { name: 'Add a site' });
  fireEvent.input(field, { target: { value: text } });
  fireEvent.submit(field.closest('form')!);
  return field;
};

describe('SiteList', () => {
  it('says when no site is off', () => {
    render(<SiteList sites={[]} lang="en" onChange={() => {}} />);
    expect(screen.getByText('None: the extension works on every site.')).toBeTruthy();
  });

  it('adds the host of what was typed, and empties the field', () => {
    const onChange = vi.fn();
    render(<SiteList sites={['a.org']} lang="en" onChange={onChange} />);
    const field = type('https://News.Example.org/today');
    expect(onChange).toHaveBeenCalledWith(['a.org', 'news.example.org']);
    expect((field as HTMLInputElement).value).toBe('');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses what is no host, and says why in an alert tied to the field', () => {
    const onChange = vi.fn();
    render(<SiteList sites={[]} lang="de" onChange={onChange} />);
    const field = screen.getByRole('textbox', { name: 'Seite hinzufügen' });
    fireEvent.input(field, { target: { value: 'kein host' } });
    fireEvent.submit(field.closest('form')!);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Das ist kein Hostname. Geben Sie etwa example.org ein.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses a site already listed', () => {
    const onChange = vi.fn();
    render(<SiteList sites={['example.org']} lang="en" onChange={onChange} />);
    type('EXAMPLE.org');
    expect(screen.getByRole('alert').textContent).toBe('example.org is already in the list.');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('removes a site by its button, named after the site, and keeps the focus in the form', () => {
    const onChange = vi.fn();
    render(<SiteList sites={['a.org', 'b.org']} lang="en" onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.org' }));
    expect(onChange).toHaveBeenCalledWith(['b.org']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Add a site' }));
  });
});

describe('SiteList, full', () => {
  it('refuses a site the browser could not store, and says why', () => {
    const onChange = vi.fn();
    const full = Array.from({ length: 1000 }, (_, i) => `site-${i}.example.com`);
    render(<SiteList sites={full} lang="en" onChange={onChange} />);
    type('one-more.example.com');
    expect(screen.getByRole('alert').textContent).toBe(
      'The list is full: the browser cannot store more sites in it. Remove one first.',
    );
    expect(onChange).not.toHaveBeenCalled();
  });
});
