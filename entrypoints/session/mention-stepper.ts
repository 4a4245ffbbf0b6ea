import type { PersonId } from '../../model/person';
import type { Highlights } from '../../engine/marks/highlights';
import type { MentionIndex, PlacedMention } from '../../engine/marks/mention-index';

/** How long a mention the reader jumped to stays emphasised. */
const EMPHASIS_MS = 1_500;
/** A page that has not scrolled for this long has arrived, smooth scrolling included. */
const SCROLL_QUIET_MS = 100;

/**
 * Steps through a person's mentions, or everyone's: each call scrolls to the next one and emphasises it
 * briefly; `onArrived` runs once the page has stopped scrolling, for a card to open beside it. A step
 * on its way and the emphasis end with `signal`.
 */
export function createMentionStepper(index: MentionIndex, highlights: Highlights, signal: AbortSignal) {
  let last: PlacedMention | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let arriving: (() => void) | undefined;
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      arriving?.();
    },
    { once: true },
  );

  const whenScrolled = (run: () => void) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(quiet);
      quiet = setTimeout(done, SCROLL_QUIET_MS);
    };
    const cancel = () => {
      clearTimeout(quiet);
      removeEventListener('scroll', settle, true);
      arriving = undefined;
    };
    const done = () => {
      cancel();
      run();
    };
    addEventListener('scroll', settle, { capture: true, passive: true });
    arriving = cancel;
    settle();
  };

  return {
    next(person: PersonId | undefined, onArrived?: (target: PlacedMention) => void): PlacedMention | undefined {
      // A newer step replaces one still on its way.
      arriving?.();
      const mentions = index.mentionsOf(person);
      if (!mentions.length) return undefined;
      // The index makes a new handle for each call: the same mention is the same number.
      const after = last ? mentions.findIndex((m) => m.id === last!.id) + 1 : 0;
      const target = mentions[after % mentions.length]!;
      last = target;
      const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
      // A hidden tab (the story opened in a tab of its own jumps in the tab it is about) does not animate,
      // and Firefox drops a smooth scroll begun there: the page would never get to the mention.
      target.startNode.parentElement?.scrollIntoView({
        block: 'center',
        behavior: reduceMotion || document.hidden ? 'auto' : 'smooth',
      });
      highlights.focus(target);
      clearTimeout(timer);
      timer = setTimeout(() => highlights.focus(undefined), EMPHASIS_MS);
      if (onArrived) whenScrolled(() => onArrived(target));
      return target;
    },
  };
}
