import type { HighlightStyle } from '../model/highlight-style';
import type { PersonId } from '../model/person';

export const HIGHLIGHT_PREFIX = 'whoswho-';
/** The brief emphasis of a mention the reader jumped to. */
const FOCUS_NAME = `${HIGHLIGHT_PREFIX}focus`;

// Mid-tone blue: visible on white and on black, and it never recolours the text itself.
const STYLE_RULES: Record<HighlightStyle, string> = {
  underline: 'text-decoration: underline dotted rgb(59 130 246); text-decoration-thickness: 2px;',
  background: 'background-color: rgb(250 204 21 / 0.35);',
  none: '',
};

/** What a mark covers: from a node and offset to another, and whose name it is. */
export interface MarkSpan {
  readonly person: PersonId;
  readonly startNode: Node;
  readonly startOffset: number;
  readonly endNode: Node;
  readonly endOffset: number;
}

export interface Highlights {
  /** Marks the span; what it returns, the registry's copy, `hide` takes back. */
  show(mark: MarkSpan): StaticRange | undefined;
  hide(copy: StaticRange | undefined, person: PersonId): void;
  /** Emphasises one mark until the next call. */
  focus(mark: MarkSpan | undefined): void;
  setStyle(style: HighlightStyle): void;
}

const staticRange = (mark: MarkSpan) =>
  new StaticRange({
    startContainer: mark.startNode,
    startOffset: mark.startOffset,
    endContainer: mark.endNode,
    endOffset: mark.endOffset,
  });

/**
 * One `Highlight` per person in `CSS.highlights`: the browser paints the ranges and no node of the page
 * changes. The page shares the registry: it can read it, and add to or delete from the highlights. So
 * they hold `StaticRange` copies, which nobody can move, and the extension never reads them back: what
 * it opens and scrolls to comes from its own records. Where the API is missing, nothing is painted and
 * everything else still works. Every mark leaves the page when `signal` aborts.
 */
export function createHighlights(
  personIds: readonly PersonId[],
  style: HighlightStyle,
  signal: AbortSignal,
): Highlights {
  const registry = globalThis.CSS?.highlights;
  const HighlightClass = globalThis.Highlight;
  const sheet = typeof CSSStyleSheet === 'function' ? new CSSStyleSheet() : undefined;
  if (!registry || !HighlightClass) {
    return { show: () => undefined, hide() {}, focus() {}, setStyle() {} };
  }
  const highlights = new Map(personIds.map((id) => [id, new HighlightClass()] as const));
  const focus = new HighlightClass();

  // A page may clear the registry; put ours back whenever we change it.
  const register = (name: string, highlight: Highlight) => {
    if (registry.get(name) !== highlight) registry.set(name, highlight);
  };

  // Adopted sheets style the page without adding a node to it. The sheet is adopted once there is
  // something to paint, not before: any new sheet makes the browser restyle the whole page, which
  // takes over a second on a page nested 10,000 elements deep (Chromium 156). Pages without a mention
  // never pay for it. A page that took the sheet off gets it back with the next mark.
  const adopt = () => {
    if (sheet && !document.adoptedStyleSheets.includes(sheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };

  const applyStyle = (next: HighlightStyle) => {
    if (!sheet) return;
    const rules = personIds.map((id) => `::highlight(${HIGHLIGHT_PREFIX}${id}) { ${STYLE_RULES[next]} }`);
    rules.push(`::highlight(${FOCUS_NAME}) { background-color: rgb(250 204 21 / 0.7); }`);
    sheet.replaceSync(rules.join('\n'));
  };
  applyStyle(style);

  signal.addEventListener(
    'abort',
    () => {
      for (const [id, highlight] of highlights) {
        if (registry.get(HIGHLIGHT_PREFIX + id) === highlight) registry.delete(HIGHLIGHT_PREFIX + id);
        highlight.clear();
      }
      if (registry.get(FOCUS_NAME) === focus) registry.delete(FOCUS_NAME);
      if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    },
    { once: true },
  );

  return {
    show(mark) {
      const highlight = highlights.get(mark.person);
      if (!highlight || signal.aborted) return undefined;
      const copy = staticRange(mark);
      highlight.add(copy);
      register(HIGHLIGHT_PREFIX + mark.person, highlight);
      adopt();
      return copy;
    },
    hide(copy, person) {
      if (copy) highlights.get(person)?.delete(copy);
    },
    focus(mark) {
      focus.clear();
      if (mark && !signal.aborted) {
        focus.add(staticRange(mark));
        register(FOCUS_NAME, focus);
        adopt();
      }
    },
    setStyle: applyStyle,
  };
}
