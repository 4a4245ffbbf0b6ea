import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNearScreen, RUN } from '../../../../engine/marks/near-screen';

/*
 * How many elements the near-screen index observes: every frame that lays out recomputes each, so past a
 * run's length only the probes of far runs are. The observer records its targets and reports as the test
 * says; whether a real browser's boxes bring runs in is the e2e tests' (chromium-on-demand, -dynamic).
 */

const observers: Recording[] = [];
class Recording {
  readonly targets = new Set<Element>();
  constructor(
    readonly report: (entries: Partial<IntersectionObserverEntry>[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    observers.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
}

/**
 * A near-screen index whose containers are shown and hidden as the mention index would: `show` before
 * telling it of a container's first shown mention, `hide` after its last left.
 */
function nearScreen(onChange: (entered: Node[], left: Node[]) => void = () => {}) {
  const shown = new Set<Node>();
  const near = createNearScreen(new AbortController().signal, onChange, {
    hasShown: (container) => shown.has(container),
    shownContainers: () => shown,
  });
  const show = (container: Node) => {
    shown.add(container);
    near.add(container);
  };
  const hide = (container: Node) => {
    shown.delete(container);
    near.remove(container);
  };
  return { near, show, hide };
}

const box = (top: number) => ({ top, bottom: top + 10, width: 100, height: 10 }) as DOMRectReadOnly;
const seen = (target: Element, where: 'above' | 'near' | 'below') => ({
  target,
  isIntersecting: where === 'near',
  boundingClientRect: box(where === 'above' ? -5000 : where === 'near' ? 0 : 5000),
  rootBounds: { top: -3000 } as DOMRectReadOnly,
});

describe('createNearScreen', () => {
  beforeEach(() => {
    observers.length = 0;
    vi.stubGlobal('IntersectionObserver', Recording);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('observes the probes of far runs and the elements of near ones only', async () => {
    const paragraphs = Array.from({ length: 10 * RUN }, () => document.body.appendChild(document.createElement('p')));
    const changes: [Node[], Node[]][] = [];
    const { near, show } = nearScreen((entered, left) => changes.push([entered, left]));
    for (const p of paragraphs) show(p);
    near.watch();
    await Promise.resolve();
    const [fine, probes] = observers as [Recording, Recording];
    // Nothing seen yet: one probe a run (and the last element), no element observed for itself.
    expect(probes.targets.size).toBe(11);
    expect(fine.targets.size).toBe(0);

    // The screen is at the third run: its probe and the next are near, the others far.
    probes.report(
      [...probes.targets].map((p) => {
        const at = paragraphs.indexOf(p as HTMLParagraphElement);
        return seen(p, at < 2 * RUN ? 'above' : at <= 3 * RUN ? 'near' : 'below');
      }),
    );
    // The runs on either side of a near probe: the second and the third.
    expect([...fine.targets]).toEqual(paragraphs.slice(RUN, 4 * RUN + 1));
    fine.report([seen(paragraphs[2 * RUN + 3]!, 'near')]);
    expect(near.nearContainers()).toEqual([paragraphs[2 * RUN + 3]]);

    // A scroll to the end: the run there wakes, the third sleeps and its near element leaves.
    // (Each probe on the way reports as it passes the screen.)
    probes.report([
      ...[2, 3, 4, 5, 6, 7, 8].map((run) => seen(paragraphs[run * RUN]!, 'above')),
      seen(paragraphs[9 * RUN]!, 'near'),
      seen(paragraphs[10 * RUN - 1]!, 'near'),
    ]);
    expect([...fine.targets]).toEqual(paragraphs.slice(8 * RUN));
    expect(changes.at(-1)).toEqual([[], [paragraphs[2 * RUN + 3]]]);
  });

  it('keeps the runs in page order as elements come and go anywhere', async () => {
    const paragraphs = Array.from({ length: 2 * RUN }, () => document.body.appendChild(document.createElement('p')));
    const { near, show, hide } = nearScreen();
    near.watch();
    for (const p of paragraphs.slice(1)) show(p);
    await Promise.resolve();
    const [, probes] = observers as [Recording, Recording];
    expect([...probes.targets]).toEqual([paragraphs[1], paragraphs[RUN + 1], paragraphs[2 * RUN - 1]]);
    // The first paragraph, added last, starts the first run; the run's probes move with it.
    show(paragraphs[0]!);
    hide(paragraphs[2 * RUN - 1]!);
    await Promise.resolve();
    expect(new Set(probes.targets)).toEqual(new Set([paragraphs[0], paragraphs[RUN], paragraphs[2 * RUN - 2]]));
  });

  it('wakes a run taller than the margin whose probes are on either side of the screen', async () => {
    const paragraphs = Array.from({ length: 3 * RUN }, () => document.body.appendChild(document.createElement('p')));
    const { near, show } = nearScreen();
    for (const p of paragraphs) show(p);
    near.watch();
    await Promise.resolve();
    const [fine, probes] = observers as [Recording, Recording];
    probes.report([
      seen(paragraphs[0]!, 'above'),
      seen(paragraphs[RUN]!, 'above'),
      seen(paragraphs[2 * RUN]!, 'below'),
      seen(paragraphs[3 * RUN - 1]!, 'below'),
    ]);
    expect([...fine.targets]).toEqual(paragraphs.slice(RUN, 2 * RUN + 1));
  });

  it('counts a few elements shown after it started watching as near until the observer first reports them', async () => {
    const paragraphs = Array.from({ length: 2 * RUN + 3 }, () =>
      document.body.appendChild(document.createElement('p')),
    );
    const changes: [Node[], Node[]][] = [];
    const { near, show } = nearScreen((entered, left) => changes.push([entered, left]));
    near.watch();
    // The marks of a section appended as the reader scrolls to it wait for no report.
    for (const p of paragraphs) show(p);
    expect(near.nearContainers()).toEqual(paragraphs.slice(0, RUN));
    const [fine] = observers as [Recording, Recording];
    expect([...fine.targets]).toEqual(paragraphs.slice(0, RUN));
    // The first report tells: one far away leaves.
    fine.report([seen(paragraphs[0]!, 'near'), seen(paragraphs[1]!, 'below')]);
    expect(changes).toEqual([[[], [paragraphs[1]]]]);
    expect(near.isNear(paragraphs[0]!) && !near.isNear(paragraphs[1]!)).toBe(true);
  });

  it('watches an element while it stands for a container with a mention shown: itself, its shadow root', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    const changes: [Node[], Node[]][] = [];
    const { near, show, hide } = nearScreen((entered, left) => changes.push([entered, left]));
    show(host);
    show(shadow);
    near.watch();
    await Promise.resolve();
    const [fine, probes] = observers as [Recording, Recording];
    probes.report([seen(host, 'near')]);
    expect([...fine.targets]).toEqual([host]);
    fine.report([seen(host, 'near')]);
    expect(changes.at(-1)).toEqual([[host, shadow], []]);
    expect(near.isNear(shadow) && near.isNear(host)).toBe(true);
    // The host's own mentions go; its shadow root's keep it watched until they go too.
    hide(host);
    expect(near.nearContainers()).toEqual([shadow]);
    expect([...fine.targets]).toEqual([host]);
    hide(shadow);
    expect(fine.targets.size).toBe(0);
    expect(near.nearContainers()).toEqual([]);
  });
});
