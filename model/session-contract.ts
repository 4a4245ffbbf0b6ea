import type { MatchRequest } from './match-messages';
import type { MentionCounts } from './messages';
import type { Settings } from './settings';

/**
 * What the always-loaded content script and the page session agree on. The session (the engine that
 * finds and marks mentions, the hover card's controller, the page commands) is loaded only where the
 * page may name someone, or when a command needs it: most pages and frames name no one, and pay for
 * the small content script alone. The session uses no extension API: the content script lends it what
 * it needs, so that it carries no browser polyfill.
 */

/** The session script's file, web-accessible so that the content script can `import()` it. */
export const SESSION_SCRIPT = '/session.js';
/** Where the session script leaves its API: on the content script's own global, which the page cannot see. */
export const SESSION_MODULE_KEY = Symbol.for('whos-who.session');

/** What the content script read of the page when it found a name there (engine/look/name-watch.ts). */
export interface PageSnapshot {
  /** The text of the document's <body>. */
  readonly text: string;
  /** The open shadow roots it found. */
  readonly shadowRoots: readonly ShadowRoot[];
}

export interface SessionHost {
  /** The session's lifetime: when it aborts, every mark, listener and the card leave the page. */
  readonly signal: AbortSignal;
  readonly settings: Settings;
  /** The browser's interface language, for the card when the settings follow the browser. */
  readonly uiLanguage: string;
  /** Tells the extension what the frame mentions, after every change. */
  report(counts: MentionCounts): void;
  /** The URL of one of the extension's files, such as the card script. */
  extensionUrl(path: string): string;
  /** Asks the extension to open the full story in a tab. */
  openStory(): void;
  /**
   * Asks the extension's background for the candidates in the texts of a request (model/match-messages.ts):
   * the answer as it came, or a rejection where none came.
   */
  match(request: MatchRequest): Promise<unknown>;
  /** Hands over, once, what the content script read of the page, unless the page has changed since. */
  takeSnapshot(): PageSnapshot | undefined;
}

export interface PageSession {
  /** Applies changed settings without a reload. */
  update(settings: Settings): void;
  /**
   * Carries out a request of the popup, the context menu or a command (`ContentMessage`), as it came:
   * the session parses it, so that the content script carries no person ids.
   */
  handle(message: unknown): void;
}

export interface SessionModule {
  startPageSession(host: SessionHost): PageSession;
}
