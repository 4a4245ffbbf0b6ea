import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/bench/rows';
import { contentScriptSizes } from '../../scripts/bench/sizes';

// Sizes and counts only: timings vary from machine to machine and live in `npm run bench`.
describe('what every page pays for (the build in .output)', () => {
  const scripts = contentScriptSizes();

  it('injects one content script per browser', () => {
    expect(scripts.map((file) => file.path).sort()).toEqual([
      '.output/chrome-mv3/content-scripts/content.js',
      '.output/firefox-mv2/content-scripts/content.js',
      '.output/firefox-mv3/content-scripts/content.js',
    ]);
  });

  // The bar, not the target: `npm run bench` reports the target (3 KB), and what keeps the script above it.
  it(`keeps each content script within ${BUDGETS.contentScriptGzipKb.bar} KB gzip`, () => {
    for (const file of scripts)
      expect(file.gzipBytes, file.path).toBeLessThanOrEqual(BUDGETS.contentScriptGzipKb.bar * 1000);
  });
});
