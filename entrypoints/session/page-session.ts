import { remoteMatcher } from '../../engine/scan/remote-match';
import { parseContentMessage } from '../../model/messages';
import { resolveLang, type Settings } from '../../model/settings';
import type { PageSession, SessionHost } from '../../model/session-contract';
import { createCardController } from './card-controller';
import { startMentionEngine } from './mention-engine';
import { createPageCommands } from './page-commands';

/**
 * The extension at work on one page: the marks, the hover card and the commands, until the host's
 * signal aborts and takes every mark, listener and the card off the page.
 */
export function startPageSession(host: SessionHost): PageSession {
  const { signal } = host;
  let settings: Settings = host.settings;
  const match = remoteMatcher((request) => host.match(request));
  const engine = startMentionEngine(settings.highlightStyle, host.report, signal, match, host.takeSnapshot);
  const cards = createCardController(engine, () => resolveLang(settings, host.uiLanguage), host, signal);
  cards.dwellMs = settings.dwellMs;
  const commands = createPageCommands(engine, cards, signal);
  return {
    handle(message) {
      const request = parseContentMessage(message);
      switch (request?.type) {
        case 'jump-to-mention':
          commands.jump(request.person);
          break;
        case 'who-is':
          commands.openFor(request.text);
          break;
        case 'next-mention':
          commands.stepToNext();
      }
    },
    update(next) {
      settings = next;
      engine.highlights.setStyle(next.highlightStyle);
      cards.dwellMs = next.dwellMs;
    },
  };
}
