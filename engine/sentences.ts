import { firstIndexWhere } from '../utils/binary-search';

// A sentence ends at terminal punctuation (with the quotes and brackets that close on it) before a space,
// or at a line break: headings, list items and table rows end there without a full stop.
const BOUNDARY = /[.!?…]+[“”"'’»«)\]]*\s+|\s*\n\s*/gu;

export interface Sentences {
  /** How many sentences the text has. */
  readonly count: number;
  /** The index of the sentence that holds `offset`. */
  indexAt(offset: number): number;
  /** Where sentence `index` starts and ends (exclusive). */
  bounds(index: number): readonly [start: number, end: number];
}

/** The text's sentences, as well as punctuation tells them: "Dr." ends one too, which only makes them shorter. */
export function sentencesOf(text: string): Sentences {
  const starts = [0];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const next = m.index + m[0].length;
    if (next < text.length && next > starts[starts.length - 1]!) starts.push(next);
  }
  return {
    count: starts.length,
    indexAt: (offset) => firstIndexWhere(starts.length, (i) => starts[i]! > offset) - 1,
    bounds: (index) => [starts[index]!, starts[index + 1] ?? text.length],
  };
}
