/** Escapes `s` for use inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A name form as a pattern: any run of whitespace may stand for the space inside a name or term, and either
 * apostrophe for a Hebrew geresh, as keyboards without one type it ("ג'אן" for "ג׳אן"). Both apostrophes in one class
 * keep the names pattern blind to which is typed, as a one-byte view of a page needs (`one-byte-view.ts`).
 */
export const formPattern = (s: string) =>
  escapeRegExp(s)
    .replace(/ +/g, String.raw`\s+`)
    .replace(/׳/g, "[׳'’]");
