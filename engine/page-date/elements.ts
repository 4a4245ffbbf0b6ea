/** Where comments, related links, navigation and page furniture carry dates that are not the page's. */
const OFF_ARTICLE = 'aside,footer,nav,[class*=comment],[id*=comment],[class*=related],[id*=related]';

/** The first `max` elements matching `selector`, so a hostile page bounds the work. */
export function firstElements(doc: Document, selector: string, max: number): Element[] {
  return Array.prototype.slice.call(doc.querySelectorAll(selector), 0, max);
}

export function isOffArticle(element: Element): boolean {
  const around = element.closest(OFF_ARTICLE);
  // A body or root class like "has-comments" describes the whole page, not a comment.
  return !!around && around !== element.ownerDocument.body && around !== element.ownerDocument.documentElement;
}
