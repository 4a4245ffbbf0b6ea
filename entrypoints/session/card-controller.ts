import { HoverIntent } from '../../engine/marks/hover-intent';
import type { PlacedMention } from '../../engine/marks/mention-index';
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

/** The time of the frame being rendered (or the last one), as the card's animations count it. */
function frameTime(): number {
  const time = document.timeline.currentTime;
  return typeof time === 'number' ? time : performance.now();
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

  // Where the pointer was at the last frame; off the viewport until it comes, and once it has left.
  let pointerX = -1;
  let pointerY = -1;
  // The dwell whose card is being drawn ahead, until it opens or is withdrawn.
  let dwell: object | undefined;
  const intent: HoverIntent<CardTarget> = new HoverIntent<CardTarget>({
    signal,
    // The renderer's clock, on which the card drawn ahead shows itself.
    now: frameTime,
    // The card is drawn out of sight while the pointer dwells and shows itself at the dwell's end.
    prepare(target, endsAt) {
      if (target.kind !== 'mention') return;
      const language = lang();
      const thisDwell = (dwell = {});
      withCard((ui) => {
        const { mention } = target;
        // Not once the dwell has ended, nor once the pointer has moved on while the card script loaded.
        const here = dwell === thisDwell && !intent.isOpen && engine.hits.at(pointerX, pointerY) === mention;
        const rect = here ? engine.hits.boxAt(mention, pointerX, pointerY) : undefined;
        if (rect) ui.prepare(mention.person, rect, mention.startNode.parentElement, language, endsAt);
      });
    },
    withdraw() {
      dwell = undefined;
      card?.withdraw();
    },
    open(target) {
      dwell = undefined;
      const language = lang();
      // The pointer may have left, or the reader pressed Escape, while the card script loaded.
      withCard((ui) => {
        if (!intent.isOpen) return;
        switch (target.kind) {
          case 'mention': {
            const { mention } = target;
            // Measured as the page is now: it may have moved since the boxes the pointer was checked against.
            const rect = engine.hits.boxAt(mention, pointerX, pointerY);
            if (rect) ui.show(mention.person, rect, mention.startNode.parentElement, language);
            else intent.dismiss();
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
  const targetOf = (mention: PlacedMention | undefined): CardTarget | undefined => {
    if (!mention) return undefined;
    let target = targets.get(mention);
    if (!target) targets.set(mention, (target = { kind: 'mention', mention }));
    return target;
  };

  const pointAt = (x: number, y: number) => {
    pointerX = x;
    pointerY = y;
    const mention = engine.hits.at(x, y);
    // The card script loads during the dwell, so that the card can show the moment it ends.
    if (mention) loadCard().catch(ignoreFailedLoad);
    intent.pointerOn(targetOf(mention));
  };
  trackPointer(signal, isCard, pointAt);
  // A pointer that came to rest before the boxes around it were measured is looked at again.
  engine.hits.whenMeasured(() => {
    if (pointerX >= 0 && pointerY >= 0 && !signal.aborted) pointAt(pointerX, pointerY);
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
      // A card drawn ahead would show itself where the mention was: the dwell's end places it anew.
      else card?.withdraw();
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
