import type { Highlights } from './highlights';
import type { PlacedMention } from './mention-index';
import type { NearScreen } from './near-screen';

/**
 * Past this many mentions on show, only those near the screen are in the highlight registry. Chromium
 * rebuilds the markers of every registered range after any change of the page's DOM or style: with
 * 10,000 ranges such a frame takes about 90 ms (Chromium 156); on the bench's infinite scroll, with 500,
 * the page's frames took 13% of the main thread rather than 4%, and some took over 50 ms.
 */
export const REGISTER_ALL_UP_TO = 200;

export interface MarkBoard {
  show(mention: PlacedMention): void;
  hide(mention: PlacedMention): void;
  /** The mentions of `entered` come near the screen, those of `left` go. */
  nearChanged(entered: readonly Node[], left: readonly Node[]): void;
}

/**
 * Which shown mentions are in the page's highlight registry: all of them on an ordinary page; on a page
 * with more than `REGISTER_ALL_UP_TO`, those near the screen, registered as they come near and taken
 * out as they leave, so that the page's own changes stay cheap.
 */
export function createMarkBoard(
  highlights: Highlights,
  near: Pick<NearScreen, 'isNear' | 'watch'>,
  shownIn: (container: Node) => Iterable<PlacedMention>,
  allShown: () => Iterable<PlacedMention>,
): MarkBoard {
  // The registry's copy of each registered mention, by the mention's number: the index makes a handle for each
  // call, so that one mention may come as two objects.
  const registered = new Map<number, StaticRange | undefined>();
  let shown = 0;
  let everything = true;
  const register = (mention: PlacedMention) => {
    if (!registered.has(mention.id)) registered.set(mention.id, highlights.show(mention));
  };
  const unregister = (mention: PlacedMention) => {
    if (!registered.has(mention.id)) return;
    highlights.hide(registered.get(mention.id), mention.person);
    registered.delete(mention.id);
  };

  return {
    show(mention) {
      shown++;
      if (everything && shown > REGISTER_ALL_UP_TO) {
        everything = false;
        near.watch();
        // Every shown mention is registered until now.
        for (const other of allShown()) if (!near.isNear(other.container)) unregister(other);
      }
      if (everything || near.isNear(mention.container)) register(mention);
    },
    hide(mention) {
      shown--;
      unregister(mention);
      // Half the limit, so that a page near it does not switch back and forth.
      if (!everything && shown <= REGISTER_ALL_UP_TO / 2) {
        everything = true;
        for (const other of allShown()) register(other);
      }
    },
    nearChanged(entered, left) {
      if (everything) return;
      for (const container of left) for (const mention of shownIn(container)) unregister(mention);
      for (const container of entered) for (const mention of shownIn(container)) register(mention);
    },
  };
}
