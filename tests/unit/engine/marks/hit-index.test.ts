import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHitIndex, type HitIndex } from '../../../../engine/marks/hit-index';
import type { PlacedMention } from '../../../../engine/marks/mention-index';

/* happy-dom lays nothing out: the one box every range has is given here. */

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Resolves after the hit index's next measuring. */
const measuredOnce = (hits: HitIndex) => new Promise<void>((resolve) => hits.whenMeasured(resolve));

describe('the hit index', () => {
  it('finds a mention measured again as the object it found before, though the index hands it out anew', async () => {
    document.body.innerHTML = '<p>Sam Altman</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const box = { left: 0, top: 0, right: 100, bottom: 20, width: 100, height: 20 };
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([box] as unknown as DOMRectList);
    // As the mention index does: a new handle of the same mention for every call.
    const handle = () =>
      ({
        id: 7,
        person: 'altman',
        container: text.parentNode,
        startNode: text,
        startOffset: 0,
        endNode: text,
        endOffset: 10,
      }) as unknown as PlacedMention;
    const lifetime = new AbortController();
    const hits = createHitIndex(lifetime.signal, () => [handle()]);
    let measured = measuredOnce(hits);
    expect(hits.at(10, 10)).toBeUndefined();
    await measured;
    const found = hits.at(10, 10);
    expect(found?.id).toBe(7);
    // The hover intent compares targets by identity: another object would be another target, and a card the
    // reader dismissed would open again after the page's next change.
    measured = measuredOnce(hits);
    hits.invalidate();
    await measured;
    expect(hits.at(10, 10)).toBe(found);
    expect(hits.boxAt(handle(), 10, 10)).toBeDefined();
    lifetime.abort();
  });
});
