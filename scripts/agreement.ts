/**
 * `npm run agreement -- <first> <second>`: how far two readers agree who is named, each having labelled the same texts
 * by the corpus's marking rules without seeing the other's labels. The first reader's labels are the truth the eval
 * would use: precision is the share of the second reader's marks that the first has, recall the share of the first's
 * that the second has, and the lists name every mark one made and the other did not. Two careful readers' agreement
 * bounds what a measurement against one reader's labels can tell.
 */
import { resolve } from 'node:path';
import { people } from '../knowledge/people';
import { formatReport } from './lib/eval-report';
import { evaluateCorpus } from './lib/evaluate-corpus';
import { loadLabelledFolder } from './lib/load-corpus';
import { secondReaderFind } from './lib/second-reader';

try {
  const [firstDir, secondDir] = process.argv.slice(2);
  if (!firstDir || !secondDir)
    throw new Error('usage: npm run agreement -- <first reader folder> <second reader folder>');
  const ids = new Set(people.map((p) => p.id));
  const first = (await loadLabelledFolder(resolve(firstDir), ids)).texts;
  const second = (await loadLabelledFolder(resolve(secondDir), ids)).texts;
  const evaluation = evaluateCorpus(first, secondReaderFind(first, second));
  console.log(`First reader: ${firstDir}\nSecond reader: ${secondDir}\n`);
  console.log('"Misses" are marks of the first reader that the second left out; "false hits" the reverse.\n');
  console.log(`== Texts: ${first.length} documents\n\n${formatReport(evaluation)}`);
} catch (error) {
  console.error(`agreement: ${(error as Error).message}`);
  process.exitCode = 1;
}
