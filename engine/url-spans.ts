// Common top-level domains, lower case only: "openai.com" is an address, while "said Altman.It was"
// is a missing space, and a capitalised "It" must not turn the name before it into an address.
const TOP_LEVEL_DOMAINS = [
  'com', 'org', 'net', 'io', 'ai', 'dev', 'app', 'edu', 'gov', 'info', 'me', 'ly', 'tv', 'fm', 'co', 'news', 'blog',
  'xyz', 'de', 'at', 'ch', 'eu', 'uk', 'fr', 'it', 'es', 'nl', 'pl', 'ru', 'il', 'us', 'ca', 'au', 'jp',
];
const ADDRESS = new RegExp(
  [
    String.raw`(?:[a-zA-Z][a-zA-Z\d+.-]*:\/\/|[wW]{3}\.)[^\s<>"'“”‘’]+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`(?<![\p{L}\p{N}@])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:${TOP_LEVEL_DOMAINS.join('|')})(?![\p{L}\p{N}])(?:\/[^\s<>"'“”]*)?`,
  ].join('|'),
  'gu',
);
const MAYBE_ADDRESS = /[@/.]/;

export type Span = readonly [start: number, end: number];

/**
 * Stretches of text that are addresses rather than prose: URLs, e-mail addresses, bare domains.
 * A name inside them ("example.com/sam-altman", "sam.altman@example.com") is not a mention.
 */
export function findAddressSpans(text: string): Span[] {
  if (!MAYBE_ADDRESS.test(text)) return [];
  const spans: Span[] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Whether [start, end) overlaps any of the sorted, disjoint spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const [s, e] of spans) {
    if (s >= end) return false;
    if (e > start) return true;
  }
  return false;
}
