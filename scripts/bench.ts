/**
 * `npm run bench`: builds and zips the extension, then measures it in real Chromium against the same
 * pages without it, prints the table of figures and budgets, and writes it to docs/bench.md and the
 * README. The budgets are in scripts/bench/rows.ts, the methods in scripts/bench/report.ts.
 * `npm run bench -- --only small,card` takes only the named figures (scripts/bench/selection.ts) and
 * writes no table; `--profile` records the first load of each figure with the extension and writes
 * the summaries to docs/bench-profiles.md (scripts/bench/profile.ts).
 */
import { spawnSync } from 'node:child_process';
import { launchBrowsers } from './bench/browsers';
import { bundleHitTestProbe } from './bench/bundle-probe';
import { measureBusyPage } from './bench/busy-cost';
import { measureCardPaint } from './bench/card-paint';
import { measureHeap } from './bench/heap';
import { measureHitTest } from './bench/hit-test-cost';
import { measureInitialCost } from './bench/initial-cost';
import { describeMachine } from './bench/machine';
import { infiniteScrollPage, rewritePage } from './bench/pages/busy-pages';
import { hugeTextPage } from './bench/pages/huge-text-page';
import { nestedPage } from './bench/pages/nested-page';
import { prosePage } from './bench/pages/prose-page';
import { framedPage, smallPage } from './bench/pages/small-pages';
import { createProfileRecorder } from './bench/profile';
import { BENCH_DOC, PROFILE_DOC, writeProfiles, writeReports } from './bench/report';
import { benchRows, BUDGETS, type BenchResults, type LoadBudget, type LoadResult } from './bench/rows';
import { selectFigures, type LoadKey } from './bench/selection';
import { pageScriptSizes, storeZipSizes } from './bench/sizes';
import { textTable } from './bench/table';
import { FIXTURE_PAGES, ROOT } from './browser/paths';
import { startStaticServer } from './browser/static-server';

// Fresh loads per figure: enough for a median, few enough for about five minutes on two cores.
const RUNS = { small: 7, prose: 5, largePage: 3, markJs1Mb: 3, markJs5Mb: 1, busy: 2, card: 5, heap: 3 } as const;
const FRAMES = 10;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const only = selectFigures(process.argv.slice(2));
const profiler = process.argv.includes('--profile') ? createProfileRecorder() : undefined;
// Each figure's first load with the extension is profiled under the figure's key.
const profiling = (key: string) => {
  if (profiler) profiler.figure = key;
};

// `wxt zip` builds each browser's extension before it zips it (unminified when profiling).
const built = spawnSync('npm', ['run', 'zip'], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ...(profiler && { WHOSWHO_UNMINIFIED: '1' }) },
});
if (built.status !== 0) process.exit(built.status ?? 1);

const pages = {
  small: smallPage(),
  framed: framedPage(FRAMES, '/bench/small.html'),
  none1: prosePage('1 MB page without names', 1_000_000, 0),
  prose1: prosePage('1 MB page with 50 mentions', 1_000_000, 50),
  prose5: prosePage('5 MB page', 5_000_000, 240),
  nested: nestedPage(5_000),
  huge: hugeTextPage(10_000_000),
  mentions: prosePage('10,000 mentions', 1_000_000, 10_000),
};
const busyPages = { scroll: infiniteScrollPage(), rewrite: rewritePage() };

const server = await startStaticServer(FIXTURE_PAGES);
for (const [name, page] of Object.entries({ ...pages, ...busyPages })) {
  server.route(`/bench/${name}.html`, 'text/html; charset=utf-8', page.html);
}
const url = (name: string) => `${server.origin}/bench/${name}.html`;
// Bundled before the browsers start, from the same sources as the build.
const probe = only.has('hit') ? await bundleHitTestProbe() : '';
const browsers = await launchBrowsers(profiler);

try {
  const loads: LoadResult[] = [];
  const reported: LoadBudget = { kind: 'reported' };
  const loadPlan: { key: LoadKey; page: string; runs: number; markJs: number; budget: LoadBudget }[] = [
    {
      key: 'small',
      page: 'small page without names',
      runs: RUNS.small,
      markJs: 0,
      budget: { kind: 'script', budget: BUDGETS.smallPageMs },
    },
    {
      key: 'framed',
      page: `small page with ${FRAMES} frames`,
      runs: RUNS.small,
      markJs: 0,
      budget: { kind: 'script', budget: BUDGETS.framedPageMs },
    },
    {
      key: 'none1',
      page: '1 MB page without names',
      runs: RUNS.prose,
      markJs: 0,
      budget: { kind: 'floor', budget: BUDGETS.floorRatioWithoutNames },
    },
    {
      key: 'prose1',
      page: '1 MB page with 50 mentions',
      runs: RUNS.prose,
      markJs: RUNS.markJs1Mb,
      budget: { kind: 'floor', budget: BUDGETS.floorRatioWithNames },
    },
    { key: 'prose5', page: '5 MB page', runs: RUNS.largePage, markJs: RUNS.markJs5Mb, budget: reported },
    { key: 'nested', page: '5,000 nested elements', runs: RUNS.largePage, markJs: 0, budget: reported },
    { key: 'huge', page: '10 MB text node', runs: RUNS.largePage, markJs: 0, budget: reported },
  ];
  for (const plan of loadPlan) {
    if (!only.has(plan.key)) continue;
    profiling(`${plan.key}: ${plan.page}`);
    log(`initial cost and long tasks: ${plan.page}`);
    const cost = await measureInitialCost(browsers, url(plan.key), pages[plan.key].mentions, plan.runs, plan.markJs);
    loads.push({ page: plan.page, cost, budget: plan.budget, withMarkJs: plan.markJs > 0 });
    log(`  ${cost.textNodes} text nodes, ${cost.chars} characters, ${cost.marked} of ${cost.expected} mentions marked`);
  }

  const busy = [];
  for (const [key, page] of Object.entries(busyPages)) {
    if (!only.has(key as keyof typeof busyPages)) continue;
    profiling(`${key}: ${page.title}`);
    log(`busy page: ${page.title}`);
    busy.push({ page: page.title.toLowerCase(), cost: await measureBusyPage(browsers, url(key), page, RUNS.busy) });
  }

  let hitTest;
  if (only.has('hit')) {
    log('hover: hit test');
    hitTest = await measureHitTest(browsers, url('mentions'), pages.mentions, probe);
  }
  let card;
  if (only.has('card')) {
    log('hover: card');
    profiling('card: 10,000 mentions, from the hover on');
    card = await measureCardPaint(browsers, url('mentions'), pages.mentions, RUNS.card);
  }
  let heap;
  if (only.has('heap')) {
    log('heap');
    profiling('heap: 10,000 mentions');
    heap = await measureHeap(browsers, url('mentions'), pages.mentions, RUNS.heap);
  }

  const results: BenchResults = {
    loads,
    busy,
    hitTest,
    card,
    contentScripts: pageScriptSizes(),
    zips: storeZipSizes(),
    heap,
  };
  const rows = benchRows(results);
  const machine = describeMachine(browsers.version);
  console.log(`${textTable(rows)}\n\n${machine.join('\n')}`);
  if (profiler) {
    writeProfiles(profiler.report(), `npm run bench -- ${process.argv.slice(2).join(' ')}`);
    log(`wrote ${PROFILE_DOC}`);
  }
  if (only.whole) {
    writeReports(rows, machine, new Date().toISOString().slice(0, 10));
    log(`wrote ${BENCH_DOC} and the README's table`);
  } else {
    log('partial run (--only): wrote no report');
  }
} catch (error) {
  // Closing browsers after a failure may fail as well: the failure is what the run reports.
  await browsers.close().catch((closing: Error) => log(`closing the browsers after the failure: ${closing.message}`));
  await server.close();
  throw error;
}
await browsers.close();
await server.close();
