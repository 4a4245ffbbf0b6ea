import type { DocumentKey, MentionCounts, MentionsReport } from '../../model/messages';

/**
 * What the reporter needs of the extension's runtime: `browser.runtime` or `chrome.runtime` will do, so
 * that an entry script without the WebExtension polyfill can use it.
 */
export interface ReportingRuntime {
  sendMessage(message: unknown): Promise<unknown> | void;
}

export interface MentionReporter {
  /** The document's own key, the answer to the background's `report-key` question. */
  readonly doc: DocumentKey;
  /** Tells the background what the document mentions now; the same counts twice are sent once. */
  report(counts: MentionCounts): void;
}

/** A key no other document of the tab will have; `crypto.randomUUID` is missing on plain-`http` pages. */
const newDocumentKey = (): DocumentKey =>
  Array.from(crypto.getRandomValues(new Uint32Array(3)), (n) => n.toString(36).padStart(7, '0')).join('');

/**
 * Reports the document's counts to the background, under a key of this document's own, until `signal`
 * aborts. The background keeps counts per document and frame, so that the top frame's first report
 * wipes nothing its frames said before it. The top frame reports at once (with its host name, which
 * the tab's other frames follow), so that the background learns of a new page before any count. A
 * document that is unloaded, or put in the back-forward cache, takes its counts out with an empty
 * report, and puts them back if it is shown again. Its `doc` answers the background's `report-key`
 * question, so that the counts of a document that left without a word are dropped too.
 */
export function startMentionReporter(runtime: ReportingRuntime, signal: AbortSignal): MentionReporter {
  const doc = newDocumentKey();
  const top = window === window.top;
  let counts: MentionCounts = {};
  // What the background holds for this document: nothing, as good as no mention, until a report.
  let sent: string | undefined = '{}';

  const send = (what: MentionCounts) => {
    const key = JSON.stringify(what);
    if (key === sent || signal.aborted) return;
    sent = key;
    const message: MentionsReport = {
      type: 'mentions-report',
      doc,
      counts: what,
      ...(top && { host: location.hostname }),
    };
    try {
      // A report the background did not take is sent again with the next change; nothing else to do.
      Promise.resolve(runtime.sendMessage(message)).catch(() => undefined);
    } catch {
      // The extension's runtime is gone (reloaded or removed): the page session ends with it.
    }
  };
  // At the start, and when shown again from the back-forward cache. The top frame speaks with or
  // without mentions: its document is the tab's page, and the background keys the tab's frames by it.
  const announce = () => {
    if (top) sent = undefined;
    send(counts);
  };

  addEventListener('pagehide', () => send({}), { signal });
  addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) announce();
    },
    { signal },
  );
  announce();
  return {
    doc,
    report(next) {
      counts = next;
      send(next);
    },
  };
}
