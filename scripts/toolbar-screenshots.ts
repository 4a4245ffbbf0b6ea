/**
 * `npm run screenshots:toolbar`: the extension's button in real browser windows, for docs/toolbar.png:
 * Chromium with the button pinned, and Firefox with its light and its dark theme (where the button
 * takes the light variant of the icon), each on the demo page, whose four people the badge counts;
 * then the popup as a click on Chromium's button opens it, for docs/toolbar-popup.png.
 *
 * A page cannot take a picture of the browser around it, so this takes the X display's: it needs a
 * display (`xvfb-run` gives one, as the npm script does), ImageMagick's `import` and `xdotool`
 * (Debian: `apt-get install xvfb imagemagick xdotool`).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { CHROMIUM_FLAGS } from './browser/chromium';
import { launchFirefox } from './browser/web-ext-firefox';
import { CHROME_EXTENSION, CHROMIUM, DEMO_PAGES, ROOT } from './browser/paths';
import { startStaticServer } from './browser/static-server';

type Rgb = readonly [number, number, number];
interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The icon's colours (assets/icon.svg and modules/icons.ts): for light toolbars, and for dark ones. */
const BLUE: Rgb = [59, 130, 246];
const LIGHT_BLUE: Rgb = [147, 197, 253];
/** The tab strip and the toolbar, in both browsers at a scale of 1. */
const TOOLBAR_HEIGHT = 90;
/** How much of the toolbar each picture keeps: the address bar's end and the buttons beside it. */
const STRIP_WIDTH = 560;
const POPUP_HEIGHT = 680;
const WAIT_MS = 30_000;

const OUT = `${ROOT}docs`;

function screen(): Promise<Buffer> {
  return Promise.resolve(execFileSync('import', ['-window', 'root', 'png:-'], { maxBuffer: 64 * 1024 * 1024 }));
}

/** The box of the pixels of `colour` in the toolbar: the extension's button, once the browser shows it. */
async function pixels(shot: Buffer) {
  return sharp(shot).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

async function findIcon(shot: Buffer, colour: Rgb): Promise<Box | undefined> {
  const { data, info } = await pixels(shot);
  let [left, top, right, bottom, count] = [Infinity, Infinity, -1, -1, 0];
  for (let y = 0; y < Math.min(TOOLBAR_HEIGHT, info.height); y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * 3;
      if (colour.every((c, k) => Math.abs(data[i + k]! - c) <= 8)) {
        [left, top, right, bottom, count] = [
          Math.min(left, x),
          Math.min(top, y),
          Math.max(right, x),
          Math.max(bottom, y),
          count + 1,
        ];
      }
    }
  }
  // The 16 px icon has some 80 pixels of its colour; a few stray ones are something else.
  return count >= 20 ? { left, top, width: right - left + 1, height: bottom - top + 1 } : undefined;
}

/** The screen once the button shows, and a moment later, when the badge has its count. */
async function waitForIcon(colour: Rgb): Promise<{ shot: Buffer; icon: Box }> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const icon = await findIcon(await screen(), colour);
    if (icon) {
      await sleep(1_500);
      return { shot: await screen(), icon };
    }
    await sleep(500);
  }
  throw new Error(`The extension's button did not show within ${WAIT_MS / 1000} s.`);
}

/** Where the browser's window ends, right of the button: the display around it is black. */
async function windowEnd(shot: Buffer, icon: Box): Promise<number> {
  const { data, info } = await pixels(shot);
  const row = (icon.top + Math.floor(icon.height / 2)) * info.width;
  let x = info.width;
  while (x > icon.left && data.subarray((row + x - 1) * 3, (row + x) * 3).every((c) => c === 0)) x--;
  return x;
}

/** The part of the toolbar that ends with the button and what is right of it. */
async function strip(shot: Buffer, icon: Box, height = TOOLBAR_HEIGHT): Promise<Buffer> {
  const right = Math.min(await windowEnd(shot, icon), icon.left + 120);
  const left = Math.max(0, right - STRIP_WIDTH);
  return sharp(shot)
    .extract({ left, top: 0, width: right - left, height })
    .png()
    .toBuffer();
}

/** Chromium's id for an unpacked extension: the SHA-256 of its path, in the letters a to p. */
function unpackedId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

async function chromiumShots(url: string): Promise<{ toolbar: Buffer; popup: Buffer }> {
  const scratch = mkdtempSync(join(tmpdir(), 'whoswho-toolbar-'));
  const extension = join(scratch, 'extension');
  cpSync(CHROME_EXTENSION, extension, { recursive: true });
  // Chromium keeps new extensions in its extensions menu; a user pins them. The profile does it here.
  mkdirSync(join(scratch, 'profile/Default'), { recursive: true });
  const preferences = { extensions: { pinned_extensions: [unpackedId(extension)] } };
  writeFileSync(join(scratch, 'profile/Default/Preferences'), JSON.stringify(preferences));
  const context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    // --test-type: no warning bar about --no-sandbox, which running as root needs.
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      ...CHROMIUM_FLAGS,
      '--test-type',
      '--window-position=0,0',
      '--window-size=1280,800',
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    // Focus in the page: the address bar's selection is blue too.
    await page.mouse.click(8, 400);
    const { shot, icon } = await waitForIcon(BLUE);
    execFileSync('xdotool', [
      'mousemove',
      String(icon.left + icon.width / 2),
      String(icon.top + icon.height / 2),
      'click',
      '1',
    ]);
    await sleep(2_000);
    return { toolbar: await strip(shot, icon), popup: await strip(await screen(), icon, POPUP_HEIGHT) };
  } finally {
    await context.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function firefoxToolbar(url: string, theme: 'light' | 'dark'): Promise<Buffer> {
  const firefox = launchFirefox({
    startUrls: [url],
    headless: false,
    prefs: { 'extensions.activeThemeID': `firefox-compact-${theme}@mozilla.org` },
  });
  try {
    const { shot, icon } = await waitForIcon(theme === 'dark' ? LIGHT_BLUE : BLUE);
    return await strip(shot, icon);
  } catch (error) {
    throw new Error(`${(error as Error).message}\nweb-ext said:\n${firefox.output()}`, { cause: error });
  } finally {
    await firefox.stop();
  }
}

/** The strips one under another, right-aligned as the buttons are, on white. */
async function stack(strips: Buffer[]): Promise<Buffer> {
  const sizes = await Promise.all(strips.map(async (input) => ({ input, ...(await sharp(input).metadata()) })));
  const width = Math.max(...sizes.map((size) => size.width ?? 0));
  let top = 0;
  const layers = sizes.map(({ input, width: w = 0, height: h = 0 }) => {
    const layer = { input, left: width - w, top };
    top += h;
    return layer;
  });
  return sharp({ create: { width, height: top, channels: 3, background: '#ffffff' } })
    .composite(layers)
    .png()
    .toBuffer();
}

if (!process.env.DISPLAY) {
  console.error('No display: run `npm run screenshots:toolbar`, which starts one with xvfb-run.');
  process.exit(1);
}
const server = await startStaticServer(DEMO_PAGES);
try {
  const url = `${server.origin}/index.html`;
  const { toolbar, popup } = await chromiumShots(url);
  const light = await firefoxToolbar(url, 'light');
  const dark = await firefoxToolbar(url, 'dark');
  mkdirSync(OUT, { recursive: true });
  await sharp(await stack([toolbar, light, dark])).toFile(`${OUT}/toolbar.png`);
  await sharp(popup).toFile(`${OUT}/toolbar-popup.png`);
  console.log('Wrote docs/toolbar.png and docs/toolbar-popup.png');
} finally {
  await server.close();
}
