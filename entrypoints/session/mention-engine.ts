import { createHighlights, type Highlights } from '../../engine/marks/highlights';
import { createHitIndex, type HitIndex } from '../../engine/marks/hit-index';
import { createMarkBoard } from '../../engine/marks/mark-board';
import { MentionIndex } from '../../engine/marks/mention-index';
import { createNearScreen } from '../../engine/marks/near-screen';
import { createPageScanner } from '../../engine/scan/page-scanner';
import { createPrefilter, namePattern } from '../../engine/look/prefilter';
import type { MatchTexts } from '../../engine/scan/remote-match';
import { namedPeople } from '../../knowledge/names';
import type { HighlightStyle } from '../../model/highlight-style';
import type { MentionCounts } from '../../model/messages';
import { PERSON_IDS } from '../../model/person';
import type { PageSnapshot } from '../../model/session-contract';
import { isCard } from './card-target';

/** The engine at work on one page: what the card and the commands read. */
export interface MentionEngine {
  /** Finds candidates off the page's main thread (the selection's "who is this" asks it too). */
  readonly match: MatchTexts;
  readonly index: MentionIndex;
  readonly highlights: Highlights;
  readonly hits: HitIndex;
}

/**
 * Finds and marks the mentions of the page and keeps them current, reporting the counts after every
 * change, until `signal` aborts and every mark leaves the page. `match` finds the candidates in the
 * texts of the blocks the page session builds: the page pays for no matcher.
 */
export function startMentionEngine(
  style: HighlightStyle,
  onCounts: (counts: MentionCounts) => void,
  signal: AbortSignal,
  match: MatchTexts,
  takeSnapshot?: () => PageSnapshot | undefined,
): MentionEngine {
  const shownIn = (container: Node) => index.shownIn(container);
  const highlights = createHighlights(PERSON_IDS, style, signal);
  const near = createNearScreen(
    signal,
    (entered, left) => {
      board.nearChanged(entered, left);
      hits.invalidate();
    },
    {
      hasShown: (container) => index.hasShown(container),
      shownContainers: () => index.shownContainers(),
    },
  );
  const board = createMarkBoard(highlights, near, shownIn, () => index.mentionsOf(undefined));
  // The pointer's first move starts watching which containers are near the screen: the hit index
  // measures only those, and a page nobody points at (with few mentions) observes nothing.
  const hits = createHitIndex(
    signal,
    () => near.nearContainers().flatMap(shownIn),
    () => near.watch(),
  );
  const index: MentionIndex = new MentionIndex({
    show(mention) {
      board.show(mention);
      hits.invalidate();
    },
    hide(mention) {
      board.hide(mention);
      hits.invalidate();
    },
    container(container, shown) {
      if (shown) near.add(container);
      else near.remove(container);
    },
  });
  const scanner = createPageScanner(
    {
      match,
      prefilter: createPrefilter(namePattern(namedPeople)),
      index,
      walk: { ignore: isCard },
      onChange: () => onCounts(index.counts()),
    },
    signal,
  );
  // The whole document, not its <body>: Turbo-style navigations swap the <body> for a new one.
  scanner.start(document, takeSnapshot);
  return { match, index, highlights, hits };
}
