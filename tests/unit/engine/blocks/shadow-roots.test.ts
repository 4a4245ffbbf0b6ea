import { afterEach, describe, expect, it } from 'vitest';
import { openShadowRoots } from '../../../../engine/blocks/shadow-roots';

/* Open shadow roots, found with one native selector rather than a visit to every element. */

afterEach(() => {
  document.body.innerHTML = '';
});

function attach(host: Element, html: string): ShadowRoot {
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = html;
  return shadow;
}

describe('openShadowRoots', () => {
  it('finds those of custom elements and of empty standard hosts, nested ones too, outer first', () => {
    document.body.innerHTML =
      '<p>Text <name-tag></name-tag></p><div id="empty"></div><section><quote-card></quote-card></section>';
    const tag = attach(document.querySelector('name-tag')!, '<b>x</b>');
    const empty = attach(document.getElementById('empty')!, '<p>y</p>');
    const quote = attach(document.querySelector('quote-card')!, '<p>z <inner-tag></inner-tag></p>');
    const inner = attach(quote.querySelector('inner-tag')!, '<i>w</i>');
    expect(openShadowRoots(document)).toEqual([tag, empty, quote, inner]);
  });

  it('finds the root’s own, and ignores closed ones', () => {
    const box = document.createElement('div');
    const own = attach(box, '<p>own</p>');
    box.append(document.createElement('span'));
    document.createElement('closed-tag').attachShadow({ mode: 'closed' });
    expect(openShadowRoots(box)).toEqual([own]);
  });

  it('leaves out a standard element that hosts one and has light children too (read when it changes)', () => {
    document.body.innerHTML = '<div id="host"><span>light</span></div>';
    attach(document.getElementById('host')!, '<slot></slot>');
    expect(openShadowRoots(document)).toEqual([]);
  });
});
