import { rangeOf } from '../../engine/marks/mention-index';
import { peopleNamedIn, rangesOverlap } from '../../engine/marks/selection-person';
import type { PersonId } from '../../model/person';
import type { CardController } from './card-controller';
import { CORNER, firstBox } from './card-target';
import type { MentionEngine } from './mention-engine';
import { createMentionStepper } from './mention-stepper';

export interface PageCommands {
  /** Scrolls to the next mention of `person`. */
  jump(person: PersonId): void;
  /** "Who is this?" for the selected `text`: the card of the one person it names, or a notice; focused. */
  openFor(text: string): void;
  /** Scrolls to the next mention of anyone, opens its card and moves the keyboard focus into it. */
  stepToNext(): void;
}

/** What the popup, the context menu and the keyboard commands ask of the page. */
export function createPageCommands(engine: MentionEngine, cards: CardController, signal: AbortSignal): PageCommands {
  const stepper = createMentionStepper(engine.index, engine.highlights, signal);
  return {
    jump(person) {
      stepper.next(person);
    },
    openFor(text) {
      const selection = getSelection();
      const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
      // The page's own marks under the selection count too, with the context they were judged in.
      const marked = range ? engine.index.mentionsOf(undefined).filter((m) => rangesOverlap(rangeOf(m), range)) : [];
      const box = range?.getBoundingClientRect();
      // A selection inside a form field has no box of its own: the field has.
      const anchor = box?.width ? box : (document.activeElement?.getBoundingClientRect() ?? CORNER);
      const near = range?.commonAncestorContainer ?? null;
      // The text is matched where the page's marks are, off the page's main thread; without an answer, only the
      // marks under the selection count.
      engine.match([text]).then((found) => {
        if (signal.aborted) return;
        const named = peopleNamedIn(
          found?.[0] ?? [],
          marked.map((m) => m.person),
        );
        cards.openNow(
          named.length === 1
            ? { kind: 'person', person: named[0]!, anchor, near }
            : { kind: 'notice', notice: { kind: named.length ? 'several-named' : 'not-named', text }, anchor, near },
        );
      });
    },
    stepToNext() {
      const found = stepper.next(undefined, (mention) =>
        cards.openNow({
          kind: 'person',
          person: mention.person,
          // A page that changed the mention's text while it scrolled leaves no range: the card goes to the corner.
          anchor: firstBox(rangeOf(mention)),
          near: mention.startNode,
        }),
      );
      // The card script loads while the page scrolls.
      if (found) cards.preload();
      else cards.openNow({ kind: 'notice', notice: { kind: 'no-mentions' }, anchor: CORNER, near: document.body });
    },
  };
}
