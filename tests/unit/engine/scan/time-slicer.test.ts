import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createTimeSlicer } from '../../../../engine/scan/time-slicer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function* steps(log: string[], name: string, count: number) {
  for (let i = 0; i < count; i++) {
    log.push(`${name}${i}`);
    yield;
  }
}

test('runs jobs in order, in slices that end when the budget is spent', () => {
  let clock = 0;
  // Each step costs 3 ms of the 8 ms slice.
  const slicer = createTimeSlicer(new AbortController().signal, () => (clock += 3));
  const log: string[] = [];
  const done: string[] = [];
  slicer.enqueue(steps(log, 'a', 3), () => done.push('a'));
  slicer.enqueue(steps(log, 'b', 2), () => done.push('b'));
  expect(log).toEqual([]);
  vi.advanceTimersToNextTimer();
  expect(log.length).toBeGreaterThan(0);
  expect(log.length).toBeLessThan(5);
  vi.runAllTimers();
  expect(log).toEqual(['a0', 'a1', 'a2', 'b0', 'b1']);
  expect(done).toEqual(['a', 'b']);
});

test('aborting its signal drops queued work, and later work is refused', () => {
  const lifetime = new AbortController();
  const slicer = createTimeSlicer(lifetime.signal);
  const log: string[] = [];
  slicer.enqueue(steps(log, 'a', 3));
  lifetime.abort();
  slicer.enqueue(steps(log, 'b', 3));
  vi.runAllTimers();
  expect(log).toEqual([]);
});

test('runNow runs the first slice in the caller’s task, and the rest as before', () => {
  let clock = 0;
  const slicer = createTimeSlicer(new AbortController().signal, () => (clock += 3));
  const log: string[] = [];
  slicer.enqueue(steps(log, 'a', 5));
  slicer.runNow();
  expect(log.length).toBeGreaterThan(0);
  expect(log.length).toBeLessThan(5);
  vi.runAllTimers();
  expect(log).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
});
