import type { BenchPage } from './prose-page';
import { pageShell } from './page-shell';
import { seededRandom } from './prose';

const CHUNK_CHARS = 65_000;

/**
 * One text node of `chars` characters: a chunk of plain prose with one full name, repeated. Built by
 * the page's script, since the HTML parser splits long text into nodes of 65,536 characters.
 */
export function hugeTextPage(chars: number): BenchPage {
  const random = seededRandom(10);
  const words = ['the', 'board', 'met', 'again', 'and', 'a', 'model', 'was', 'trained', 'over', 'winter'];
  const parts: string[] = [];
  let length = 0;
  while (length < CHUNK_CHARS) {
    const word = words[Math.floor(random() * words.length)]!;
    parts.push(word);
    length += word.length + 1;
    if (parts.length === 500) {
      parts.push('wrote Sam Altman and');
      length += 20;
    }
  }
  const chunk = `${parts.join(' ')}. `;
  const repeats = Math.ceil(chars / chunk.length);
  const script = `document.getElementById('huge').append(${JSON.stringify(chunk)}.repeat(${repeats}));`;
  const title = `One text node of ${Math.round((chunk.length * repeats) / 1e6)} MB`;
  return { title, html: pageShell({ title, body: '<p id="huge"></p>', script }), mentions: repeats };
}
