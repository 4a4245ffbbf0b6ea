import { browser } from 'wxt/browser';
import { CARD_HOST, type CardNotice, type CardUi } from '../../model/card-contract';
import type { Box } from '../card/card-position';
import { createHighlights } from '../../engine/highlights';
import { mentionAtPoint, type Hit } from '../../engine/hit-test';
import { HoverIntent } from '../../engine/hover-intent';
import { namedPeople } from '../../knowledge/names';
import { createMatcher } from '../../engine/matcher';
import { MentionIndex, type PlacedMention } from '../../engine/mention-index';
import type { MentionCounts, OpenStoryRequest } from '../../model/messages';
import { createPageScanner } from '../../engine/page-scanner';
import { peopleNamedIn, rangesOverlap } from '../../engine/selection-person';
import { resolveLang, type Settings } from '../../model/settings';
import { loadCardModule } from './card-loader';
import { createMentionStepper } from './mention-stepper';
import { trackPointer } from './pointer-tracker';

export interface PageSession {
  /** Applies changed settings without a reload. */
  update(settings: Settings): void;
  /** Scrolls to the next mention of `person`. */
  jump(person: string): void;
  /** "Who is this?" for the selected `text`: the card of the one person it names, or a notice; focused. */
  openFor(text: string): void;
  /** Scrolls to the next mention of anyone, opens its card and moves the keyboard focus into it. */
  stepToNext(): void;
  /** Takes every mark, listener and the card off the page. */
  stop(): void;
}

// The card's host has another name where the page took ours (see entrypoints/card/card-ui.tsx).
const isCard = (target: EventTarget | null) => (target as Element | null)?.localName?.startsWith(CARD_HOST) ?? false;

/** A card that a command opened: a person's (by id) or a notice, beside `anchor`, in the colours around `near`. */
interface CommandCard {
  readonly content: string | CardNotice;
  readonly anchor: Box;
  readonly near: Node | null;
}
type CardTarget = PlacedMention | CommandCard;

const elementOf = (node: Node | null) => (node instanceof Element ? node : (node?.parentElement ?? null));
const firstBox = (range: Range) => range.getClientRects()[0] ?? range.getBoundingClientRect();
// Where a card goes that belongs to no text on screen: the viewport's top left corner.
const CORNER: Box = { top: 0, left: 0, bottom: 0, right: 0 };

/** The extension at work on one page: marks, hover card, and the mention index behind both. */
export function startPageSession(initial: Settings, onCounts: (counts: MentionCounts) => void): PageSession {
  let settings = initial;
  const lifetime = new AbortController();
  const { signal } = lifetime;
  const highlights = createHighlights(namedPeople.map((p) => p.id), settings.highlightStyle);
  const index = new MentionIndex(highlights);
  // The open shadow roots the hit test may look into. Every rescan of a host's block meets its root again,
  // and hosts come and go on busy pages: a set, pruned after each batch, keeps one of each that is still there.
  const shadowRoots = new Set<ShadowRoot>();
  const matcher = createMatcher(namedPeople);
  const scanner = createPageScanner({
    matcher,
    index,
    walk: { ignore: isCard, onShadowRoot: (root) => shadowRoots.add(root) },
    onChange: () => {
      for (const root of shadowRoots) if (!root.host.isConnected) shadowRoots.delete(root);
      onCounts(index.counts());
    },
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
  const intent: HoverIntent<CardTarget> = new HoverIntent<CardTarget>({
    dwellMs: settings.dwellMs,
    open(target) {
      const lang = resolveLang(settings, browser.i18n.getUILanguage());
      // The pointer may have left, or the reader pressed Escape, while the card script loaded.
      if ('range' in target) {
        const rect = lastHit?.mention === target ? lastHit.rect : target.range.getBoundingClientRect();
        const near = target.range.startContainer.parentElement;
        withCard((ui) => intent.isOpen && ui.show(target.person, rect, near, lang));
        return;
      }
      const { content, anchor, near } = target;
      withCard((ui) => {
        if (!intent.isOpen) return;
        if (typeof content === 'string') ui.show(content, anchor, elementOf(near), lang, true);
        else ui.showNotice(content, anchor, elementOf(near), lang);
      });
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
  // The whole document, not its <body>: Turbo-style navigations swap the <body> for a new one.
  scanner.start(document);

  return {
    update(next) {
      settings = next;
      highlights.setStyle(next.highlightStyle);
      intent.dwellMs = next.dwellMs;
    },
    jump(person) {
      stepper.next(person);
    },
    openFor(text) {
      const selection = getSelection();
      const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
      // The page's own marks under the selection count too, with the context they were judged in.
      const marked = range ? index.mentionsOf(undefined).filter((m) => rangesOverlap(m.range, range)) : [];
      const named = peopleNamedIn(matcher, text, marked.map((m) => m.person));
      const box = range?.getBoundingClientRect();
      // A selection inside a form field has no box of its own: the field has.
      const fieldBox = document.activeElement?.getBoundingClientRect();
      intent.openNow({
        content: named.length === 1 ? named[0]! : { kind: named.length ? 'several-named' : 'not-named', text },
        anchor: box?.width ? box : (fieldBox ?? CORNER),
        near: range?.commonAncestorContainer ?? null,
      });
    },
    stepToNext() {
      const found = stepper.next(undefined, (mention) =>
        intent.openNow({ content: mention.person, anchor: firstBox(mention.range), near: mention.range.startContainer }),
      );
      // The card script loads while the page scrolls.
      if (found) loadCardModule().catch(() => {});
      else intent.openNow({ content: { kind: 'no-mentions' }, anchor: CORNER, near: document.body });
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
