import { firstIndexWhere } from '../../utils/binary-search';

export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps offsets in `text` to 1-based lines and columns, columns counted in UTF-16 code units as JavaScript
 * does. Indexes the line starts once, so that many look-ups in a large file stay cheap.
 */
export function lineColumnIndex(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const lo = firstIndexWhere(starts.length, (i) => starts[i]! > offset) - 1;
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
