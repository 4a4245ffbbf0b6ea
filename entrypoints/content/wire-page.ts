import { watchForNames } from '../../engine/name-watch';
import { createPrefilter } from '../../engine/prefilter';
import { CARD_MODULE_KEY, CARD_SCRIPT, type CardModule } from '../../model/card-contract';
import {
  contentMessageType,
  type MentionCounts,
  type OpenStoryRequest,
  type PageDateAnswer,
} from '../../model/messages';
import {
  SESSION_MODULE_KEY,
  SESSION_SCRIPT,
  type PageSession,
  type PageSnapshot,
  type SessionModule,
} from '../../model/session-contract';
import type { Settings } from '../../model/settings';
import { scriptModuleLoader } from '../../utils/script-module';
import { startMentionReporter, type MentionReporter } from './mention-reporter';
import { NAME_PATTERN } from './name-pattern';
import { isExtensionThere, listen, type ExtensionApi, type MessageListener } from './runtime';
import { readSettings, watchSettings } from './settings-reader';
import { isActiveHere, topSiteHost } from './site-check';

/** How often the content script checks that its extension is still there (see `wirePage`). */
const PRESENCE_CHECK_MS = 1_000;

/** A message the background did not take (a report, a request for the story): nothing else to do. */
const ignoreUndelivered = () => undefined;

const loadSession = scriptModuleLoader<SessionModule>(SESSION_MODULE_KEY);
const loadCard = scriptModuleLoader<CardModule>(CARD_MODULE_KEY);

/**
 * The content script on one page: it looks for names with the prefilter, at once and at every change,
 * and only where the page may name someone (or a command asks for it) reads the settings and, where
 * they allow it, loads and starts the page session. It answers the popup's and the commands' requests,
 * follows settings changes and reports what the page mentions. All of it ends when the extension goes
 * (reloaded, updated, removed), which it checks by the runtime's id: nothing a page does can stop it.
 *
 * The extension's runtime costs each frame about half a millisecond the first time it is touched
 * (Chromium 156), so a frame that names no one leaves it alone: only the top frame answers the popup
 * and the keyboard command from the start; another frame listens once its reader selects text (for
 * "Who is this?") or a name turns up.
 */
export function wirePage(api: ExtensionApi): void {
  const lifetime = new AbortController();
  const { signal } = lifetime;

  const send = (message: OpenStoryRequest) => {
    try {
      api.runtime?.sendMessage(message).catch(ignoreUndelivered);
    } catch {
      // The extension is gone; the presence check ends the script.
    }
  };
  // Reports go under a key of this document's own (see mention-reporter.ts). The top frame starts
  // reporting at once, since its document is the tab's page; another frame when it has counts to report.
  let reporter: MentionReporter | undefined;
  const report = (counts: MentionCounts) => {
    reporter ??= startMentionReporter(api.runtime!, signal);
    reporter.report(counts);
  };
  // "Off on this site" is the tab's top-level site, which a frame may have to ask the background for.
  let siteHost: Promise<string | undefined> | undefined;
  const topHost = () => (siteHost ??= topSiteHost(api.runtime!));

  let named = false;
  // What the name watch read of the page, for the session's first scan while the page is unchanged.
  let takeSnapshot: () => PageSnapshot | undefined = () => undefined;
  let latest: Settings | undefined;
  let session: { readonly ready: Promise<PageSession | undefined>; readonly lifetime: AbortController } | undefined;

  const startSession = (settings: Settings) => {
    const own = new AbortController();
    const sessionSignal = AbortSignal.any([signal, own.signal]);
    const ready = loadSession(api.runtime!.getURL(SESSION_SCRIPT))
      .then((module) =>
        sessionSignal.aborted
          ? undefined
          : module.startPageSession({
              signal: sessionSignal,
              settings: latest ?? settings,
              uiLanguage: api.i18n.getUILanguage(),
              report,
              extensionUrl: (path) => api.runtime!.getURL(path),
              openStory: () => send({ type: 'open-story' }),
              takeSnapshot,
            }),
      )
      // No session where its script cannot load: the next need tries again.
      .catch(() => {
        if (session?.lifetime === own) session = undefined;
        return undefined;
      });
    session = { ready, lifetime: own };
    return ready;
  };

  const apply = (settings: Settings) => {
    latest = settings;
    topHost().then((host) => applyOn(settings, host));
  };
  const applyOn = (settings: Settings, host: string | undefined) => {
    if (signal.aborted || settings !== latest) return;
    if (!isActiveHere(settings, host)) {
      if (!session) return;
      session.lifetime.abort();
      session = undefined;
      report({});
    } else if (session) {
      session.ready.then((running) => running?.update(settings));
    } else if (named) {
      startSession(settings);
    }
  };

  // The settings are read at the first need, and followed from then on.
  let settingsRead: Promise<Settings> | undefined;
  const settings = () =>
    (settingsRead ??= readSettings(api).then((read) => {
      watchSettings(api, apply, signal);
      return read;
    }));

  /** The running session, started if need be where the settings allow it: a command needs one. */
  const activeSession = () =>
    Promise.all([settings(), topHost()]).then(([current, host]) => {
      if (signal.aborted || !isActiveHere(latest ?? current, host)) return undefined;
      return session?.ready ?? startSession(latest ?? current);
    });

  const onMessage: MessageListener = (message, _sender, sendResponse) => {
    switch (contentMessageType(message)) {
      case 'jump-to-mention':
        // Where no session runs, the page has no mention to jump to.
        session?.ready.then((running) => running?.handle(message));
        break;
      case 'who-is':
      case 'next-mention':
        // Either answers on any page, with a notice where it names no one.
        activeSession().then((running) => running?.handle(message));
        break;
      case 'page-host':
        // The top frame speaks for the tab's site; the popup asks it rather than reading the tab's address.
        if (window === window.top) sendResponse(location.hostname);
        break;
      case 'page-date':
        // The reader comes with the card script, loaded now rather than on every page.
        if (window !== window.top) break;
        loadCard(api.runtime!.getURL(CARD_SCRIPT)).then(
          (card) => sendResponse({ type: 'page-date', pageDate: card.readPageDate() ?? null } satisfies PageDateAnswer),
          () => sendResponse({ type: 'page-date', pageDate: null } satisfies PageDateAnswer),
        );
        // The answer comes later: the channel stays open for it.
        return true;
    }
    return undefined;
  };
  let listening = false;
  /** Listens to the extension from now on, and checks that it is still there. False once it is gone. */
  const listenToExtension = () => {
    if (!isExtensionThere(api)) {
      lifetime.abort();
      return false;
    }
    if (listening) return true;
    listening = true;
    listen(api.runtime!.onMessage, onMessage, signal);
    // Chrome tells an old content script nothing when its extension goes: the runtime just disappears.
    const presence = setInterval(() => {
      if (!isExtensionThere(api)) lifetime.abort();
    }, PRESENCE_CHECK_MS);
    signal.addEventListener('abort', () => clearInterval(presence), { once: true });
    return true;
  };
  if (window === window.top) listenToExtension();
  else {
    // "Who is this?" needs a selection, and the context menu reaches the frame that holds it.
    for (const type of ['selectionchange', 'contextmenu']) {
      document.addEventListener(type, listenToExtension, { once: true, passive: true, capture: true, signal });
    }
  }

  watchForNames(
    document,
    createPrefilter(NAME_PATTERN),
    (take) => {
      if (!listenToExtension()) return;
      named = true;
      takeSnapshot = take;
      settings().then(apply);
    },
    signal,
  );
  // The top frame speaks at once, names or not: the background learns of the tab's new page (and its
  // site, which the frames follow) before any count. Other frames say nothing until they have counts.
  if (window === window.top && !signal.aborted) report({});
}
