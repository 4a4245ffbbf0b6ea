import type { HighlightStyle } from '../../model/highlight-style';
import type { PersonId } from '../../model/person';

export const HIGHLIGHT_PREFIX = 'whoswho-';
/** The brief emphasis of a mention the reader jumped to. */
const FOCUS_NAME = `${HIGHLIGHT_PREFIX}focus`;
/** Where the build puts the marks' style sheet, which the manifest gives the content script (wxt.config.ts). */
export const HIGHLIGHT_SHEET_FILE = 'highlights.css';

// Mid-tone blue: visible on white and on black, and it never recolours the text itself.
const STYLE_RULES: Record<HighlightStyle, string> = {
  underline: 'text-decoration: underline dotted rgb(59 130 246); text-decoration-thickness: 2px;',
  background: 'background-color: rgb(250 204 21 / 0.35);',
  none: '',
};

/** The registry name of a person's marks in a style: the style is in the name, the sheet never changes. */
export const highlightName = (style: HighlightStyle, person: PersonId) => `${HIGHLIGHT_PREFIX}${style}-${person}`;

/**
 * The marks' rules, one per style and person, for a sheet that is on the page before it is first
 * styled: any sheet added later (or changed) makes the browser restyle the whole document, which took
 * 56 ms on a 1 MB page and over a second on a page nested 10,000 elements deep (Chromium 156).
 * "none" has no rule: its marks are registered and unpainted.
 */
export function highlightSheet(personIds: readonly PersonId[]): string {
  const rules = (Object.keys(STYLE_RULES) as HighlightStyle[])
    .filter((style) => STYLE_RULES[style])
    .flatMap((style) => personIds.map((id) => `::highlight(${highlightName(style, id)}) { ${STYLE_RULES[style]} }`));
  rules.push(`::highlight(${FOCUS_NAME}) { background-color: rgb(250 204 21 / 0.7); }`);
  return `${rules.join('\n')}\n`;
}

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
 * One `Highlight` per person in `CSS.highlights`, named for the chosen style: the browser paints the
 * ranges with the rules of `highlightSheet`, which the manifest puts on every page (an extension page
 * adopts it itself), and no node or sheet of the page changes. A change of style moves the highlights
 * to the new style's names. The page shares the registry: it can read it, and add to or delete from
 * the highlights. So they hold `StaticRange` copies, which nobody can move, and the extension never
 * reads them back: what it opens and scrolls to comes from its own records. Where the API is missing,
 * nothing is painted and everything else still works. Every mark leaves the page when `signal` aborts.
 */
export function createHighlights(
  personIds: readonly PersonId[],
  initialStyle: HighlightStyle,
  signal: AbortSignal,
): Highlights {
  const registry = globalThis.CSS?.highlights;
  const HighlightClass = globalThis.Highlight;
  if (!registry || !HighlightClass) {
    return { show: () => undefined, hide() {}, focus() {}, setStyle() {} };
  }
  const highlights = new Map(personIds.map((id) => [id, new HighlightClass()] as const));
  const focus = new HighlightClass();
  let style = initialStyle;

  // A page may clear the registry; put ours back whenever we change it.
  const register = (name: string, highlight: Highlight) => {
    if (registry.get(name) !== highlight) registry.set(name, highlight);
  };
  const unregister = (name: string, highlight: Highlight) => {
    if (registry.get(name) === highlight) registry.delete(name);
  };

  signal.addEventListener(
    'abort',
    () => {
      for (const [id, highlight] of highlights) {
        unregister(highlightName(style, id), highlight);
        highlight.clear();
      }
      unregister(FOCUS_NAME, focus);
    },
    { once: true },
  );

  return {
    show(mark) {
      const highlight = highlights.get(mark.person);
      if (!highlight || signal.aborted) return undefined;
      const copy = staticRange(mark);
      highlight.add(copy);
      register(highlightName(style, mark.person), highlight);
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
      }
    },
    setStyle(next) {
      if (next === style || signal.aborted) return;
      for (const [id, highlight] of highlights) {
        unregister(highlightName(style, id), highlight);
        if (highlight.size) register(highlightName(next, id), highlight);
      }
      style = next;
    },
  };
}

/** Puts the marks' sheet on an extension page (the settings page's preview), where the manifest puts none. */
export function adoptHighlightSheet(doc: Document, personIds: readonly PersonId[]): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightSheet(personIds));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
