import { CARD_MODULE_KEY, CARD_SCRIPT, type CardModule } from '../../model/card-contract';
import { isExtensionThere } from '../../model/extension-api';
import type { MatchRequest } from '../../model/match-messages';
import { contentMessageType, type OpenStoryRequest, type PageDateAnswer } from '../../model/messages';
import {
  SESSION_MODULE_KEY,
  SESSION_SCRIPT,
  type PageSession,
  type PageSnapshot,
  type SessionModule,
} from '../../model/session-contract';
import type { Settings } from '../../model/settings';
import type { WakeHost, WokenPage } from '../../model/wake-contract';
import { scriptModuleLoader } from '../../utils/script-module';
import { readSettings, watchSettings } from './settings-reader';
import { isActiveHere, topSiteHost } from './site-check';

/** How often the woken content script checks that its extension is still there (see `wakePage`). */
const PRESENCE_CHECK_MS = 1_000;

/** A message the background did not take (a request for the story): nothing else to do. */
const ignoreUndelivered = () => undefined;

const loadSession = scriptModuleLoader<SessionModule>(SESSION_MODULE_KEY);
const loadCard = scriptModuleLoader<CardModule>(CARD_MODULE_KEY);

/**
 * The content script once woken, on a page that may name someone or by a request: it reads the
 * settings and, where they allow it, loads and starts the page session; it carries out the popup's
 * and the commands' requests, and follows settings changes. All of it ends with the content script,
 * when the extension goes (reloaded, updated, removed), which it checks by the runtime's id every
 * second: nothing a page does can stop it.
 */
export function wakePage({ api, signal, end, report }: WakeHost): WokenPage {
  const runtime = api.runtime!;
  // Chrome tells an old content script nothing when its extension goes: the runtime just disappears.
  const presence = setInterval(() => {
    if (!isExtensionThere(api)) end();
  }, PRESENCE_CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(presence), { once: true });

  const openStory = () => {
    const request: OpenStoryRequest = { type: 'open-story' };
    try {
      runtime.sendMessage(request).catch(ignoreUndelivered);
    } catch {
      // The extension is gone; the presence check ends the script.
    }
  };
  // The page session's blocks are matched in the background; a rejection (the extension gone) is no answer.
  const match = (request: MatchRequest): Promise<unknown> => {
    try {
      return runtime.sendMessage(request);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  // "Off on this site" is the tab's top-level site, which a frame may have to ask the background for.
  let siteHost: Promise<string | undefined> | undefined;
  const topHost = () => (siteHost ??= topSiteHost(runtime));

  let named = false;
  // What the name watch read of the page, for the session's first scan while the page is unchanged.
  let takeSnapshot: () => PageSnapshot | undefined = () => undefined;
  let latest: Settings | undefined;
  let session: { readonly ready: Promise<PageSession | undefined>; readonly lifetime: AbortController } | undefined;

  const startSession = (settings: Settings) => {
    const own = new AbortController();
    const sessionSignal = AbortSignal.any([signal, own.signal]);
    const ready = loadSession(runtime.getURL(SESSION_SCRIPT))
      .then((module) =>
        sessionSignal.aborted
          ? undefined
          : module.startPageSession({
              signal: sessionSignal,
              settings: latest ?? settings,
              uiLanguage: api.i18n.getUILanguage(),
              report,
              extensionUrl: (path) => runtime.getURL(path),
              openStory,
              match,
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
    isActiveHere(settings, topHost).then((active) => applyOn(settings, active));
  };
  const applyOn = (settings: Settings, active: boolean) => {
    if (signal.aborted || settings !== latest) return;
    if (!active) {
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
    settings().then(async (read) => {
      const current = latest ?? read;
      if (signal.aborted || !(await isActiveHere(current, topHost))) return undefined;
      return session?.ready ?? startSession(current);
    });

  return {
    named(take) {
      named = true;
      takeSnapshot = take;
      settings().then(apply);
    },
    handle(message, sendResponse) {
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
        case 'page-date':
          // The reader comes with the card script, loaded now rather than on every page.
          loadCard(runtime.getURL(CARD_SCRIPT)).then(
            (card) =>
              sendResponse({ type: 'page-date', pageDate: card.readPageDate() ?? null } satisfies PageDateAnswer),
            () => sendResponse({ type: 'page-date', pageDate: null } satisfies PageDateAnswer),
          );
      }
    },
  };
}
