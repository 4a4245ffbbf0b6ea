/**
 * The extension APIs the content script and its wake script use, straight from the browser's own
 * global (entrypoints/content/runtime.ts): `browser` in Firefox, `chrome` in Chromium, both
 * promise-based where it matters here. Not webextension-polyfill, which alone would be 2.8 kB (gzip)
 * on every page and in every frame.
 */

interface ApiEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/** Returns true when it will answer later, through `sendResponse`. */
export type MessageListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response?: unknown) => void,
) => true | undefined;
export type StorageListener = (changes: Record<string, unknown>, area: string) => void;

export interface ExtensionApi {
  readonly runtime?: {
    /** Undefined once the extension is reloaded, updated or removed under an open page. */
    readonly id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    readonly onMessage: ApiEvent<MessageListener>;
  };
  readonly storage: {
    readonly sync: { get(keys: string[]): Promise<Record<string, unknown>> };
    readonly onChanged: ApiEvent<StorageListener>;
  };
  readonly i18n: { getUILanguage(): string };
}

/**
 * Whether the extension is still there. A page cannot fake this: its events never reach it, and the
 * runtime's id is gone only when the extension's context is.
 */
export function isExtensionThere(api: ExtensionApi | undefined): boolean {
  try {
    return Boolean(api?.runtime?.id);
  } catch {
    // Firefox: the content script's objects die with its extension.
    return false;
  }
}

/** Listens to `event` until `signal` aborts; a runtime that is gone has taken its listeners with it. */
export function listen<Listener>(event: ApiEvent<Listener>, listener: Listener, signal: AbortSignal): void {
  event.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      try {
        event.removeListener(listener);
      } catch {
        // Gone with the runtime.
      }
    },
    { once: true },
  );
}
