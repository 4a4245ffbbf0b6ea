/**
 * `npm test`: every stage in order, each run even when an earlier one failed (the end-to-end tests
 * still run after a unit failure, as long as the extension builds), then one closing line
 * "N passed, M failed". A stage that is not a test runner (lint, format, typecheck, build) counts as
 * one failed test when it fails, so a broken stage never looks like a clean run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RESULTS = join(import.meta.dirname, '../.output/test-results');

interface Stage {
  readonly script: string;
  /** The vitest JSON report the stage writes, for a test stage. */
  readonly report?: string;
  /** A stage that cannot run when this one failed. */
  readonly needs?: string;
}

const STAGES: readonly Stage[] = [
  { script: 'lint' },
  { script: 'format:check' },
  { script: 'typecheck' },
  { script: 'test:unit', report: 'unit.json' },
  { script: 'build' },
  { script: 'test:e2e', report: 'e2e.json', needs: 'build' },
];

interface VitestReport {
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly testResults: readonly { status: string; assertionResults: readonly { status: string }[] }[];
}

/** Passed and failed tests in a vitest JSON report; a file that could not run counts as one failure. */
function countReport(file: string): [number, number] {
  if (!existsSync(file)) return [0, 1];
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
  const broken = report.testResults.filter(
    (suite) => suite.status === 'failed' && !suite.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  return [report.numPassedTests, report.numFailedTests + broken];
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
let passed = 0;
let failed = 0;
const failedStages = new Set<string>();
for (const stage of STAGES) {
  if (stage.needs && failedStages.has(stage.needs)) {
    console.log(`\n✗ ${stage.script}: not run, since ${stage.needs} failed`);
    failedStages.add(stage.script);
    failed += 1;
    continue;
  }
  console.log(`\n▶ npm run ${stage.script}`);
  const { status } = spawnSync('npm', ['run', stage.script], { stdio: 'inherit' });
  if (status !== 0) failedStages.add(stage.script);
  if (stage.report) {
    const [p, f] = countReport(join(RESULTS, stage.report));
    passed += p;
    failed += status !== 0 && f === 0 ? 1 : f;
  } else if (status !== 0) {
    failed += 1;
  }
}

const summary = `${passed} passed, ${failed} failed`;
writeFileSync(join(RESULTS, 'summary.txt'), `${summary}\n`);
if (failedStages.size) console.log(`\nFailed: ${[...failedStages].join(', ')}`);
console.log(summary);
process.exitCode = failedStages.size || failed || passed === 0 ? 1 : 0;
