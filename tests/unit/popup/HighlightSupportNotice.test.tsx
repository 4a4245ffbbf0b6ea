import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightSupportNotice, supportsHighlights } from '../../../entrypoints/popup/HighlightSupportNotice';
import { ui } from '../../../i18n/ui-text';

// happy-dom, like Firefox before 140, has no CSS Custom Highlight API.
function giveHighlightApi() {
  vi.stubGlobal('Highlight', class {});
  vi.stubGlobal('CSS', { ...globalThis.CSS, highlights: new Map() });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('HighlightSupportNotice', () => {
  it('finds no highlight API where the browser has none', () => {
    expect(supportsHighlights()).toBe(false);
  });

  it('finds it where `CSS.highlights` and `Highlight` exist', () => {
    giveHighlightApi();
    expect(supportsHighlights()).toBe(true);
  });

  it('needs both: a registry without the Highlight class cannot mark', () => {
    vi.stubGlobal('CSS', { highlights: new Map() });
    expect(supportsHighlights()).toBe(false);
  });

  it.each(['en', 'de'] as const)('says in %s that names cannot be marked in this browser', (lang) => {
    render(<HighlightSupportNotice lang={lang} />);
    const notice = screen.getByText(ui[lang].noHighlights);
    expect(notice.getAttribute('lang')).toBe(lang);
    expect(notice.textContent).toContain('140');
  });

  it('says nothing where marking works', () => {
    giveHighlightApi();
    const { container } = render(<HighlightSupportNotice lang="en" />);
    expect(container.textContent).toBe('');
  });
});
