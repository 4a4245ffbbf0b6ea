import { createHighlights, type Highlights } from '../../engine/highlights';
import { createHitIndex, type HitIndex } from '../../engine/hit-index';
import { createMatcher, type Matcher } from '../../engine/matcher';
import { MentionIndex } from '../../engine/mention-index';
import { createPageScanner } from '../../engine/page-scanner';
import { createPrefilter } from '../../engine/prefilter';
import { namedPeople } from '../../knowledge/names';
import type { HighlightStyle } from '../../model/highlight-style';
import type { MentionCounts } from '../../model/messages';
import type { PageSnapshot } from '../../model/session-contract';
import { PERSON_IDS, type PersonId } from '../../model/person';
import { isCard } from './card-target';

/** The engine at work on one page: what the card and the commands read. */
export interface MentionEngine {
  readonly matcher: Matcher<PersonId>;
  readonly index: MentionIndex<StaticRange | undefined>;
  readonly highlights: Highlights;
  readonly hits: HitIndex;
}

/**
 * Finds and marks the mentions of the page and keeps them current, reporting the counts after every
 * change, until `signal` aborts and every mark leaves the page.
 */
export function startMentionEngine(
  style: HighlightStyle,
  onCounts: (counts: MentionCounts) => void,
  signal: AbortSignal,
  takeSnapshot?: () => PageSnapshot | undefined,
): MentionEngine {
  const highlights = createHighlights(PERSON_IDS, style, signal);
  const hits = createHitIndex(signal, (container) => index.shownIn(container));
  const index = new MentionIndex<StaticRange | undefined>({
    show(mention) {
      hits.show(mention);
      return highlights.show(mention);
    },
    hide(mention, copy) {
      hits.hide(mention);
      highlights.hide(copy, mention.person);
    },
  });
  const matcher = createMatcher(namedPeople);
  const scanner = createPageScanner(
    {
      matcher,
      prefilter: createPrefilter(namedPeople),
      index,
      walk: { ignore: isCard },
      onChange: () => onCounts(index.counts()),
    },
    signal,
  );
  // The whole document, not its <body>: Turbo-style navigations swap the <body> for a new one.
  scanner.start(document, takeSnapshot);
  return { matcher, index, highlights, hits };
}
