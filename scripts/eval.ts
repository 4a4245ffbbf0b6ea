/**
 * `npm run eval [-- --check] [-- --corpus <dir>]`: measures the matcher on the labelled corpus, its texts and
 * its pages (`html/`, read into blocks as the content script reads a page), each on its own and together.
 * A report, so it exits 0; with `--check` it exits 1 when the texts or the pages fall short of the targets.
 * `--corpus <dir>` (relative to the working directory) reads another folder in the same format, such as
 * the held-out `tests/fixtures/holdout`; the default is `tests/fixtures/corpus`. A folder that is missing or
 * holds nothing to measure, or a corpus file the loader rejects, exits 1 with a one-line message.
 * `--learned <low>,<high>` measures the rules with the learned signal's calls on lone surnames (round 25; the
 * committed weights, `npm run train`): below `low` it drops one the rules show, above `high` it adds one they leave
 * out. The extension does not apply them: this measures what it would do on a folder the model never saw.
 */
import { join, resolve } from 'node:path';
import { people } from '../knowledge/people';
import { createMatcher } from '../engine/match/matcher';
import type { Matcher } from '../engine/match/mention';
import { withLearnedSignal } from '../engine/rules/learned-calls';
import type { Overrides } from '../engine/rules/surname-model';
import { surnameModel } from '../engine/rules/surname-weights';
import { formatReport, formatTables } from './lib/eval-report';
import { evaluateCorpus, findWith, meetsTargets, TARGETS } from './lib/evaluate-corpus';
import { loadLabelledFolder } from './lib/load-corpus';

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

/** The thresholds of `--learned <low>,<high>` or `--learned=<low>,<high>`, if given. */
function learnedArgument(args: readonly string[]): Overrides | undefined {
  const i = args.indexOf('--learned');
  const value = i === -1 ? args.find((a) => a.startsWith('--learned='))?.slice('--learned='.length) : args[i + 1];
  if (i === -1 && value === undefined) return undefined;
  const [low, high, ...rest] = (value ?? '').split(',').map((v) => (v.trim() === '' ? NaN : Number(v)));
  if (rest.length || !(low! >= 0 && low! <= high! && high! <= 1))
    throw new Error('--learned needs two thresholds <low>,<high> with 0 ≤ low ≤ high ≤ 1');
  return { low: low!, high: high! };
}

/** Prints the report; true when a part falls short of the targets. */
async function report(args: readonly string[]): Promise<boolean> {
  const corpusArg = corpusArgument(args);
  const { texts, pages } = await loadLabelledFolder(
    corpusArg === undefined ? DEFAULT_CORPUS_DIR : resolve(corpusArg),
    new Set(people.map((p) => p.id)),
  );
  const learned = learnedArgument(args);
  const matcher: Matcher = createMatcher(people);
  const find = findWith(learned ? withLearnedSignal(matcher, surnameModel, learned) : matcher);
  const parts = [
    { title: 'Texts', documents: texts },
    { title: 'Pages', documents: pages },
  ].filter((part) => part.documents.length);

  console.log(`Corpus: ${corpusArg ?? 'tests/fixtures/corpus'}`);
  if (learned) console.log(`Learned signal on lone surnames: drop below ${learned.low}, add above ${learned.high}`);
  console.log('');
  let short = false;
  for (const { title, documents } of parts) {
    const evaluation = evaluateCorpus(documents, find);
    short ||= !meetsTargets(evaluation.overall);
    console.log(`== ${title}: ${documents.length} documents\n\n${formatReport(evaluation)}\n`);
  }
  if (parts.length > 1) {
    const together = evaluateCorpus(
      parts.flatMap((part) => part.documents),
      find,
    );
    console.log(`== Texts and pages together\n\n${formatTables(together)}`);
  }
  return short;
}

try {
  const short = await report(process.argv.slice(2));
  if (process.argv.includes('--check') && short) {
    console.error(
      `\nBelow target: precision must be at least ${TARGETS.precision}, recall at least ${TARGETS.recall}.`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exitCode = 1;
}
