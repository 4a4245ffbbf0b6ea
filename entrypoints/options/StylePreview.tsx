import { useEffect, useRef } from 'preact/hooks';
import { createHighlights } from '../../engine/marks/highlights';
import type { HighlightStyle } from '../../model/highlight-style';
import type { PersonId } from '../../model/person';

interface Props {
  style: HighlightStyle;
  label: string;
  /** The person whose name is marked, by id, and the name as shown. */
  person: PersonId;
  name: string;
}

/** A name marked as pages will mark it, by the same code: the settings page shows the real thing. */
export function StylePreview({ style, label, person, name }: Props) {
  const sample = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!sample.current) return undefined;
    const lifetime = new AbortController();
    const highlights = createHighlights([person], style, lifetime.signal);
    const text = sample.current.firstChild;
    if (text)
      highlights.show({
        person,
        startNode: text,
        startOffset: 0,
        endNode: text,
        endOffset: text.textContent?.length ?? 0,
      });
    return () => lifetime.abort();
  }, [style, person]);
  return (
    <p class="preview">
      {label}: <span ref={sample}>{name}</span>
    </p>
  );
}
