import { Window } from 'happy-dom';
import { textBlocks } from '../../engine/blocks/text-blocks';

/**
 * The text blocks of an HTML document, read the way the content script reads a page: `textBlocks` from
 * the body. DOMParser builds the tree without running scripts or loading anything.
 */
export async function htmlBlockTexts(html: string): Promise<string[]> {
  const window = new Window();
  // text-blocks reads the node-type constants from the global `Node`, as it finds them in a page.
  globalThis.Node ??= window.Node as unknown as typeof Node;
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    return [...textBlocks(document.body as unknown as Node)].map((block) => block.text);
  } finally {
    await window.happyDOM.close();
  }
}
