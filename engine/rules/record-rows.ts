import { lineAround } from '../text/line-around';

/** How far on its line either side of the name a row's separators are counted: a minified page's line runs on. */
const REACH = 300;

/**
 * Whether `start` of `text` stands on a data row: a line of a CSV, a TSV or a pipe table, its cells split by three
 * semicolons or pipes, two tabs, or four commas none of which a space follows ("2024-05-20;Tagesblick;"Was Altman
 * …";kritisch"). Each row is a record of its own: a namesake on one row says nothing of the surname on the next
 * (round 44).
 */
export function isOnRecordRow(text: string, start: number): boolean {
  const line = lineAround(text, start, start, REACH).join('');
  let semicolons = 0;
  let pipes = 0;
  let tabs = 0;
  let tightCommas = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ';') semicolons++;
    else if (c === '|') pipes++;
    else if (c === '\t') tabs++;
    else if (c === ',' && line[i + 1] !== ' ') tightCommas++;
  }
  return semicolons >= 3 || pipes >= 3 || tabs >= 2 || tightCommas >= 4;
}
