import { DWELL_RANGE } from '../../model/settings';

/** How long the card stays after the pointer has left both the mention and the card. */
export const LINGER_MS = 300;

export interface HoverIntentOptions<T> {
  readonly open: (target: T) => void;
  readonly close: () => void;
  /**
   * A dwell on `target` begins while no card shows and will end at `endsAt` (on `now`'s clock): the
   * card may be drawn, out of sight, during the pause and set to show itself then, so that the renderer
   * rather than a timer shows it. `open` follows at the end.
   */
  readonly prepare?: (target: T, endsAt: number) => void;
  /** A dwell that `prepare` was called for ends without opening: what it set to show must not. */
  readonly withdraw?: () => void;
  readonly dwellMs?: number;
  /**
   * The clock the dwell's end is told on (the renderer's frame time, for a card shown by an animation);
   * a dwell whose end has passed counts as ended even if its timer has not yet run.
   */
  readonly now?: () => number;
  /** Ends the intent: a pending open or close is dropped. */
  readonly signal: AbortSignal;
}

/**
 * Decides when a hover card opens and closes: after a dwell on a target, never on a pointer passing by;
 * it stays while the pointer is on the target or on the card (WCAG 1.4.13) and closes a little after
 * the pointer has left both, or at once on dismissal.
 */
export class HoverIntent<T> {
  private current: T | undefined;
  private shown: T | undefined;
  private onCard = false;
  // A card opened by a command holds the keyboard focus: the pointer leaving does not close it.
  private pinned = false;
  // After a dismissal the same target does not reopen until the pointer has left it.
  private dismissed: T | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  // The dwell that `prepare` was called for, until it opens or is withdrawn.
  private prepared: { readonly target: T; readonly endsAt: number } | undefined;
  /** The dwell before a card opens; a settings change applies from the next hover on. */
  dwellMs: number;

  constructor(private readonly options: HoverIntentOptions<T>) {
    this.dwellMs = options.dwellMs ?? DWELL_RANGE.default;
    options.signal.addEventListener('abort', () => this.cancel(), { once: true });
  }

  /** The pointer is now over `target`, or over no target at all. */
  pointerOn(target: T | undefined): void {
    if (target === this.current) return;
    this.endOverdueDwell();
    this.current = target;
    if (target !== this.dismissed) this.dismissed = undefined;
    if (target === undefined) {
      if (this.shown !== undefined && !this.onCard && !this.pinned) this.schedule(() => this.hide(), LINGER_MS);
      else if (this.shown === undefined) this.cancel();
      return;
    }
    if (target === this.shown) {
      this.cancel();
      return;
    }
    if (target === this.dismissed) return;
    this.schedule(() => this.show(target), this.dwellMs);
    if (this.shown === undefined && this.timer !== undefined && this.options.prepare) {
      this.prepared = { target, endsAt: this.now() + this.dwellMs };
      this.options.prepare(target, this.prepared.endsAt);
    }
  }

  /** The pointer entered or left the card. */
  pointerOnCard(on: boolean): void {
    this.endOverdueDwell();
    this.onCard = on;
    if (on) this.cancel();
    else if (this.current !== this.shown && !this.pinned) this.schedule(() => this.hide(), LINGER_MS);
  }

  /**
   * Opens at once, as for a keyboard command. A card opened this way stays until it is dismissed or
   * another card replaces it, wherever the pointer goes: the reader may not be using one.
   */
  openNow(target: T): void {
    this.cancel();
    this.show(target);
    this.pinned = true;
  }

  /** Escape: closes at once. */
  dismiss(): void {
    this.endOverdueDwell();
    this.dismissed = this.shown ?? this.current;
    this.cancel();
    if (this.shown !== undefined) this.hide();
  }

  get isOpen(): boolean {
    return this.shown !== undefined;
  }

  private show(target: T) {
    this.prepared = undefined;
    this.shown = target;
    this.pinned = false;
    this.options.open(target);
  }

  private hide() {
    this.shown = undefined;
    this.onCard = false;
    this.options.close();
  }

  private schedule(run: () => void, ms: number) {
    this.cancel();
    if (this.options.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      run();
    }, ms);
  }

  private cancel() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.prepared === undefined) return;
    this.prepared = undefined;
    this.options.withdraw?.();
  }

  // The card may already show for a dwell whose end has passed while its timer waits its turn: it opened.
  private endOverdueDwell() {
    const dwell = this.prepared;
    if (dwell && this.timer !== undefined && this.now() >= dwell.endsAt) {
      this.prepared = undefined;
      this.cancel();
      this.show(dwell.target);
    }
  }

  private now(): number {
    return this.options.now?.() ?? performance.now();
  }
}
