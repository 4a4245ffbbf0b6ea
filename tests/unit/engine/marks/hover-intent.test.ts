import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HoverIntent, LINGER_MS } from '../../../../engine/marks/hover-intent';
import { DWELL_RANGE } from '../../../../model/settings';

const DWELL_MS = DWELL_RANGE.default;

describe('HoverIntent', () => {
  let opened: string[];
  let closed: number;
  let intent: HoverIntent<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    opened = [];
    closed = 0;
    intent = new HoverIntent<string>({
      open: (t) => opened.push(t),
      close: () => closed++,
      signal: new AbortController().signal,
    });
  });
  afterEach(() => vi.useRealTimers());

  test('opens only after the pointer dwells', () => {
    intent.pointerOn('a');
    vi.advanceTimersByTime(DWELL_MS - 1);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['a']);
  });

  test('a pointer passing over a mention opens nothing', () => {
    intent.pointerOn('a');
    vi.advanceTimersByTime(DWELL_MS / 2);
    intent.pointerOn(undefined);
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(opened).toEqual([]);
  });

  test('closes a while after the pointer leaves, unless it reaches the card', () => {
    intent.pointerOn('a');
    vi.advanceTimersByTime(DWELL_MS);
    intent.pointerOn(undefined);
    vi.advanceTimersByTime(LINGER_MS / 2);
    intent.pointerOnCard(true);
    vi.advanceTimersByTime(LINGER_MS * 10);
    expect(closed).toBe(0);
    intent.pointerOnCard(false);
    vi.advanceTimersByTime(LINGER_MS);
    expect(closed).toBe(1);
    expect(intent.isOpen).toBe(false);
  });

  test('Escape closes at once and the same mention does not reopen until the pointer leaves it', () => {
    intent.pointerOn('a');
    vi.advanceTimersByTime(DWELL_MS);
    intent.dismiss();
    expect(closed).toBe(1);
    intent.pointerOn('a');
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(opened).toEqual(['a']);
    intent.pointerOn(undefined);
    intent.pointerOn('a');
    vi.advanceTimersByTime(DWELL_MS);
    expect(opened).toEqual(['a', 'a']);
  });

  test('moving to another mention switches the card after a new dwell', () => {
    intent.pointerOn('a');
    vi.advanceTimersByTime(DWELL_MS);
    intent.pointerOn('b');
    vi.advanceTimersByTime(DWELL_MS);
    expect(opened).toEqual(['a', 'b']);
  });

  test('openNow opens without a dwell, as a keyboard command does', () => {
    intent.openNow('c');
    expect(opened).toEqual(['c']);
    expect(intent.isOpen).toBe(true);
  });

  test('a card opened by a command stays wherever the pointer goes, until dismissed or replaced', () => {
    intent.pointerOn('a');
    intent.openNow('c');
    intent.pointerOn(undefined);
    intent.pointerOnCard(true);
    intent.pointerOnCard(false);
    vi.advanceTimersByTime(LINGER_MS * 10);
    expect(closed).toBe(0);
    intent.pointerOn('b');
    vi.advanceTimersByTime(DWELL_MS);
    expect(opened).toEqual(['c', 'b']);
    // A card opened by hovering closes as before.
    intent.pointerOn(undefined);
    vi.advanceTimersByTime(LINGER_MS);
    expect(closed).toBe(1);
    intent.openNow('c');
    intent.dismiss();
    expect(closed).toBe(2);
  });

  test('its signal ends it: a pending open is dropped and no new one is scheduled', () => {
    const lifetime = new AbortController();
    const ended = new HoverIntent<string>({
      open: (t) => opened.push(t),
      close: () => closed++,
      signal: lifetime.signal,
    });
    ended.pointerOn('a');
    lifetime.abort();
    vi.advanceTimersByTime(DWELL_MS * 2);
    ended.pointerOn('b');
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(opened).toEqual([]);
  });

  describe('prepare', () => {
    let prepared: string[];
    const withPrepare = (signal = new AbortController().signal) =>
      new HoverIntent<string>({
        open: (t) => opened.push(t),
        close: () => closed++,
        prepare: (t) => prepared.push(t),
        signal,
      });
    beforeEach(() => {
      prepared = [];
    });

    test('is called as the dwell begins, before the open, once per dwell', () => {
      const intent = withPrepare();
      intent.pointerOn('a');
      expect(prepared).toEqual(['a']);
      expect(opened).toEqual([]);
      intent.pointerOn('a');
      vi.advanceTimersByTime(DWELL_MS);
      expect(prepared).toEqual(['a']);
      expect(opened).toEqual(['a']);
    });

    test('a cancelled dwell is followed by a fresh one for the next target', () => {
      const intent = withPrepare();
      intent.pointerOn('a');
      intent.pointerOn(undefined);
      intent.pointerOn('b');
      vi.advanceTimersByTime(DWELL_MS);
      expect(prepared).toEqual(['a', 'b']);
      expect(opened).toEqual(['b']);
    });

    describe('the dwell shown by the renderer at its end', () => {
      let clock: number;
      let withdrawn: number;
      let endsAt: number[];
      const timed = (signal = new AbortController().signal) =>
        new HoverIntent<string>({
          open: (t) => opened.push(t),
          close: () => closed++,
          prepare: (t, at) => {
            prepared.push(t);
            endsAt.push(at);
          },
          withdraw: () => withdrawn++,
          now: () => clock,
          signal,
        });
      beforeEach(() => {
        clock = 1000;
        withdrawn = 0;
        endsAt = [];
      });

      test('is told when the dwell ends, on the given clock', () => {
        const intent = timed();
        intent.pointerOn('a');
        expect(endsAt).toEqual([1000 + DWELL_MS]);
        intent.dwellMs = 250;
        intent.pointerOn(undefined);
        clock = 2000;
        intent.pointerOn('b');
        expect(endsAt).toEqual([1000 + DWELL_MS, 2250]);
      });

      test('a dwell cut short, dismissed or ended with the signal is withdrawn; an opened one is not', () => {
        const lifetime = new AbortController();
        const intent = timed(lifetime.signal);
        intent.pointerOn('a');
        intent.pointerOn('b');
        expect(withdrawn).toBe(1);
        intent.pointerOn(undefined);
        expect(withdrawn).toBe(2);
        intent.pointerOn('c');
        intent.dismiss();
        expect(withdrawn).toBe(3);
        intent.pointerOn('d');
        vi.advanceTimersByTime(DWELL_MS);
        intent.pointerOn(undefined);
        vi.advanceTimersByTime(LINGER_MS);
        expect(withdrawn).toBe(3);
        expect(opened).toEqual(['d']);
        intent.pointerOn('e');
        lifetime.abort();
        expect(withdrawn).toBe(4);
        expect(opened).toEqual(['d']);
      });

      test('a pointer leaving once the end has passed, before the timer ran, finds the card open', () => {
        const intent = timed();
        intent.pointerOn('a');
        // The frame at the dwell's end has shown the card; its timer waits behind other work.
        clock += DWELL_MS;
        intent.pointerOn(undefined);
        expect(opened).toEqual(['a']);
        expect(withdrawn).toBe(0);
        vi.advanceTimersByTime(DWELL_MS);
        expect(opened).toEqual(['a']);
        vi.advanceTimersByTime(LINGER_MS);
        expect(closed).toBe(1);
      });

      test('the pointer reaching the card, or Escape, once the end has passed: the card opened', () => {
        const intent = timed();
        intent.pointerOn('a');
        clock += DWELL_MS;
        intent.pointerOnCard(true);
        expect(opened).toEqual(['a']);
        intent.pointerOn('b');
        clock += DWELL_MS;
        vi.advanceTimersByTime(DWELL_MS);
        intent.dismiss();
        expect(closed).toBe(1);
        expect(withdrawn).toBe(0);
      });
    });

    test('is not called while a card shows, nor for a dismissed target, nor once the signal ended', () => {
      const lifetime = new AbortController();
      const intent = withPrepare(lifetime.signal);
      intent.pointerOn('a');
      vi.advanceTimersByTime(DWELL_MS);
      // The card of 'a' is on screen: drawing 'b' out of sight would redraw the card the reader sees.
      intent.pointerOn('b');
      vi.advanceTimersByTime(DWELL_MS);
      expect(opened).toEqual(['a', 'b']);
      intent.dismiss();
      intent.pointerOn('b');
      lifetime.abort();
      intent.pointerOn('c');
      expect(prepared).toEqual(['a']);
    });
  });
});
