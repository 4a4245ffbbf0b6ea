import { describe, expect, it } from 'vitest';
import { contextSnippet } from '../../../scripts/lib/context-snippet';
import { findInBlocks } from '../../../engine/rules/document-mentions';
import { htmlBlockTexts } from '../../../scripts/lib/html-blocks';
import { decodeText, isHtml } from '../../../scripts/lib/input-file';
import { lineColumnIndex } from '../../../scripts/lib/line-column';
import { paragraphs } from '../../../scripts/lib/plain-text-blocks';
import { scanHtml, scanPlainText } from '../../../scripts/lib/scan-document';
import { formatHits, formatHitsJson } from '../../../scripts/lib/scan-output';
import { people } from '../../../knowledge/people';
import { createMatcher } from '../../../engine/match/matcher';

const matcher = createMatcher(people);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(bytes('\uFEFFSam Altman – ok'))).toEqual({ text: 'Sam Altman – ok' });
  });

  it('refuses binary data, invalid UTF-8 and files without text', () => {
    expect(decodeText(new Uint8Array([65, 0, 66]))).toEqual({ error: 'binary file (contains NUL bytes)' });
    expect(decodeText(new Uint8Array([0x41, 0xff, 0xfe]))).toEqual({ error: 'not UTF-8 text' });
    expect(decodeText(new Uint8Array())).toEqual({ error: 'empty file' });
    expect(decodeText(bytes(' \n\t\n'))).toEqual({ error: 'empty file' });
  });
});

describe('isHtml', () => {
  it('goes by the extension', () => {
    expect(['a.html', 'b.HTM', 'c.xhtml'].map((f) => isHtml(f, 'Sam Altman'))).toEqual([true, true, true]);
    expect(isHtml('notes.txt', 'Sam <b>Altman</b>')).toBe(false);
  });

  it('recognises a document that starts with a doctype or an html tag', () => {
    expect(isHtml('saved-page', '\n<!DOCTYPE html><p>x</p>')).toBe(true);
    expect(isHtml('saved-page', '<!-- saved --><html lang="de">')).toBe(true);
    expect(isHtml('notes', 'Write <html> tags like this')).toBe(false);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines, keeps each paragraph’s offset and skips empty ones', () => {
    const text = 'Eins\nzwei\n\n  \r\nDrei\n\n\n';
    expect(paragraphs(text)).toEqual([
      { text: 'Eins\nzwei', start: 0 },
      { text: 'Drei', start: 15 },
    ]);
  });
});

describe('lineColumnIndex', () => {
  it('gives 1-based lines and columns', () => {
    const at = lineColumnIndex('ab\ncd\n\nef');
    expect([0, 1, 3, 4, 6, 7, 8].map(at)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});

describe('contextSnippet', () => {
  it('brackets the span on one line, with an ellipsis where text is cut', () => {
    expect(contextSnippet('Er dankte\nSam\u00ADAltman für alles.', 10, 20, 6)).toBe('…ankte [SamAltman] für a…');
    expect(contextSnippet('Sam Altman', 0, 10)).toBe('[Sam Altman]');
  });
});

describe('findInBlocks', () => {
  it('keeps a lone surname when another block of the document names the person in full', () => {
    const found = findInBlocks(matcher, ['Jan Leike', 'Leike wuchs in Freiburg auf.', 'Altman drehte Filme.']);
    expect(found.map(({ block, mention }) => [block, mention.person, mention.kind])).toEqual([
      [0, 'leike', 'full'],
      [1, 'leike', 'surname'],
    ]);
  });
});

describe('htmlBlockTexts', () => {
  it('reads the body as the content script does, without running scripts', async () => {
    const html =
      '<!doctype html><title>Sam Altman</title><p>Ilya <b>Sutskever</b> geht.</p><script>document.write("Jan Leike")</script>' +
      '<ul><li>eins</li><li>zwei</li></ul><textarea>Sam Altman</textarea>';
    expect(await htmlBlockTexts(html)).toEqual(['Ilya Sutskever geht.', 'eins', 'zwei']);
  });
});

describe('scanning a document', () => {
  it('places mentions in a text file by line and column', () => {
    const hits = scanPlainText(matcher, 'Titel\n\nOpenAI-Chef Sam\nAltman dankte.\n\nSpäter Altman.');
    expect(hits.map((h) => [h.person, h.text, h.kind, h.position])).toEqual([
      ['altman', 'Sam\nAltman', 'full', { line: 3, column: 13 }],
      ['altman', 'Altman', 'surname', { line: 6, column: 8 }],
    ]);
    expect(hits[0]!.context).toBe('OpenAI-Chef [Sam Altman] dankte.');
  });

  it('places mentions in an HTML page by block and offset', async () => {
    const hits = await scanHtml(matcher, '<h1>OpenAI</h1><p>Mit <i>Jakub</i> Pachocki</p><p>und @merettm</p>');
    expect(hits.map((h) => [h.person, h.text, h.position])).toEqual([
      ['pachocki', 'Jakub Pachocki', { block: 1, offset: 4 }],
      ['pachocki', '@merettm', { block: 2, offset: 4 }],
    ]);
  });
});

describe('scan output', () => {
  const hits = scanPlainText(matcher, 'Heute: Jan Leike.');

  it('prints a heading with the count and one line per mention', () => {
    expect(formatHits('a.txt', hits)).toBe('a.txt: 1 mention\n  1:8  leike  "Jan Leike"  Heute: [Jan Leike].');
    expect(formatHits('b.txt', [])).toBe('b.txt: 0 mentions');
  });

  it('prints one JSON object per mention', () => {
    expect(formatHitsJson('a.txt', hits).map((line) => JSON.parse(line))).toEqual([
      {
        file: 'a.txt',
        person: 'leike',
        text: 'Jan Leike',
        kind: 'full',
        context: 'Heute: [Jan Leike].',
        line: 1,
        column: 8,
      },
    ]);
  });
});
