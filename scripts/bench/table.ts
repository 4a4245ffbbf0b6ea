/** One line of the bench's table: a figure, its target, what this run measured, and whether it meets it. */
export interface Row {
  readonly figure: string;
  readonly target: string;
  readonly measured: string;
  /** Undefined for figures given for comparison only. */
  readonly met?: boolean;
  /** Where a target has a bar too: whether the figure is within it. */
  readonly bar?: boolean;
}

const HEADERS = ['figure', 'target', 'measured', 'met'] as const;
const metText = ({ met, bar }: Row) => (met === undefined ? '' : met ? 'yes' : bar ? 'bar only' : 'NO');
const cells = (row: Row) => [row.figure, row.target, row.measured, metText(row)];

/** The rows as a plain-text table for the terminal, columns padded. */
export function textTable(rows: readonly Row[]): string {
  const lines = [[...HEADERS], ...rows.map(cells)];
  const widths = HEADERS.map((_, i) => Math.max(...lines.map((line) => line[i]!.length)));
  const format = (line: string[]) =>
    line
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [format(lines[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(format)].join('\n');
}

/** The same rows as a Markdown table. */
export function markdownTable(rows: readonly Row[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const line = (values: string[]) => `| ${values.map(escape).join(' | ')} |`;
  return [line([...HEADERS]), line(HEADERS.map(() => '---')), ...rows.map((row) => line(cells(row)))].join('\n');
}
