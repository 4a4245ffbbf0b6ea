import type { Highlights } from '../../utils/highlights';
import type { MentionIndex, PlacedMention } from '../../utils/mention-index';

/** How long a mention the reader jumped to stays emphasised. */
const EMPHASIS_MS = 1_500;

/** Steps through a person's mentions: each call scrolls to the next one and emphasises it briefly. */
export function createMentionStepper(index: MentionIndex, highlights: Highlights) {
  let last: PlacedMention | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  return {
    next(person: string): PlacedMention | undefined {
      const mentions = index.mentionsOf(person);
      if (!mentions.length) return undefined;
      const after = last ? mentions.findIndex((m) => m === last) + 1 : 0;
      const target = mentions[after % mentions.length]!;
      last = target;
      const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
      target.range.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        behavior: reduceMotion ? 'auto' : 'smooth',
      });
      highlights.focus(target.range);
      clearTimeout(timer);
      timer = setTimeout(() => highlights.focus(undefined), EMPHASIS_MS);
      return target;
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
