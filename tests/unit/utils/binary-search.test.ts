import { describe, expect, test } from 'vitest';
import { firstIndexWhere } from '../../../utils/binary-search';

describe('firstIndexWhere', () => {
  const sorted = [0, 3, 3, 7, 12];

  test('finds the first index past a value, among equal values too', () => {
    expect(firstIndexWhere(sorted.length, (i) => sorted[i]! > 3)).toBe(3);
    expect(firstIndexWhere(sorted.length, (i) => sorted[i]! >= 3)).toBe(1);
  });

  test('gives the length when nothing is past, and 0 when everything is', () => {
    expect(firstIndexWhere(sorted.length, (i) => sorted[i]! > 100)).toBe(sorted.length);
    expect(firstIndexWhere(sorted.length, (i) => sorted[i]! > -1)).toBe(0);
    expect(firstIndexWhere(0, () => true)).toBe(0);
  });

  test('agrees with a linear scan on every prefix boundary', () => {
    for (let boundary = 0; boundary <= 50; boundary++) {
      expect(firstIndexWhere(50, (i) => i >= boundary)).toBe(boundary);
    }
  });
});
