import type { BusyCost } from './busy-cost';
import type { CardPaint } from './card-paint';
import type { HeapCost } from './heap';
import type { HitTestCost } from './hit-test-cost';
import type { InitialCost } from './initial-cost';
import { SCRIPT_ROLE_NAMES, type FileSize, type ScriptSize } from './sizes';
import { median } from './stats';
import type { Row } from './table';

/** A 60 Hz frame: the card must be painted in the first frame after the dwell. */
export const FRAME_MS = 1000 / 60;

/** A target and the bar below which a miss is not acceptable, in the units the table prints. */
export interface Budget {
  readonly target: number;
  readonly bar: number;
}

/** The budgets of the issue, in the units the table prints. */
export const BUDGETS = {
  smallPageMs: { target: 1, bar: 3 },
  framedPageMs: { target: 5, bar: 10 },
  floorRatioWithoutNames: { target: 1.5, bar: 3 },
  floorRatioWithNames: { target: 2, bar: 4 },
  longTaskMs: 50,
  insertionP95Ms: 50,
  mainThreadShare: 0.05,
  hitTestP99Us: 20,
  /** The always-loaded content script; `npm test` fails past the bar. */
  contentScriptGzipKb: { target: 3, bar: 5 },
  heapOverheadMb: 2,
} as const satisfies Record<string, number | Budget>;

/** What a page's initial cost is held to: its script time, or its ratio to the floor; or nothing, reported only. */
export type LoadBudget =
  | { readonly kind: 'script'; readonly budget: Budget }
  | { readonly kind: 'floor'; readonly budget: Budget }
  | { readonly kind: 'reported' };

export interface LoadResult {
  readonly page: string;
  readonly cost: InitialCost;
  readonly budget: LoadBudget;
  /** Whether mark.js ran on it. */
  readonly withMarkJs: boolean;
}

export interface BenchResults {
  readonly loads: readonly LoadResult[];
  readonly busy: readonly { readonly page: string; readonly cost: BusyCost }[];
  /** The hover and heap figures; absent from a partial run (`--only`) that skipped them. */
  readonly hitTest?: HitTestCost;
  readonly card?: CardPaint;
  readonly contentScripts: readonly ScriptSize[];
  readonly zips: readonly FileSize[];
  readonly heap?: HeapCost;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const times = (ratio: number) => `${ratio < 10 ? ratio.toFixed(1) : Math.round(ratio).toLocaleString('en')}×`;
const longTask = (value: number) => (value ? ms(value) : 'none');

const budgetText = ({ target, bar }: Budget, unit: (n: number) => string) => `≤ ${unit(target)} (bar ≤ ${unit(bar)})`;
const judge = (value: number, { target, bar }: Budget): Pick<Row, 'met' | 'bar'> => ({
  met: value <= target,
  bar: value <= bar,
});

function loadRows({ page, cost, budget, withMarkJs }: LoadResult): Row[] {
  const ratio = cost.extensionMs / cost.floorMs;
  const againstFloor = `${times(ratio)} floor: ${ms(cost.extensionMs)} vs ${ms(cost.floorMs)}`;
  const first: Row =
    budget.kind === 'script'
      ? {
          figure: `Script time, ${page}`,
          target: budgetText(budget.budget, ms),
          measured: ms(cost.extensionMs),
          ...judge(cost.extensionMs, budget.budget),
        }
      : budget.kind === 'floor'
        ? {
            figure: `Initial cost, ${page}`,
            target: budgetText(budget.budget, (n) => `${n}× floor`),
            measured: againstFloor,
            ...judge(ratio, budget.budget),
          }
        : { figure: `Initial cost, ${page}`, target: 'reported', measured: againstFloor };
  const rows: Row[] = [
    first,
    {
      figure: `  extension's background (matching the page's blocks), ${page}`,
      target: 'reported',
      measured: ms(cost.backgroundMs),
    },
    {
      figure: `  plain one-pass highlighter, ${page}`,
      target: 'peer',
      measured:
        budget.kind === 'script' ? ms(cost.peerMs) : `${times(cost.peerMs / cost.floorMs)} floor: ${ms(cost.peerMs)}`,
    },
  ];
  if (withMarkJs) {
    rows.push({
      figure: `  mark.js (acrossElements), ${page}`,
      target: 'peer',
      measured: `${times(cost.markJsMs / cost.floorMs)} floor: ${ms(cost.markJsMs)}`,
    });
  }
  return rows;
}

function longTaskRow(page: string, longest: number, control: number): Row {
  return {
    figure: `Longest long task, ${page}`,
    target: `none > ${BUDGETS.longTaskMs} ms`,
    measured: `${longTask(longest)} (without extension: ${longTask(control)})`,
    met: longest <= BUDGETS.longTaskMs,
  };
}

/**
 * A busy page's longest long task in each run. On two shared cores a task now and then runs long
 * whatever it does, so the figure is the median run's (the lower of two): met unless every run has one.
 */
function busyLongTaskRow(page: string, cost: BusyCost): Row {
  const list = (values: readonly number[]) => values.map(longTask).join(', ');
  return {
    figure: `Longest long task, ${page}`,
    target: `none > ${BUDGETS.longTaskMs} ms`,
    measured: `${list(cost.longTaskMs)} (without extension: ${list(cost.controlLongTaskMs)})`,
    met: median(cost.longTaskMs) <= BUDGETS.longTaskMs,
  };
}

function busyRows(page: string, cost: BusyCost): Row[] {
  return [
    {
      figure: `Insertion to highlight, ${page}`,
      target: `p95 ≤ ${BUDGETS.insertionP95Ms} ms`,
      measured: `p50 ${ms(cost.p50Ms)}, p95 ${ms(cost.p95Ms)}; ${cost.missed} of ${cost.changes} changes unmarked`,
      met: cost.p95Ms <= BUDGETS.insertionP95Ms && cost.missed === 0,
    },
    {
      figure: `Extension's main-thread share, ${page}`,
      target: `≤ ${percent(BUDGETS.mainThreadShare)}`,
      measured: `${percent(cost.scriptShare)} script, ${percent(cost.threadShare)} all work`,
      met: Math.max(cost.scriptShare, cost.threadShare) <= BUDGETS.mainThreadShare,
    },
  ];
}

function sizeRows(scripts: readonly ScriptSize[], zips: readonly FileSize[]): Row[] {
  return [
    ...scripts.map(({ role, file }): Row => {
      const figure = `${SCRIPT_ROLE_NAMES[role]}, ${file.path.replace(/^\.output\//, '')}`;
      const measured = `${kb(file.gzipBytes)} gzip, ${kb(file.bytes)} raw`;
      if (role !== 'entry') return { figure, target: 'reported', measured };
      const budget = BUDGETS.contentScriptGzipKb;
      return {
        figure,
        target: `${budgetText(budget, (n) => `${n} KB`)} gzip; test fails past the bar`,
        measured,
        ...judge(file.gzipBytes / 1000, budget),
      };
    }),
    ...zips.map((file) => ({
      figure: `Store zip, ${file.path.replace(/^\.output\//, '')}`,
      target: 'reported',
      measured: kb(file.bytes),
    })),
  ];
}

function hitTestRow(hitTest: HitTestCost): Row {
  return {
    figure: 'Hit test per pointer move, 10,000 mentions',
    target: `p99 ≤ ${BUDGETS.hitTestP99Us} µs`,
    measured:
      `p50 ${hitTest.p50Us.toFixed(0)} µs, p99 ${hitTest.p99Us.toFixed(0)} µs (${hitTest.calls.toLocaleString('en')} calls` +
      `${hitTest.isolated ? '' : ', 100 µs clock'}); ${hitTest.perMoveUs.toFixed(0)} µs of script a real move`,
    met: hitTest.p99Us <= BUDGETS.hitTestP99Us,
  };
}

function cardRow(card: CardPaint): Row {
  return {
    figure: 'Card painted after the dwell, 10,000 mentions',
    target: `within a frame (${ms(FRAME_MS)})`,
    measured: `median ${ms(median(card.paintMs))}, worst ${ms(Math.max(...card.paintMs))} (${card.paintMs.length} opens)`,
    met: median(card.paintMs) <= FRAME_MS,
  };
}

function heapRow(heap: HeapCost): Row {
  const overhead = heap.withBytes - heap.withoutBytes;
  return {
    figure: 'JS heap overhead, 10,000 mentions',
    target: `≤ ${BUDGETS.heapOverheadMb} MB`,
    measured: `${overhead >= 0 ? '+' : ''}${mb(overhead)} (${mb(heap.withoutBytes)} → ${mb(heap.withBytes)})`,
    met: overhead <= BUDGETS.heapOverheadMb * 1e6,
  };
}

/** The table: every figure of the issue that this run took, beside its budget. */
export function benchRows(results: BenchResults): Row[] {
  const { hitTest, card, heap } = results;
  return [
    ...results.loads.flatMap(loadRows),
    ...results.loads.map(({ page, cost }) => longTaskRow(page, cost.longTaskMs, cost.controlLongTaskMs)),
    ...results.busy.map(({ page, cost }) => busyLongTaskRow(page, cost)),
    ...results.busy.flatMap(({ page, cost }) => busyRows(page, cost)),
    ...(hitTest ? [hitTestRow(hitTest)] : []),
    ...(card ? [cardRow(card)] : []),
    ...sizeRows(results.contentScripts, results.zips),
    ...(heap ? [heapRow(heap)] : []),
  ];
}
