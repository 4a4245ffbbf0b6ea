import { afterEach, describe, expect, it } from 'vitest';
import { compareInDocument } from '../../../../engine/blocks/document-order';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('compareInDocument', () => {
  it('orders nodes as the page shows them, shadow roots at their host', () => {
    document.body.innerHTML = '<p id="a">a</p><div id="host"><span id="light">light</span></div><p id="z">z</p>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="in">in</p>';
    const [a, light, z] = ['a', 'light', 'z'].map((id) => document.getElementById(id)!) as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    const inside = shadow.getElementById('in')!;
    const order: Node[] = [z, inside, light, host, a, shadow];
    order.sort(compareInDocument);
    expect(order).toEqual([a, host, shadow, inside, light, z]);
    expect(compareInDocument(a, a)).toBe(0);
  });

  it('cannot order nodes of different documents', () => {
    const other = document.implementation.createHTMLDocument('other');
    expect(compareInDocument(document.body, other.body)).toBe(0);
  });
});
