/**
 * The first index in [0, length) at which `isPast` holds, or `length` when it holds nowhere. `isPast`
 * must be false for a prefix of the indices and true for the rest, as "value at i > x" is over a
 * sorted list.
 */
export function firstIndexWhere(length: number, isPast: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isPast(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
