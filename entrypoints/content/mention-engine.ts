import { createHighlights, type Highlights } from '../../engine/highlights';
import { createMatcher, type Matcher } from '../../engine/matcher';
import { MentionIndex } from '../../engine/mention-index';
import { createPageScanner } from '../../engine/page-scanner';
import { namedPeople } from '../../knowledge/names';
import type { HighlightStyle } from '../../model/highlight-style';
import type { MentionCounts } from '../../model/messages';
import { PERSON_IDS, type PersonId } from '../../model/person';
import { isCard } from './card-target';

/** The engine at work on one page: what the card and the commands read. */
export interface MentionEngine {
  readonly matcher: Matcher<PersonId>;
  readonly index: MentionIndex;
  readonly highlights: Highlights;
  /** The open shadow roots the hit test may look into. */
  readonly shadowRoots: ReadonlySet<ShadowRoot>;
}

/**
 * Finds and marks the mentions of the page and keeps them current, reporting the counts after every
 * change, until `signal` aborts and every mark leaves the page.
 */
export function startMentionEngine(
  style: HighlightStyle,
  onCounts: (counts: MentionCounts) => void,
  signal: AbortSignal,
): MentionEngine {
  const highlights = createHighlights(PERSON_IDS, style, signal);
  const index = new MentionIndex(highlights);
  // Every rescan of a host's block meets its root again, and hosts come and go on busy pages: a set,
  // pruned after each batch, keeps one of each that is still there.
  const shadowRoots = new Set<ShadowRoot>();
  const matcher = createMatcher(namedPeople);
  const scanner = createPageScanner(
    {
      matcher,
      index,
      walk: { ignore: isCard, onShadowRoot: (root) => shadowRoots.add(root) },
      onChange: () => {
        for (const root of shadowRoots) if (!root.host.isConnected) shadowRoots.delete(root);
        onCounts(index.counts());
      },
    },
    signal,
  );
  // The whole document, not its <body>: Turbo-style navigations swap the <body> for a new one.
  scanner.start(document);
  return { matcher, index, highlights, shadowRoots };
}
