import { withExtentForgiven, type Evaluation, type Finding } from './evaluate-corpus';
import { precision, recall, type Tally } from './score';

const percent = (value: number | undefined) => (value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);

function row(cells: readonly (string | number)[]): string {
  const [name, ...numbers] = cells.map(String);
  return `${name!.padEnd(12)}${numbers.map((c) => c.padStart(12)).join('')}`;
}

function table(title: string, tallies: ReadonlyMap<string, Tally>): string[] {
  const lines = [row([title, 'hits', 'misses', 'false hits', 'precision', 'recall'])];
  for (const [group, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(row([group, t.hits, t.misses, t.falseHits, percent(precision(t)), percent(recall(t))]));
  }
  return lines;
}

const describeFinding = (f: Finding) =>
  `  ${f.file}${f.block === undefined ? '' : ` block ${f.block}`}:${f.line}  ${f.person}  "${f.surface}"` +
  `${f.overlapping ? ' (overlaps a span of the other side)' : ''}\n      ${f.context}`;

/**
 * The figures as plain text: tables by person, by language and overall, and what extent alone costs: a name found with
 * another extent than its label's is scored as a miss and a false hit, and the line says what the figures would be
 * without those pairs.
 */
export function formatTables({ overall, byPerson, byLang, extentOnly }: Evaluation): string {
  const forgiven = withExtentForgiven(overall, extentOnly);
  return [
    ...table('person', byPerson),
    '',
    ...table('language', byLang),
    '',
    ...table('overall', new Map([['all', overall]])),
    ...(extentOnly
      ? [
          '',
          `Extent only: ${extentOnly} of the misses are names found with another extent (a false hit of the same person` +
            ` overlaps each); counted as hits, precision ${percent(precision(forgiven))}, recall ${percent(recall(forgiven))}.`,
        ]
      : []),
  ].join('\n');
}

/** The eval as plain text: the tables, then every miss and false hit. */
export function formatReport(evaluation: Evaluation): string {
  const misses = evaluation.findings.filter((f) => f.kind === 'miss');
  const falseHits = evaluation.findings.filter((f) => f.kind === 'false hit');
  return [
    formatTables(evaluation),
    '',
    `Misses (${misses.length}):`,
    ...misses.map(describeFinding),
    '',
    `False hits (${falseHits.length}):`,
    ...falseHits.map(describeFinding),
  ].join('\n');
}
