import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/popup/App';
import { loadSettings, saveSettings } from '../../../storage/settings-store';

const TAB_ID = 7;

// The browser types pick the callback overload for spies; the popup uses the promise form.
const resolvesTo = (value: unknown) => (() => Promise.resolve(value)) as never;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-DE');
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(resolvesTo([{ id: TAB_ID }]));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('App', () => {
  it('speaks the browser’s language and says so on the page', () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo(undefined));
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Who’s Who, Mai 2024' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
  });

  it('puts the switches and the current page first, then story, timeline, people and corrections', () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo(undefined));
    render(<App />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Markierung',
      'Auf dieser Seite',
      'Worum es geht',
      'Chronik',
      'Die Beteiligten',
      'Was der Bericht ungenau darstellt',
    ]);
  });

  it('asks the background about the active tab and jumps there', async () => {
    const ask = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo({ sutskever: 2 }));
    const jump = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(resolvesTo(undefined));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: /Ilya Sutskever/ }));
    expect(ask).toHaveBeenCalledWith({ type: 'tab-mentions', tabId: TAB_ID });
    await vi.waitFor(() =>
      expect(jump).toHaveBeenCalledWith(TAB_ID, { type: 'jump-to-mention', person: 'sutskever' }),
    );
  });

  it('ignores an answer that is not a count of mentions', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo({ sutskever: 'many' }));
    render(<App />);
    expect(await screen.findByText('Diese Seite kann die Erweiterung nicht lesen.')).toBeTruthy();
  });

  it('speaks the language chosen in the settings rather than the browser’s, and follows a change', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo(undefined));
    await saveSettings({ language: 'en' });
    render(<App initialSettings={await loadSettings()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Who’s Who, May 2024' })).toBeTruthy();
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'));
    await saveSettings({ language: 'browser' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Who’s Who, Mai 2024' })).toBeTruthy();
  });

  it('switches marking off on the tab’s site, which the top frame names, and stops listing mentions', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo({ sutskever: 2 }));
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(resolvesTo('news.example.org'));
    render(<App />);
    const site = await screen.findByRole('switch', { name: 'Namen auf news.example.org markieren' });
    expect(ask).toHaveBeenCalledWith(TAB_ID, { type: 'page-host' }, { frameId: 0 });
    expect(site.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(site);
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['news.example.org']));
    await vi.waitFor(() => expect(site.getAttribute('aria-checked')).toBe('false'));
    expect(screen.getByText('Auf dieser Seite ist die Erweiterung aus.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Ilya Sutskever/ })).toBeNull();
  });

  it('says so when the browser refuses the change, and keeps the switch as storage has it', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo(undefined));
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(resolvesTo('news.example.org'));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    render(<App />);
    const site = await screen.findByRole('switch', { name: 'Namen auf news.example.org markieren' });
    fireEvent.click(site);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nicht gespeichert: Der Browser hat die Änderung abgelehnt. Versuchen Sie es später noch einmal.',
    );
    await vi.waitFor(() => expect(site.getAttribute('aria-checked')).toBe('true'));
  });

  it('switches marking off everywhere, and offers no site switch where no page answers', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo(undefined));
    render(<App />);
    const everywhere = screen.getByRole('switch', { name: 'Namen auf allen Seiten markieren' });
    fireEvent.click(everywhere);
    await vi.waitFor(async () => expect((await loadSettings()).enabled).toBe(false));
    await vi.waitFor(() => expect(everywhere.getAttribute('aria-checked')).toBe('false'));
    expect(screen.getAllByRole('switch')).toHaveLength(1);
  });

  it('opens the settings page', () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo(undefined));
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockImplementation(resolvesTo(undefined));
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Einstellungen' }));
    expect(open).toHaveBeenCalled();
  });
});
