import { describe, expect, test, vi } from 'vitest';
import { isActiveHere, topSiteHost } from '../../../entrypoints/wake/site-check';
import { DEFAULT_SETTINGS } from '../../../model/settings';

/** Which site a frame follows (the frames themselves are tested in tests/e2e/hostile-frames.test.ts). */
describe('the site check', () => {
  test('the top frame follows its own host, and asks nobody', async () => {
    const sendMessage = vi.fn();
    expect(await topSiteHost({ sendMessage })).toBe(location.hostname);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  test('is on where the top-level site is on, and off where it is off or unknown', () => {
    const off = { ...DEFAULT_SETTINGS, disabledSites: ['example.org'] };
    expect(isActiveHere(off, 'news.example.com')).toBe(true);
    expect(isActiveHere(off, 'example.org')).toBe(false);
    expect(isActiveHere(off, undefined)).toBe(false);
    // A top-level page without a host (a file) follows the switch for every site.
    expect(isActiveHere(off, '')).toBe(true);
    expect(isActiveHere({ ...off, enabled: false }, '')).toBe(false);
  });
});
