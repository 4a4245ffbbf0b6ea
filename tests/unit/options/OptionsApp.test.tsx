import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/options/App';
import { DEFAULT_SETTINGS } from '../../../model/settings';
import { loadSettings, saveSettings } from '../../../storage/settings-store';

// The browser types pick the callback overload for spies; the page uses the promise form.
const resolvesTo = (value: unknown) => (() => Promise.resolve(value)) as never;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation(
    resolvesTo([
      { name: 'toggle-marking', shortcut: 'Alt+Shift+M' },
      { name: 'next-mention', shortcut: '' },
      { name: '_execute_action', shortcut: 'Ctrl+Y' },
    ]),
  );
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the settings page', () => {
  it('shows every setting as a labelled control', async () => {
    render(<App initialSettings={DEFAULT_SETTINGS} />);
    expect(screen.getByRole('switch', { name: 'Mark names on all sites' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Add a site' })).toBeTruthy();
    const dwell = screen.getByRole('slider', { name: 'Delay before a card opens' });
    expect(dwell.getAttribute('aria-valuetext')).toBe('400 ms');
    expect(screen.getByRole('group', { name: 'How names are marked' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Dotted underline' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Same as the browser' }) as HTMLInputElement).checked).toBe(true);
    // Only the extension's own commands, with "not set" where the browser bound no key.
    expect(await screen.findByText('Alt+Shift+M')).toBeTruthy();
    expect(screen.getByText('not set')).toBeTruthy();
    expect(screen.queryByText('Ctrl+Y')).toBeNull();
  });

  it('saves each change at once and says so in a live region', async () => {
    render(<App initialSettings={DEFAULT_SETTINGS} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Coloured background' }));
    await vi.waitFor(async () => expect((await loadSettings()).highlightStyle).toBe('background'));
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));

    fireEvent.change(screen.getByRole('slider'), { target: { value: '900' } });
    await vi.waitFor(async () => expect((await loadSettings()).dwellMs).toBe(900));

    fireEvent.click(screen.getByRole('switch', { name: 'Mark names on all sites' }));
    await vi.waitFor(async () => expect((await loadSettings()).enabled).toBe(false));
  });

  it('speaks the chosen language at once', async () => {
    render(<App initialSettings={DEFAULT_SETTINGS} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Deutsch' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen: Wer ist wer, Mai 2024' })).toBeTruthy();
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('de'));
    expect(screen.getByRole('slider', { name: 'Verzögerung, bis die Karte öffnet' })).toBeTruthy();
  });

  it('follows changes made elsewhere, as from the popup or a keyboard command', async () => {
    render(<App initialSettings={DEFAULT_SETTINGS} />);
    await saveSettings({ disabledSites: ['example.org'] });
    expect(await screen.findByRole('button', { name: 'Remove example.org' })).toBeTruthy();
  });
});

describe('the settings page, when a change is not saved', () => {
  it('says so in an alert, takes the change back, and shows no "Saved"', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'),
    );
    render(<App initialSettings={DEFAULT_SETTINGS} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Add a site' }), { target: { value: 'example.org' } });
    fireEvent.submit(screen.getByRole('textbox', { name: 'Add a site' }).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not saved: the browser refused to store the change. Try again later.',
    );
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Remove example.org' })).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('');
    // The next change that is saved takes the alert away.
    fireEvent.click(screen.getByRole('radio', { name: 'Coloured background' }));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
