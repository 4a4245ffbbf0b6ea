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
  // The site access stands, as at install: its notice has its own tests.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'test', version: '1' });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('App', () => {
  it('speaks the browser’s language and says so on the page', () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo(undefined));
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Wer ist wer, Mai 2024' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
  });

  it('puts the switches and the current page first, then story, timeline, people and corrections', () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo(undefined));
    render(<App />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Markierung',
      'Auf dieser Seite',
      'Was geschah',
      'Chronik',
      'Die Beteiligten',
      'Was der Bericht falsch oder ungenau darstellt',
    ]);
  });

  it('asks the background about the active tab and jumps there', async () => {
    const ask = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo({ sutskever: 2 }));
    const jump = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(resolvesTo(undefined));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: /Ilya Sutskever/ }));
    expect(ask).toHaveBeenCalledWith({ type: 'tab-mentions', tabId: TAB_ID });
    await vi.waitFor(() => expect(jump).toHaveBeenCalledWith(TAB_ID, { type: 'jump-to-mention', person: 'sutskever' }));
  });

  it('says that nobody is mentioned on a page it woke, whose counts the background has not got yet', async () => {
    // The page named no one, so its content script listens only once the popup wakes it.
    let woken = false;
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((() => {
      woken = true;
      return Promise.resolve([]);
    }) as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() =>
      woken ? Promise.resolve('news.example.org') : Promise.reject(new Error('No receiver'))) as never);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo(undefined));
    render(<App />);
    expect(await screen.findByText('Auf dieser Seite wird niemand aus der Geschichte erwähnt.')).toBeTruthy();
    expect(screen.queryByText('Diese Seite kann die Erweiterung nicht lesen.')).toBeNull();
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
    expect(await screen.findByRole('heading', { level: 1, name: 'Wer ist wer, Mai 2024' })).toBeTruthy();
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

  it('shows when the tab’s page was written, as its top frame reads it, and marks it on the timeline', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo({ altman: 1 }));
    const answers: Record<string, unknown> = {
      'page-host': 'news.example.org',
      'page-date': { type: 'page-date', pageDate: { date: '2023-11-20', signal: 'meta' } },
    };
    const ask = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockImplementation(((_tab: number, request: { type: string }) =>
        Promise.resolve(answers[request.type])) as never);
    render(<App />);
    expect(await screen.findByText('Erschienen am 20. November 2023, laut den Metadaten der Seite.')).toBeTruthy();
    expect(ask).toHaveBeenCalledWith(TAB_ID, { type: 'page-date' }, { frameId: 0 });
    expect(
      screen
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent)
        .slice(0, 4),
    ).toEqual(['Markierung', 'Auf dieser Seite', 'Diese Seite', 'Was geschah']);
    expect(document.getElementById('page-mark')!.textContent).toBe('Diese Seite: 20. Nov. 2023');
  });

  it.each([
    [{ type: 'page-date', pageDate: null }, 'Die Seite nennt kein Datum: Die Karten zeigen den Stand von Mai 2024.'],
    [{ type: 'page-date', pageDate: { date: '2023-02-30', signal: 'url' } }, null],
    [undefined, null],
  ])('shows no date and no mark for the answer %j', async (answer, line) => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo(undefined));
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(resolvesTo(answer));
    render(<App />);
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith(TAB_ID, { type: 'page-date' }, { frameId: 0 }));
    // Let the answer's promise chain settle before looking for what it did not bring.
    await new Promise((resolve) => setTimeout(resolve));
    if (line) expect(await screen.findByText(line)).toBeTruthy();
    else expect(screen.queryByRole('heading', { level: 2, name: 'Diese Seite' })).toBeNull();
    expect(document.getElementById('page-mark')).toBeNull();
  });

  it('opens the settings page', () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo(undefined));
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockImplementation(resolvesTo(undefined));
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Einstellungen' }));
    expect(open).toHaveBeenCalled();
  });
});
