import { describe, expect, it } from 'vitest';
import { BlockRecord } from '../../../engine/mention-record';

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
