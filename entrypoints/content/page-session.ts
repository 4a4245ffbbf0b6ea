import { browser } from 'wxt/browser';
import { CARD_HOST, type CardUi } from '../../utils/card-contract';
import { createHighlights } from '../../utils/highlights';
import { mentionAtPoint, type Hit } from '../../utils/hit-test';
import { HoverIntent } from '../../utils/hover-intent';
import { namedPeople } from '../../utils/knowledge/names';
import { createMatcher } from '../../utils/matcher';
import { MentionIndex, type PlacedMention } from '../../utils/mention-index';
import type { MentionCounts, OpenStoryRequest } from '../../utils/messages';
import { createPageScanner } from '../../utils/page-scanner';
import { themeAround } from '../../utils/page-theme';
import { resolveLang, type Settings } from '../../utils/settings';
import { loadCardModule } from './card-loader';
import { createMentionStepper } from './mention-stepper';
import { trackPointer } from './pointer-tracker';

export interface PageSession {
  /** Applies changed settings without a reload. */
  update(settings: Settings): void;
  /** Scrolls to the next mention of `person`. */
  jump(person: string): void;
  /** Takes every mark, listener and the card off the page. */
  stop(): void;
}

const isCard = (target: EventTarget | null) => (target as Element | null)?.localName === CARD_HOST;

/** The extension at work on one page: marks, hover card, and the mention index behind both. */
export function startPageSession(initial: Settings, onCounts: (counts: MentionCounts) => void): PageSession {
  let settings = initial;
  const lifetime = new AbortController();
  const { signal } = lifetime;
  const highlights = createHighlights(namedPeople.map((p) => p.id), settings.highlightStyle);
  const index = new MentionIndex(highlights);
  const shadowRoots: ShadowRoot[] = [];
  const scanner = createPageScanner({
    matcher: createMatcher(namedPeople),
    index,
    walk: { ignore: isCard, onShadowRoot: (root) => shadowRoots.push(root) },
    onChange: () => onCounts(index.counts()),
  });

  let card: CardUi | undefined;
  const withCard = (use: (ui: CardUi) => void) =>
    loadCardModule()
      .then((module) => {
        if (signal.aborted) return;
        card ??= module.createCardUi({
          onPointerOnCard: (on) => intent.pointerOnCard(on),
          onClose: () => intent.dismiss(),
          onOpenStory: () => {
            const request: OpenStoryRequest = { type: 'open-story' };
            browser.runtime.sendMessage(request).catch(() => {});
          },
        });
        use(card);
      })
      .catch(() => {});

  let lastHit: Hit | undefined;
  const intent: HoverIntent<PlacedMention> = new HoverIntent<PlacedMention>({
    dwellMs: settings.dwellMs,
    open(mention) {
      const rect = lastHit?.mention === mention ? lastHit.rect : mention.range.getBoundingClientRect();
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      const theme = themeAround(mention.range.startContainer.parentElement, dark);
      const lang = resolveLang(settings, browser.i18n.getUILanguage());
      // The pointer may have left while the card script loaded.
      withCard((ui) => intent.isOpen && ui.show(mention.person, rect, theme, lang));
    },
    close: () => card?.hide(),
  });

  trackPointer(signal, isCard, (x, y) => {
    lastHit = mentionAtPoint(index, x, y, shadowRoots);
    // The card script loads during the dwell, so that the card can show the moment it ends.
    if (lastHit) loadCardModule().catch(() => {});
    intent.pointerOn(lastHit?.mention);
  });
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && intent.isOpen) intent.dismiss();
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

  const stepper = createMentionStepper(index, highlights);
  scanner.start(document.body);

  return {
    update(next) {
      settings = next;
      highlights.setStyle(next.highlightStyle);
      intent.dwellMs = next.dwellMs;
    },
    jump(person) {
      stepper.next(person);
    },
    stop() {
      lifetime.abort();
      scanner.stop();
      intent.dispose();
      card?.remove();
      index.clear();
      highlights.dispose();
      stepper.stop();
    },
  };
}
