/**
 * `npm run demo`: builds the extension, serves the demo page on 127.0.0.1 and opens Chromium with the
 * extension on it. With a display the browser stays open until Ctrl-C; without one it runs headless,
 * hovers a mention until the card opens, and writes screenshots to .output/demo/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import type { Page } from 'playwright-core';
import { cardClip, waitForCard, type CardView } from './browser/card';
import { launchChromium } from './browser/chromium';
import { hoverMention, waitForHighlights, type PersonId } from './browser/highlights';
import { DEMO_PAGES, ROOT } from './browser/paths';
import { startStaticServer, type StaticServer } from './browser/static-server';

const OUT = `${ROOT}.output/demo`;
const VIEWPORT = { width: 1200, height: 860 };

function build() {
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Opens the demo page, rests the mouse on a mention until the card shows, and returns the card. */
async function showCard(page: Page, url: string, person: PersonId, section: string): Promise<CardView> {
  await page.setViewportSize(VIEWPORT);
  await page.goto(url);
  await waitForHighlights(page, 1);
  await hoverMention(page, person, section);
  return waitForCard(page, true);
}

async function screenshots(url: string): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  const written: string[] = [];

  const english = await launchChromium({ lang: 'en' });
  try {
    const page = english.context.pages()[0] ?? (await english.context.newPage());
    const card = await showCard(page, url, 'sutskever', 'english');
    await page.screenshot({ path: `${OUT}/page.png` });
    await page.screenshot({ path: `${OUT}/card.png`, clip: cardClip(card, VIEWPORT) });
    written.push(`${OUT}/page.png`, `${OUT}/card.png`);
  } finally {
    await english.close();
  }

  const german = await launchChromium({ lang: 'de' });
  try {
    const page = german.context.pages()[0] ?? (await german.context.newPage());
    const card = await showCard(page, url, 'leike', 'deutsch');
    await page.screenshot({ path: `${OUT}/card-de.png`, clip: cardClip(card, VIEWPORT) });
    written.push(`${OUT}/card-de.png`);
  } finally {
    await german.close();
  }
  return written;
}

async function interactive(url: string, server: StaticServer) {
  const browser = await launchChromium({ headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);
  console.log(`Demo page open at ${url}: rest the pointer on an underlined name. Ctrl-C ends the demo.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    browser.context.once('close', () => resolve());
  });
  await browser.close();
  await server.close();
}

build();
const server = await startStaticServer(DEMO_PAGES);
const url = `${server.origin}/index.html`;
if (process.env.DISPLAY) {
  await interactive(url, server);
} else {
  try {
    const written = await screenshots(url);
    const list = written.map((file) => `  ${relative(ROOT, file)}`).join('\n');
    console.log(`No display, so the demo ran headless and wrote:\n${list}`);
  } finally {
    await server.close();
  }
}
