import { firstIndexWhere } from '../../utils/binary-search';

/**
 * The page's text, read as blocks: the text of a block element's inline descendants joined into one
 * string with a map back to the text nodes, so that "Ilya <b>Sutskever</b>" reads as one name while a
 * paragraph, list item, table cell or `<br>` ends one block and starts another.
 */
export interface TextBlock {
  /** The block element (or shadow root, or document) that holds the text. */
  readonly container: Node;
  readonly text: string;
  readonly nodes: readonly Text[];
  /** Where each node's text starts in `text`. */
  readonly starts: readonly number[];
}

export interface NodePosition {
  readonly node: Text;
  /** The node's index in the block's `nodes`. */
  readonly index: number;
  readonly offset: number;
}

// Elements that flow inside a line; every other element starts a new block.
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

// Text nobody reads as prose, or that the user is editing.
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'head',
  'title',
]);

export interface WalkOptions {
  /** Elements the walk never enters, such as the extension's own card. */
  readonly ignore?: (element: Element) => boolean;
  /** Called with each open shadow root the walk enters, so that a caller can watch it. */
  readonly onShadowRoot?: (root: ShadowRoot) => void;
  /** Called with every block container the walk enters, whether or not it yields text. */
  readonly onContainer?: (container: Node) => void;
  /**
   * Reads only the root's own text, leaving out the block elements nested in it: after a change to
   * that text, the blocks around the change stay as they were read. Shadow roots are read in full.
   */
  readonly ownTextOnly?: boolean;
}

// Read from the attribute: `isContentEditable` makes Chromium recalculate style.
function isEditingHost(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

export const isInline = (element: Element) => INLINE.has(element.localName) || element.localName.includes('-');

/** Whether the walk leaves `element` and everything in it unread. */
export function isSkipped(element: Element, options: WalkOptions = {}): boolean {
  return SKIPPED.has(element.localName) || isEditingHost(element) || (options.ignore?.(element) ?? false);
}

/** Whether `node` is an element that starts a block of its own. */
export function isBlockElement(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element);
}

/** The block element that holds `node`'s text: the nearest ancestor that is not inline. */
export function blockContainerOf(node: Node): Node {
  let current: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (current && current.nodeType === Node.ELEMENT_NODE && isInline(current as Element))
    current = current.parentNode;
  return current ?? node;
}

/**
 * Whether the walk reads text under `node` at all (not inside a script, a field or an editor); with
 * `upTo`, only the ancestors below that one are asked. `known` keeps the answers for elements met on
 * the way, so that checks of many nodes in one deep page walk each ancestor once.
 */
export function isReadable(
  node: Node,
  options: WalkOptions = {},
  upTo: Node | null = null,
  known?: Map<Element, boolean>,
): boolean {
  const met: Element[] = [];
  let readable = true;
  for (
    let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    el && el !== upTo;
    el = el.parentElement
  ) {
    const answer = known?.get(el);
    if (answer !== undefined) {
      readable = answer;
      break;
    }
    met.push(el);
    if (isSkipped(el, options)) {
      readable = false;
      break;
    }
  }
  // Below `upTo` the answer holds for this stretch only.
  if (known && !upTo) for (const el of met) known.set(el, readable);
  return readable;
}

/**
 * The text that `textBlocks(root, { ownTextOnly: true })` reads, as one string: that of `root`'s inline
 * descendants in order, nested blocks and unread elements left out (each ends a stretch with a line
 * break, and goes to `onBlock`). The open shadow roots met on the way, which that walk reads too, go to
 * `onShadowRoot`.
 */
export function ownTextOf(
  root: Node,
  onShadowRoot?: (shadow: ShadowRoot) => void,
  onBlock?: (element: Element) => void,
): string {
  let text = '';
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      text += (node as CharacterData).data;
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (isInline(element) && !isSkipped(element)) {
        if (element.shadowRoot) onShadowRoot?.(element.shadowRoot);
        descend = element.firstChild !== null;
      } else {
        text += '\n';
        onBlock?.(element);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return text;
}

/** The outermost block elements under `node`, reached through inline elements: its own text leaves them out. */
export function outermostBlocks(node: Node): Element[] {
  const blocks: Element[] = [];
  const stack =
    node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE
      ? [...(node as ParentNode).children].reverse()
      : [];
  while (stack.length) {
    const element = stack.pop()!;
    if (isBlockElement(element)) blocks.push(element);
    else stack.push(...[...element.children].reverse());
  }
  return blocks;
}

class BlockBuilder {
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private hasLetters = false;

  add(node: Text): void {
    const data = node.data;
    if (!data) return;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
    this.hasLetters ||= /\S/.test(data);
  }

  take(container: Node): TextBlock | undefined {
    const block = this.hasLetters
      ? { container, text: this.parts.join(''), nodes: this.nodes, starts: this.starts }
      : undefined;
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    this.hasLetters = false;
    return block;
  }
}

/**
 * Yields the text blocks under `root` in document order, then those of the open shadow roots found
 * on the way. Iterative, so that pages nested thousands of levels deep cannot overflow the stack, and
 * lazy, so that a caller can spread a large page over several tasks.
 */
export function* textBlocks(root: Node, options: WalkOptions = {}): Generator<TextBlock, void, undefined> {
  const roots: Node[] = [root];
  // The walk meets shadow roots on their hosts' parents; a root that is a host itself (a <div> added
  // with its shadow root already attached) has its own read after it.
  const ownShadow = root.nodeType === Node.ELEMENT_NODE ? (root as Element).shadowRoot : null;
  if (ownShadow) {
    options.onShadowRoot?.(ownShadow);
    roots.unshift(ownShadow);
  }
  const builder = new BlockBuilder();
  while (roots.length) {
    const top = roots.pop()!;
    const containers: Node[] = [top.nodeType === Node.ELEMENT_NODE ? top : blockContainerOf(top)];
    options.onContainer?.(containers[0]!);
    const flush = () => builder.take(containers[containers.length - 1]!);

    if (top.nodeType === Node.TEXT_NODE) {
      builder.add(top as Text);
      const block = flush();
      if (block) yield block;
      continue;
    }
    let node: Node | null = top.firstChild;
    while (node) {
      let descend = false;
      if (node.nodeType === Node.TEXT_NODE) {
        builder.add(node as Text);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        if (element.localName === 'br') {
          const block = flush();
          if (block) yield block;
        } else if (options.ownTextOnly && top === root && !isInline(element) && !isSkipped(element, options)) {
          // A nested block still ends the text before it.
          const block = flush();
          if (block) yield block;
        } else if (!isSkipped(element, options)) {
          if (element.shadowRoot) {
            options.onShadowRoot?.(element.shadowRoot);
            roots.push(element.shadowRoot);
          }
          if (!isInline(element)) {
            const block = flush();
            if (block) yield block;
            containers.push(element);
            options.onContainer?.(element);
          }
          descend = element.firstChild !== null;
          if (!descend && containers[containers.length - 1] === element) containers.pop();
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Climb until a sibling follows, closing the blocks we leave.
      while (node && node !== top && !node.nextSibling) {
        node = node.parentNode;
        if (node && node === containers[containers.length - 1] && node !== top) {
          const block = flush();
          if (block) yield block;
          containers.pop();
        }
      }
      node = node && node !== top ? node.nextSibling : null;
    }
    const block = flush();
    if (block) yield block;
  }
}

/**
 * Whether the page still holds `block` as it was read: its container and text nodes in the document, their
 * text unchanged. A block read before a change of the page is marked only if so.
 */
export function isUnchanged(block: TextBlock): boolean {
  const { container, nodes, starts, text } = block;
  return (
    container.isConnected &&
    nodes.every((node, i) => node.isConnected && node.data === text.slice(starts[i], starts[i + 1] ?? text.length))
  );
}

/**
 * The text node and offset of a position in a block's text. An end position (`atEnd`) at a node
 * boundary stays in the earlier node, so that a range ends where its text does.
 */
export function positionAt(block: Pick<TextBlock, 'nodes' | 'starts'>, offset: number, atEnd = false): NodePosition {
  const { starts, nodes } = block;
  const past = firstIndexWhere(starts.length, (i) => (atEnd ? starts[i]! >= offset : starts[i]! > offset));
  const lo = Math.max(0, past - 1);
  return { node: nodes[lo]!, index: lo, offset: offset - starts[lo]! };
}
