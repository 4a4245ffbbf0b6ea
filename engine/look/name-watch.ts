import type { PageSnapshot } from '../../model/session-contract';
import { changedRoots } from '../blocks/changed-roots';
import type { Prefilter } from './prefilter';
import { openShadowRoots } from '../blocks/shadow-roots';
import { ownTextOf } from '../blocks/text-blocks';

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/** What the watch read of a page at its start, for the engine to reuse while the page has not changed. */
export type { PageSnapshot };

/**
 * Calls `onHit` once, as soon as the document may name someone: at once, when its text or that of its
 * open shadow roots does; or later, at the first change that brings such text. Every change is checked
 * with the prefilter over no more than what the engine would read again for it, so that a page that
 * never names anyone pays a native pass over its text once and a small one per change. Stops at the
 * hit, or when `signal` aborts. `onHit` gets a function that hands over, once, what the watch read at
 * the start, or nothing when the hit came later or the page has changed since.
 */
export function watchForNames(
  doc: Document,
  prefilter: Pick<Prefilter, 'test'>,
  onHit: (takeSnapshot: () => PageSnapshot | undefined) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  let done = false;
  let snapshot: PageSnapshot | undefined;
  const takeSnapshot = () => {
    const taken = observer.takeRecords().length ? undefined : snapshot;
    snapshot = undefined;
    observer.disconnect();
    return taken;
  };
  const hit = () => {
    done = true;
    // Until the snapshot is taken, the observer only tells whether the page changed.
    if (!snapshot) observer.disconnect();
    onHit(takeSnapshot);
  };
  const named = (text: string | null) => prefilter.test(text ?? '');
  // Each shadow root is watched from when it is found; any of them may hold a name.
  const anyNamed = (roots: readonly ShadowRoot[]) => {
    for (const root of roots) observer.observe(root, OBSERVED);
    return roots.some((root) => named(root.textContent));
  };
  const changed = (records: readonly MutationRecord[]) =>
    changedRoots(records, () => false).some(({ root, ownTextOnly }) => {
      if (!root.isConnected) return false;
      const shadows: ShadowRoot[] = [];
      const text = ownTextOnly ? ownTextOf(root, (shadow) => shadows.push(shadow)) : root.textContent;
      if (!ownTextOnly) shadows.push(...openShadowRoots(root));
      return named(text) || anyNamed(shadows);
    });

  const observer = new MutationObserver((records) => {
    if (done) {
      snapshot = undefined;
      observer.disconnect();
    } else if (changed(records)) hit();
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  // The whole document, not its <body>: Turbo-style navigations swap the <body> for a new one.
  observer.observe(doc, OBSERVED);
  const text = doc.body?.textContent ?? '';
  const shadowRoots = openShadowRoots(doc);
  if (anyNamed(shadowRoots) || named(text)) {
    snapshot = { text, shadowRoots };
    hit();
  }
}
