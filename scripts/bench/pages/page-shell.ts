import { highlightName } from '../../../engine/marks/highlights';
import { people } from '../../../knowledge/people';

/**
 * What every bench page runs first, in its <head>: a buffered Long Tasks observer, the time the load
 * event ended (the content script starts at document_idle, after it), and a cheap count of the
 * extension's highlighted ranges (in the default style), which the main world can read from the shared registry.
 */
const PROBE = `
(() => {
  const names = ${JSON.stringify(people.map((p) => highlightName('underline', p.id)))};
  const bench = { longTasks: [], loadEnd: undefined };
  bench.highlighted = () => {
    let sum = 0;
    for (const name of names) sum += globalThis.CSS?.highlights?.get(name)?.size ?? 0;
    return sum;
  };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('load', () => setTimeout(() => { bench.loadEnd = performance.now(); }));
})();
`;

export interface ShellOptions {
  readonly title: string;
  readonly body: string;
  /** Runs at the end of <body>, before the load event. */
  readonly script?: string;
}

/** A complete bench page: the probe, a readable prose style, the body and an optional page script. */
export function pageShell({ title, body, script }: ShellOptions): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${title}</title>`,
    `<script>${PROBE}</script>`,
    '<style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 46em; margin: 1em auto; }</style>',
    `</head><body>${body}`,
    script ? `<script>${script}</script>` : '',
    '</body></html>',
  ].join('\n');
}
