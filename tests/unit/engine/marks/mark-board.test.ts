import { describe, expect, it } from 'vitest';
import type { Highlights } from '../../../../engine/marks/highlights';
import { createMarkBoard, REGISTER_ALL_UP_TO } from '../../../../engine/marks/mark-board';
import type { PlacedMention } from '../../../../engine/marks/mention-index';

/* Which shown mentions are in the highlight registry: all, or past the limit those near the screen. */

function setUp() {
  // A registry that hands out each mention as its own copy, so that it knows what it holds.
  const registry = new Set<unknown>();
  const highlights: Highlights = {
    show: (mark) => (registry.add(mark), mark as unknown as StaticRange),
    hide: (copy) => void registry.delete(copy),
    focus() {},
    setStyle() {},
  };
  const near = new Set<Node>();
  const containers = Array.from({ length: 4 }, () => document.createElement('p'));
  const shown: PlacedMention[] = [];
  const board = createMarkBoard(
    highlights,
    { isNear: (container) => near.has(container), watch() {} },
    (container) => shown.filter((m) => m.container === container),
    () => shown,
  );
  const show = (count: number) => {
    for (let i = 0; i < count; i++) {
      const m = {
        id: shown.length,
        person: 'altman',
        container: containers[shown.length % 4],
      } as unknown as PlacedMention;
      shown.push(m);
      board.show(m);
    }
  };
  const hide = (count: number) => {
    for (const m of shown.splice(0, count)) board.hide(m);
  };
  const inRegistry = (container: Node) =>
    [...registry].filter((m) => (m as PlacedMention).container === container).length;
  return { board, registry, near, containers, shown, show, hide, inRegistry };
}

/** Another object for the same mention, as the index makes one for each call. */
const handleOf = (mention: PlacedMention) => ({ ...mention }) as PlacedMention;

describe('the mark board', () => {
  it('registers every mention of an ordinary page, near the screen or not', () => {
    const { registry, show } = setUp();
    show(10);
    expect(registry.size).toBe(10);
  });

  it('past the limit, registers those near the screen and follows the screen; under half of it, all again', () => {
    const { board, registry, near, containers, shown, show, hide, inRegistry } = setUp();
    near.add(containers[0]!);
    show(REGISTER_ALL_UP_TO + 1);
    expect(registry.size).toBe(inRegistry(containers[0]!));
    expect(inRegistry(containers[0]!)).toBe(shown.filter((m) => m.container === containers[0]).length);

    near.delete(containers[0]!);
    near.add(containers[1]!);
    board.nearChanged([containers[1]!], [containers[0]!]);
    expect(inRegistry(containers[0]!)).toBe(0);
    expect(registry.size).toBe(shown.filter((m) => m.container === containers[1]).length);

    hide(REGISTER_ALL_UP_TO / 2 + 1);
    expect(registry.size).toBe(shown.length);
  });

  it('knows a mention by its number, whichever object of it comes: registered once, taken out by another', () => {
    const { board, registry, near, containers, shown, show } = setUp();
    show(3);
    for (const m of shown) board.show(handleOf(m));
    expect(registry.size).toBe(3);
    board.hide(handleOf(shown.shift()!));
    expect(registry.size).toBe(2);

    near.add(containers[1]!);
    show(REGISTER_ALL_UP_TO);
    board.nearChanged([], [containers[1]!]);
    expect(registry.size).toBe(0);
  });
});
