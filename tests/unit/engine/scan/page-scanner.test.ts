import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { namedPeople } from '../../../../knowledge/names';
import { createMatcher } from '../../../../engine/match/matcher';
import { MentionIndex, rangeOf, type MarkSink, type PlacedMention } from '../../../../engine/marks/mention-index';
import { candidatesOf } from '../../../../engine/marks/mention-record';
import { createPageScanner, type PageScanner } from '../../../../engine/scan/page-scanner';
import { createPrefilter, namePattern } from '../../../../engine/look/prefilter';
import { localMatcher } from '../../../../engine/scan/local-match';
import type { MatchTexts } from '../../../../engine/scan/remote-match';

/*
 * "A page pays per mention" and "a change rescans only what it touched", checked by counting the
 * matcher's work rather than timing it: the first scan of a page of 1,000 paragraphs matches only the
 * one that names someone, and after a small change only the text around it is matched again. happy-dom
 * implements MutationObserver, so the scanner runs as it does on a page.
 */

const PARAGRAPHS = 1_000;

/** The texts the matcher was asked to read, in order. */
let read: string[];
let scanner: PageScanner;
let lifetime: AbortController;
let index: MentionIndex;
/** The mentions on show, as the page's registry would hold them: by number, as a handle is made for each call. */
let shown: Map<number, PlacedMention>;
let changed: () => void;

const real = createMatcher(namedPeople);
const local = localMatcher(real);
/** The batches' texts, recorded as the scanner sends them to be matched. */
const countingMatch: MatchTexts = (texts) => {
  read.push(...texts);
  return local(texts);
};

const sink: MarkSink = {
  show: (mention) => void shown.set(mention.id, mention),
  hide: (mention) => void shown.delete(mention.id),
};

/** Resolves after the scanner's next batch has finished (the first scan counts as one). */
const nextChange = () => new Promise<void>((resolve) => (changed = resolve));

/** Each range on show as `<person>: <text>`, sorted. */
const shownTexts = () =>
  [...shown.values()].map((mention) => `${mention.person}: ${rangeOf(mention)?.toString()}`).sort();

beforeEach(async () => {
  read = [];
  shown = new Map();
  const filler = Array.from({ length: PARAGRAPHS }, (_, i) => `<p id="p${i}">Paragraph ${i}, about the weather.</p>`);
  document.body.innerHTML = `<p id="lead">Ilya Sutskever left.</p>${filler.join('')}`;
  index = new MentionIndex(sink);
  lifetime = new AbortController();
  scanner = createPageScanner(
    {
      match: countingMatch,
      prefilter: createPrefilter(namePattern(namedPeople)),
      index,
      walk: {},
      onChange: () => changed(),
    },
    lifetime.signal,
  );
  const first = nextChange();
  // As the content script starts it: on the whole document.
  scanner.start(document);
  await first;
  // Only the paragraph that names someone is built into blocks and matched.
  expect(read).toEqual(['Ilya Sutskever left.']);
  expect(shownTexts()).toEqual(['sutskever: Ilya Sutskever']);
  read = [];
});

afterEach(() => {
  lifetime.abort();
  document.body.innerHTML = '';
});

/** Makes a change, waits for the batch that follows it, and returns what the matcher read for it. */
async function readAfter(change: () => void): Promise<string[]> {
  read = [];
  const done = nextChange();
  change();
  await done;
  return read;
}

describe('the page scanner after a small change', () => {
  it('reads only an inserted paragraph', async () => {
    const texts = await readAfter(() => {
      const p = document.createElement('p');
      p.innerHTML = 'Jakub <b>Pachocki</b> took over.';
      document.getElementById('p500')!.after(p);
    });
    expect(texts).toEqual(['Jakub Pachocki took over.']);
    expect(shownTexts()).toEqual(['pachocki: Jakub Pachocki', 'sutskever: Ilya Sutskever']);
  });

  it('reads only the paragraph whose text changed in place', async () => {
    const texts = await readAfter(() => {
      (document.getElementById('lead')!.firstChild as Text).data = 'Sam Altman stayed.';
    });
    expect(texts).toEqual(['Sam Altman stayed.']);
    expect(shownTexts()).toEqual(['altman: Sam Altman']);
  });

  it('reads only the paragraph an inline element left', async () => {
    document.getElementById('p7')!.innerHTML = 'Jan <b>Leike</b> and <i>Sam Altman</i>';
    await readAfter(() => {});
    const texts = await readAfter(() => document.querySelector('#p7 i')!.remove());
    expect(texts).toEqual(['Jan Leike and ']);
    expect(shownTexts()).toEqual(['leike: Jan Leike', 'sutskever: Ilya Sutskever']);
  });

  it('reads only the new posts of an infinite scroll (small ones whole: mapping would cost more)', async () => {
    const texts = await readAfter(() => {
      for (let i = 0; i < 20; i++) {
        const post = document.createElement('article');
        post.innerHTML = `<h3>Post ${i}</h3><p>Jan <b>Leike</b>, answer ${i}.</p>`;
        document.body.append(post);
      }
    });
    expect(texts).toHaveLength(40);
    expect(shownTexts().filter((text) => text.startsWith('leike'))).toHaveLength(20);
  });

  it('reads only the new text of a page that adds inline content to <body> itself', async () => {
    // Scripts append tooltips, widgets and custom elements to <body>, between its paragraphs.
    const texts = await readAfter(() => {
      const tip = document.createElement('span');
      tip.textContent = 'Sam Altman';
      document.body.append(tip);
    });
    expect(texts).toEqual(['Sam Altman']);
    const gone = await readAfter(() => document.querySelector('body > span')!.remove());
    expect(gone.length).toBeLessThanOrEqual(1);
    expect(shownTexts()).toEqual(['sutskever: Ilya Sutskever']);
  });

  it('reads the blocks inside new inline content in full', async () => {
    const texts = await readAfter(() => {
      const widget = document.createElement('span');
      widget.innerHTML = 'Sam Altman<em><div>Jan <b>Leike</b></div></em>';
      document.body.append(widget);
    });
    expect(texts.sort()).toEqual(['Jan Leike', 'Sam Altman']);
    expect(shownTexts()).toEqual(['altman: Sam Altman', 'leike: Jan Leike', 'sutskever: Ilya Sutskever']);
  });

  it('reads a web component once when the text around it changes', async () => {
    const p = document.getElementById('p3')!;
    const host = document.createElement('name-tag');
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>Jan <b>Leike</b></span>';
    p.append(' with ', host);
    await readAfter(() => {});
    expect(shownTexts()).toEqual(['leike: Jan Leike', 'sutskever: Ilya Sutskever']);

    const texts = await readAfter(() => ((p.firstChild as Text).data = 'Paragraph 3, on the panel'));
    expect(texts.length).toBeLessThanOrEqual(2);
    expect(shownTexts()).toEqual(['leike: Jan Leike', 'sutskever: Ilya Sutskever']);
  });

  it('follows a change inside a shadow root it has read', async () => {
    const host = document.createElement('name-tag');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>Jan <b>Leike</b></span>';
    document.getElementById('p9')!.append(host);
    await readAfter(() => {});

    const texts = await readAfter(() => ((shadow.querySelector('b')!.firstChild as Text).data = 'Lee'));
    expect(texts).toEqual(['Jan Lee']);
    expect(shownTexts()).toEqual(['sutskever: Ilya Sutskever']);
  });
});

describe('the mention index', () => {
  it('keeps the blocks with candidates in document order, however the changes come', async () => {
    const texts = () => index.blocksInDocumentOrder().map((record) => rangeOf(candidatesOf(record)[0]!)?.toString());
    await readAfter(() => document.body.insertAdjacentHTML('beforeend', '<p id="last">Jan Leike, last.</p>'));
    await readAfter(() =>
      document.getElementById('p400')!.insertAdjacentHTML('afterend', '<p>Sam Altman, middle.</p>'),
    );
    await readAfter(() => document.body.insertAdjacentHTML('afterbegin', '<p>Jakub Pachocki, first.</p>'));
    // Read again in place, and moved to the end: each keeps or takes its place.
    await readAfter(() => ((document.getElementById('lead')!.firstChild as Text).data = 'Ilya Sutskever left early.'));
    expect(texts()).toEqual(['Jakub Pachocki', 'Ilya Sutskever', 'Sam Altman', 'Jan Leike']);
    await readAfter(() => document.body.append(document.getElementById('lead')!));
    expect(texts()).toEqual(['Jakub Pachocki', 'Sam Altman', 'Jan Leike', 'Ilya Sutskever']);
  });
});

describe('the page scanner on a page of more than a megabyte', () => {
  it('reads it in parts, and still builds blocks only where a name is', async () => {
    const filler = `<p>${'The board met again and the staff letter kept growing. '.repeat(20)}</p>`;
    const read: string[] = [];
    const counting: MatchTexts = (texts) => (read.push(...texts), local(texts));
    document.body.innerHTML = `<main>${filler.repeat(1_000)}<div><span>Then <b>Sam Altman</b> spoke.</span></div>${filler.repeat(200)}</main>`;
    expect(document.body.textContent!.length).toBeGreaterThan(1_000_000);
    const marks = new Map<number, PlacedMention>();
    const big = new MentionIndex({ show: (m) => void marks.set(m.id, m), hide: (m) => void marks.delete(m.id) });
    const done = new Promise<void>((resolve) => {
      createPageScanner(
        {
          match: counting,
          prefilter: createPrefilter(namePattern(namedPeople)),
          index: big,
          walk: {},
          onChange: resolve,
        },
        lifetime.signal,
      ).start(document);
    });
    await done;
    expect(read).toEqual(['Then Sam Altman spoke.']);
    expect([...marks.values()].map((m) => rangeOf(m)?.toString())).toEqual(['Sam Altman']);
  });
});

describe("a change to the extension's own nodes", () => {
  it("is no batch of work: the card's host joining the page reports nothing and reads nothing", async () => {
    const own = new AbortController();
    const batches: number[] = [];
    const ownScanner = createPageScanner(
      {
        match: countingMatch,
        prefilter: createPrefilter(namePattern(namedPeople)),
        index: new MentionIndex(sink),
        walk: { ignore: (element) => element.id === 'card-host' },
        onChange: () => batches.push(read.length),
      },
      own.signal,
    );
    ownScanner.start(document);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    // Waits for the batches that must come, however slow the machine; a batch that must not come is given frames.
    const batchesReach = async (n: number) => {
      while (batches.length < n) await pause();
    };
    const frames = () => new Promise((resolve) => setTimeout(resolve, 100));
    await batchesReach(1);
    const host = document.createElement('div');
    host.id = 'card-host';
    document.body.append(host);
    await frames();
    expect(batches).toHaveLength(1);
    // A change of the page in the same batch is read as ever.
    host.remove();
    document.body.insertAdjacentHTML('beforeend', '<p>Jan Leike replied.</p>');
    await batchesReach(2);
    await frames();
    expect(batches).toHaveLength(2);
    own.abort();
  });
});

describe('an answer that comes after the page changed', () => {
  /** The requests for candidates not yet answered: each answers when called. */
  let held: (() => void)[];
  let asked: string[][];
  let own: AbortController;
  let marks: Map<number, PlacedMention>;
  let batchDone: () => void;

  const marked = () => [...marks.values()].map((m) => `${m.person}: ${rangeOf(m)?.toString()}`).sort();
  /** Answers the oldest request, and resolves once the scanner has applied it. */
  const answer = () => {
    const applied = new Promise<void>((resolve) => (batchDone = resolve));
    held.shift()!();
    return applied;
  };
  /** Until the scanner has asked `n` times in all. */
  const askedFor = async (n: number) => {
    while (asked.length < n) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  beforeEach(async () => {
    held = [];
    asked = [];
    marks = new Map();
    own = new AbortController();
    document.body.innerHTML = '<p>Ilya Sutskever left.</p>';
    createPageScanner(
      {
        match: (texts) => {
          asked.push([...texts]);
          return new Promise((resolve) => held.push(() => resolve(local(texts))));
        },
        prefilter: createPrefilter(namePattern(namedPeople)),
        index: new MentionIndex({ show: (m) => void marks.set(m.id, m), hide: (m) => void marks.delete(m.id) }),
        walk: {},
        onChange: () => batchDone(),
      },
      own.signal,
    ).start(document);
    await askedFor(1);
    await answer();
    expect(marked()).toEqual(['sutskever: Ilya Sutskever']);
  });

  afterEach(() => own.abort());

  it('marks no block whose text changed meanwhile; the change brings it back with its new text', async () => {
    const p = document.createElement('p');
    p.textContent = 'Jan Leike replied.';
    document.body.append(p);
    await askedFor(2);
    (p.firstChild as Text).data = 'Sam Altman replied.';
    await answer();
    expect(marked()).toEqual(['sutskever: Ilya Sutskever']);
    await askedFor(3);
    expect(asked[2]).toEqual(['Sam Altman replied.']);
    await answer();
    expect(marked()).toEqual(['altman: Sam Altman', 'sutskever: Ilya Sutskever']);
  });

  it('marks no block that left the page meanwhile', async () => {
    const p = document.createElement('p');
    p.textContent = 'Jan Leike replied.';
    document.body.append(p);
    await askedFor(2);
    p.remove();
    await answer();
    expect(marked()).toEqual(['sutskever: Ilya Sutskever']);
  });

  it('keeps the changes made while an answer is out for the batch after it, one request at a time', async () => {
    document.body.insertAdjacentHTML('beforeend', '<p>Jan Leike replied.</p>');
    await askedFor(2);
    document.body.insertAdjacentHTML('beforeend', '<p>Jakub Pachocki agreed.</p>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toHaveLength(2);
    await answer();
    await askedFor(3);
    expect(asked[2]).toEqual(['Jakub Pachocki agreed.']);
    await answer();
    expect(marked()).toEqual(['leike: Jan Leike', 'pachocki: Jakub Pachocki', 'sutskever: Ilya Sutskever']);
  });
});
