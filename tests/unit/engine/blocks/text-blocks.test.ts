import { afterEach, describe, expect, it } from 'vitest';
import { isReadable, positionAt, textBlocks, type WalkOptions } from '../../../../engine/blocks/text-blocks';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The texts of the blocks under `root`, in the order the walk yields them. */
const texts = (root: Node = document.body, options?: WalkOptions) => [...textBlocks(root, options)].map((b) => b.text);

describe('textBlocks', () => {
  it('joins a name split over inline elements into one block', () => {
    document.body.innerHTML = '<p>Ilya <b>Suts<i>kever</i></b> und <a href="#">Jan</a> <span>Leike</span></p>';
    expect(texts()).toEqual(['Ilya Sutskever und Jan Leike']);
  });

  it('separates paragraphs, list items, table cells and line breaks', () => {
    document.body.innerHTML =
      '<p>Sam</p><p>Altman</p><ul><li>Jan</li><li>Leike</li></ul>' +
      '<table><tr><td>Jakub</td><td>Pachocki</td></tr></table><div>Ilya<br>Sutskever</div>';
    expect(texts()).toEqual(['Sam', 'Altman', 'Jan', 'Leike', 'Jakub', 'Pachocki', 'Ilya', 'Sutskever']);
  });

  it('skips scripts, styles, text fields, inputs and editable content', () => {
    document.body.innerHTML =
      '<p>before</p><script>var s = "Sam Altman";</script><style>.altman {}</style>' +
      '<textarea>Jan Leike</textarea><input value="Ilya Sutskever"><div contenteditable="true">Jakub <b>Pachocki</b></div>' +
      '<div contenteditable="false">read me</div><p>after</p>';
    expect(texts()).toEqual(['before', 'read me', 'after']);
  });

  it('walks open shadow roots and reports them', () => {
    document.body.innerHTML = '<p>light</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Sam <b>Altman</b> im Schatten</p>';
    const seen: ShadowRoot[] = [];
    expect(texts(document.body, { onShadowRoot: (root) => seen.push(root) })).toEqual([
      'light',
      'Sam Altman im Schatten',
    ]);
    expect(seen).toEqual([shadow]);
  });

  it('walks the open shadow root of the element it starts from', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Jan <b>Leike</b></p>';
    host.append('light');
    document.body.append(host);
    expect(texts(host)).toEqual(['light', 'Jan Leike']);
  });

  it('leaves out elements the caller ignores', () => {
    document.body.innerHTML = '<p>page</p><my-card><p>Sam Altman</p></my-card>';
    expect(texts(document.body, { ignore: (el) => el.localName === 'my-card' })).toEqual(['page']);
  });

  it("reads only the root's own text when asked, ending it at the blocks nested in it", () => {
    document.body.innerHTML =
      '<div id="root">Sam <b>Altman</b><p>Jan Leike</p>Ilya <i>Sutskever</i><script>x</script> left</div>';
    const root = document.getElementById('root')!;
    expect(texts(root, { ownTextOnly: true })).toEqual(['Sam Altman', 'Ilya Sutskever left']);
    expect(texts(root)).toEqual(['Sam Altman', 'Jan Leike', 'Ilya Sutskever left']);
  });

  it('walks 10,000 nested elements without overflowing the stack', () => {
    // Detached: happy-dom itself recurses when it connects a tree this deep to the document.
    for (const tag of ['div', 'span']) {
      const root = document.createElement('div');
      let deepest: HTMLElement = root;
      for (let i = 0; i < 10_000; i++) deepest = deepest.appendChild(document.createElement(tag));
      deepest.textContent = 'Jan Leike';
      expect(texts(root)).toEqual(['Jan Leike']);
    }
  });
});

describe('positionAt', () => {
  it('maps block offsets back to text nodes and offsets in them', () => {
    document.body.innerHTML = '<p>Ilya <b>Sutskever</b> left</p>';
    const [block] = [...textBlocks(document.body)];
    const bold = document.querySelector('b')!.firstChild;
    expect(positionAt(block!, 0)).toMatchObject({ node: document.querySelector('p')!.firstChild, offset: 0 });
    expect(positionAt(block!, 7)).toMatchObject({ node: bold, offset: 2 });
    // A start at a node boundary belongs to the next node, an end to the one before.
    expect(positionAt(block!, 5)).toMatchObject({ node: bold, offset: 0 });
    expect(positionAt(block!, 14, true)).toMatchObject({ node: bold, offset: 9 });
    expect(positionAt(block!, 14)).toMatchObject({ node: document.querySelector('p')!.lastChild, offset: 0 });
  });
});

describe('isReadable, asked of many nodes of one deep page', () => {
  it('answers as when asked alone, walking each ancestor once', () => {
    document.body.innerHTML =
      '<div id="outer"><span><textarea></textarea><i id="deep"><b id="deeper">x</b></i></span></div><div contenteditable><p id="edited">y</p></div>';
    const known = new Map<Element, boolean>();
    const nodes = ['deeper', 'deep', 'outer', 'edited'].map((id) => document.getElementById(id)!);
    const alone = nodes.map((node) => isReadable(node));
    expect(alone).toEqual([true, true, true, false]);
    expect(nodes.map((node) => isReadable(node, {}, null, known))).toEqual(alone);
    // Asked again, the answers come from what is known.
    expect(known.get(document.body)).toBe(true);
    expect(nodes.map((node) => isReadable(node, {}, null, known))).toEqual(alone);
    document.body.innerHTML = '';
  });
});
