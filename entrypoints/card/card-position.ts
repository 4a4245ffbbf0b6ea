import type { Box } from '../../model/box';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Placement {
  readonly top: number;
  readonly left: number;
  readonly side: 'above' | 'below';
}

/** Space between the mention and the card, and between the card and the viewport's edge. */
const GAP = 6;
const MARGIN = 8;

/**
 * Where the card goes: below the mention if it fits, else above, else on the side with more room;
 * aligned with the mention's left edge, or its right edge near the viewport's right, and kept inside.
 */
export function placeCard(anchor: Box, card: Size, viewport: Size): Placement {
  const roomBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const side = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - card.height;

  const fitsRightward = anchor.left + card.width <= viewport.width - MARGIN;
  const left = fitsRightward ? anchor.left : anchor.right - card.width;
  return {
    side,
    top: clamp(top, MARGIN, viewport.height - card.height - MARGIN),
    left: clamp(left, MARGIN, viewport.width - card.width - MARGIN),
  };
}

// When the card is larger than the viewport, the start edge wins: its heading stays visible.
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
