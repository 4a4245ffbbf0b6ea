import { lazyPattern } from '../text/regex-parts';

/**
 * A search page's line of related searches about our story: "Related searches: jakub pachocki linkedin · sutskever
 * leaves" names our people, and its lower-case surnames are theirs; a line that names another bearer of the surname
 * ("robert altman films · altman z-score") splits the name among them, and its lone surname is the word.
 */

/** How far on either side of a surname its line is read: a huge text node may have no line break. */
const REACH = 300;
const SEGMENTS = /[·•|:;]/u;
const WORDS = /[\p{L}\p{N}'’-]+/gu;

/**
 * Whether the line of related searches around the lower-case surname at [start, end) names our people, the person
 * in full (`given` holds his first names) or another of `ours` (our surnames, lower case), and names no one else
 * of the surname: a segment that starts with a word other than his first name or another of ours before it ("jack
 * altman").
 */
export function isStorySearchLine(
  text: string,
  start: number,
  end: number,
  given: ReadonlySet<string>,
  ours: ReadonlySet<string>,
): boolean {
  const surname = text.slice(start, end);
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - REACH);
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(from, Math.min(lineEnd === -1 ? text.length : lineEnd, end + REACH)).toLowerCase();
  let story = false;
  for (const segment of line.split(SEGMENTS)) {
    const words = segment.match(WORDS) ?? [];
    if (words[1] === surname) {
      // Two of ours paired ("sutskever altman") are no namesake's first name and surname (round 18).
      if (!given.has(words[0]!) && !ours.has(words[0]!)) return false;
      story = true;
    }
    story ||= words.some((word) => word !== surname && ours.has(word));
  }
  return story;
}

// Round 70: a quoted query of several lower-case words around the surname, as a search export keeps what readers typed
// (`{"q": "leike resigned grund"}`, `"related": ["sutskever pachocki"]`): before the name, its opening quote and the
// words ahead of it; after it, the words and the closing quote.
const QUERY_BEFORE = lazyPattern(() => /"((?:[\p{Ll}\p{N}'’.-]+[^\S\n])*)$/u);
const QUERY_AFTER = lazyPattern(() => /^((?:[^\S\n][\p{Ll}\p{N}'’.-]+)*)"/u);
/** How far on either side of a surname a quoted query is read. */
const QUERY_REACH = 80;

/**
 * Whether the lower-case surname at [start, end) is one word of a quoted query of several (see above): what a reader
 * searched for, not the bare surname a data row keys itself by (`{"q": "leike"}`).
 */
export function isInQuotedQuery(text: string, start: number, end: number): boolean {
  const before = QUERY_BEFORE().exec(text.slice(Math.max(0, start - QUERY_REACH), start));
  const after = QUERY_AFTER().exec(text.slice(end, end + QUERY_REACH));
  return before !== null && after !== null && (before[1] !== '' || after[1] !== '');
}
