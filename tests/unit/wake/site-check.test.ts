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

  test('is on where the top-level site is on, and off where it is off or unknown', async () => {
    const off = { ...DEFAULT_SETTINGS, disabledSites: ['example.org'] };
    const on = (host: string | undefined, settings = off) => isActiveHere(settings, async () => host);
    expect(await on('news.example.com')).toBe(true);
    expect(await on('example.org')).toBe(false);
    expect(await on(undefined)).toBe(false);
    // A top-level page without a host (a file) follows the switch for every site.
    expect(await on('')).toBe(true);
    expect(await on('', { ...off, enabled: false })).toBe(false);
  });

  test('asks for the top-level site only where a site is switched off', async () => {
    const topHost = vi.fn(async () => undefined);
    expect(await isActiveHere(DEFAULT_SETTINGS, topHost)).toBe(true);
    expect(await isActiveHere({ ...DEFAULT_SETTINGS, enabled: false }, topHost)).toBe(false);
    expect(topHost).not.toHaveBeenCalled();
  });
});
