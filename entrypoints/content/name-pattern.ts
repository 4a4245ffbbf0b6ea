// Set by the build (wxt.config.ts) to `namePattern(namedPeople)`.
declare const __NAME_PATTERN__: string;

/**
 * The prefilter's pattern of the surnames and handles, worked out from knowledge/names.ts when the
 * extension is built: no page or frame spends its time on it.
 */
export const NAME_PATTERN: string = __NAME_PATTERN__;
