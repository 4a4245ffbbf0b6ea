/**
 * Says where an error was caught and let go. The extension's own pages and background log it to their
 * own consoles; a content script logs only in development builds, since the page's console belongs to
 * the page, which must not learn of the extension from it.
 */
export function reportError(where: string, error: unknown): void {
  const ownContext = typeof document === 'undefined' || /-extension:$/.test(location.protocol);
  if (import.meta.env.DEV || ownContext) console.warn(`[Who's Who] ${where}:`, error);
}
