import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../browser/paths';
import { markdownTable, type Row } from './table';

export const BENCH_DOC = join(ROOT, 'docs/bench.md');
export const PROFILE_DOC = join(ROOT, 'docs/bench-profiles.md');
const README = join(ROOT, 'README.md');
// The README holds the latest table between these two lines; the bench rewrites what lies between.
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const METHOD = `How each figure is taken (scripts/bench/, one concern per file):

- **Pages** (scripts/bench/pages/, generated, the same every run): a small article of about 3 KB without
  a name; the same with ten same-origin frames, each showing it again; 1 MB of prose without a name
  (18,851 text nodes) and with 50 names; 5 MB of prose with 240 names; paragraphs of about eleven text
  nodes (inline markup), some names split across elements; 5,000 nested elements, alternately \`<div>\`
  and \`<span>\`, built by script (the parser stops at 512 levels; the inner \`<div>\`s are laid out
  inline because Chromium 156 itself crashes laying out 3,000 nested block boxes); one text node of 10 MB,
  built by script (the parser splits text every 65,536 characters); 1 MB of prose with 10,000 names.
- **Script time**: generated pages served from 127.0.0.1, loaded in turn in a Chromium with the extension,
  in the same Chromium without it, and in the same Chromium with the peer. Each load's \`ScriptDuration\`
  (DevTools protocol \`Performance.getMetrics\`, content scripts and same-origin frames included) is read
  once the extension's work has settled (its highlight count, or on the 10,000-name page the count it
  reports to the background, holds still); the other two are polled as often. Extension = median with −
  median without; the peer likewise.
- **The background's script time**: the extension matches the page's blocks in its background (a service worker),
  whose time \`ScriptDuration\` does not hold. A tab's DevTools session attaches to the worker's target and takes a
  sampling CPU profile (100 µs) of it over each load with the extension, from before navigation until the marks
  settle; the samples not idle and not \`(program)\` count; median over the loads. Attached for the whole run, the
  worker is not stopped between loads: the figure is a warm worker's.
- **The floor**, as the issue defines it: in the page without the extension, one TreeWalker pass over every
  text node of \`<body>\` running one regular expression of the four full names on each node's data, median
  of 7 runs (the first of them creates the nodes' wrappers; the median is a warm pass), median over the loads.
- **Peers**: the plain one-pass highlighter (scripts/bench/plain-highlighter.ts), an extension whose content
  script does exactly the floor's pass at document_idle and highlights what it finds, timed as the
  extension is; mark.js marks the same four names with \`acrossElements\` on a fresh load each time.
- **Long tasks**: a buffered Long Tasks observer that each page installs first. The content script
  runs at document_idle, after the load event, so the extension's are the long tasks that start after
  the load event ended (for the busy pages: after their activity started); the same window without the
  extension shows what the page causes there on its own. Busy pages run twice; their figure is the
  median run's, since on two shared cores any task may now and then run long.
- **Busy pages**: the page changes itself and, every animation frame, reads the highlight registry; a
  change is highlighted in the first frame that shows its marks (both runs pooled). The infinite scroll
  appends a section of 50 paragraphs, five with a name, every 100 ms and scrolls to it, as a reader at
  the end of the feed brings it in; the section is marked once its five names are (past 200 mentions
  the extension registers those near the screen). The re-rendering page replaces its 50 paragraphs
  every 300 ms with 10 or 11 names, marked when the registry holds that many.
  Main-thread share, with the extension minus without, each over its own busy periods: \`ScriptDuration\` for the
  extension's script, the main thread's CPU time (\`ThreadTime\`) for all the work it causes,
  rendering included (\`TaskDuration\` is wall time, and too noisy on two shared cores).
- **Hit test**: the product's own engine (scripts/bench/hit-test-probe.ts starts it as the page session
  does) bundled into the page, which times the hit index's lookup at the centre of every mention on
  screen and as many points elsewhere, on 40 screens, twice, in a cross-origin isolated tab (5 µs clock),
  once the boxes near the screen are measured. Beside it, the extension's \`ScriptDuration\` per real
  pointer move (200 moves over the same screens, a frame apart, with minus without), which includes the
  pointer handling, the dwell's timers and measuring the boxes again after each scroll.
- **Card**: from the end of the dwell (the animation frame after the last pointer move, plus the
  dwell setting) to the end of the first frame in which the page finds the card under a point beside
  the mention (the card may be drawn out of sight during the dwell), on fresh loads.
- **Size**: the built scripts, gzip at level 9: the content script every page and frame runs, and the
  page session and card that it loads on demand; the zips of \`npm run zip\`. 1 KB = 1,000 bytes.
- **Heap**: \`JSHeapUsedSize\` after two garbage collections, once the page is marked, with and
  without the extension, medians of fresh loads.

Partial runs, while working on one figure: \`npm run bench -- --only small,framed,card\` takes only the
named figures and prints their table (the sizes always), and writes neither this file nor the README.
Keys (scripts/bench/selection.ts): the pages \`small\`, \`framed\`, \`none1\` (1 MB without names),
\`prose1\` (1 MB, 50 mentions), \`prose5\`, \`nested\`, \`huge\` (initial cost and long tasks); the busy
pages \`scroll\` and \`rewrite\`; \`hit\`, \`card\` and \`heap\` (the 10,000-mention page). Add \`--profile\` to
record the first load of each with the extension: summaries go to docs/bench-profiles.md.`;

/** Writes docs/bench.md and puts the table into the README between its bench markers. */
export function writeReports(rows: readonly Row[], machine: readonly string[], date: string): void {
  const table = markdownTable(rows);
  const measuredOn = `Measured ${date} on ${machine.join('; ')}.`;
  mkdirSync(dirname(BENCH_DOC), { recursive: true });
  writeFileSync(
    BENCH_DOC,
    `# Performance budgets\n\n\`npm run bench\` wrote this.\n\n${measuredOn}\n\n${table}\n\n${METHOD}\n`,
  );

  if (!existsSync(README)) return;
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return;
  const section = `${START}\n${measuredOn}\n\n${table}\n${END}`;
  writeFileSync(README, readme.slice(0, start) + section + readme.slice(end + END.length));
}

/**
 * Writes the profile summaries of a `--profile` run to docs/bench-profiles.md, with the command that
 * took them. The notes above the marker line are kept: they say what the profiles show.
 */
export function writeProfiles(summaries: string, command: string): void {
  const marker = '<!-- profiles:start -->';
  const old = existsSync(PROFILE_DOC) ? readFileSync(PROFILE_DOC, 'utf8') : '';
  const notes = old.includes(marker) ? old.slice(0, old.indexOf(marker)) : '# Bench profiles\n\n';
  writeFileSync(
    PROFILE_DOC,
    `${notes}${marker}\n\n\`${command}\`, ${new Date().toISOString().slice(0, 10)}:\n\n${summaries}\n`,
  );
}
