import { describe, expect, it } from 'vitest';
import { scriptMsOf } from '../../../scripts/bench/background-time';

describe("the background's script time in a CPU profile", () => {
  const node = (id: number, functionName: string) => ({ id, callFrame: { functionName } });
  const nodes = [
    node(1, '(root)'),
    node(2, '(idle)'),
    node(3, '(program)'),
    node(4, 'find'),
    node(5, '(garbage collector)'),
  ];

  it('counts each sample until the next, and not the idle worker or V8 outside script', () => {
    // find 100 µs, idle 5 ms, find 200 µs, program 300 µs, GC 400 µs; the last sample has no time after it.
    const profile = { nodes, samples: [4, 2, 4, 3, 5, 4], timeDeltas: [0, 100, 5_000, 200, 300, 400] };
    expect(scriptMsOf(profile)).toBeCloseTo(0.7);
  });

  it('is nothing for an idle worker', () => {
    expect(scriptMsOf({ nodes, samples: [2, 2], timeDeltas: [0, 1_000] })).toBe(0);
  });
});
