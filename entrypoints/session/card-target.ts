import type { Box } from '../../model/box';
import type { CardNotice } from '../../model/card-contract';
import { isCardHost } from '../../model/card-contract';
import type { PersonId } from '../../model/person';
import type { PlacedMention } from '../../engine/marks/mention-index';

/**
 * What a card opens for: a mention under the pointer; or, for a command, a person's card or a notice
 * beside `anchor`, in the colours of the page around `near`.
 */
export type CardTarget =
  | { readonly kind: 'mention'; readonly mention: PlacedMention }
  | { readonly kind: 'person'; readonly person: PersonId; readonly anchor: Box; readonly near: Node | null }
  | { readonly kind: 'notice'; readonly notice: CardNotice; readonly anchor: Box; readonly near: Node | null };

/** Where a card goes that belongs to no text on screen: the viewport's top left corner. */
export const CORNER: Box = { top: 0, left: 0, bottom: 0, right: 0 };

export const isCard = isCardHost;

export const elementOf = (node: Node | null) => (node instanceof Element ? node : (node?.parentElement ?? null));

/** The box of a range's first line, where a card opened by a command is placed; the corner without a range. */
export const firstBox = (range: Range | undefined): Box =>
  range ? (range.getClientRects()[0] ?? range.getBoundingClientRect()) : CORNER;
