import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { people } from '../../../knowledge/people';
import { createMatcher } from '../../../engine/match/matcher';
import { probabilityOf } from '../../../engine/rules/surname-model';
import { trainedWeightsSource, WEIGHTS_FILE } from '../../../scripts/train';
import type { CorpusDocument } from '../../../scripts/lib/load-corpus';
import {
  applyOverrides,
  collectExamples,
  foldsOf,
  outOfFold,
  train,
  TRAINING,
} from '../../../scripts/lib/surname-training';

const matcher = createMatcher(people);

/** A labelled one-block document; `[[…]]` marks the spans that are our person. */
function document(file: string, lang: string, marked: string): CorpusDocument {
  const marks = [...marked.matchAll(/\[\[(\w+)\|([^\]]+)\]\]/g)];
  const text = marked.replace(/\[\[\w+\|([^\]]+)\]\]/g, '$1');
  // Each label's offset in the text without markup: the markup of the marks before it taken away.
  let shift = 0;
  const labels = marks.map((m) => {
    const start = m.index - shift;
    shift += m[0].length - m[2]!.length;
    return { person: m[1]!, start, end: start + m[2]!.length };
  });
  return { file, lang, blocks: [{ text, labels }] };
}

const ours = (i: number) =>
  document(`en/${i}.txt`, 'en', `[[altman|Sam Altman]] leads OpenAI. Later [[altman|Altman]] met the board (${i}).`);
const theirs = (i: number) =>
  document(`en/${i}.txt`, 'en', `Our gardener grows tomatoes. Altman waters them daily in the garden (${i}).`);
const corpus = collectExamples(
  Array.from({ length: 12 }, (_, i) => (i % 2 ? theirs(i) : ours(i))),
  matcher,
);

describe('training the learned signal', () => {
  it('reads each lone surname with its label and the rules’ reading', () => {
    expect(corpus[0]!.examples.map((e) => [e.label, e.rule])).toEqual([[true, true]]);
    expect(corpus[1]!.examples.map((e) => [e.label, e.rule])).toEqual([[false, false]]);
  });

  it('learns the same weights from the same texts, and tells the two worlds apart', () => {
    const model = train(corpus, { ...TRAINING, minTexts: 2 });
    expect(train(corpus, { ...TRAINING, minTexts: 2 })).toEqual(model);
    expect(probabilityOf(model, corpus[0]!.examples[0]!.features)).toBeGreaterThan(0.5);
    expect(probabilityOf(model, corpus[1]!.examples[0]!.features)).toBeLessThan(0.5);
  });

  it('keeps only the features of enough texts and at most `keep` of them', () => {
    const model = train(corpus, { ...TRAINING, minTexts: 2, keep: 5 });
    expect(Object.keys(model.weights).length).toBeLessThanOrEqual(5);
    expect(Object.keys(model.weights)).not.toContain('w:0');
  });

  it('cuts each language into folds of neighbouring texts, never a text across two folds', () => {
    const mixed = [...corpus.slice(0, 6), ...corpus.slice(6).map((d) => ({ ...d, doc: { ...d.doc, lang: 'de' } }))];
    expect(foldsOf(mixed, 3)).toEqual([0, 0, 1, 1, 2, 2, 0, 0, 1, 1, 2, 2]);
  });

  it('scores overrides against the rules: none at thresholds that leave all to the rules', () => {
    const probabilities = outOfFold(corpus, 3, { ...TRAINING, minTexts: 2 });
    expect(probabilities.map((p) => p.length)).toEqual(corpus.map((d) => d.examples.length));
    const none = applyOverrides(corpus, probabilities, { low: 0, high: 1 });
    expect([none.fixes.get('en'), none.creates.get('en'), none.byLang.get('en')]).toEqual([
      0,
      0,
      none.rulesByLang.get('en'),
    ]);
    // Every lone surname overruled the wrong way: the ours dropped, the namesakes' added.
    const wrong = applyOverrides(
      corpus,
      corpus.map((d) => d.examples.map((e) => (e.label ? 0 : 1))),
      { low: 0.5, high: 0.5 },
    );
    expect([wrong.fixes.get('en'), wrong.creates.get('en'), wrong.dropped.get('en'), wrong.added.get('en')]).toEqual([
      0, 12, 6, 6,
    ]);
  });
});

describe('the committed weights', { timeout: 120_000 }, () => {
  // A change to the corpus, the matcher's candidates or the features changes them: `npm run train` writes them anew.
  it('are what training on the committed corpus writes', async () => {
    expect(readFileSync(WEIGHTS_FILE, 'utf8'), 'stale weights: run `npm run train`').toBe(await trainedWeightsSource());
  });
});
