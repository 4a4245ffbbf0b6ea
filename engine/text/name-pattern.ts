/** Escapes `s` for use inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name form as a pattern: any run of whitespace may stand for the space inside a name or term. */
export const formPattern = (s: string) => escapeRegExp(s).replace(/ +/g, String.raw`\s+`);
