import { changelogLabels, versionWords } from '../../knowledge/lexicon/document-forms';
import { anyOf, lazyPattern } from '../text/regex-parts';

/**
 * A changelog, the shape of a document: release notes of an app or a tool, a version's heading over its entries
 * ("Version 5.12.0 (May 20, 2024)" over "- Fixed: …", "## [2.8.0] – 2024-05-17" over "### Added", "3.14.0
 * (17.05.2024)" over "- Neu: …"). The people it names are the people its app shows, looks for or lets one follow:
 * our people by their names, whatever the namesakes an entry sets them apart from ("the "Sam Altman" topic no longer
 * mixes in Robert Altman films") (round 20).
 */

// A version number: up to three digits a part, so that a date ("17.05.2024") is none.
const PARTS = String.raw`\d{1,3}(?:\.\d{1,3})`;
const NUMBER_END = String.raw`(?![\d.]*\d)`;
// A heading line: a version word before the number ("Version 5.12", "Release 2.1", "What's new in version 5.12",
// "v1.8"), or a number of three parts or in brackets first on its line, as a Markdown heading sets it ("## [2.8.0] –
// …", "3.14.0 (17.05.2024)"); not a time ("10.30 Uhr").
const VERSION_HEADING = lazyPattern(
  () =>
    String.raw`^[^\S\n]*(?:#+[^\S\n]*)?(?:[^\n]{0,30}?(?<!\p{L})${anyOf(versionWords)}[^\S\n]*${PARTS}+|\[v?${PARTS}+\]|v?${PARTS}{2,})${NUMBER_END}(?:[^\S\n][^\n]{0,40})?$`,
  'imu',
);
// An entry of a changelog: a line that opens with one of its labels, after a list's mark or a heading's, with a
// colon after it or on a heading of its own ("- Fixed: …", "• Behoben: …", "### Added", "Known issue: …").
const ENTRY = lazyPattern(
  () => String.raw`^[^\S\n]*(?:[-•*–][^\S\n]+|#+[^\S\n]*)?${anyOf(changelogLabels)}(?:[^\S\n]*:|[^\S\n]*$)`,
  'imu',
);
// A list's item on a line of its own.
const ITEM = lazyPattern(() => /^[^\S\n]*[-•*–][^\S\n]+\S/mu);

// Most texts have no digit, dot and digit: no changelog's pattern is built for them.
const VERSION_HINT = /\d\.\d/;

/** Whether `text` (a block: a paragraph or a page's container) is a changelog's: a version's heading over entries. */
export function isChangelog(text: string): boolean {
  if (!VERSION_HINT.test(text) || !VERSION_HEADING().test(text)) return false;
  return ITEM().test(text) || ENTRY().test(text);
}
