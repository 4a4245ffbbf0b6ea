import { describe, expect, test } from 'vitest';
import { placeCard } from '../../../entrypoints/card/card-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const box = (left: number, top: number, width = 80, height = 20) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('placeCard', () => {
  test('goes below the mention, aligned with its left edge, when there is room', () => {
    expect(placeCard(box(100, 100), card, viewport)).toEqual({ side: 'below', top: 126, left: 100 });
  });

  test('flips above near the bottom of the viewport', () => {
    const place = placeCard(box(100, 700), card, viewport);
    expect(place.side).toBe('above');
    expect(place.top + card.height).toBeLessThanOrEqual(700);
  });

  test('flips to end at the mention’s right edge near the right of the viewport', () => {
    const place = placeCard(box(900, 100), card, viewport);
    expect(place.left).toBe(980 - 300);
  });

  test('stays inside the viewport even when the mention is partly outside', () => {
    const place = placeCard(box(-50, -10), card, viewport);
    expect(place.left).toBeGreaterThanOrEqual(8);
    expect(place.top).toBeGreaterThanOrEqual(8);
  });

  test('a card taller than the viewport keeps its top edge visible', () => {
    expect(placeCard(box(100, 100), { width: 300, height: 2000 }, viewport).top).toBe(8);
  });
});
