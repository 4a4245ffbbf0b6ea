import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../browser/paths';
import { markdownTable, type Row } from './table';

export const BENCH_DOC = join(ROOT, 'docs/bench.md');
const README = join(ROOT, 'README.md');
// The README holds the latest table between these two lines; the bench rewrites what lies between.
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const METHOD = `How each figure is taken (scripts/bench/, one concern per file):

- **Pages** (scripts/bench/pages/, generated, the same every run): 1 MB and 5 MB of prose in paragraphs
  of about eleven text nodes (inline markup), 48 names per MB, some split across elements; 5,000
  nested elements, alternately \`<div>\` and \`<span>\`, built by script (the parser stops at 512 levels; the
  inner \`<div>\`s are laid out inline because Chromium 156 itself crashes laying out 3,000 nested block
  boxes); one text node of 10 MB, built by script (the parser splits text every 65,536 characters);
  1 MB of prose with 10,000 names.
- **Initial cost**: generated pages served from 127.0.0.1, loaded alternately in a Chromium with the
  extension and in the same Chromium without it. Each load's \`ScriptDuration\` (DevTools protocol
  \`Performance.getMetrics\`, content scripts included) is read once the extension's highlight count
  has settled; the page without it is polled as often. Extension = median with − median without.
  The floor is one TreeWalker pass over every text node plus one regular expression (the four full
  names) over each node's text, timed in the page without the extension on its first pass of each
  fresh load (the extension's pass is a first one too), median. mark.js marks the same four names
  with \`acrossElements\` on a fresh load each time.
- **Long tasks**: a buffered Long Tasks observer that each page installs first. The content script
  runs at document_idle, after the load event, so the extension's are the long tasks that start after
  the load event ended (for the busy pages: after their activity started); the same window without the
  extension shows what the page causes there on its own. Busy pages run twice; their figure is the
  median run's, since on two shared cores any task may now and then run long.
- **Busy pages**: the page changes itself and, every animation frame, reads the highlight registry's
  counts; a change is highlighted in the first frame whose count includes it (both runs pooled).
  Main-thread share, with the extension minus without, each over its own busy periods: \`ScriptDuration\` for the
  extension's script, the main thread's CPU time (\`ThreadTime\`) for all the work it causes,
  rendering included (\`TaskDuration\` is wall time, and too noisy on two shared cores).
- **Hit test**: the product's own modules (page scanner, matcher, mention index, \`mentionAtPoint\`)
  bundled into the page, which scans it exactly as the content script does, then times each call at
  the centre of every mention on screen and as many points elsewhere, on 40 screens, twice, in a
  cross-origin isolated tab (5 µs clock). Beside it, the extension's \`ScriptDuration\` per real
  pointer move (200 moves over the same screens, a frame apart, with minus without).
- **Card**: from the end of the dwell (the animation frame after the last pointer move, plus the
  dwell setting) to the end of the frame after the card's host joined the page, on fresh loads.
- **Size**: the built content scripts, gzip at level 9; the zips of \`npm run zip\`. 1 KB = 1,000 bytes.
- **Heap**: \`JSHeapUsedSize\` after two garbage collections, once the page is marked, with and
  without the extension, medians of fresh loads.`;

/** Writes docs/bench.md and puts the table into the README between its bench markers. */
export function writeReports(rows: readonly Row[], machine: readonly string[], date: string): void {
  const table = markdownTable(rows);
  const measuredOn = `Measured ${date} on ${machine.join('; ')}.`;
  mkdirSync(dirname(BENCH_DOC), { recursive: true });
  writeFileSync(BENCH_DOC, `# Performance budgets\n\n\`npm run bench\` wrote this.\n\n${measuredOn}\n\n${table}\n\n${METHOD}\n`);

  if (!existsSync(README)) return;
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return;
  const section = `${START}\n${measuredOn}\n\n${table}\n${END}`;
  writeFileSync(README, readme.slice(0, start) + section + readme.slice(end + END.length));
}
