import type { Hit } from '../../engine/hit-index';
import { HoverIntent } from '../../engine/hover-intent';
import { rangeOf } from '../../engine/mention-index';
import type { CardUi } from '../../model/card-contract';
import type { Lang } from '../../model/lang';
import type { SessionHost } from '../../model/session-contract';
import { loadCardModule } from './card-loader';
import { elementOf, isCard, type CardTarget } from './card-target';
import type { MentionEngine } from './mention-engine';
import { trackPointer } from './pointer-tracker';

export interface CardController {
  /** Opens a card at once and focused, as for a command; it stays until dismissed. */
  openNow(target: CardTarget): void;
  /** Starts loading the card script, so that a card can show the moment it is asked for. */
  preload(): void;
  set dwellMs(ms: number);
}

/** Nothing to do when the card script fails to load: the next hover tries again. */
const ignoreFailedLoad = () => undefined;

/**
 * The hover card: the pointer's hit test, the dwell and linger of `HoverIntent`, the card script loaded
 * on first need, and Escape or a scroll to close it; all of it ends with `signal`.
 */
export function createCardController(
  engine: MentionEngine,
  lang: () => Lang,
  host: Pick<SessionHost, 'extensionUrl' | 'openStory'>,
  signal: AbortSignal,
): CardController {
  let card: CardUi | undefined;
  const loadCard = () => loadCardModule(host.extensionUrl);
  const withCard = (use: (ui: CardUi) => void) =>
    loadCard()
      .then((module) => {
        if (signal.aborted) return;
        card ??= module.createCardUi({
          signal,
          onPointerOnCard: (on) => intent.pointerOnCard(on),
          onClose: () => intent.dismiss(),
          onOpenStory: host.openStory,
        });
        use(card);
      })
      .catch(ignoreFailedLoad);

  let lastHit: Hit | undefined;
  const intent: HoverIntent<CardTarget> = new HoverIntent<CardTarget>({
    signal,
    open(target) {
      const language = lang();
      // The pointer may have left, or the reader pressed Escape, while the card script loaded.
      withCard((ui) => {
        if (!intent.isOpen) return;
        switch (target.kind) {
          case 'mention': {
            const { mention } = target;
            const rect = lastHit?.mention === mention ? lastHit.rect : rangeOf(mention).getBoundingClientRect();
            ui.show(mention.person, rect, mention.startNode.parentElement, language);
            break;
          }
          case 'person':
            ui.show(target.person, target.anchor, elementOf(target.near), language, true);
            break;
          case 'notice':
            ui.showNotice(target.notice, target.anchor, elementOf(target.near), language);
        }
      });
    },
    close: () => card?.hide(),
  });

  // The hover intent compares targets by identity: one target object per mention.
  const targets = new WeakMap<object, CardTarget>();
  const targetOf = (hit: Hit | undefined): CardTarget | undefined => {
    if (!hit) return undefined;
    let target = targets.get(hit.mention);
    if (!target) targets.set(hit.mention, (target = { kind: 'mention', mention: hit.mention }));
    return target;
  };

  trackPointer(signal, isCard, (x, y) => {
    lastHit = engine.hits.at(x, y);
    // The card script loads during the dwell, so that the card can show the moment it ends.
    if (lastHit) loadCard().catch(ignoreFailedLoad);
    intent.pointerOn(targetOf(lastHit));
  });
  window.addEventListener(
    'keydown',
    (event) => {
      // The reader's own key only: a page's script cannot close the card with a synthetic one.
      if (event.isTrusted && event.key === 'Escape' && intent.isOpen) intent.dismiss();
    },
    { capture: true, signal },
  );
  // The card is placed beside the mention's box at opening; once the page scrolls, it no longer is.
  window.addEventListener(
    'scroll',
    () => {
      if (intent.isOpen) intent.dismiss();
    },
    { capture: true, passive: true, signal },
  );

  return {
    openNow: (target) => intent.openNow(target),
    preload: () => void loadCard().catch(ignoreFailedLoad),
    set dwellMs(ms: number) {
      intent.dwellMs = ms;
    },
  };
}
