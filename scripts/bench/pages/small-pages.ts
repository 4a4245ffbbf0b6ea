import { pageShell } from './page-shell';
import type { BenchPage } from './prose-page';
import { prose } from './prose';

/** The article of the small pages: about 3 KB of prose, naming no one. */
const ARTICLE = prose({ chars: 3_000, mentions: 0, seed: 3 }).html;

/** A small article without a name: what most pages a reader opens are like. */
export function smallPage(): BenchPage {
  const title = 'Small page without names';
  return { title, html: pageShell({ title, body: `<article>${ARTICLE}</article>` }), mentions: 0 };
}

/** The small article with `frames` same-origin frames, each showing `frameUrl` (the small page again). */
export function framedPage(frames: number, frameUrl: string): BenchPage {
  const title = `Small page with ${frames} frames`;
  const style = '<style>iframe { display: block; width: 100%; height: 8em; border: 0; }</style>';
  const iframes = Array.from({ length: frames }, () => `<iframe src="${frameUrl}"></iframe>`).join('');
  return { title, html: pageShell({ title, body: `${style}<article>${ARTICLE}</article>${iframes}` }), mentions: 0 };
}
