/**
 * What a card attack page achieved (tests/fixtures/pages/hostile/card-attack.js writes it to
 * `window.attack`): the page's own element constructed for the card's host, internals taken, shadow
 * roots reached, the card's text read, a link written into it, and clicks on "The full story".
 */
export interface Attack {
  readonly constructed: number;
  readonly internals: number;
  readonly roots: number;
  readonly read: string;
  readonly inserted: boolean;
  readonly clicks: number;
  readonly laterClicks: number;
}

/** An attack that got nothing. */
export const NOTHING_TAKEN: Attack = {
  constructed: 0,
  internals: 0,
  roots: 0,
  read: '',
  inserted: false,
  clicks: 0,
  laterClicks: 0,
};
