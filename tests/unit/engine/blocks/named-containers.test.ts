import { afterEach, describe, expect, it, vi } from 'vitest';
import { namedContainers } from '../../../../engine/blocks/named-containers';
import { createPrefilter, namePattern } from '../../../../engine/look/prefilter';
import { blockContainerOf, isReadable } from '../../../../engine/blocks/text-blocks';
import { namedPeople } from '../../../../knowledge/names';

/*
 * Where the engine builds blocks: only the block containers whose text the prefilter hits, found by
 * mapping its hits in the subtree's text onto the text nodes.
 */

const prefilter = createPrefilter(namePattern(namedPeople));
const ids = (root: Node) => namedContainers(root, prefilter, {}).map((node) => (node as Element).id || node.nodeName);

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** The containers by the plain way: every text node's offset in the text, from the lengths before it. */
function reference(root: Node): Node[] {
  const top = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).body : root;
  const spans = prefilter.find(top.textContent ?? '');
  const containers = new Set<Node>();
  const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const end = at + (node as Text).length;
    if (spans.some(([start, stop]) => start < end && stop > at)) {
      const block = blockContainerOf(node);
      if (isReadable(block) && isReadable(node, {}, block)) containers.add(block);
    }
    at = end;
  }
  return [...containers];
}

/** A random page of blocks, inline elements, comments and names, from `seed`. */
function randomPage(seed: number): string {
  let state = seed;
  const random = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
  const words = ['Rain ', 'Sam ', 'Altman', 'Alt', 'man ', 'Leike', ' ', '', 'Jakub Pachocki', 'x', '\u00AD'];
  const tags = ['p', 'div', 'section', 'b', 'i', 'span', 'a'];
  const node = (depth: number): string => {
    const kind = random(depth > 5 ? 3 : 5);
    if (kind === 0) return words[random(words.length)]!;
    if (kind === 1) return random(4) ? words[random(words.length)]! : '<!-- Sam Altman -->';
    if (kind === 2) return random(3) ? words[random(words.length)]! : '<script>"Jan Leike"</script>';
    const tag = tags[random(tags.length)]!;
    const children = Array.from({ length: random(5) }, () => node(depth + 1)).join('');
    return `<${tag}>${children}</${tag}>`;
  };
  return Array.from({ length: 1 + random(6) }, () => node(0)).join('');
}

describe('namedContainers', () => {
  it('gives the blocks that may name someone, in document order, and no other', () => {
    document.body.innerHTML =
      '<h1 id="title">News</h1><p id="a">Rain.</p><p id="b">Then <b>Sam</b> Alt<i>man</i> spoke.</p>' +
      '<ul><li id="c">Cake</li><li id="d">With Jan Leike</li></ul><p id="e">Sun.</p><p id="f">@sama and Robert Altman</p>';
    expect(ids(document)).toEqual(['b', 'd', 'f']);
  });

  it('finds a name spread over text nodes, with an invisible character inside', () => {
    document.body.innerHTML = '<p id="a">Filler.</p><div id="b">Suts<wbr>\u00ADkever <span>wrote</span></div>';
    expect(ids(document)).toEqual(['b']);
  });

  it('maps hits past comments, empty elements and deep last children onto the right blocks', () => {
    const deep = '<div>'.repeat(40) + '<p id="deep">Jakub Pachocki</p>' + '</div>'.repeat(40);
    document.body.innerHTML =
      '<!-- Sam Altman --><p id="a">Rain<!-- Jan Leike --><span></span>.</p><div><p id="b">Sam Altman</p><!-- x --></div>' +
      deep +
      '<section><p id="c">Sun</p><p id="d">Ilya <b></b>Sutskever</p></section><p id="e">Jan Leike</p>';
    expect(ids(document)).toEqual(['b', 'deep', 'd', 'e']);
  });

  it('leaves out text the engine never reads: scripts, styles, fields, editors', () => {
    document.body.innerHTML =
      '<script>var s = "Sam Altman";</script><style>/* Jan Leike */</style><textarea>Ilya Sutskever</textarea>' +
      '<div id="e" contenteditable="true">Jakub Pachocki</div><p id="in">In <span contenteditable>Jan Leike</span></p><p id="ok">Jakub Pachocki</p>';
    expect(ids(document)).toEqual(['ok']);
  });

  it('reads a shadow root or an element as its own subtree, and uses text given to it', () => {
    const host = document.createElement('news-card');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="in">Jan Leike</p><p>Rain</p>';
    document.body.append(host);
    expect(ids(shadow)).toEqual(['in']);
    expect(ids(document)).toEqual([]);
    // Text the caller read already: the offsets are the document's, the hits those of the text given.
    document.body.innerHTML = '<p id="x">Sam Altman</p><p id="y">Rain</p>';
    expect(namedContainers(document, prefilter, {}, document.body.textContent!).map((n) => (n as Element).id)).toEqual([
      'x',
    ]);
  });

  it('finds what a walk over every text node finds, on random pages', () => {
    for (let seed = 1; seed <= 400; seed++) {
      document.body.innerHTML = randomPage(seed);
      expect(namedContainers(document, prefilter, {}), document.body.innerHTML).toEqual(reference(document));
    }
  });

  it('reads only the elements on the way to a hit, each once, and walks no text node', () => {
    const rain = '<p>Rain <b>falls</b> on <i>the <span>plain</span></i>.</p>';
    document.body.innerHTML = `<article>${rain.repeat(150)}<p id="hit">Rain on <b>Jan</b> Leike.</p>${rain.repeat(150)}</article>`;
    const walks = vi.spyOn(document, 'createTreeWalker');
    const read = new Set<Node>();
    let reads = 0;
    const textContent = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
    vi.spyOn(Node.prototype, 'textContent', 'get').mockImplementation(function (this: Node) {
      reads++;
      read.add(this);
      return textContent.get!.call(this) as string;
    });
    expect(ids(document)).toEqual(['hit']);
    expect(walks).not.toHaveBeenCalled();
    // The body's own text, and each paragraph's up to the hit and past it; none of their inline elements.
    expect(reads).toBeLessThanOrEqual(1 + 301);
    expect(reads).toBe(read.size);
    expect([...read].filter((node) => node.nodeName !== 'P' && node.nodeName !== 'BODY')).toEqual([]);
  });

  it('falls back to one walk where descending would read the same text at every level', () => {
    // Each level's first child is the long branch, so each level would read all the text below it.
    let html = '<p id="deep">Sam Altman</p>';
    for (let level = 0; level < 200; level++) html = `<div>${html}<span>and more rain</span></div>`;
    document.body.innerHTML = html + '<p id="end">Jan Leike</p>';
    const walks = vi.spyOn(document, 'createTreeWalker');
    expect(ids(document)).toEqual(['deep', 'end']);
    expect(walks).toHaveBeenCalledTimes(1);
  });

  it('walks the text nodes of a subtree deeper than a page needs, past the levels it descends', () => {
    // The bench's nested page: each level a line of text and the next level, thousands deep.
    let parent: Element = document.body;
    for (let level = 0; level < 300; level++) {
      const element = document.createElement(level % 2 ? 'span' : 'div');
      element.id = `l${level}`;
      element.append(`level ${level}${level === 10 || level === 250 ? ' Jan Leike wrote' : ''} `);
      parent.append(element);
      parent = element;
    }
    const walks = vi.spyOn(document, 'createTreeWalker');
    expect(ids(document)).toEqual(['l10', 'l250']);
    expect(walks).toHaveBeenCalledTimes(1);
    expect(walks.mock.calls[0]![0]).not.toBe(document.body);
    expect(namedContainers(document, prefilter, {})).toEqual(reference(document));
  });
});
