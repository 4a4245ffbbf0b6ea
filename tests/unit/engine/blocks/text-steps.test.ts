import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../../engine/blocks/text-blocks';
import { ANCHOR_EVERY, stepsOf, textNodeAt } from '../../../../engine/blocks/text-steps';

describe('stepsOf and textNodeAt', () => {
  it('find each text node of a block again from its first, past the text the blocks leave out', () => {
    document.body.innerHTML =
      '<p>Heute <b>schrieb</b><script>var x = "Altman";</script> Sam <em>Alt<i>man</i></em>, <textarea>Notiz</textarea>dann ging er.</p>';
    const [block] = [...textBlocks(document.body)];
    const { steps, anchors } = stepsOf(block!);
    // The script's and the field's text are walked over, never read.
    expect(steps).toEqual([0, 1, 3, 4, 5, 6, 8]);
    // It starts at its container's first text node: found again from the container, no node kept.
    expect(anchors).toBeUndefined();
    block!.nodes.forEach((node, i) => expect(textNodeAt(block!.container, anchors, steps[i]!)).toBe(node));
    document.body.innerHTML = '';
  });

  it('counts within the block container, and in a shadow root', () => {
    document.body.innerHTML = '<div><p>Jan <b>Leike</b></p><p>Ilya <b>Sutskever</b></p></div>';
    const host = document.createElement('span');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Jakub <i>Pachocki</i> antwortete</p>';
    document.body.append(host);
    for (const block of textBlocks(document.body)) {
      const { steps, anchors } = stepsOf(block);
      expect(steps.every((step, i) => step >= i)).toBe(true);
      block.nodes.forEach((node, i) => expect(textNodeAt(block.container, anchors, steps[i]!)).toBe(node));
    }
    document.body.innerHTML = '';
  });

  it('keeps an anchor every so many steps in a long block, so that no walk is longer', () => {
    const spans = Array.from({ length: 150 }, (_, i) => `<span>Altman ${i}</span> `).join('');
    document.body.innerHTML = `<div>${spans}</div>`;
    const [block] = [...textBlocks(document.body)];
    const { steps, anchors } = stepsOf(block!);
    expect(block!.nodes).toHaveLength(300);
    expect(anchors).toHaveLength(Math.ceil(300 / ANCHOR_EVERY));
    block!.nodes.forEach((node, i) => expect(textNodeAt(block!.container, anchors, steps[i]!)).toBe(node));
    document.body.innerHTML = '';
  });

  it('answers the anchor when the page changed so that the walk ends early', () => {
    document.body.innerHTML = '<p>Sam <b>Altman</b></p>';
    const [block] = [...textBlocks(document.body)];
    const { steps, anchors } = stepsOf(block!);
    document.querySelector('b')!.remove();
    expect(textNodeAt(block!.container, anchors, steps[1]!)).toBe(block!.nodes[0]);
    document.body.innerHTML = '';
  });

  it('keeps the first node of a block that starts later in its container', () => {
    document.body.innerHTML = '<div>Vorwort<p>Sam <b>Altman</b></p>und dann <i>Jan</i> Leike</div>';
    const blocks = [...textBlocks(document.body)];
    const last = blocks.find((block) => block.nodes[0]!.data === 'und dann ')!;
    const { steps, anchors } = stepsOf(last);
    expect(anchors).toBe(last.nodes[0]);
    last.nodes.forEach((node, i) => expect(textNodeAt(last.container, anchors, steps[i]!)).toBe(node));
    document.body.innerHTML = '';
  });

  it('answers an empty text node of no document when the container has no text left', () => {
    document.body.innerHTML = '<p>Sam <b>Altman</b></p>';
    const [block] = [...textBlocks(document.body)];
    const { steps, anchors } = stepsOf(block!);
    (block!.container as Element).replaceChildren();
    const node = textNodeAt(block!.container, anchors, steps[1]!);
    expect(node.nodeType).toBe(Node.TEXT_NODE);
    expect(node.data).toBe('');
    expect(node.isConnected).toBe(false);
    document.body.innerHTML = '';
  });
});
