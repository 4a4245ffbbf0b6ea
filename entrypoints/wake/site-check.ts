import { parseTopSite, type TopSiteRequest } from '../../model/messages';
import { isActiveOn, type Settings } from '../../model/settings';

/** What the site check needs of the extension's runtime: `browser.runtime` or `chrome.runtime` will do. */
export interface SiteRuntime {
  sendMessage(message: unknown): Promise<unknown> | void;
}

/** The top-level page's host as this frame can read it, or undefined when it cannot. */
function readTopHost(): string | undefined {
  // Chromium lists the origins of the frame's ancestors, the top one last; an ancestor that hides its
  // origin (`referrerpolicy="no-referrer"`, a sandbox) shows as "null".
  const origins = location.ancestorOrigins;
  const top = origins?.[origins.length - 1];
  if (top && top !== 'null') {
    try {
      return new URL(top).hostname;
    } catch {
      // Not an origin with a host: ask the top frame instead.
    }
  }
  try {
    // A same-origin top, as for inline and about:blank frames, which have no host of their own.
    return window.top!.location.hostname;
  } catch {
    // A cross-origin top: its address is not this frame's to read.
    return undefined;
  }
}

/**
 * The host name of the tab's top-level page: "off on this site" is about the site the reader sees in
 * the address bar, and every frame of the tab follows it, whatever its own origin. A frame that cannot
 * read it asks the background, which asks the top frame. Undefined when no one can say.
 */
export async function topSiteHost(runtime: SiteRuntime): Promise<string | undefined> {
  if (window === window.top) return location.hostname;
  const read = readTopHost();
  if (read !== undefined) return read;
  const request: TopSiteRequest = { type: 'top-site' };
  try {
    return parseTopSite(await runtime.sendMessage(request));
  } catch {
    return undefined;
  }
}

/**
 * Whether the extension works in this frame: per the settings, on the tab's top-level site. The top's
 * host is asked for only where the settings make it matter: with no site switched off, every site is
 * on, and a frame that cannot read its top's address need not wait for an answer. A frame whose
 * top-level site is unknown stays off, since it may be one the reader switched off.
 */
export async function isActiveHere(settings: Settings, topHost: () => Promise<string | undefined>): Promise<boolean> {
  if (!settings.enabled) return false;
  if (!settings.disabledSites.length) return true;
  const host = await topHost();
  return host !== undefined && isActiveOn(settings, host);
}
