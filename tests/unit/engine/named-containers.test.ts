import { afterEach, describe, expect, it } from 'vitest';
import { namedContainers } from '../../../engine/named-containers';
import { createPrefilter, namePattern } from '../../../engine/prefilter';
import { namedPeople } from '../../../knowledge/names';

/*
 * Where the engine builds blocks: only the block containers whose text the prefilter hits, found by
 * mapping its hits in the subtree's text onto the text nodes.
 */

const prefilter = createPrefilter(namePattern(namedPeople));
const ids = (root: Node) => namedContainers(root, prefilter, {}).map((node) => (node as Element).id || node.nodeName);

afterEach(() => {
  document.body.innerHTML = '';
});

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
});
