import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../scripts/lib/eval-report';
import { evaluateCorpus, meetsTargets, TARGETS } from '../../../scripts/lib/evaluate-corpus';
import { loadCorpus } from '../../../scripts/lib/load-corpus';
import { precision, recall } from '../../../scripts/lib/score';
import { people } from '../../../knowledge/people';
import { createMatcher } from '../../../engine/matcher';
import { findInDocument } from '../../../engine/surname-rules';

const CORPUS_DIR = join(import.meta.dirname, '../../fixtures/corpus');
const documents = loadCorpus(CORPUS_DIR, new Set(people.map((p) => p.id)));

describe('the labelled corpus', () => {
  it('holds German and English documents, each with at least one sentence', () => {
    expect(new Set(documents.map((d) => d.lang))).toEqual(new Set(['de', 'en']));
    for (const doc of documents) expect(doc.text, doc.file).toMatch(/\p{L}{2,}.*[.!?:“"]/su);
  });

  it('labels every person in both languages', () => {
    for (const lang of ['de', 'en']) {
      const labelled = new Set(documents.filter((d) => d.lang === lang).flatMap((d) => d.labels.map((l) => l.person)));
      expect(labelled).toEqual(new Set(people.map((p) => p.id)));
    }
  });
});

describe('the matcher on the labelled corpus', () => {
  const matcher = createMatcher(people);
  const evaluation = evaluateCorpus(documents, (text) => findInDocument(matcher, text));

  it(`reaches precision ≥ ${TARGETS.precision} and recall ≥ ${TARGETS.recall} overall`, () => {
    // On failure the report says which mentions went wrong and where.
    expect(meetsTargets(evaluation.overall), formatReport(evaluation)).toBe(true);
    expect(precision(evaluation.overall)).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(recall(evaluation.overall)).toBeGreaterThanOrEqual(TARGETS.recall);
  });
});
