import { pageShell } from './page-shell';
import { prose } from './prose';

export interface BenchPage {
  readonly title: string;
  readonly html: string;
  /** How many ranges the extension highlights once it has read the whole page. */
  readonly mentions: number;
}

/** A long article: `chars` of prose in paragraphs with inline markup, `mentions` names spread over it. */
export function prosePage(title: string, chars: number, mentions: number): BenchPage {
  const text = prose({ chars, mentions });
  return { title, html: pageShell({ title, body: `<article>${text.html}</article>` }), mentions: text.mentions };
}
