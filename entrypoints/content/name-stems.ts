// Set by the build (wxt.config.ts) to `nameStems(namedPeople)`.
declare const __NAME_STEMS__: readonly string[];

/**
 * The surnames and handles the prefilter looks for, worked out from knowledge/names.ts when the
 * extension is built: no page or frame spends its time on it.
 */
export const NAME_STEMS: readonly string[] = __NAME_STEMS__;
