import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MentionList } from '../../../entrypoints/popup/MentionList';
import type { MentionCounts } from '../../../model/messages';
import { ui } from '../../../i18n/ui-text';

afterEach(cleanup);

const counts = (value: MentionCounts | undefined) => () => Promise.resolve(value);
const noJump = () => Promise.resolve();

describe('MentionList', () => {
  it('lists who the page mentions with counts, in German', async () => {
    render(<MentionList lang="de" loadCounts={counts({ leike: 1, sutskever: 3, altman: 0 })} onJump={noJump} />);
    const buttons = await screen.findAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Ilya Sutskever3 Erwähnungen', 'Jan Leike1 Erwähnung']);
    expect(buttons[0]!.title).toBe('Zur nächsten Erwähnung von Ilya Sutskever');
    expect(screen.getByRole('heading', { level: 2, name: 'Auf dieser Seite' })).toBeTruthy();
  });

  it('lists who the page mentions with counts, in English', async () => {
    render(<MentionList lang="en" loadCounts={counts({ pachocki: 2 })} onJump={noJump} />);
    const button = await screen.findByRole('button', { name: /Jakub Pachocki/ });
    expect(button.textContent).toBe('Jakub Pachocki2 mentions');
    expect(button.title).toBe('Go to the next mention of Jakub Pachocki');
    expect(screen.getByText('Click a name to go to its next mention.')).toBeTruthy();
  });

  it('asks for the next mention of the person whose button is pressed', async () => {
    const onJump = vi.fn(noJump);
    render(<MentionList lang="en" loadCounts={counts({ sutskever: 2, altman: 5 })} onJump={onJump} />);
    fireEvent.click(await screen.findByRole('button', { name: /Sam Altman/ }));
    expect(onJump).toHaveBeenCalledExactlyOnceWith('altman');
  });

  it.each([
    ['de', 'Auf dieser Seite wird niemand aus der Geschichte erwähnt.'],
    ['en', 'Nobody from the story is mentioned on this page.'],
  ] as const)('says so when nobody is mentioned (%s)', async (lang, text) => {
    render(<MentionList lang={lang} loadCounts={counts({})} onJump={noJump} />);
    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    ['de', 'Diese Seite kann die Erweiterung nicht lesen.'],
    ['en', 'The extension cannot read this page.'],
  ] as const)('says so when the page cannot be read (%s)', async (lang, text) => {
    render(<MentionList lang={lang} loadCounts={counts(undefined)} onJump={noJump} />);
    expect(await screen.findByText(text)).toBeTruthy();
  });

  it.each([
    ['de', 'Auf der Seite in jenem Tab hat die Erweiterung niemanden gefunden.'],
    ['en', 'The extension has found nobody on the page in that tab.'],
  ] as const)(
    'in the story tab, says what it has not seen rather than that it cannot read (%s)',
    async (lang, text) => {
      // The story tab cannot wake a page that named no one (no toolbar click grants it the tab), so no answer there
      // may as well be a page without a name as a page the extension cannot read.
      render(<MentionList lang={lang} loadCounts={counts(undefined)} onJump={noJump} aboutOtherTab />);
      expect(await screen.findByText(text, { exact: false })).toBeTruthy();
      expect(screen.queryByText(ui[lang].pageUnavailable)).toBeNull();
    },
  );

  it('treats a failed request as a page it cannot read', async () => {
    const fail = () => Promise.reject(new Error('Receiving end does not exist.'));
    render(<MentionList lang="en" loadCounts={fail} onJump={noJump} />);
    expect(await screen.findByText('The extension cannot read this page.')).toBeTruthy();
  });

  it('shows the page as unreadable when a jump cannot reach it', async () => {
    const fail = () => Promise.reject(new Error('Receiving end does not exist.'));
    render(<MentionList lang="en" loadCounts={counts({ leike: 1 })} onJump={fail} />);
    fireEvent.click(await screen.findByRole('button', { name: /Jan Leike/ }));
    expect(await screen.findByText('The extension cannot read this page.')).toBeTruthy();
  });

  it('says nothing while it waits for the tab', () => {
    const { container } = render(<MentionList lang="en" loadCounts={() => new Promise(() => {})} onJump={noJump} />);
    expect(container.querySelector('[aria-busy="true"]')).toBeTruthy();
    expect(container.querySelector('p')).toBeNull();
  });
});
