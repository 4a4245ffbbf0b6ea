import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseContentMessage, type MentionCounts, type MentionsReport } from '../../model/messages';
import { isActiveOn, type Settings } from '../../model/settings';
import { startPageSession, type PageSession } from './page-session';
import { readSettings, watchSettings } from './settings-reader';

/** How often the content script checks that its extension is still there (see `wirePage`). */
const INVALIDATION_CHECK_MS = 1_000;

/**
 * Runs a page session while the settings allow it on this site, follows settings changes and the
 * popup's requests, and reports what the page mentions; all of it ends with the content script's
 * context, as when the extension is updated or reloaded.
 */
export function wirePage(ctx: ContentScriptContext): void {
  let session: PageSession | undefined;

  let reported: string | undefined;
  const report = (counts: MentionCounts) => {
    const key = JSON.stringify(counts);
    if (key === reported || ctx.isInvalid) return;
    const message: MentionsReport = { type: 'mentions-report', counts, newPage: reported === undefined };
    reported = key;
    browser.runtime.sendMessage(message).catch(() => {});
  };

  const apply = (settings: Settings) => {
    if (ctx.isInvalid) return;
    const active = isActiveOn(settings, location.hostname);
    if (active && session) session.update(settings);
    else if (active) session = startPageSession(settings, report);
    else if (session) {
      session.stop();
      session = undefined;
      report({});
    }
  };

  const onMessage = (message: unknown) => {
    const request = parseContentMessage(message);
    switch (request?.type) {
      case 'jump-to-mention':
        session?.jump(request.person);
        break;
      case 'who-is':
        session?.openFor(request.text);
        break;
      case 'next-mention':
        session?.stepToNext();
        break;
      case 'page-host':
        // The top frame speaks for the tab's site; the popup asks it rather than reading the tab's address.
        if (window === window.top) return Promise.resolve(location.hostname);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings(apply);
  readSettings().then(apply);

  // Chrome tells an old content script nothing when its extension is reloaded, updated or removed: the
  // runtime just goes away, and WXT's context notices only when it is asked. Ask every second, and on
  // each pointer move (a card would need the runtime), so that the old script leaves the page clean.
  ctx.setInterval(() => {}, INVALIDATION_CHECK_MS);
  ctx.addEventListener(window, 'pointermove', () => ctx.isInvalid, { capture: true, passive: true });

  ctx.onInvalidated(() => {
    // The page first: with the extension gone, the runtime's own calls may throw.
    session?.stop();
    session = undefined;
    try {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
    } catch {
      // Gone with the runtime.
    }
  });
}
