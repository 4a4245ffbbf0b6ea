import type { ComponentChildren } from 'preact';
import type { Box } from '../../model/box';
import { placeCard } from './card-position';
import type { Theme } from './page-theme';

interface Props {
  anchor: Box;
  theme: Theme;
  label: string;
  closeLabel: string;
  onPointerOn: (on: boolean) => void;
  onClose: () => void;
  /** Set when a command opened the card: it takes the keyboard focus, so that screen readers announce it. */
  focus?: boolean;
  /** The id of the element that says what the card is about, read out after its label. */
  describedBy?: string;
  children: ComponentChildren;
}

/**
 * Puts a rendered, shown frame beside `anchor`, inside the viewport; measured before paint, so the
 * card never shows in the wrong place.
 */
export function placeFrame(el: HTMLElement, anchor: Box, focus?: boolean): void {
  const { width, height } = el.getBoundingClientRect();
  const placement = placeCard(anchor, { width, height }, { width: innerWidth, height: innerHeight });
  el.style.top = `${placement.top}px`;
  el.style.left = `${placement.left}px`;
  el.dataset.side = placement.side;
  // Placed first: focusing must not scroll the page to where the card was before it moved.
  if (focus) el.focus({ preventScroll: true });
}

/** The floating frame of a hover card: placed beside its anchor, inside the viewport. */
export function CardFrame({
  anchor,
  theme,
  label,
  closeLabel,
  onPointerOn,
  onClose,
  focus,
  describedBy,
  children,
}: Props) {
  // Measured once rendered. A ref callback rather than a layout effect keeps Preact's hooks out of the
  // content script.
  const place = (el: HTMLDivElement | null) => {
    if (el) placeFrame(el, anchor, focus);
  };

  return (
    <div
      ref={place}
      class="frame"
      role="dialog"
      aria-label={label}
      aria-describedby={describedBy}
      // Focusable by script only, for a card that a keyboard command opened; Tab then reaches its links.
      tabIndex={-1}
      data-theme={theme}
      style={{ top: `${anchor.bottom}px`, left: `${anchor.left}px` }}
      onPointerEnter={() => onPointerOn(true)}
      onPointerLeave={() => onPointerOn(false)}
    >
      <button type="button" class="close" aria-label={closeLabel} onClick={onClose}>
        ×
      </button>
      {children}
    </div>
  );
}
