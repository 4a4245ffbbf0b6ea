import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX, FIREFOX_EXTENSION, ROOT, requireBuilt } from './paths';

export interface FirefoxRun {
  /** What web-ext and Firefox printed, for the message of a failing test. */
  output(): string;
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 5_000;

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

export interface FirefoxOptions {
  readonly startUrls: readonly string[];
  /** The built extension to install: the MV2 build unless given. */
  readonly extension?: string;
  /** False for a window on the display, as for the toolbar's screenshots. */
  readonly headless?: boolean;
  /** Preferences for the throwaway profile, such as a theme. */
  readonly prefs?: Readonly<Record<string, string>>;
}

/**
 * Firefox ESR with the extension on `startUrls`, one tab each, through `web-ext run` (Playwright cannot
 * drive Debian's Firefox), headless.
 */
export function runFirefox(...startUrls: string[]): FirefoxRun {
  return launchFirefox({ startUrls });
}

/** Firefox as `runFirefox` starts it, in a process group of its own, so that stopping it ends Firefox's processes too. */
export function launchFirefox(options: FirefoxOptions): FirefoxRun {
  const { startUrls, extension: build = FIREFOX_EXTENSION, headless = true, prefs = {} } = options;
  requireBuilt(build);
  // web-ext makes its throwaway profile under TMPDIR and leaves it behind when stopped by a signal.
  const scratch = mkdtempSync(join(tmpdir(), 'whoswho-firefox-'));
  // Firefox reads a temporary add-on from its folder: a copy survives a rebuild of .output meanwhile.
  const extension = join(scratch, 'extension');
  cpSync(build, extension, { recursive: true });
  const child = spawn(
    `${ROOT}node_modules/.bin/web-ext`,
    [
      'run',
      `--source-dir=${extension}`,
      `--firefox=${FIREFOX}`,
      ...(headless ? ['--arg=-headless'] : []),
      ...Object.entries(prefs).map(([name, value]) => `--pref=${name}=${value}`),
      ...startUrls.map((url) => `--start-url=${url}`),
      '--no-input',
      '--no-reload',
    ],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...(headless && { MOZ_HEADLESS: '1' }), TMPDIR: scratch },
    },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group is gone already.
    }
  };

  return {
    output: () => log,
    async stop() {
      if (child.pid !== undefined) {
        signalGroup('SIGTERM');
        const timeout = new Promise<'timeout'>((resolve) =>
          setTimeout(() => resolve('timeout'), STOP_GRACE_MS).unref(),
        );
        if ((await Promise.race([exited(child), timeout])) === 'timeout') signalGroup('SIGKILL');
        // Firefox's own children may outlive web-ext by a moment.
        signalGroup('SIGKILL');
      }
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
