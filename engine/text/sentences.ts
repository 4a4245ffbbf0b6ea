import { firstIndexWhere } from '../../utils/binary-search';
import { subjectFor } from './one-byte-view';

// A full stop after a title, an initial or a day ("Dr. Leike", "S. Altman", "am 14. Mai") ends no sentence. Round 118:
// nor does a citation's "et al.", whose year and title follow: "Leike et al. (2018), “Scalable agent alignment …”".
// Round 169: nor does a month's before its day or year, „im Jan. 2024“, "on Sept. 12".
const NOT_AFTER_ABBREVIATION = String.raw`(?<!(?:^|[^\p{L}])(?:Dr|Mr|Mrs|Ms|Prof|St|Nr|Jr|Sr|vs|ca|bzw|vgl|Hr|Fr|al|\p{Lu}))(?<!(?:^|\s)\p{N}{1,2})(?<!(?:^|[^\p{L}])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Okt|Nov|Dec|Dez)(?=\.[^\S\n]+\p{N}))`;
// A sentence ends at terminal punctuation (with the quotes and brackets that close on it) before a space,
// or at a line break: headings, list items and table rows end there without a full stop.
const BOUNDARY = new RegExp(String.raw`(?:${NOT_AFTER_ABBREVIATION}\.+|[!?…]+)[“”"'’»«)\]]*\s+|\s*\n\s*`, 'gu');

export interface Sentences {
  /** How many sentences the text has. */
  readonly count: number;
  /** The index of the sentence that holds `offset`. */
  indexAt(offset: number): number;
  /** Where sentence `index` starts and ends (exclusive). */
  bounds(index: number): readonly [start: number, end: number];
  /** The index of the line (the paragraph, in plain text) that sentence `index` starts in. */
  paragraphOf(index: number): number;
}

/** The text's sentences, as well as punctuation tells them: an abbreviation it does not know ends one too. */
export function sentencesOf(text: string): Sentences {
  const starts = [0];
  const paragraphs = [0];
  let paragraph = 0;
  BOUNDARY.lastIndex = 0;
  const subject = subjectFor(BOUNDARY, text);
  for (let m = BOUNDARY.exec(subject); m; m = BOUNDARY.exec(subject)) {
    const next = m.index + m[0].length;
    paragraph += m[0].split('\n').length - 1;
    if (next < text.length && next > starts[starts.length - 1]!) {
      starts.push(next);
      paragraphs.push(paragraph);
    }
  }
  return {
    count: starts.length,
    indexAt: (offset) => firstIndexWhere(starts.length, (i) => starts[i]! > offset) - 1,
    bounds: (index) => [starts[index]!, starts[index + 1] ?? text.length],
    paragraphOf: (index) => paragraphs[index]!,
  };
}
