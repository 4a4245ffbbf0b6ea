import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
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
  const frame = useRef<HTMLDivElement>(null);

  // Measured after render and before paint, so the card never shows in the wrong place.
  useLayoutEffect(() => {
    const el = frame.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const place = placeCard(anchor, { width, height }, { width: innerWidth, height: innerHeight });
    el.style.top = `${place.top}px`;
    el.style.left = `${place.left}px`;
    el.dataset.side = place.side;
  }, [anchor]);

  return (
    <div
      ref={frame}
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
