import { PERSON_IDS, type HighlightTexts } from '../../../scripts/browser/highlights';

/**
 * What the fixture pages should show highlighted, as `<paragraph id>: <range text>`, sorted. The traps,
 * the form fields, the editor, the script and the style sheet hold names too, and must appear nowhere.
 */
export const EXPECTED_MENTIONS: HighlightTexts = {
  sutskever: ['full: Ilya Sutskever', 'split: Ilya Sutskever', 'surnames: Sutskever'],
  altman: ['full: Sam Altman', 'split: Sam Altman', 'surnames: Altman'],
  leike: ['full: Jan Leike', 'surnames: Leike'],
  pachocki: ['full: Jakub Pachocki', 'surnames: Pachocki'],
};

/** How often mentions.html names each person: the counts the popup and the badge report. */
export const EXPECTED_COUNTS = Object.fromEntries(PERSON_IDS.map((id) => [id, EXPECTED_MENTIONS[id].length])) as Record<
  (typeof PERSON_IDS)[number],
  number
>;

/** Lone surnames only where AI terms stand near them, or spelled as no one else is, since the page names nobody in full. */
export const EXPECTED_SURNAMES: HighlightTexts = {
  sutskever: ['distinct: Sutskever'],
  altman: [],
  leike: [],
  pachocki: ['supported: Pachocki'],
};

export const EXPECTED_ERWAEHNUNGEN: HighlightTexts = {
  sutskever: ['getrennt: Ilya Sutskever', 'nachnamen: Sutskever', 'voll: Ilya Sutskever'],
  altman: ['nachnamen: Altman', 'voll: Sam Altman'],
  leike: ['nachnamen: Leike', 'voll: Jan Leike'],
  pachocki: ['nachnamen: Pachocki', 'voll: Jakub Pachocki'],
};

/**
 * structure.html's top frame as page-probe.js reports it, by the nearest id only: the ids inside its
 * shadow roots (byline, tag, quote) exist nowhere else on the page.
 */
export const EXPECTED_STRUCTURE: HighlightTexts = {
  sutskever: ['split: Ilya Sutskever', 'tag: Ilya Sutskever'],
  altman: ['split: Sam Altman', 'tag: Sam Altman'],
  leike: ['quote: Jan Leike', 'split: Jan Leike'],
  pachocki: ['byline: Jakub Pachocki', 'split: Jakub Pachocki'],
};
