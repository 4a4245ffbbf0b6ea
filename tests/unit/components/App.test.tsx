import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/popup/App';

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

  it('puts the current page first, then story, timeline, people and corrections', () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(resolvesTo(undefined));
    render(<App />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
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
});
