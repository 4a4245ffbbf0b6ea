import { HIGHLIGHT_STYLES, type HighlightStyle } from './highlight-style';
import { langFromLocale, LANGS, type Lang } from './lang';

/** The interface language: the browser's, or one chosen in the options. */
export const LANGUAGE_SETTINGS = ['browser', ...LANGS] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/** How long the pointer rests on a mention before its card opens, in milliseconds: default and bounds. */
export const DWELL_RANGE = { default: 400, min: 100, max: 2000 } as const;

export interface Settings {
  /** Marking and cards on every site. */
  readonly enabled: boolean;
  /** Host names where the extension stays off, such as `example.org`. */
  readonly disabledSites: readonly string[];
  /** How long the pointer rests on a mention before its card opens, in milliseconds. */
  readonly dwellMs: number;
  readonly highlightStyle: HighlightStyle;
  readonly language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  dwellMs: DWELL_RANGE.default,
  highlightStyle: 'underline',
  language: 'browser',
};

/** The version of the stored shape; a newer one, written by a later release, is not trusted. */
export const SETTINGS_VERSION = 1;
/** The most sites the list of sites switched off holds (see model/stored-settings.ts for its bytes). */
export const MAX_SITES = 1000;
/** Where the settings are stored: `sync` storage under this key, as WXT's storage items keep them. */
export const SETTINGS_KEY = 'settings';
const HOST = /^[a-z0-9.-]{1,253}$/;

/** A host name as the settings keep it: lower case, no scheme, no port (`example.org`). */
export const isHostName = (value: unknown): value is string => typeof value === 'string' && HOST.test(value);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

/**
 * Settings from whatever storage holds: each field that is missing, of the wrong type or out of range
 * falls back to its default, so no stored value can break the extension.
 */
export function parseSettings(value: unknown): Settings {
  if (!isRecord(value)) return DEFAULT_SETTINGS;
  const { enabled, disabledSites, dwellMs, highlightStyle, language } = value;
  return {
    enabled: typeof enabled === 'boolean' ? enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(disabledSites)
      ? [...new Set(disabledSites.filter(isHostName))].slice(0, MAX_SITES)
      : DEFAULT_SETTINGS.disabledSites,
    dwellMs:
      typeof dwellMs === 'number' && Number.isFinite(dwellMs)
        ? Math.round(Math.min(DWELL_RANGE.max, Math.max(DWELL_RANGE.min, dwellMs)))
        : DEFAULT_SETTINGS.dwellMs,
    highlightStyle: oneOf(HIGHLIGHT_STYLES, highlightStyle, DEFAULT_SETTINGS.highlightStyle),
    language: oneOf(LANGUAGE_SETTINGS, language, DEFAULT_SETTINGS.language),
  };
}

/** Settings written by a newer release are not trusted: their fields may mean something else. */
export function parseVersioned(value: unknown, meta: unknown): Settings {
  const version = isRecord(meta) && typeof meta.v === 'number' ? meta.v : SETTINGS_VERSION;
  return version > SETTINGS_VERSION ? DEFAULT_SETTINGS : parseSettings(value);
}

/** Whether the extension works on a page of `host`, per the settings. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host.toLowerCase());
}

export function resolveLang(settings: Settings, browserLocale: string | undefined): Lang {
  return settings.language === 'browser' ? langFromLocale(browserLocale) : settings.language;
}
