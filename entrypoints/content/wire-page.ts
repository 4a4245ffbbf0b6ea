import { watchForNames } from '../../engine/look/name-watch';
import { nameTest } from '../../engine/look/prefilter';
import { isExtensionThere, type ExtensionApi, type MessageListener } from '../../model/extension-api';
import { LISTEN_HOOK } from '../../model/frame-wake';
import { contentMessageType, type MentionCounts } from '../../model/messages';
import { WAKE_MODULE_KEY, WAKE_SCRIPT, type WakeModule, type WokenPage } from '../../model/wake-contract';
import { scriptModuleLoader } from '../../utils/script-module';
import { startMentionReporter, type MentionReporter } from './mention-reporter';
import { NAME_PATTERN } from './name-pattern';
import { extensionApi } from './runtime';

const loadWake = scriptModuleLoader<WakeModule>(WAKE_MODULE_KEY);

/**
 * The content script on one page: it looks for names with the prefilter, at once and at every change,
 * and only where the page may name someone, or a request needs more than it carries, loads the wake
 * script (model/wake-contract.ts), which reads the settings and starts the page session. Itself it
 * only keeps the top frame known to the background (its reports, its host for the popup).
 *
 * A frame that names no one pays for one native pass over its text and a watch of its changes. The
 * extension's API costs a page milliseconds the first time it is touched (Chromium 156), so such a
 * frame leaves it alone, the top frame included: a frame listens once a name turns up, or once a
 * request needs it. Those requests all come from a user gesture, and the asker wakes the frame with
 * `listenHook` (model/frame-wake.ts); a frame below the top also listens once its reader selects text,
 * since "Who is this?" may come from a frame `activeTab` does not reach. Everything ends when the
 * extension goes, which the content script notices at its next need, and the wake script every second
 * (nothing a page does can stop it).
 */
export function wirePage(): void {
  // Read on first need: the top window's proxy in the content script's world costs a frame below the
  // top about 0.12 ms to make (Chromium 156), the largest step of its start after the first touch of
  // `document`, and a frame that names no one and whose reader selects nothing never needs it.
  let top: boolean | undefined;
  const isTop = () => (top ??= window === window.top);
  const lifetime = new AbortController();
  const { signal } = lifetime;
  let api: ExtensionApi | undefined;

  // Reports go under a key of this document's own (see mention-reporter.ts). The top frame starts
  // reporting once it listens, since its document is the tab's page; another frame when it has counts.
  let reporter: MentionReporter | undefined;
  const report = (counts: MentionCounts) => {
    reporter ??= startMentionReporter(api!.runtime!, signal);
    reporter.report(counts);
  };

  let woken: Promise<WokenPage> | undefined;
  const wake = () =>
    (woken ??= loadWake(api!.runtime!.getURL(WAKE_SCRIPT))
      .then((module) => module.wakePage({ api: api!, signal, end: () => lifetime.abort(), report }))
      // Not woken where the script cannot load: the next need tries again.
      .catch((error: unknown) => {
        woken = undefined;
        throw error;
      }));

  const onMessage: MessageListener = (message, _sender, sendResponse) => {
    const type = contentMessageType(message);
    if (type === 'page-host') {
      // The top frame speaks for the tab's site; the popup asks it rather than reading the tab's address.
      if (isTop()) sendResponse(location.hostname);
    } else if (type === 'report-key') {
      if (reporter) sendResponse(reporter.doc);
    } else if (type && (type !== 'page-date' || isTop())) {
      // A request the wake script carries out; one it cannot take gets no answer.
      wake().then(
        (page) => page.handle(message, sendResponse),
        () => sendResponse(),
      );
      // The popup's question about the page's date is answered later: the channel stays open for it.
      if (type === 'page-date') return true;
    }
    return undefined;
  };
  let listening = false;
  /** Listens to the extension from now on. False once it is gone, which ends the content script. */
  const listenToExtension = () => {
    api ??= extensionApi();
    if (!isExtensionThere(api)) {
      lifetime.abort();
      return false;
    }
    if (!listening) {
      listening = true;
      // The runtime takes the listener with it when the extension goes: nothing to remove.
      api!.runtime!.onMessage.addListener(onMessage);
      // The top frame speaks as it starts listening, names or not: the background learns of the tab's
      // new page (and its site, which the frames follow) before any count.
      if (isTop()) report({});
    }
    return true;
  };
  // For the popup, the context menu and the commands (model/frame-wake.ts), on the content script's own
  // global, which the page cannot see.
  (globalThis as Record<symbol, unknown>)[Symbol.for(LISTEN_HOOK)] = listenToExtension;
  // "Who is this?" needs a selection, and the context menu reaches the frame that holds it: a frame below
  // the top listens from then on (the top frame is woken by the asker).
  const listenBelowTop = () => {
    if (!isTop()) listenToExtension();
  };
  for (const type of ['selectionchange', 'contextmenu']) {
    document.addEventListener(type, listenBelowTop, { once: true, passive: true, capture: true, signal });
  }

  watchForNames(
    document,
    nameTest(NAME_PATTERN),
    (takeSnapshot) => {
      if (listenToExtension()) wake().then((page) => page.named(takeSnapshot), ignoreUnloaded);
    },
    signal,
  );
}

/** The wake script did not load (the extension is going): the page stays as it is. */
const ignoreUnloaded = () => undefined;
