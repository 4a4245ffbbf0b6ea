/** A box in viewport coordinates, as `getBoundingClientRect` gives it: what a card is placed beside. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}
