import type { PointerPage, Rect } from '../../../scripts/browser/highlights';

/** A page whose mouse buttons the test presses too: Playwright's and Puppeteer's mice both fit. */
export interface DraggingPage extends PointerPage {
  readonly mouse: PointerPage['mouse'] & { down(): Promise<void>; up(): Promise<void> };
}

/** Selects `text` inside the element with id `where` by dragging the mouse across it, as a reader does. */
export async function selectByDrag(page: DraggingPage, where: string, text: string): Promise<Rect> {
  const found = await page.evaluate(
    ([id, wanted]) => {
      const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const { x, y, width, height } = range.getBoundingClientRect();
        return { rect: { x, y, width, height }, viewportHeight: innerHeight };
      }
      return null;
    },
    [where, text] as const,
  );
  if (!found) throw new Error(`No "${text}" in #${where}`);
  const { rect, viewportHeight } = found;
  const middle = rect.y + rect.height / 2;
  await page.mouse.move(rect.x + 1, middle);
  await page.mouse.down();
  await page.mouse.move(rect.x + rect.width - 1, middle, { steps: 5 });
  await page.mouse.up();
  // The reader's pointer moves on to the context menu, off the name.
  await page.mouse.move(2, viewportHeight - 2);
  return rect;
}
