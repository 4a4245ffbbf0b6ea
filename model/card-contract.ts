import type { Box } from './box';
import type { Lang } from './lang';
import type { PageDate } from './page-date';
import type { PersonId } from './person';

/**
 * What the content script and the lazily loaded card script agree on. The card (Preact, its styles and
 * every person's texts) is more than half of what a hover needs, yet most pages never show one: it is
 * loaded on the first hover, not on every page.
 */

/**
 * The card's hosts, the one node the extension adds to a page (on first use): plain `<div>`s, which no
 * page can define or upgrade, known by this set rather than by a name. It lives on the content script's
 * own global, which the card script shares and the page cannot see.
 */
const CARD_HOSTS_KEY = Symbol.for('whos-who.card-hosts');

export function cardHosts(): WeakSet<EventTarget> {
  const global = globalThis as Record<symbol, WeakSet<EventTarget> | undefined>;
  return (global[CARD_HOSTS_KEY] ??= new WeakSet());
}

/** Whether `target` is the card's host (events from inside the card reach the page's listeners there). */
export const isCardHost = (target: EventTarget | null): boolean => target !== null && cardHosts().has(target);
/** The card script's file, web-accessible so that the content script can `import()` it. */
export const CARD_SCRIPT = '/card.js';
/** Where the card script leaves its API: on the content script's own global, which the page cannot see. */
export const CARD_MODULE_KEY = Symbol.for('whos-who.card');

export interface CardUiOptions {
  /** The page session's lifetime: when it aborts, the card's host leaves the page. */
  readonly signal: AbortSignal;
  readonly onPointerOnCard: (on: boolean) => void;
  readonly onClose: () => void;
  readonly onOpenStory: () => void;
}

/** What a card opened by a command says when it has no one to show. */
export type CardNotice =
  { readonly kind: 'not-named' | 'several-named'; readonly text: string } | { readonly kind: 'no-mentions' };

/** `near` is the page element the card is about: its background decides between a light and a dark card. */
export interface CardUi {
  /**
   * Draws a person's card beside `anchor`, out of sight, as the pointer begins to dwell on a mention, and
   * has the renderer show it in the first frame at `showAt` (`document.timeline`'s time, the dwell's end)
   * unless withdrawn first; `show` for the same person, place and language then only confirms it. Nothing
   * while a card shows.
   */
  prepare(personId: PersonId, anchor: Box, near: Element | null, lang: Lang, showAt: number): void;
  /** The card drawn ahead does not show itself at the dwell's end (the dwell was cut short, the page moved). */
  withdraw(): void;
  /** With `focus`, as for a keyboard command, the card takes the keyboard focus and gives it back on closing. */
  show(personId: PersonId, anchor: Box, near: Element | null, lang: Lang, focus?: boolean): void;
  /** A notice in the card's frame, focused: the answer to a command that found no one to show. */
  showNotice(notice: CardNotice, anchor: Box, near: Element | null, lang: Lang): void;
  hide(): void;
}

export interface CardModule {
  createCardUi(options: CardUiOptions): CardUi;
  /**
   * When the frame's page was written, as the page states it; undefined when it gives no date. The
   * reader is the card script's, so that the content script, loaded on every page, does not carry it.
   */
  readPageDate(): PageDate | undefined;
}
