import { readFileSync } from 'node:fs';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { findCardRoots } from '../../../scripts/browser/card';
import { PERSON_IDS, type HighlightTexts, type PersonId, type Rect } from '../../../scripts/browser/highlights';
import { FIXTURE_PAGES, ROOT } from '../../../scripts/browser/paths';
import type { StaticServer } from '../../../scripts/browser/static-server';
import type { ChromiumSuite } from './suite';

/**
 * Helpers for the hostile-page suite (tests/e2e/hostile-*.test.ts): what went wrong on a page, what
 * changed in its DOM, and the pieces that the pages share.
 */

/** Requests for a missing icon are the browser's doing, not the page's nor the extension's. */
const IGNORED_CONSOLE = [/favicon\.ico/];

/**
 * Everything that went wrong on `page` and in its frames from now on: uncaught errors and unhandled
 * rejections in any world (the page's and the content script's, which Chromium reports on the page),
 * and console errors; console warnings only when they come from an extension. Each entry says where.
 */
export function watchProblems(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    const { url } = message.location();
    const where = `${message.text()} @ ${url}`;
    if (IGNORED_CONSOLE.some((pattern) => pattern.test(where))) return;
    if (message.type() === 'error') problems.push(`console.error: ${where}`);
    else if (message.type() === 'warning' && /(chrome|moz)-extension:/.test(where))
      problems.push(`console.warning: ${where}`);
  });
  return () => [...problems];
}

/**
 * Installs tests/fixtures/pages/hostile/probe.js in every document that `page` loads from now on: the
 * document's own MutationObserver from DOMContentLoaded on, and the errors the page itself sees.
 */
const recordMutations = (page: Page) => page.addInitScript({ path: `${FIXTURE_PAGES}/hostile/probe.js` });

/** A page of the hostile suite, with everything that went wrong on it so far (see `watchProblems`). */
export interface WatchedPage {
  readonly page: Page;
  readonly problems: () => string[];
}

/** Opens `path` of the suite's server in a new tab, watched for problems and with the probe installed. */
export async function openWatched({ browser, server }: ChromiumSuite, path: string): Promise<WatchedPage> {
  const page = await browser.context.newPage();
  const problems = watchProblems(page);
  await recordMutations(page);
  await page.goto(`${server.origin}${path}`);
  return { page, problems };
}

/** What the probe saw change in `frame` (the page's main frame by default) since DOMContentLoaded. */
export const recordedMutations = (frame: Page | Frame): Promise<string[]> =>
  frame.evaluate(() => (window as unknown as { __mutations?: string[] }).__mutations ?? ['no probe']);

/** The errors and unhandled rejections that `frame`'s own scripts saw. */
export const pageSeenErrors = (frame: Page | Frame): Promise<string[]> =>
  frame.evaluate(() => (window as unknown as { __pageErrors?: string[] }).__pageErrors ?? ['no probe']);

/** The extension's content-script world in `page`'s main frame, for tests that check the checks. */
async function extensionWorld(cdp: CDPSession): Promise<number> {
  const contexts: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: { id: number; origin: string } }) => {
    contexts.push(event.context);
  });
  // Enabling reports every context that exists already.
  await cdp.send('Runtime.enable');
  const world = contexts.find((context) => /^(chrome|moz)-extension:/.test(context.origin));
  if (!world) throw new Error('No content-script world in the page');
  return world.id;
}

/** Evaluates `expression` in the extension's content-script world (Chromium). */
export async function evaluateInExtensionWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contextId = await extensionWorld(cdp);
    const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })) as {
      result: { value: unknown };
    };
    return result.value;
  } finally {
    await cdp.detach();
  }
}

// A real Preact app needs no build: the browser loads Preact's own ES modules through an import map.
const VENDOR: Record<string, string> = {
  '/vendor/preact.mjs': 'node_modules/preact/dist/preact.mjs',
  '/vendor/hooks.mjs': 'node_modules/preact/hooks/dist/hooks.mjs',
  '/vendor/debug.mjs': 'node_modules/preact/debug/dist/debug.mjs',
  '/vendor/devtools.mjs': 'node_modules/preact/devtools/dist/devtools.mjs',
};

/** Serves Preact's modules at `/vendor/`, for the pages' import map (tests/fixtures/pages/hostile/). */
export function serveVendor(server: StaticServer): void {
  for (const [path, file] of Object.entries(VENDOR)) {
    server.route(path, 'text/javascript; charset=utf-8', readFileSync(`${ROOT}${file}`, 'utf8'));
  }
}

/** Polls `read` until `done` holds for its value, and returns that value. */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Evaluates `expression` (a string, so that nothing of the test's build reaches the page) in a world of
 * its own in `page`'s main frame: the page's replaced globals and prototypes are not seen there, while
 * the DOM and the highlight registry are the page's. With `main: true`, in the page's own world, but
 * through the DevTools protocol, so that no page function is called on the way.
 */
export async function evaluateClean<T>(page: Page, expression: string, options: { main?: boolean } = {}): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let contextId: number | undefined;
    if (!options.main) {
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      ({ executionContextId: contextId } = (await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'hostile-suite',
      })) as { executionContextId: number });
    }
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/**
 * As `readHighlights`, as an expression: it is sent as a string, to a world of the test's own or to any
 * frame's main world.
 */
const READ_HIGHLIGHTS = `(() => {
  const result = {};
  for (const id of ${JSON.stringify(PERSON_IDS)}) {
    const texts = [];
    for (const abstract of CSS.highlights.get('whoswho-underline-' + id) ?? []) {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      const start = range.startContainer;
      const element = start instanceof Element ? start : start.parentElement;
      texts.push((element?.closest('[id]')?.id ?? '') + ': ' + range.toString().replace(/\\s+/g, ' '));
    }
    result[id] = texts.sort();
  }
  return result;
})()`;

/** As `readHighlights`, from a world of the test's own (see `evaluateClean`). */
export const readHighlightsClean = (page: Page) => evaluateClean<HighlightTexts>(page, READ_HIGHLIGHTS);

/**
 * An expression for the viewport box of `person`'s first mention, the first inside the element with id
 * `where` if given; null when there is none.
 */
export const mentionBox = (person: PersonId, where?: string) => `(() => {
  for (const abstract of CSS.highlights.get(${JSON.stringify(`whoswho-underline-${person}`)}) ?? []) {
    const range = document.createRange();
    range.setStart(abstract.startContainer, abstract.startOffset);
    range.setEnd(abstract.endContainer, abstract.endOffset);
    const start = range.startContainer;
    const element = start instanceof Element ? start : start.parentElement;
    if (${JSON.stringify(where ?? null)} !== null && element?.closest('[id]')?.id !== ${JSON.stringify(where ?? null)}) continue;
    const { x, y, width, height } = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { x, y, width, height };
  }
  return null;
})()`;

/** As `hoverMention`, with the mention's box read from a world of the test's own. */
export async function hoverMentionClean(page: Page, person: PersonId, where?: string): Promise<Rect> {
  const rect = await evaluateClean<Rect | null>(page, mentionBox(person, where));
  if (!rect) throw new Error(`No highlighted mention of ${person}${where ? ` in #${where}` : ''}`);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
  return rect;
}

/** How the open card looks: enough to tell whether a reader can read it. */
export interface CardLook {
  readonly mode: string;
  /** The smallest font size of any visible text in the card, in CSS pixels. */
  readonly minFontPx: number;
  readonly color: string;
  readonly background: string;
  readonly rect: Rect;
  /** Whether the card is whole inside the viewport. */
  readonly inViewport: boolean;
  /** Whether the card's host is what the page finds at the card's centre: nothing of the page's covers it there. */
  readonly topmost: boolean;
}

// Runs on the card's shadow root, in the page's main world.
const LOOK = `function () {
  const frame = this.querySelector('.frame');
  if (!frame) return null;
  const sizes = [];
  const walker = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || node.parentElement.closest('style')) continue;
    sizes.push(parseFloat(getComputedStyle(node.parentElement).fontSize));
  }
  const style = getComputedStyle(frame);
  const box = frame.getBoundingClientRect();
  const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  return {
    mode: this.mode,
    minFontPx: Math.min(...sizes),
    color: style.color,
    background: style.backgroundColor,
    rect: { x: box.x, y: box.y, width: box.width, height: box.height },
    inViewport: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
    topmost: top === this.host,
  };
}`;

/**
 * Calls `functionDeclaration` on each card root that `cdp`'s target holds, in the page's main world, and
 * returns the first value it gives that is not null.
 */
async function firstOnCardRoots<T>(cdp: CDPSession, functionDeclaration: string): Promise<T | null> {
  for (const shadow of await findCardRoots(cdp)) {
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration,
      returnByValue: true,
    })) as { result: { value: T | null } };
    if (result.value) return result.value;
  }
  return null;
}

/** How the card that is open on `page` looks, or null when none is open. */
export async function lookAtCard(page: Page): Promise<CardLook | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await firstOnCardRoots<CardLook>(cdp, LOOK);
  } finally {
    await cdp.detach();
  }
}

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (css: string) => {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

/** The WCAG contrast ratio of two opaque `rgb()` colours. */
export function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** As `readHighlights`, for any frame (the expression runs in the frame's main world). */
export const readFrameHighlights = (frame: Frame) => frame.evaluate(READ_HIGHLIGHTS) as Promise<HighlightTexts>;

/**
 * Moves the mouse to the middle of `person`'s first mention in `frame`, a child frame of the page: the
 * mention's box in the frame plus the frame's place in the page.
 */
export async function hoverMentionInFrame(page: Page, frame: Frame, person: PersonId): Promise<void> {
  const inner = (await frame.evaluate(mentionBox(person))) as Rect | null;
  if (!inner) throw new Error(`No highlighted mention of ${person} in ${frame.url()}`);
  const box = await (await frame.frameElement()).boundingBox();
  if (!box) throw new Error(`The frame ${frame.url()} is not on screen`);
  // The frame's border: the content box starts a pixel in.
  const x = box.x + 1 + inner.x + inner.width / 2;
  const y = box.y + 1 + inner.y + inner.height / 2;
  await page.mouse.move(x, y, { steps: 4 });
}

/** The text of the card open in `frame`, a frame in a process of its own (cross-site), or null. */
export async function cardTextInFrame(frame: Frame): Promise<string | null> {
  const cdp = await frame.page().context().newCDPSession(frame);
  try {
    return await firstOnCardRoots<string>(
      cdp,
      `function () { const frame = this.querySelector('.frame'); return frame && frame.checkVisibility() ? frame.textContent : null; }`,
    );
  } finally {
    await cdp.detach();
  }
}
