import type { ComponentChildren } from 'preact';
import { placeCard, type Box } from '../utils/card-position';
import type { Theme } from '../utils/page-theme';

interface Props {
  anchor: Box;
  theme: Theme;
  label: string;
  closeLabel: string;
  onPointerOn: (on: boolean) => void;
  onClose: () => void;
  children: ComponentChildren;
}

/** The floating frame of a hover card: placed beside its anchor, inside the viewport. */
export function CardFrame({ anchor, theme, label, closeLabel, onPointerOn, onClose, children }: Props) {
  // Measured once rendered and before paint, so the card never shows in the wrong place. A ref callback
  // rather than a layout effect keeps Preact's hooks out of the content script.
  const place = (el: HTMLDivElement | null) => {
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const placement = placeCard(anchor, { width, height }, { width: innerWidth, height: innerHeight });
    el.style.top = `${placement.top}px`;
    el.style.left = `${placement.left}px`;
    el.dataset.side = placement.side;
  };

  return (
    <div
      ref={place}
      class="frame"
      role="dialog"
      aria-label={label}
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
