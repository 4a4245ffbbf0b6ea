import { firstElements } from './elements';

const MAX_SCRIPTS = 20;
const MAX_CHARS = 200_000;
const MAX_NODES = 500;
const ARTICLE = /(Article|Posting|Report)$/;
const PAGE = /Page$/;

export interface JsonLdDates {
  published: string[];
  /** dateCreated: when the work was made, which may be before it was published. */
  created: string[];
  modified: string[];
}

/** 0 for an article, 1 for a web page, -1 for anything else (images, comments, people, events...). */
function kindOf(type: unknown): number {
  const names = [type].flat().map((name) => (typeof name === 'string' ? name.split(/[/:#]/).pop()! : ''));
  if (names.some((name) => ARTICLE.test(name))) return 0;
  return names.some((name) => PAGE.test(name)) ? 1 : -1;
}

function strings(value: unknown): string[] {
  return [value].flat().filter((item): item is string => typeof item === 'string');
}

/**
 * Dates of the articles and pages in the page's JSON-LD: articles before pages, then in document order.
 * Walks only the top level, @graph and mainEntity, so an article's comments, images and videos never count.
 */
export function jsonLdDates(doc: Document): JsonLdDates {
  // article published, page published, article created, page created, modified
  const found: string[][] = [[], [], [], [], []];
  let budget = MAX_NODES;
  for (const script of firstElements(doc, 'script[type*="ld+json" i]', MAX_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const queue = [data];
    for (let i = 0; i < queue.length && budget > 0; i++, budget--) {
      const node = queue[i];
      if (Array.isArray(node)) queue.push(...node.slice(0, budget));
      if (!node || typeof node !== 'object' || Array.isArray(node)) continue;
      const {
        '@type': type,
        '@graph': graph,
        mainEntity,
        datePublished,
        dateCreated,
        dateModified,
      } = node as Record<string, unknown>;
      queue.push(graph, mainEntity);
      const kind = kindOf(type);
      if (kind < 0) continue;
      found[kind]!.push(...strings(datePublished));
      found[kind + 2]!.push(...strings(dateCreated));
      found[4]!.push(...strings(dateModified));
    }
  }
  return { published: [...found[0]!, ...found[1]!], created: [...found[2]!, ...found[3]!], modified: found[4]! };
}
