import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createHighlights } from '../../utils/highlights';
import { mentionAtPoint } from '../../utils/hit-test';
import { HoverIntent } from '../../utils/hover-intent';
import { langFromLocale } from '../../utils/i18n';
import { people } from '../../utils/knowledge/people';
import { createMatcher } from '../../utils/matcher';
import { MentionIndex, type PlacedMention } from '../../utils/mention-index';
import { parseContentMessage, type MentionCounts, type MentionsReport } from '../../utils/messages';
import { createPageScanner } from '../../utils/page-scanner';
import { themeAround } from '../../utils/page-theme';
import { CARD_HOST, createCardUi } from './card-ui';
import { createMentionStepper } from './mention-stepper';

/** Connects the scanner, highlights, hover card and messages to one page, until the context ends. */
export function wirePage(ctx: ContentScriptContext): void {
  const lang = langFromLocale(browser.i18n.getUILanguage());
  const byId = new Map(people.map((p) => [p.id as string, p]));
  const highlights = createHighlights(people.map((p) => p.id), 'underline');
  const index = new MentionIndex(highlights);
  const shadowRoots: ShadowRoot[] = [];
  const ignore = (el: Element) => el.localName === CARD_HOST;

  let reported: string | undefined;
  const report = () => {
    const counts: MentionCounts = index.counts();
    const key = JSON.stringify(counts);
    if (key === reported) return;
    const message: MentionsReport = { type: 'mentions-report', counts, newPage: reported === undefined };
    reported = key;
    browser.runtime.sendMessage(message).catch(() => {});
  };

  const scanner = createPageScanner({
    matcher: createMatcher(people),
    index,
    walk: { ignore, onShadowRoot: (root) => shadowRoots.push(root) },
    onChange: report,
  });

  const intent: HoverIntent<PlacedMention> = new HoverIntent<PlacedMention>({
    open: (mention) => {
      const person = byId.get(mention.person);
      const rect = lastHit?.mention === mention ? lastHit.rect : mention.range.getBoundingClientRect();
      const theme = themeAround(mention.range.startContainer.parentElement, matchMedia('(prefers-color-scheme: dark)').matches);
      if (person) card.show(person, rect, theme, lang);
    },
    close: () => card.hide(),
  });

  const card = createCardUi({
    onPointerOnCard: (on) => intent.pointerOnCard(on),
    onClose: () => intent.dismiss(),
    onOpenStory: () => {
      browser.runtime.sendMessage({ type: 'open-story' }).catch(() => {});
    },
  });

  // Hit-testing runs at most once a frame, whatever the rate of pointer events.
  let lastHit: ReturnType<typeof mentionAtPoint>;
  let pointer: { x: number; y: number } | undefined;
  let frameRequested = false;
  const hitTest = () => {
    frameRequested = false;
    if (!pointer) return;
    lastHit = mentionAtPoint(index, pointer.x, pointer.y, shadowRoots);
    intent.pointerOn(lastHit?.mention);
  };
  ctx.addEventListener(
    window,
    'pointermove',
    (event) => {
      // Over the card itself, the card's own enter and leave events decide.
      if ((event.target as Element | null)?.localName === CARD_HOST) return;
      pointer = { x: event.clientX, y: event.clientY };
      if (!frameRequested) {
        frameRequested = true;
        requestAnimationFrame(hitTest);
      }
    },
    { passive: true, capture: true },
  );
  ctx.addEventListener(window, 'keydown', (event) => {
    if (event.key === 'Escape' && intent.isOpen) intent.dismiss();
  }, { capture: true });
  ctx.addEventListener(window, 'scroll', () => {
    if (intent.isOpen) intent.dismiss();
  }, { passive: true, capture: true });

  const stepper = createMentionStepper(index, highlights);
  const onMessage = (message: unknown) => {
    const request = parseContentMessage(message);
    if (request?.type === 'jump-to-mention') stepper.next(request.person);
  };
  browser.runtime.onMessage.addListener(onMessage);

  scanner.start(document.body);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    scanner.stop();
    intent.dispose();
    card.remove();
    index.clear();
    highlights.dispose();
  });
}
