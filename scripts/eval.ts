/**
 * `npm run eval [-- --check]`: measures the matcher on the labelled corpus. A report, so it exits 0;
 * with `--check` it exits 1 when the overall figures fall short of the targets.
 */
import { join } from 'node:path';
import { people } from '../utils/knowledge/people';
import { createMatcher, findInDocument } from '../utils/matcher';
import { formatReport } from './lib/eval-report';
import { evaluateCorpus, meetsTargets, TARGETS } from './lib/evaluate-corpus';
import { loadCorpus } from './lib/load-corpus';

const CORPUS_DIR = join(import.meta.dirname, '../tests/fixtures/corpus');

const matcher = createMatcher(people);
const documents = loadCorpus(CORPUS_DIR, new Set(people.map((p) => p.id)));
const evaluation = evaluateCorpus(documents, (text) => findInDocument(matcher, text));

console.log(`${documents.length} documents\n`);
console.log(formatReport(evaluation));
if (process.argv.includes('--check') && !meetsTargets(evaluation.overall)) {
  console.error(`\nBelow target: precision must be at least ${TARGETS.precision}, recall at least ${TARGETS.recall}.`);
  process.exitCode = 1;
}
