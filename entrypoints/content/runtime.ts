import type { ExtensionApi } from '../../model/extension-api';

type Globals = { browser?: ExtensionApi; chrome?: ExtensionApi };

/**
 * The browser's extension API object, as the content script's world sees it. Chromium builds it on
 * first touch, which costs a frame about half a millisecond (Chromium 156): a frame that names no one
 * and whose reader selects nothing never calls this.
 */
export const extensionApi = (): ExtensionApi | undefined =>
  (globalThis as Globals).browser ?? (globalThis as Globals).chrome;
