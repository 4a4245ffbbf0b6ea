import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { ROOT } from '../browser/paths';

/** Where the raw profiles and traces go, one pair per figure. */
export const RAW_DIR = join(ROOT, '.output/bench-profiles');

/**
 * `npm run bench -- --profile`: the first load of each figure with the extension is recorded with the
 * DevTools protocol (a sampling CPU profile, a `devtools.timeline` trace and a sampling heap profile)
 * and summed up in a few lines: where the script time went, function by function, which kinds of main
 * thread work the trace holds, what the longest tasks were made of, and what holds the heap. Profiling
 * costs time itself: the figures of a profiled run come out a little higher.
 */
export interface ProfileRecorder {
  /** The figure whose loads are being recorded; set by the bench before it measures one. */
  figure: string;
  /** Whether the next load with the extension is to be recorded (the first of each figure). */
  wants(): boolean;
  /** Starts recording on a tab's protocol session, before it navigates; the returned stop sums it up. */
  start(cdp: CDPSession): Promise<() => Promise<void>>;
  /** Every summary so far, as Markdown. */
  report(): string;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}
interface HeapNode {
  readonly callFrame: ProfileNode['callFrame'];
  readonly selfSize: number;
  readonly children: readonly HeapNode[];
}

const TOP = 12;
const LONG_TASK_MS = 50;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'v8'];

const where = ({ functionName, url, lineNumber }: ProfileNode['callFrame']) => {
  const file = url.replace(/^.*\//, '');
  const name = functionName || (url ? '(anonymous)' : '(native)');
  return file ? `${name} ${file}:${lineNumber + 1}` : name;
};
const origin = (url: string) =>
  url.startsWith('chrome-extension://') ? 'extension' : url ? 'page' : 'browser (native, GC, idle)';
const ms = (micros: number) => `${(micros / 1000).toFixed(1)} ms`;

function topOf(totals: ReadonlyMap<string, number>, unit: (n: number) => string, count = TOP): string[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, value]) => `  ${unit(value).padStart(9)}  ${key}`);
}

const add = (totals: Map<string, number>, key: string, value: number) =>
  totals.set(key, (totals.get(key) ?? 0) + value);

/** Self time by function and by origin, from the samples (each sample's time is the delta after it). */
function summarizeCpu(profile: CpuProfile): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const micros = profile.timeDeltas[i + 1] ?? 0;
    if (frame.functionName === '(idle)') return;
    add(self, where(frame), micros);
    add(byOrigin, origin(frame.url), micros);
  });
  return ['CPU profile, self time (idle left out):', ...topOf(byOrigin, ms), 'top functions:', ...topOf(self, ms)];
}

/** Each event name's self time: its events' durations less those of the events nested in them, thread by thread. */
function selfTimes(events: readonly TraceEvent[]): Map<string, number> {
  const totals = new Map<string, number>();
  const sorted = [...events].sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts || b.dur! - a.dur!);
  const open: { event: TraceEvent; self: number }[] = [];
  const close = () => {
    const done = open.pop()!;
    add(totals, done.event.name, done.self);
  };
  for (const event of sorted) {
    while (open.length) {
      const top = open[open.length - 1]!.event;
      if (top.pid === event.pid && top.tid === event.tid && event.ts < top.ts + top.dur!) break;
      close();
    }
    if (open.length) open[open.length - 1]!.self -= event.dur!;
    open.push({ event, self: event.dur! });
  }
  while (open.length) close();
  totals.delete('RunTask');
  totals.delete('ThreadControllerImpl::RunTask');
  return totals;
}

/** The renderer main thread's trace events by self time, and what each long task held. */
function summarizeTrace(events: readonly TraceEvent[]): string[] {
  // Every renderer's main thread: the tab may change renderer when it navigates.
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur);
  const totals = selfTimes(onMain);
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const long = tasks.filter((task) => task.dur! > LONG_TASK_MS * 1000).sort((a, b) => b.dur! - a.dur!);
  const lines = ['trace, renderer main thread, self time by event:', ...topOf(totals, ms)];
  for (const task of long.slice(0, 3)) {
    const within = (e: TraceEvent) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!;
    lines.push(`long task of ${ms(task.dur!)}, holding:`, ...topOf(selfTimes(onMain.filter(within)), ms, 6));
  }
  if (!long.length) lines.push(`no task over ${LONG_TASK_MS} ms`);
  return lines;
}

/** Live bytes by allocating function at the end (sampling heap profile, after garbage collection). */
function summarizeHeap(head: HeapNode): string[] {
  const bytes = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  const visit = (node: HeapNode) => {
    if (node.selfSize) {
      add(bytes, where(node.callFrame), node.selfSize);
      add(byOrigin, origin(node.callFrame.url), node.selfSize);
    }
    node.children.forEach(visit);
  };
  visit(head);
  const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`;
  return ['heap (sampled, live at the end), by allocating function:', ...topOf(byOrigin, kb), ...topOf(bytes, kb, 8)];
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle })) as { data: string; eof: boolean };
    text += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}

export function createProfileRecorder(): ProfileRecorder {
  const sections: string[] = [];
  const done = new Set<string>();
  const recorder: ProfileRecorder = {
    figure: '',
    wants: () => !done.has(recorder.figure),
    async start(cdp) {
      const figure = recorder.figure;
      done.add(figure);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096 });
      await cdp.send('Tracing.start', {
        traceConfig: { includedCategories: CATEGORIES },
        transferMode: 'ReturnAsStream',
      });
      return async () => {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
        const complete = new Promise<string>((resolve) =>
          cdp.once('Tracing.tracingComplete', ({ stream }) => resolve(stream!)),
        );
        await cdp.send('Tracing.end');
        const traceText = await readStream(cdp, await complete);
        const trace = JSON.parse(traceText) as { traceEvents: TraceEvent[] };
        // Collected after the trace ends, so that the trace holds none of this collection.
        await cdp.send('HeapProfiler.collectGarbage');
        const { profile: heap } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } };
        // The raw recordings, for DevTools' Performance panel.
        const base = join(RAW_DIR, figure.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, ''));
        mkdirSync(RAW_DIR, { recursive: true });
        writeFileSync(`${base}.cpuprofile`, JSON.stringify(profile));
        writeFileSync(`${base}.trace.json`, traceText);
        sections.push(
          [
            `### ${figure}`,
            '',
            '```',
            ...summarizeCpu(profile),
            ...summarizeTrace(trace.traceEvents),
            ...summarizeHeap(heap.head),
            '```',
          ].join('\n'),
        );
      };
    },
    report: () => sections.join('\n\n'),
  };
  return recorder;
}
