import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../scripts/lib/eval-report';
import { evaluateCorpus, findWith, meetsTargets, TARGETS } from '../../../scripts/lib/evaluate-corpus';
import { loadCorpus, loadPages } from '../../../scripts/lib/load-corpus';
import { precision, recall } from '../../../scripts/lib/score';
import { people } from '../../../knowledge/people';
import { createMatcher } from '../../../engine/match/matcher';

const CORPUS_DIR = join(import.meta.dirname, '../../fixtures/corpus');
const IDS = new Set(people.map((p) => p.id));
const texts = loadCorpus(CORPUS_DIR, IDS);
const pages = await loadPages(CORPUS_DIR, IDS);
const find = findWith(createMatcher(people));

describe('the labelled corpus', () => {
  // Auto-generated captions and chats carry no punctuation at all: a text is words, not full stops.
  it('holds German and English texts, each with words in its first block', () => {
    expect(new Set(texts.map((d) => d.lang))).toEqual(new Set(['de', 'en']));
    for (const doc of texts) expect(doc.blocks[0]!.text, doc.file).toMatch(/\p{L}{2,}\s+\p{L}{2,}/u);
  });

  it('holds at least ten pages in German and English', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(new Set(pages.map((d) => d.lang))).toEqual(new Set(['de', 'en']));
  });

  it('labels every person in both languages, in the texts and in the pages', () => {
    for (const documents of [texts, pages]) {
      for (const lang of ['de', 'en']) {
        const labelled = documents
          .filter((d) => d.lang === lang)
          .flatMap((d) => d.blocks.flatMap((b) => b.labels.map((l) => l.person)));
        expect(new Set(labelled)).toEqual(new Set(people.map((p) => p.id)));
      }
    }
  });
});

describe('the matcher on the labelled corpus', () => {
  for (const [part, documents] of [
    ['texts', texts],
    ['pages', pages],
  ] as const) {
    it(`reaches precision ≥ ${TARGETS.precision} and recall ≥ ${TARGETS.recall} on the ${part}`, () => {
      const evaluation = evaluateCorpus(documents, find);
      // On failure the report says which mentions went wrong and where.
      expect(meetsTargets(evaluation.overall), formatReport(evaluation)).toBe(true);
      expect(precision(evaluation.overall)).toBeGreaterThanOrEqual(TARGETS.precision);
      expect(recall(evaluation.overall)).toBeGreaterThanOrEqual(TARGETS.recall);
    });
  }
});
