import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLabelledText } from '../../../scripts/lib/labelled-text';
import { parseLabelledPage } from '../../../scripts/lib/labelled-page';
import { loadCorpus, loadPages } from '../../../scripts/lib/load-corpus';

const IDS = new Set(['altman', 'leike']);

describe('parseLabelledText', () => {
  it('strips the markup and labels each surface with offsets into the stripped text', () => {
    const { text, labels } = parseLabelledText('CEO [[altman|Sam\nAltman]] und [[leike|Lei\u200Bkes]] Thread.', IDS);
    expect(text).toBe('CEO Sam\nAltman und Lei\u200Bkes Thread.');
    expect(labels).toEqual([
      { person: 'altman', start: 4, end: 14 },
      { person: 'leike', start: 19, end: 26 },
    ]);
    expect(labels.map((l) => text.slice(l.start, l.end))).toEqual(['Sam\nAltman', 'Lei\u200Bkes']);
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const { labels } = parseLabelledText('😀 [[altman|סם אלטמן]]', IDS);
    expect(labels).toEqual([{ person: 'altman', start: 3, end: 11 }]);
  });

  it('leaves a text without markup as it is', () => {
    expect(parseLabelledText('Robert Altman drehte Filme.', IDS)).toEqual({
      text: 'Robert Altman drehte Filme.',
      labels: [],
    });
  });

  it('rejects an unknown person id and markup left after stripping', () => {
    expect(() => parseLabelledText('[[altmann|Altman]]', IDS)).toThrow(/unknown person id "altmann"/);
    expect(() => parseLabelledText('[[altman|Altman]', IDS)).toThrow(/stray/);
    expect(() => parseLabelledText('[[altman|Sam|Altman]]', IDS)).toThrow(/stray/);
  });
});

describe('loadCorpus', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const corpusWith = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };

  it('reads each language folder in file order', () => {
    const root = corpusWith({
      'en/001-a.txt': '[[leike|Leike]].\n',
      'de/002-b.txt': 'Zwei.\n',
      'de/001-a.txt': 'Eins.\n',
    });
    expect(loadCorpus(root, IDS).map((d) => [d.file, d.lang, d.blocks[0]!.labels.length])).toEqual([
      ['de/001-a.txt', 'de', 0],
      ['de/002-b.txt', 'de', 0],
      ['en/001-a.txt', 'en', 1],
    ]);
  });

  it('reads past 999 in number order, four digits from 1000 on', () => {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 1001; n++) files[`en/${String(n).padStart(3, '0')}-t.txt`] = 'T.\n';
    const read = loadCorpus(corpusWith(files), IDS).map((d) => d.file);
    expect(read.slice(997)).toEqual(['en/998-t.txt', 'en/999-t.txt', 'en/1000-t.txt', 'en/1001-t.txt']);
    expect(() => loadCorpus(corpusWith({ 'de/0001-a.txt': 'A.\n' }), IDS)).toThrow(/expected number 001/);
  });

  it('refuses gaps in the numbering, misnamed files and bad labels, naming the file', () => {
    expect(() => loadCorpus(corpusWith({ 'de/001-a.txt': 'A.\n', 'de/003-c.txt': 'C.\n' }), IDS)).toThrow(
      /de\/003-c.txt/,
    );
    expect(() => loadCorpus(corpusWith({ 'de/001_A.txt': 'A.\n' }), IDS)).toThrow(/not a corpus file name/);
    expect(() => loadCorpus(corpusWith({ 'en/001-a.txt': '[[sama|Sam]]\n' }), IDS)).toThrow(/en\/001-a.txt: unknown/);
  });
});

describe('parseLabelledPage', () => {
  it('strips the markup block by block after the page walk, across inline tags', async () => {
    const html =
      '<h1>[[altman|Sam <b>Altman</b>]] im Porträt</h1><ul><li>mit [[leike|Jan Leike]]</li><li>ohne</li></ul>' +
      '<script>var name = "Sam Altman";</script><div hidden>[[altman|Altman]], versteckt</div>';
    expect(await parseLabelledPage(html, IDS)).toEqual([
      { text: 'Sam Altman im Porträt', labels: [{ person: 'altman', start: 0, end: 10 }] },
      { text: 'mit Jan Leike', labels: [{ person: 'leike', start: 4, end: 13 }] },
      { text: 'ohne', labels: [] },
      { text: 'Altman, versteckt', labels: [{ person: 'altman', start: 0, end: 6 }] },
    ]);
  });

  it('refuses a label the page walk cannot read, or one that spans two blocks', async () => {
    await expect(parseLabelledPage('<p>Hi</p><script>"[[altman|Altman]]"</script>', IDS)).rejects.toThrow(
      /1 of 1 labels/,
    );
    await expect(parseLabelledPage('<p>[[altman|Sam</p><p>Altman]]</p>', IDS)).rejects.toThrow(/stray/);
  });
});

describe('loadPages', () => {
  it('reads html/<lang>/NNN-slug.html into labelled blocks, and nothing when there is no html folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pages-'));
    try {
      expect(await loadPages(root, IDS)).toEqual([]);
      mkdirSync(join(root, 'html', 'en'), { recursive: true });
      writeFileSync(join(root, 'html', 'en', '001-a.html'), '<p>[[leike|Leike]] left.</p><p>Bye.</p>');
      expect(await loadPages(root, IDS)).toEqual([
        {
          file: 'html/en/001-a.html',
          lang: 'en',
          blocks: [expect.objectContaining({ text: 'Leike left.' }), expect.anything()],
        },
      ]);
      writeFileSync(join(root, 'html', 'en', '003-c.html'), '<p>C.</p>');
      await expect(loadPages(root, IDS)).rejects.toThrow(/html\/en\/003-c.html: expected number 002/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
