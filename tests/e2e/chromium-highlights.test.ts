import { describe, expect, it } from 'vitest';
import { EXPECTED_ERWAEHNUNGEN, EXPECTED_MENTIONS, EXPECTED_SURNAMES } from './harness/expected';
import { waitForHighlights } from '../../scripts/browser/highlights';
import { readMutations } from './harness/mutations';
import { useChromiumSuite } from './harness/suite';

const suite = useChromiumSuite();

describe('highlights in Chromium', () => {
  it('highlights each person in full, split across elements and by supported surname, and nothing else', async () => {
    const page = await suite.openPage('/mentions.html');
    expect(await waitForHighlights(page, 9)).toEqual(EXPECTED_MENTIONS);
    await page.close();
  });

  it('changes no node of the page while detecting', async () => {
    const page = await suite.openPage('/mentions.html');
    await waitForHighlights(page, 9);
    expect(await readMutations(page)).toEqual([]);
    await page.close();
  });

  it('takes a lone surname only with AI terms near it, or spelled as no one else is, when the page names nobody in full', async () => {
    const page = await suite.openPage('/surnames.html');
    expect(await waitForHighlights(page, 2)).toEqual(EXPECTED_SURNAMES);
    await page.close();
  });

  it('finds the people on a German page and skips its traps and its text field', async () => {
    const page = await suite.openPage('/erwaehnungen.html');
    expect(await waitForHighlights(page, 9)).toEqual(EXPECTED_ERWAEHNUNGEN);
    expect(await readMutations(page)).toEqual([]);
    await page.close();
  });

  it('finds full names in a plain-text document', async () => {
    suite.server.route(
      '/note.txt',
      'text/plain; charset=utf-8',
      'Notes from May 2024\n\nIlya Sutskever said goodbye; Jakub Pachocki became chief scientist.\n',
    );
    const page = await suite.openPage('/note.txt');
    const texts = await waitForHighlights(page, 2);
    // A text document is one <pre>: no ids, so only the range texts are compared.
    expect(texts.sutskever).toEqual([': Ilya Sutskever']);
    expect(texts.pachocki).toEqual([': Jakub Pachocki']);
    await page.close();
  });
});
