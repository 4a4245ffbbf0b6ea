import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseContentMessage, type PageDateAnswer } from '../../model/messages';
import type { Settings } from '../../model/settings';
import { loadCardModule } from './card-loader';
import { startMentionReporter } from './mention-reporter';
import { startPageSession, type PageSession } from './page-session';
import { readSettings, watchSettings } from './settings-reader';
import { isActiveHere, topSiteHost } from './site-check';

/** How often the content script checks that its extension is still there (see `wirePage`). */
const INVALIDATION_CHECK_MS = 1_000;

/**
 * Runs a page session while the settings allow it on this site, follows settings changes and the
 * popup's requests, and reports what the page mentions; all of it ends with the content script's
 * context, as when the extension is updated or reloaded.
 */
export function wirePage(ctx: ContentScriptContext): void {
  const lifetime = new AbortController();
  ctx.onInvalidated(() => lifetime.abort());

  let session: { readonly api: PageSession; readonly lifetime: AbortController } | undefined;
  const endSession = () => {
    session?.lifetime.abort();
    session = undefined;
  };
  lifetime.signal.addEventListener('abort', endSession, { once: true });

  const { report } = startMentionReporter(browser.runtime, lifetime.signal);
  const topHost = topSiteHost(browser.runtime);

  const apply = (settings: Settings) => topHost.then((host) => applyOn(settings, host));
  const applyOn = (settings: Settings, host: string | undefined) => {
    if (lifetime.signal.aborted) return;
    const active = isActiveHere(settings, host);
    if (active && session) {
      session.api.update(settings);
    } else if (active) {
      const sessionLifetime = new AbortController();
      session = { api: startPageSession(settings, report, sessionLifetime.signal), lifetime: sessionLifetime };
    } else if (session) {
      endSession();
      report({});
    }
  };

  const onMessage = (message: unknown) => {
    const request = parseContentMessage(message);
    switch (request?.type) {
      case 'jump-to-mention':
        session?.api.jump(request.person);
        break;
      case 'who-is':
        session?.api.openFor(request.text);
        break;
      case 'next-mention':
        session?.api.stepToNext();
        break;
      case 'page-host':
        // The top frame speaks for the tab's site; the popup asks it rather than reading the tab's address.
        if (window === window.top) return Promise.resolve(location.hostname);
        break;
      case 'page-date':
        // The reader comes with the card script, loaded now rather than on every page.
        if (window === window.top) {
          return loadCardModule().then((card): PageDateAnswer => ({
            type: 'page-date',
            pageDate: card.readPageDate() ?? null,
          }));
        }
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.signal.addEventListener(
    'abort',
    () => {
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // Gone with the runtime.
      }
    },
    { once: true },
  );
  watchSettings(apply, lifetime.signal);
  readSettings().then(apply);

  // Chrome tells an old content script nothing when its extension is reloaded, updated or removed: the
  // runtime just goes away, and WXT's context notices only when it is asked. Ask every second, and on
  // each pointer move (a card would need the runtime), so that the old script leaves the page clean.
  ctx.setInterval(() => {}, INVALIDATION_CHECK_MS);
  ctx.addEventListener(window, 'pointermove', () => ctx.isInvalid, { capture: true, passive: true });
}
