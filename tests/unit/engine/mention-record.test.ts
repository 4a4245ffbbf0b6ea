import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../engine/matcher';
import { BlockRecord, Candidate } from '../../../engine/mention-record';
import { stepsOf } from '../../../engine/text-steps';
import type { PersonId } from '../../../model/person';

describe('BlockRecord', () => {
  it('keeps its sentences and shown count apart, however large either grows', () => {
    for (const sentences of [0, 1, 32_767, 32_768, 1_000_000]) {
      const record = new BlockRecord(document.body, [], sentences);
      expect(record.shown).toBe(0);
      for (const shown of [1, 2, 32_767, 32_768, 70_000, 32_767, 1, 0]) {
        record.shown = shown;
        expect([record.sentences, record.shown]).toEqual([sentences, shown]);
      }
      record.shown++;
      expect([record.sentences, record.shown]).toEqual([sentences, 1]);
    }
  });
});

describe('Candidate', () => {
  it('gives back where it stands, packed or kept aside: sentence, paragraph, text nodes and offsets', () => {
    const container = document.createElement('div');
    const nodes = Array.from({ length: 1_100 }, (_, i) => container.appendChild(document.createTextNode(`node ${i}`)));
    const { anchors } = stepsOf({ container, nodes });
    const record = new BlockRecord(container, anchors, 1);
    const mention = { person: 'altman', kind: 'surname', support: 3, sentences: 1 } as const;
    const sizes = [0, 1, 5, 127, 128, 1_023, 1_024, 1_099];
    const offsets = [0, 3, 127, 200, 32_767, 32_768];
    for (const sentence of [0, 7, 32_767, 32_768]) {
      for (const paragraph of sizes) {
        for (const startStep of sizes) {
          for (const stepsOn of [0, 1, 7, 8]) {
            const endStep = Math.min(startStep + stepsOn, nodes.length - 1);
            for (const startOffset of offsets) {
              for (const endOffset of offsets.filter((o) => endStep > startStep || o >= startOffset)) {
                const m = { ...mention, sentence, paragraph } as unknown as Mention<PersonId>;
                const c = new Candidate(m, record, [startStep, endStep, startOffset, endOffset]);
                const read = [c.sentence, c.paragraph, c.startNode, c.endNode, c.startOffset, c.endOffset];
                const placed = [sentence, paragraph, nodes[startStep], nodes[endStep], startOffset, endOffset];
                if (read.some((v, i) => v !== placed[i])) expect(read).toEqual(placed);
              }
            }
          }
        }
      }
    }
  });
});
