import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ui, type Lang } from '../../i18n/ui-text';
import { reportError } from '../../utils/report-error';

/** What `hasSiteAccess` needs of the extension's API: `browser` of wxt/browser will do. */
export interface SiteAccessApi {
  readonly runtime: { getManifest(): { content_scripts?: { matches?: string[] }[] } };
  readonly permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
}

/**
 * Whether the content script may run on web pages by itself. In Firefox MV3 (and Chrome's site access
 * settings) its hosts are the user's to withdraw; it then runs only where a click on the toolbar button
 * grants `activeTab`, and names elsewhere stay unmarked without a word. `file:` pages are left out:
 * Chromium gates them behind a switch of their own, which says nothing about the web.
 */
export async function hasSiteAccess(api: SiteAccessApi): Promise<boolean> {
  const origins = (api.runtime.getManifest().content_scripts ?? [])
    .flatMap((script) => script.matches ?? [])
    .filter((pattern) => /^https?:/.test(pattern));
  return origins.length === 0 || api.permissions.contains({ origins });
}

interface Props {
  lang: Lang;
}

/** Says, where the user withdrew the extension's site access, why pages go unmarked and how to allow it. */
export function SiteAccessNotice({ lang }: Props) {
  const [access, setAccess] = useState(true);
  useEffect(() => {
    // Unsure is no reason to warn: the notice shows only on a clear "no".
    hasSiteAccess(browser).then(setAccess, (error) => reportError('reading the site access', error));
  }, []);
  if (access) return null;
  return (
    <p class="support-notice" lang={lang}>
      {ui[lang].noSiteAccess}
    </p>
  );
}
