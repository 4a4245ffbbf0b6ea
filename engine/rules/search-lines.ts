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
