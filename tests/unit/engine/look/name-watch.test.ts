import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchForNames, type PageSnapshot } from '../../../../engine/look/name-watch';
import { createPrefilter, namePattern } from '../../../../engine/look/prefilter';
import { namedPeople } from '../../../../knowledge/names';

/*
 * The content script's watch decides whether a page ever pays for the engine: it must wake on every
 * way a name can reach the page, at once or later, and stay asleep on a page that names no one.
 * happy-dom implements MutationObserver and open shadow roots, so the watch runs as on a page.
 */

const prefilter = createPrefilter(namePattern(namedPeople));
let lifetime: AbortController;
let hits: (() => PageSnapshot | undefined)[];

/** Starts the watch on the current document. */
const watch = () => watchForNames(document, prefilter, (take) => hits.push(take), lifetime.signal);
/** Lets the MutationObserver deliver what changed. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A custom element whose open shadow root holds `html`. */
function host(html: string, tag = 'name-card'): HTMLElement {
  const element = document.createElement(tag);
  element.attachShadow({ mode: 'open' }).innerHTML = html;
  return element;
}

beforeEach(() => {
  hits = [];
  lifetime = new AbortController();
  document.body.innerHTML =
    '<main id="app"><p id="first">Rain at noon, then sun.</p><p id="second">Nothing <b>else</b> to report.</p></main>';
});

afterEach(() => {
  lifetime.abort();
  document.body.innerHTML = '';
});

describe('the name watch at the start', () => {
  it('stays asleep on a page that names no one', async () => {
    watch();
    await settle();
    expect(hits).toHaveLength(0);
  });

  it('wakes at once for a name in the page, and hands over what it read', () => {
    document.getElementById('first')!.textContent = 'Sam Alt\u00ADman spoke.';
    watch();
    expect(hits).toHaveLength(1);
    expect(hits[0]!()?.text).toContain('Sam Alt\u00ADman spoke.');
    // Once only.
    expect(hits[0]!()).toBeUndefined();
  });

  it('wakes at once for a name that is only in an open shadow root, nested ones too', () => {
    const outer = host('<div>Panel</div>', 'outer-card');
    outer.shadowRoot!.append(host('<span>Jan <b>Leike</b></span>'));
    document.body.append(outer);
    watch();
    expect(hits).toHaveLength(1);
    expect(hits[0]!()?.shadowRoots).toHaveLength(2);
  });

  it('hands over nothing when the page changed between the hit and the engine’s start', () => {
    document.getElementById('first')!.textContent = 'Jakub Pachocki spoke.';
    watch();
    document.getElementById('second')!.append(' More.');
    expect(hits[0]!()).toBeUndefined();
  });
});

describe('the name watch on a page that changes', () => {
  const cases: [string, () => void][] = [
    [
      'a paragraph with a name',
      () => document.getElementById('app')!.insertAdjacentHTML('beforeend', '<p>Ilya Sutskever left.</p>'),
    ],
    ['a chat line of text alone', () => document.getElementById('second')!.append(' says @sama')],
    [
      'a text node changed in place',
      () => ((document.getElementById('first')!.firstChild as Text).data = 'Jan Leike wrote.'),
    ],
    [
      'the rest of a name added in its own element',
      () => {
        (document.getElementById('first')!.firstChild as Text).data = 'Alt';
        document.getElementById('first')!.insertAdjacentHTML('beforeend', '<b>man</b>');
      },
    ],
    [
      'an element between the halves of a name removed',
      () => {
        document.getElementById('first')!.innerHTML = 'Pach<i>-</i>ocki';
      },
    ],
    [
      'a web component with a name in its shadow root',
      () => document.getElementById('second')!.append(host('Sam <b>Altman</b>')),
    ],
    [
      'a <div> that comes with its shadow root',
      () => {
        const box = document.createElement('div');
        box.attachShadow({ mode: 'open' }).innerHTML = '<p>Sam Altman</p>';
        document.body.append(box);
      },
    ],
    [
      'a new <body>',
      () => {
        const body = document.createElement('body');
        body.innerHTML = '<p>Then Jakub Pachocki was named.</p>';
        document.body.replaceWith(body);
      },
    ],
  ];

  for (const [what, change] of cases) {
    it(`wakes for ${what}`, async () => {
      watch();
      await settle();
      expect(hits).toHaveLength(0);
      change();
      await settle();
      // `Pach<i>-</i>ocki` is no name until the <i> goes.
      if (what.startsWith('an element between')) {
        expect(hits).toHaveLength(0);
        document.querySelector('#first i')!.remove();
        await settle();
      }
      expect(hits).toHaveLength(1);
      // A later hit hands over nothing: the engine reads the page afresh.
      expect(hits[0]!()).toBeUndefined();
    });
  }

  it('wakes for text changed inside a shadow root it has seen', async () => {
    const card = host('<span>Guest: <b>nobody</b></span>');
    document.getElementById('second')!.append(card);
    watch();
    await settle();
    (card.shadowRoot!.querySelector('b')!.firstChild as Text).data = 'Jan Leike';
    await settle();
    expect(hits).toHaveLength(1);
  });

  it('stays asleep through changes that bring no name, and after its signal aborts', async () => {
    watch();
    document.getElementById('first')!.textContent = 'Altitude and mantle.';
    document.getElementById('app')!.insertAdjacentHTML('beforeend', '<p>Samuel Jan Ilya</p>');
    await settle();
    expect(hits).toHaveLength(0);
    lifetime.abort();
    document.getElementById('app')!.insertAdjacentHTML('beforeend', '<p>Sam Altman</p>');
    await settle();
    expect(hits).toHaveLength(0);
  });
});
