import { describe, expect, it } from 'vitest';
import { MENTION_FLAGS, type Mention } from '../../../../engine/match/mention';
import { BlockRecord, candidatesOf } from '../../../../engine/marks/mention-record';
import { stepsOf } from '../../../../engine/blocks/text-steps';
import type { PersonId } from '../../../../model/person';

describe('BlockRecord', () => {
  it('keeps its sentences and shown count apart, however large either grows', () => {
    for (const sentences of [0, 1, 32_767, 32_768, 1_000_000]) {
      const record = new BlockRecord(document.body, [], sentences, []);
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
                const record = new BlockRecord(container, anchors, 1, [
                  [m, [startStep, endStep, startOffset, endOffset]],
                ]);
                const [c] = candidatesOf(record) as [ReturnType<typeof candidatesOf>[number]];
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

describe('the cells of a block', () => {
  it("hold each of many candidates apart, those kept aside among packed ones, and each one's shown flag", () => {
    const container = document.createElement('div');
    const long = 'x'.repeat(40_000);
    const nodes = [long, 'b', long, 'd'].map((text) => container.appendChild(document.createTextNode(text)));
    const { anchors } = stepsOf({ container, nodes });
    const base = { kind: 'surname', support: 3, sentences: 9 } as const;
    const people = ['altman', 'leike', 'sutskever', 'pachocki', 'altman', 'leike'] as const;
    // Every other one past 32,767 characters into its node: kept aside.
    const places = people.map((_, i) => [i % 4, i % 4, i % 2 ? 35_000 + i : i, i % 2 ? 35_006 + i : i + 6] as const);
    const record = new BlockRecord(
      container,
      anchors,
      9,
      people.map((person, i) => [{ ...base, person, sentence: i, paragraph: 2 * i } as Mention<PersonId>, places[i]!]),
    );
    const read = () =>
      candidatesOf(record).map((c) => [
        c.person,
        c.sentence,
        c.paragraph,
        c.startNode,
        c.startOffset,
        c.endOffset,
        c.shown,
      ]);
    const expected = people.map((person, i) => {
      const [step, , start, end] = places[i]!;
      return [person, i, 2 * i, nodes[step], start, end, false];
    });
    expect(record.size).toBe(people.length);
    expect(read()).toEqual(expected);
    for (const i of [1, 4]) candidatesOf(record)[i]!.shown = true;
    expect(read()).toEqual(expected.map((row, i) => (i === 1 || i === 4 ? [...row.slice(0, -1), true] : row)));
    expect(candidatesOf(record).map((c) => c.id)).toEqual(people.map((_, i) => record.firstId + i));
  });
});

describe('a candidate’s flags', () => {
  it('gives back each flag set, and no other, with its person and kind', () => {
    const container = document.createElement('div');
    const node = container.appendChild(document.createTextNode('Leike'));
    const { anchors } = stepsOf({ container, nodes: [node] });
    for (const flag of MENTION_FLAGS) {
      const m = { person: 'pachocki', kind: 'namesake', support: 0, sentence: 0, paragraph: 0, [flag]: true };
      const record = new BlockRecord(container, anchors, 1, [[m as unknown as Mention<PersonId>, [0, 0, 0, 5]]]);
      const [c] = candidatesOf(record) as [ReturnType<typeof candidatesOf>[number]];
      expect([c.person, c.kind, MENTION_FLAGS.filter((f) => c[f])]).toEqual(['pachocki', 'namesake', [flag]]);
    }
  });
});

describe('a candidate’s spelling', () => {
  it('gives back each of thousands of spellings a hostile page may bring, or none, never another one', () => {
    const container = document.createElement('div');
    const node = container.appendChild(document.createTextNode('Sutskever'));
    const { anchors } = stepsOf({ container, nodes: [node] });
    const read = Array.from({ length: 5_000 }, (_, i) => {
      const spelling = `Sutskever-${i}`;
      const m = { person: 'sutskever', kind: 'surname', support: 3, sentences: 1, spelling } as const;
      const record = new BlockRecord(container, anchors, 1, [[m as unknown as Mention<PersonId>, [0, 0, 0, 9]]]);
      return [spelling, candidatesOf(record)[0]!.spelling] as const;
    });
    const wrong = read.filter(([spelling, back]) => back !== undefined && back !== spelling);
    expect(wrong).toEqual([]);
    expect(read[0]![1]).toBe('Sutskever-0');
  });
});
