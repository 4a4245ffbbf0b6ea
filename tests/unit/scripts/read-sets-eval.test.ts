import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../scripts/lib/eval-report';
import { evaluateCorpus, findWith } from '../../../scripts/lib/evaluate-corpus';
import { loadLabelledFolder } from '../../../scripts/lib/load-corpus';
import { people } from '../../../knowledge/people';
import { createMatcher } from '../../../engine/match/matcher';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const IDS = new Set(people.map((p) => p.id));
const find = findWith(createMatcher(people));

// Held-out sets whose errors were read and written into rounds, but which the tuned corpus cannot take in without
// failing its gate (v117, texts about namesakes, stands at 88.5% precision). They measure nothing unseen any more;
// they guard what was mended on them. Each figure is the set's count after the last round that read it, its texts and
// its pages together: a later round may lower it, and must then lower it here, but never raise it.
const MOST_ERRORS: Readonly<Record<string, { misses: number; falseHits: number }>> = {
  holdout116: { misses: 6, falseHits: 8 },
  holdout117: { misses: 9, falseHits: 52 },
  holdout118: { misses: 8, falseHits: 16 },
  holdout119: { misses: 12, falseHits: 13 },
  holdout120: { misses: 8, falseHits: 3 },
  holdout121: { misses: 4, falseHits: 7 },
  holdout122: { misses: 1, falseHits: 8 },
  holdout124: { misses: 13, falseHits: 5 },
  holdout125: { misses: 1, falseHits: 7 },
  holdout126: { misses: 8, falseHits: 10 },
  holdout127: { misses: 7, falseHits: 5 },
  holdout128: { misses: 10, falseHits: 9 },
  holdout129: { misses: 5, falseHits: 8 },
  holdout130: { misses: 6, falseHits: 13 },
  holdout131: { misses: 1, falseHits: 2 },
  holdout132: { misses: 8, falseHits: 15 },
  holdout133: { misses: 10, falseHits: 6 },
  holdout134: { misses: 7, falseHits: 16 },
  holdout135: { misses: 2, falseHits: 6 },
  holdout136: { misses: 8, falseHits: 7 },
  holdout137: { misses: 2, falseHits: 8 },
  holdout138: { misses: 8, falseHits: 7 },
  holdout139: { misses: 5, falseHits: 10 },
  holdout140: { misses: 11, falseHits: 12 },
  holdout141: { misses: 4, falseHits: 12 },
  holdout142: { misses: 8, falseHits: 12 },
  holdout143: { misses: 7, falseHits: 1 },
  holdout144: { misses: 7, falseHits: 4 },
  holdout145: { misses: 2, falseHits: 6 },
  holdout146: { misses: 4, falseHits: 10 },
  holdout147: { misses: 2, falseHits: 4 },
  holdout148: { misses: 11, falseHits: 8 },
  holdout149: { misses: 5, falseHits: 6 },
  holdout150: { misses: 11, falseHits: 16 },
  holdout151: { misses: 3, falseHits: 21 },
  holdout152: { misses: 6, falseHits: 6 },
  holdout153: { misses: 1, falseHits: 4 },
  holdout154: { misses: 10, falseHits: 6 },
  holdout155: { misses: 0, falseHits: 15 },
  holdout156: { misses: 8, falseHits: 4 },
  holdout157: { misses: 12, falseHits: 13 },
  holdout158: { misses: 7, falseHits: 3 },
  holdout159: { misses: 2, falseHits: 3 },
  holdout160: { misses: 7, falseHits: 8 },
  holdout161: { misses: 4, falseHits: 14 },
  holdout162: { misses: 6, falseHits: 9 },
  holdout163: { misses: 6, falseHits: 10 },
  holdout164: { misses: 6, falseHits: 8 },
  holdout165: { misses: 10, falseHits: 6 },
  holdout166: { misses: 8, falseHits: 11 },
  holdout167: { misses: 7, falseHits: 5 },
  holdout168: { misses: 6, falseHits: 11 },
  holdout169: { misses: 3, falseHits: 3 },
  holdout170: { misses: 8, falseHits: 3 },
  holdout171: { misses: 6, falseHits: 3 },
  holdout172: { misses: 7, falseHits: 18 },
  holdout173: { misses: 8, falseHits: 3 },
  holdout174: { misses: 10, falseHits: 13 },
  holdout175: { misses: 6, falseHits: 8 },
  holdout176: { misses: 7, falseHits: 12 },
  holdout177: { misses: 10, falseHits: 2 },
  holdout178: { misses: 5, falseHits: 19 },
  holdout179: { misses: 4, falseHits: 4 },
  holdout180: { misses: 11, falseHits: 10 },
  holdout181: { misses: 5, falseHits: 7 },
  holdout182: { misses: 9, falseHits: 4 },
  holdout183: { misses: 10, falseHits: 7 },
  holdout184: { misses: 9, falseHits: 7 },
  holdout185: { misses: 7, falseHits: 12 },
  holdout186: { misses: 7, falseHits: 6 },
  holdout187: { misses: 8, falseHits: 14 },
  holdout188: { misses: 7, falseHits: 7 },
  holdout189: { misses: 3, falseHits: 7 },
  holdout190: { misses: 8, falseHits: 13 },
  holdout191: { misses: 7, falseHits: 8 },
  holdout192: { misses: 6, falseHits: 4 },
  holdout193: { misses: 2, falseHits: 1 },
  holdout194: { misses: 9, falseHits: 1 },
  holdout195: { misses: 7, falseHits: 7 },
  holdout196: { misses: 7, falseHits: 6 },
  holdout197: { misses: 4, falseHits: 3 },
  holdout198: { misses: 7, falseHits: 10 },
  holdout199: { misses: 5, falseHits: 2 },
  holdout200: { misses: 14, falseHits: 8 },
  holdout201: { misses: 5, falseHits: 7 },
  holdout202: { misses: 13, falseHits: 14 },
  holdout203: { misses: 9, falseHits: 9 },
  holdout204: { misses: 10, falseHits: 7 },
  holdout205: { misses: 13, falseHits: 7 },
  holdout206: { misses: 6, falseHits: 6 },
  holdout207: { misses: 5, falseHits: 6 },
  holdout208: { misses: 10, falseHits: 5 },
  holdout209: { misses: 5, falseHits: 7 },
  holdout210: { misses: 13, falseHits: 10 },
  holdout211: { misses: 15, falseHits: 7 },
  holdout212: { misses: 11, falseHits: 3 },
  holdout213: { misses: 2, falseHits: 8 },
  holdout214: { misses: 6, falseHits: 12 },
  holdout215: { misses: 1, falseHits: 9 },
  holdout216: { misses: 10, falseHits: 21 },
  holdout217: { misses: 5, falseHits: 4 },
  holdout218: { misses: 7, falseHits: 17 },
  holdout219: { misses: 7, falseHits: 4 },
  holdout220: { misses: 5, falseHits: 8 },
  holdout221: { misses: 2, falseHits: 9 },
  holdout222: { misses: 10, falseHits: 12 },
  holdout223: { misses: 6, falseHits: 10 },
  holdout224: { misses: 13, falseHits: 6 },
  holdout225: { misses: 10, falseHits: 9 },
  holdout226: { misses: 10, falseHits: 12 },
  holdout227: { misses: 10, falseHits: 12 },
  holdout228: { misses: 10, falseHits: 8 },
  holdout229: { misses: 4, falseHits: 9 },
  holdout230: { misses: 1, falseHits: 9 },
  holdout231: { misses: 4, falseHits: 4 },
  holdout232: { misses: 11, falseHits: 2 },
  holdout233: { misses: 7, falseHits: 7 },
  holdout234: { misses: 4, falseHits: 4 },
  holdout235: { misses: 5, falseHits: 1 },
};

describe('the read held-out sets', () => {
  for (const [folder, most] of Object.entries(MOST_ERRORS)) {
    it(`${folder} gains no miss and no false hit`, async () => {
      const { texts, pages } = await loadLabelledFolder(join(FIXTURES, folder), IDS);
      const evaluation = evaluateCorpus([...texts, ...pages], find);
      const { misses, falseHits } = evaluation.overall;
      expect({ misses, falseHits }, formatReport(evaluation)).toEqual(most);
    });
  }
});
