import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasSiteAccess, SiteAccessNotice, type SiteAccessApi } from '../../../entrypoints/popup/SiteAccessNotice';
import { ui } from '../../../i18n/ui-text';

/** An API whose manifest declares `matches` for the content script and which holds the hosts `granted`. */
function api(matches: string[] | undefined, granted: readonly string[]) {
  const contains = vi.fn(({ origins }: { origins: string[] }) =>
    Promise.resolve(origins.every((origin) => granted.includes(origin))),
  );
  const reach: SiteAccessApi = {
    runtime: { getManifest: () => ({ content_scripts: matches ? [{ matches }] : undefined }) },
    permissions: { contains },
  };
  return { reach, contains };
}

const HOSTS = ['http://*/*', 'https://*/*', 'file:///*'];

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('hasSiteAccess', () => {
  it('holds where the content script’s web hosts are granted, as at install', async () => {
    expect(await hasSiteAccess(api(HOSTS, HOSTS).reach)).toBe(true);
  });

  it('fails where the user withdrew them', async () => {
    expect(await hasSiteAccess(api(HOSTS, []).reach)).toBe(false);
  });

  it('asks for the web hosts only: file pages have a switch of their own in Chromium', async () => {
    const { reach, contains } = api(HOSTS, ['http://*/*', 'https://*/*']);
    expect(await hasSiteAccess(reach)).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
  });

  it('holds without asking where no content script is declared', async () => {
    const { reach, contains } = api(undefined, []);
    expect(await hasSiteAccess(reach)).toBe(true);
    expect(contains).not.toHaveBeenCalled();
  });
});

describe('SiteAccessNotice', () => {
  const withAccess = (granted: boolean) => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'test',
      version: '1',
      content_scripts: [{ matches: HOSTS }],
    });
    // The browser types pick the callback overload for spies; the notice uses the promise form.
    return vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((() => Promise.resolve(granted)) as never);
  };

  it.each(['en', 'de'] as const)('says in %s why pages go unmarked once the access is withdrawn', async (lang) => {
    withAccess(false);
    render(<SiteAccessNotice lang={lang} />);
    const notice = await screen.findByText(ui[lang].noSiteAccess);
    expect(notice.getAttribute('lang')).toBe(lang);
    expect(notice.textContent).toContain('about:addons');
  });

  it('says nothing while the access stands', async () => {
    const contains = withAccess(true);
    const { container } = render(<SiteAccessNotice lang="en" />);
    await vi.waitFor(() => expect(contains).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(container.textContent).toBe('');
  });
});
