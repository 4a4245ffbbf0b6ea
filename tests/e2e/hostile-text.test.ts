import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { waitForCard } from '../../scripts/browser/card';
import { hoverMention, waitForHighlights } from '../../scripts/browser/highlights';
import { PERSON_IDS } from '../../model/person';
import { openWatched, recordedMutations } from './harness/hostile';
import { FIXTURE_PAGES } from '../../scripts/browser/paths';
import { useChromiumSuite } from './harness/suite';

/**
 * Hostile pages, part 6: hard text. Right-to-left paragraphs (Hebrew, Arabic), bidi embeddings and
 * overrides, combining marks, emoji sequences, invalid UTF-8 in the served bytes, lone surrogates and
 * a surrogate pair split across two text nodes.
 */

const utf8 = (text: string) => Buffer.from(text, 'utf8');
// Bytes that are no UTF-8: a stray 0xFF, a truncated sequence, an encoded surrogate, a lone
// continuation byte and a truncated four-byte sequence. The parser reads each as U+FFFD.
const INVALID_BYTES = Buffer.concat([
  utf8('Sam Altman'),
  Buffer.from([0xff]),
  utf8(' met '),
  Buffer.from([0xc3]),
  utf8('Jan Leike'),
  Buffer.from([0xed, 0xa0, 0x80]),
  utf8(' and Ilya'),
  Buffer.from([0x80]),
  utf8(' Sutskever, Jakub '),
  Buffer.from([0xf0, 0x9f, 0x98]),
  utf8('Pachocki.'),
]);

const suite = useChromiumSuite({
  serve(server) {
    const [before, after] = readFileSync(`${FIXTURE_PAGES}/hostile/text.html`, 'utf8').split(
      'Placeholder for invalid UTF-8 bytes.',
    );
    server.route(
      '/hostile/text.html',
      'text/html; charset=utf-8',
      Buffer.concat([utf8(before!), INVALID_BYTES, utf8(after!)]),
    );
  },
});

/**
 * Runs in the page: each highlighted range whose ends cut a character apart, a combining mark from
 * its letter or a surrogate pair in two.
 */
function splitCharacters(ids: readonly string[]): string[] {
  const found: string[] = [];
  for (const id of ids) {
    for (const range of CSS.highlights.get(`whoswho-underline-${id}`) ?? []) {
      const endText = (range.endContainer as Text).data;
      const startText = (range.startContainer as Text).data;
      const after = endText.slice(range.endOffset, range.endOffset + 1);
      const lastIn = endText.slice(range.endOffset - 1, range.endOffset);
      const firstIn = startText.slice(range.startOffset, range.startOffset + 1);
      const before = startText.slice(range.startOffset - 1, range.startOffset);
      if (/\p{M}/u.test(after)) found.push(`${id}: mark after the end`);
      if (/[\uD800-\uDBFF]/.test(lastIn) && /[\uDC00-\uDFFF]/.test(after)) found.push(`${id}: pair cut at the end`);
      if (/[\uD800-\uDBFF]/.test(before) && /[\uDC00-\uDFFF]/.test(firstIn)) found.push(`${id}: pair cut at the start`);
    }
  }
  return found;
}

describe('hostile pages: hard text (Chromium)', () => {
  it('finds the names in right-to-left text, among marks, emoji, invalid bytes and lone surrogates', async () => {
    const { page, problems } = await openWatched(suite, '/hostile/text.html');
    expect(await waitForHighlights(page, 19)).toEqual({
      sutskever: [
        'bidi: Ilya Sutskever',
        'emoji: Ilya Sutskever',
        // "Ilya\uFFFD Sutskever": the replacement character breaks the full name; the surname stays.
        'invalid-bytes: Sutskever',
        'rtl-ar: Ilya Sutskever',
        'surrogates: Ilya Sutskever',
      ],
      altman: [
        'bidi: Sam Altman',
        // Only the plain one: "Sam A\u0308ltman" is another name.
        'combining: Sam Altman',
        'invalid-bytes: Sam Altman',
        'rtl-he: Sam Altman',
        'rtl-he: סם אלטמן',
        'surrogates: Sam Altman',
      ],
      leike: [
        'bidi: Jan Leike',
        'emoji: Jan Leike',
        'invalid-bytes: Jan Leike',
        'rtl-he: Jan Leike',
        'surrogates: Jan Leike',
      ],
      pachocki: [
        // Only the plain one: "Pachocki\u0301" is another word.
        'combining: Jakub Pachocki',
        'invalid-bytes: Pachocki',
        'rtl-ar: Jakub Pachocki',
        'split-pair: Jakub Pachocki',
      ],
    });
    expect(await page.evaluate(splitCharacters, PERSON_IDS)).toEqual([]);
    expect(await recordedMutations(page)).toEqual([]);

    // The card opens on a name in Hebrew script in a right-to-left paragraph.
    await hoverMention(page, 'altman', 'rtl-he');
    expect((await waitForCard(page, true)).text).toContain('Sam Altman');
    expect(problems()).toEqual([]);
    await page.close();
  });
});
