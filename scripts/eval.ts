/**
 * `npm run eval [-- --check] [-- --corpus <dir>]`: measures the matcher on the labelled corpus. A report,
 * so it exits 0; with `--check` it exits 1 when the overall figures fall short of the targets.
 * `--corpus <dir>` (relative to the working directory) reads another folder in the same format, such as
 * the held-out `tests/fixtures/holdout`; the default is `tests/fixtures/corpus`.
 */
import { join, resolve } from 'node:path';
import { people } from '../knowledge/people';
import { createMatcher } from '../engine/matcher';
import { findInDocument } from '../engine/surname-rules';
import { formatReport } from './lib/eval-report';
import { evaluateCorpus, meetsTargets, TARGETS } from './lib/evaluate-corpus';
import { loadCorpus } from './lib/load-corpus';

const DEFAULT_CORPUS_DIR = join(import.meta.dirname, '../tests/fixtures/corpus');

/** The value of `--corpus <dir>` or `--corpus=<dir>`, if given. */
function corpusArgument(args: readonly string[]): string | undefined {
  const i = args.indexOf('--corpus');
  if (i !== -1) {
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error('--corpus needs a folder');
    return value;
  }
  return args.find((a) => a.startsWith('--corpus='))?.slice('--corpus='.length) || undefined;
}

const corpusArg = corpusArgument(process.argv.slice(2));
const CORPUS_DIR = corpusArg === undefined ? DEFAULT_CORPUS_DIR : resolve(corpusArg);

const matcher = createMatcher(people);
const documents = loadCorpus(CORPUS_DIR, new Set(people.map((p) => p.id)));
const evaluation = evaluateCorpus(documents, (text) => findInDocument(matcher, text));

console.log(`${documents.length} documents${corpusArg === undefined ? '' : ` in ${corpusArg}`}\n`);
console.log(formatReport(evaluation));
if (process.argv.includes('--check') && !meetsTargets(evaluation.overall)) {
  console.error(`\nBelow target: precision must be at least ${TARGETS.precision}, recall at least ${TARGETS.recall}.`);
  process.exitCode = 1;
}
