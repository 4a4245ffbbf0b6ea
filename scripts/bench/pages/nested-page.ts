import type { BenchPage } from './prose-page';
import { pageShell } from './page-shell';
import { seededRandom } from './prose';

const MENTION_EVERY = 250;

/**
 * `depth` elements each inside the previous one, alternately a <div> and a <span>, each with a line of
 * text, a full name every 250 levels. Built by the page's script: the HTML parser stops nesting at 512
 * levels. The inner <div>s are laid out inline: Chromium 156's renderer crashes, with or without the
 * extension, laying out 3,000 nested block boxes. The extension still reads each <div> as a block.
 */
export function nestedPage(depth: number): BenchPage {
  const random = seededRandom(5000);
  const lines: string[] = [];
  let mentions = 0;
  for (let level = 0; level < depth; level++) {
    const name = level % MENTION_EVERY === MENTION_EVERY - 1 ? ' Jakub Pachocki wrote' : '';
    if (name) mentions++;
    lines.push(`level ${level}${name} and the board met ${Math.floor(random() * 1000)} times `);
  }
  const script = `
    const lines = ${JSON.stringify(lines)};
    let parent = document.getElementById('root');
    lines.forEach((line, level) => {
      const element = document.createElement(level % 2 ? 'span' : 'div');
      element.append(line);
      parent.append(element);
      parent = element;
    });`;
  const title = `${depth} nested elements`;
  const body = '<style>div div { display: inline; }</style><main id="root"></main>';
  return { title, html: pageShell({ title, body, script }), mentions };
}
