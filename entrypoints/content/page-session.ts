import { browser } from 'wxt/browser';
import type { MentionCounts } from '../../model/messages';
import { resolveLang, type Settings } from '../../model/settings';
import { createCardController } from './card-controller';
import { startMentionEngine } from './mention-engine';
import { createPageCommands, type PageCommands } from './page-commands';

export interface PageSession extends PageCommands {
  /** Applies changed settings without a reload. */
  update(settings: Settings): void;
}

/**
 * The extension at work on one page: the marks, the hover card and the commands, until `signal` aborts
 * and takes every mark, listener and the card off the page.
 */
export function startPageSession(
  initial: Settings,
  onCounts: (counts: MentionCounts) => void,
  signal: AbortSignal,
): PageSession {
  let settings = initial;
  const engine = startMentionEngine(settings.highlightStyle, onCounts, signal);
  const cards = createCardController(engine, () => resolveLang(settings, browser.i18n.getUILanguage()), signal);
  cards.dwellMs = settings.dwellMs;
  return {
    ...createPageCommands(engine, cards, signal),
    update(next) {
      settings = next;
      engine.highlights.setStyle(next.highlightStyle);
      cards.dwellMs = next.dwellMs;
    },
  };
}
