import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { REGISTER_ALL_UP_TO } from '../../engine/marks/mark-board';
import { CHROMIUM_FLAGS, launchChromium } from '../browser/chromium';
import { CHROMIUM } from '../browser/paths';
import { attachBackgroundClock, type BackgroundClock } from './background-time';
import { reportedMentions } from './marks';
import { writePlainHighlighter } from './plain-highlighter';
import type { ProfileRecorder } from './profile';

export interface BenchBrowsers {
  /** Chromium with the built extension. */
  readonly withExtension: BrowserContext;
  /** The same Chromium, same flags, without it: the control for every figure. */
  readonly plain: BrowserContext;
  /** The same Chromium with the plain one-pass highlighter instead (plain-highlighter.ts): the peer. */
  readonly withPeer: BrowserContext;
  /** The extension's background's script time (background-time.ts), where the page's blocks are matched. */
  readonly background: BackgroundClock;
  /** With `--profile`: records the first load of each figure with the extension (profile.ts). */
  readonly profiler?: ProfileRecorder;
  /** Chromium's version, as the browser reports it. */
  readonly version: string;
  /**
   * How to tell that the extension has found a page's `mentions`: by what it reports, where a page has
   * more than it registers at once; otherwise (undefined) by the highlight registry.
   */
  found(mentions: number): (() => Promise<number>) | undefined;
  close(): Promise<void>;
}

// The flags the e2e harness gives Chromium, less the extension's: the browsers differ only in it.
const FLAGS = ['--lang=en', ...CHROMIUM_FLAGS];

const launch = (profile: string, args: readonly string[] = []) =>
  chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    args: [...FLAGS, ...args],
  });

/** One Chromium with the extension, one without and one with the peer, open side by side for the whole run. */
export async function launchBrowsers(profiler?: ProfileRecorder): Promise<BenchBrowsers> {
  const extension = await launchChromium();
  const background = await attachBackgroundClock(extension.context);
  const scratch = mkdtempSync(join(tmpdir(), 'whoswho-bench-'));
  const plain = await launch(join(scratch, 'plain'));
  const peer = writePlainHighlighter(scratch);
  const withPeer = await launch(join(scratch, 'peer'), [
    `--disable-extensions-except=${peer}`,
    `--load-extension=${peer}`,
  ]);
  return {
    withExtension: extension.context,
    plain,
    withPeer,
    background,
    profiler,
    version: plain.browser()?.version() ?? (await versionOf(plain)),
    found: (mentions) => (mentions > REGISTER_ALL_UP_TO ? reportedMentions(extension.background) : undefined),
    async close() {
      await withPeer.close();
      await plain.close();
      rmSync(scratch, { recursive: true, force: true });
      await background.close();
      await extension.close();
    },
  };
}

// A persistent context has no Browser object; the protocol still knows the version.
async function versionOf(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
  await cdp.detach();
  return product.replace(/^[^/]*\//, '');
}
