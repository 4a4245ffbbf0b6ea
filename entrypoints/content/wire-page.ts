import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseContentMessage, type MentionCounts, type MentionsReport } from '../../utils/messages';
import { isActiveOn, type Settings } from '../../utils/settings';
import { startPageSession, type PageSession } from './page-session';
import { readSettings, watchSettings } from './settings-reader';

/**
 * Runs a page session while the settings allow it on this site, follows settings changes and the
 * popup's requests, and reports what the page mentions; all of it ends with the content script's
 * context, as when the extension is updated or reloaded.
 */
export function wirePage(ctx: ContentScriptContext): void {
  let session: PageSession | undefined;

  let reported: string | undefined;
  const report = (counts: MentionCounts) => {
    const key = JSON.stringify(counts);
    if (key === reported || ctx.isInvalid) return;
    const message: MentionsReport = { type: 'mentions-report', counts, newPage: reported === undefined };
    reported = key;
    browser.runtime.sendMessage(message).catch(() => {});
  };

  const apply = (settings: Settings) => {
    if (ctx.isInvalid) return;
    const active = isActiveOn(settings, location.hostname);
    if (active && session) session.update(settings);
    else if (active) session = startPageSession(settings, report);
    else if (session) {
      session.stop();
      session = undefined;
      report({});
    }
  };

  const onMessage = (message: unknown) => {
    const request = parseContentMessage(message);
    if (request?.type === 'jump-to-mention') session?.jump(request.person);
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings(apply);
  readSettings().then(apply);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    session?.stop();
    session = undefined;
  });
}
