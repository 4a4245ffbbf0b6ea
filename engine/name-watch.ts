import { changedRoots } from './changed-roots';
import type { Prefilter } from './prefilter';
import { openShadowRoots } from './shadow-roots';
import { isInline, isSkipped } from './text-blocks';

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/**
 * The text the engine reads as `root`'s own (see `textBlocks`' `ownTextOnly`): that of its inline
 * descendants, in order, nested blocks and unread elements left out. The open shadow roots it meets on
 * the way, which the engine reads too, are added to `shadows`.
 */
function ownText(root: Node, shadows: ShadowRoot[]): string {
  let text = '';
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      text += (node as CharacterData).data;
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (isInline(element) && !isSkipped(element)) {
        if (element.shadowRoot) shadows.push(element.shadowRoot);
        descend = element.firstChild !== null;
      } else {
        // A nested block, a line break or an unread element ends a stretch of text.
        text += '\n';
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return text;
}

/**
 * Calls `onHit` once, as soon as the document may name someone: at once, when its text or that of its
 * open shadow roots does; or later, at the first change that brings such text. Every change is checked
 * with the prefilter over no more than what the engine would read again for it, so that a page that
 * never names anyone pays a native pass over its text once and a small one per change. Stops at the
 * hit, or when `signal` aborts.
 */
export function watchForNames(doc: Document, prefilter: Pick<Prefilter, 'test'>, onHit: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let done = false;
  const hit = () => {
    done = true;
    observer.disconnect();
    onHit();
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
      const text = ownTextOnly ? ownText(root, shadows) : root.textContent;
      if (!ownTextOnly) shadows.push(...openShadowRoots(root));
      return named(text) || anyNamed(shadows);
    });

  const observer = new MutationObserver((records) => {
    if (!done && changed(records)) hit();
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  // The whole document, not its <body>: Turbo-style navigations swap the <body> for a new one.
  observer.observe(doc, OBSERVED);
  if (named(doc.body?.textContent ?? null) || anyNamed(openShadowRoots(doc))) hit();
}
