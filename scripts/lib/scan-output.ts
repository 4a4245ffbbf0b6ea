import { oneLine } from './context-snippet';
import type { ScanHit, ScanPosition } from './scan-document';

const describePosition = (p: ScanPosition) =>
  'line' in p ? `${p.line}:${p.column}` : `block ${p.block}, offset ${p.offset}`;

/** A file's mentions for a reader: a heading line with the count, then one indented line each. */
export function formatHits(file: string, hits: readonly ScanHit[]): string {
  const heading = `${file}: ${hits.length === 1 ? '1 mention' : `${hits.length} mentions`}`;
  return [
    heading,
    ...hits.map((h) => `  ${describePosition(h.position)}  ${h.person}  "${oneLine(h.text)}"  ${h.context}`),
  ].join('\n');
}

/** One JSON object per mention, one per line, for other programs. */
export function formatHitsJson(file: string, hits: readonly ScanHit[]): string[] {
  return hits.map(({ position, ...hit }) => JSON.stringify({ file, ...hit, ...position }));
}
