import type { ExtensionApi } from './extension-api';
import type { MentionCounts } from './messages';
import type { PageSnapshot } from './session-contract';

/**
 * What the always-loaded content script and its wake script agree on. The content script only looks
 * for names and keeps the top frame known to the background; everything a page needs once it may name
 * someone, or once a command or the popup asks for more (the settings, the site check, the page
 * session, the commands), is in the wake script, loaded then: most pages and frames never load it.
 */

/** The wake script's file, web-accessible so that the content script can `import()` it. */
export const WAKE_SCRIPT = '/wake.js';
/** Where the wake script leaves its API: on the content script's own global, which the page cannot see. */
export const WAKE_MODULE_KEY = Symbol.for('whos-who.wake');

export interface WakeHost {
  /** The browser's extension API object, which the content script found. */
  readonly api: ExtensionApi;
  /** The content script's lifetime: it aborts when the extension is gone. */
  readonly signal: AbortSignal;
  /** Ends the content script: the wake script found that its extension is gone. */
  end(): void;
  /** Tells the extension what the frame mentions (entrypoints/content/mention-reporter.ts). */
  report(counts: MentionCounts): void;
}

export interface WokenPage {
  /**
   * The page may name someone: starts the page session where the settings allow it. `takeSnapshot`
   * hands over what the name watch read, as `SessionHost.takeSnapshot` does.
   */
  named(takeSnapshot: () => PageSnapshot | undefined): void;
  /**
   * Carries out a request of the popup, the context menu or a command (`ContentMessage`) that needs
   * more than the content script: `sendResponse` answers those that want an answer (`page-date`).
   */
  handle(message: unknown, sendResponse: (response?: unknown) => void): void;
}

export interface WakeModule {
  wakePage(host: WakeHost): WokenPage;
}
