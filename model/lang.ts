/** The languages the extension speaks, and the one it falls back to. */
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** German for a German browser, English for every other language. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
