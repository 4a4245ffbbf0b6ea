import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { people } from '../../knowledge/people';
import { escapeRegExp } from '../../engine/text/name-pattern';

/**
 * A peer for the extension, timed the same way: the plainest highlighter extension there is. Its content
 * script runs at document_idle, walks every text node of <body> once with one regular expression of
 * the four full names, and highlights each match with the Custom Highlight API. It reads no block
 * across elements, no shadow root, no change, and shows no card: a lower bound for an extension that
 * marks names at all.
 */
const CONTENT_SCRIPT = `(() => {
  const names = new RegExp(${JSON.stringify(people.map((p) => escapeRegExp(p.name)).join('|'))}, 'gi');
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    names.lastIndex = 0;
    for (let m = names.exec(text); m; m = names.exec(text)) {
      highlight.add(new StaticRange({ startContainer: node, startOffset: m.index, endContainer: node, endOffset: m.index + m[0].length }));
    }
  }
  if (!highlight.size) return;
  CSS.highlights.set('plain-highlighter', highlight);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(plain-highlighter) { text-decoration: underline dotted; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
})();`;

/** Writes the plain highlighter as an unpacked extension into `dir` and returns the folder. */
export function writePlainHighlighter(dir: string): string {
  const extension = join(dir, 'plain-highlighter');
  mkdirSync(extension, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Plain highlighter (bench peer)',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*'], all_frames: true, run_at: 'document_idle', js: ['content.js'] }],
  };
  writeFileSync(join(extension, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(extension, 'content.js'), CONTENT_SCRIPT);
  return extension;
}
