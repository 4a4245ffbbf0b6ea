import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import puppeteer, { type Browser as Puppeteer, type Page } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';
import { visibleContent, type CardView } from '../../../scripts/browser/card';
import type { Rect } from '../../../scripts/browser/highlights';
import { FIREFOX, FIREFOX_EXTENSION, FIREFOX_MV3_EXTENSION, requireBuilt } from '../../../scripts/browser/paths';
import type { DraggingPage } from './selection';

/*
 * Firefox ESR driven over WebDriver BiDi by puppeteer-core (Playwright cannot drive Debian's Firefox):
 * a real pointer and real key presses in the page, the extension installed as a temporary add-on.
 * Puppeteer wraps most of what the tests need; what it does not is sent as BiDi commands of the
 * harness's own: reading the card's closed shadow root (serialization with `includeShadowTree: 'all'`),
 * loading the extension's pages, and, in the browser window, pressing the extension's shortcuts and
 * choosing its context menu item. All but the first need Firefox's `--remote-allow-system-access`:
 * without it BiDi refuses to load moz-extension:// URLs and has no access to the browser window, where
 * Firefox handles extension shortcuts and menus (`input.performActions` refuses that window even so).
 */

/** For functions run in an extension page: `(globalThis as unknown as FirefoxGlobal).browser.tabs…`. */
export interface FirefoxGlobal {
  // Firefox's own `browser`, which the polyfill's types describe.
  readonly browser: Browser.Browser;
}

/** A BiDi remote value, as far as the harness reads one. */
interface RemoteValue {
  readonly type: string;
  readonly value?: unknown;
  readonly sharedId?: string;
}

type ScriptResult =
  | { readonly type: 'success'; readonly result: RemoteValue }
  | { readonly type: 'exception'; readonly exceptionDetails: { readonly text: string } };

/** The part of Puppeteer's BiDi connection used for commands Puppeteer does not wrap. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export interface FirefoxBrowser {
  readonly browser: Puppeteer;
  /** The extension's host in moz-extension:// URLs: Firefox's internal UUID for it, new in each profile. */
  readonly extensionHost: string;
  /** The tab Firefox opened with: the active tab unless a test brings another to the front. */
  firstTab(): Promise<Page>;
  /** Opens the extension's page at `path` (such as `/options.html`) in a new tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Waits for a tab that the extension opened on its page at `path` (the query aside), and returns it
   * with its address: Puppeteer does not follow extension pages' addresses, BiDi's tree does.
   */
  waitForExtensionPage(path: string, timeoutMs?: number): Promise<{ page: Page; url: URL }>;
  /**
   * Runs the extension's toolbar button on the active tab, as a click on it does: the popup opens and
   * the extension gets `activeTab` on the tab. Firefox gives a test no handle on that popup; the test
   * reads the same page in a tab (`?tab=`), which now has the grant a user's click gives.
   */
  runToolbarAction(): Promise<void>;
  /**
   * Presses `shortcut` (such as `Alt+Shift+M`) on the keyboard of the browser window, with the active
   * tab's page focused, so that Firefox's own shortcut handling runs the extension's command.
   */
  pressShortcut(shortcut: string): Promise<void>;
  /**
   * Chooses the item labelled `label` in Firefox's context menu of the page, once open (the test opens
   * it with a right click); fails naming the items shown when there is none such.
   */
  chooseInContextMenu(label: string, timeoutMs?: number): Promise<void>;
  /**
   * Where the extension's background stands, as Firefox's own state for it (ext-backgroundPage.js):
   * `running`, or `stopped` once an event page was suspended.
   */
  backgroundState(): Promise<string>;
  /** The card on `page` as the user sees it, or null; read through BiDi, the root being closed. */
  readCard(page: Page): Promise<CardView | null>;
  /** Runs `fn` on the card's closed shadow root in `page`, returning its JSON value; undefined without a card. */
  onCardRoot<T>(page: Page, fn: (this: ShadowRoot) => T | Promise<T>): Promise<T | undefined>;
  close(): Promise<void>;
}

// Puppeteer keeps the BiDi id of a page's browsing context on its main frame, under a name of its own.
function contextOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string') throw new Error('This Puppeteer keeps no BiDi context id on the frame');
  return id;
}

/** A Puppeteer page as the shared readers of scripts/browser take it. */
export function scripted(page: Page): DraggingPage {
  return {
    evaluate: <Arg, Result>(fn: (arg: Arg) => Result, arg: Arg) =>
      page.evaluate(fn as (arg: unknown) => Result, arg) as Promise<Awaited<Result>>,
    mouse: page.mouse,
  };
}

/** The viewport of a page: Firefox's headless window, which Puppeteer leaves as it is. */
export const viewportOf = (page: Page): Promise<{ width: number; height: number }> =>
  page.evaluate(() => ({ width: innerWidth, height: innerHeight }));

// What `KeyboardEvent` needs to stand for a key of a shortcut, for nsITextInputProcessor.
const MODIFIERS: Record<string, { key: string; code: string; keyCode: number }> = {
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  Ctrl: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
};

function shortcutKeys(shortcut: string) {
  const parts = shortcut.split('+');
  const letter = parts.pop()!;
  if (!/^[A-Z]$/.test(letter)) throw new Error(`Only letter shortcuts are supported: ${shortcut}`);
  const modifiers = parts.map((name) => {
    const modifier = MODIFIERS[name];
    if (!modifier) throw new Error(`Unknown modifier ${name} in ${shortcut}`);
    return modifier;
  });
  return [...modifiers, { key: letter, code: `Key${letter}`, keyCode: letter.charCodeAt(0) }];
}

/**
 * Runs in the browser window (chrome): presses the keys as Firefox's test input does, through
 * nsITextInputProcessor, with the selected tab's page focused as a reader's would be.
 */
const PRESS_IN_WINDOW = (keys: ReturnType<typeof shortcutKeys>) => `(() => {
  gBrowser.selectedBrowser.focus();
  const input = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
  if (!input.beginInputTransactionForTests(window)) throw new Error('No input transaction');
  const keys = ${JSON.stringify(keys)}.map((init) => new KeyboardEvent('', init));
  for (const key of keys) input.keydown(key);
  for (const key of keys.reverse()) input.keyup(key);
})()`;

/**
 * Runs in the browser window: chooses the item labelled `label` in the page's context menu, as a click
 * on it would. Says what the menu shows otherwise.
 */
const CHOOSE_IN_MENU = (label: string) => `(() => {
  const menu = document.getElementById('contentAreaContextMenu');
  if (menu.state !== 'open') return 'the menu is ' + menu.state;
  const shown = [...menu.querySelectorAll('menuitem')].filter((item) => !item.hidden);
  const item = shown.find((candidate) => candidate.label === ${JSON.stringify(label)});
  if (!item) return shown.map((candidate) => candidate.label).join(' | ');
  menu.activateItem(item);
  return 'chosen';
})()`;

/**
 * Runs in the browser window: the extension `id`'s toolbar button runs on the selected tab, through
 * the function its click calls, which grants `activeTab` and opens the popup. Says what failed otherwise.
 */
const RUN_TOOLBAR_ACTION = (id: string) => `(async () => {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = WebExtensionPolicy.getByID(${JSON.stringify(id)})?.extension;
  if (!extension) return 'no extension';
  const action = ExtensionParent.apiManager.global.browserActionFor(extension);
  if (!action) return 'no toolbar button';
  await action.triggerAction(window);
  return 'run';
})()`;

/** Which of the two Firefox builds a test loads: the MV2 one, or the MV3 one that the store zip also offers. */
export type FirefoxBuild = 'mv2' | 'mv3';

const BUILDS: Record<FirefoxBuild, string> = { mv2: FIREFOX_EXTENSION, mv3: FIREFOX_MV3_EXTENSION };

export interface FirefoxOptions {
  /** The build installed: MV2 unless given. */
  readonly build?: FirefoxBuild;
  /** Firefox preferences beside the harness's own, such as a shorter idle time for event pages. */
  readonly prefs?: Readonly<Record<string, unknown>>;
}

/**
 * Firefox ESR, headless and in English, with the built extension installed as a temporary add-on, in a
 * fresh profile. The extension is copied first, so that a rebuild of `.output` meanwhile cannot pull
 * files from under the browser.
 */
export async function launchFirefox({ build = 'mv2', prefs = {} }: FirefoxOptions = {}): Promise<FirefoxBrowser> {
  const source = requireBuilt(BUILDS[build]);
  const scratch = mkdtempSync(join(tmpdir(), 'whoswho-firefox-'));
  const extension = join(scratch, 'extension');
  cpSync(source, extension, { recursive: true });

  let browser: Puppeteer | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: join(scratch, 'profile'),
      args: ['--remote-allow-system-access'],
      // The extension's words follow the browser's language; the tests compare English texts.
      extraPrefsFirefox: { 'intl.locale.requested': 'en-US', 'intl.accept_languages': 'en-US, en', ...prefs },
    });
    const opened = browser;
    const connection = (opened as unknown as { connection: BidiConnection }).connection;

    const run = async (target: object, expression: string, options: object = {}): Promise<RemoteValue> => {
      const { result } = (await connection.send('script.evaluate', {
        expression,
        target,
        awaitPromise: true,
        resultOwnership: 'none',
        ...options,
      })) as { result: ScriptResult };
      if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
      return result.result;
    };

    const { result: tree } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      result: { contexts: { context: string; url: string }[] };
    };
    const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('Firefox shows no browser window');
    const inWindow = (expression: string) => run({ context: window.context }, expression);

    const id = await opened.installExtension(extension);
    // The internal UUID is drawn at install; the browser window can ask Firefox's policy for it.
    const host = await inWindow(`WebExtensionPolicy.getByID(${JSON.stringify(id)}).mozExtensionHostname`);
    if (typeof host.value !== 'string') throw new Error(`Firefox knows no extension ${id}`);
    const extensionHost = host.value;

    // The card's host, with its closed shadow root, from a sandbox of the harness: a page that replaced
    // DOM methods cannot spoil the reading. The host is a plain popover <div> that a page cannot have
    // defined; of those, the card's is the one with a shadow root, which BiDi serializes even when closed.
    const cardRoot = async (page: Page) => {
      const target = { context: contextOf(page), sandbox: 'card-reader' };
      const found = await run(target, `[...document.querySelectorAll('div[popover]')]`, {
        serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
      });
      const hosts = (found.value as RemoteValue[] | undefined) ?? [];
      const shadow = hosts
        .map((node) => (node.value as { shadowRoot?: RemoteValue } | undefined)?.shadowRoot)
        .find((root) => root?.sharedId !== undefined);
      return shadow?.sharedId === undefined ? undefined : { target, sharedId: shadow.sharedId };
    };

    const onCardRoot = async <T>(page: Page, fn: (this: ShadowRoot) => T | Promise<T>): Promise<T | undefined> => {
      const root = await cardRoot(page);
      if (!root) return undefined;
      const { result } = (await connection.send('script.callFunction', {
        functionDeclaration: `async function () { return JSON.stringify(await (${fn.toString()}).call(this)); }`,
        this: { sharedId: root.sharedId },
        target: root.target,
        awaitPromise: true,
        resultOwnership: 'none',
      })) as { result: ScriptResult };
      if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
      return typeof result.result.value === 'string' ? (JSON.parse(result.result.value) as T) : undefined;
    };

    return {
      browser: opened,
      extensionHost,
      async firstTab() {
        return (await opened.pages())[0] ?? opened.newPage();
      },
      async openExtensionPage(path) {
        const page = await opened.newPage();
        // Puppeteer's goto waits for events Firefox does not send for extension pages; BiDi's own
        // navigate returns once the page has loaded.
        await connection.send('browsingContext.navigate', {
          context: contextOf(page),
          url: `moz-extension://${extensionHost}${path}`,
          wait: 'complete',
        });
        return page;
      },
      async waitForExtensionPage(path, timeoutMs = 5_000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const { result } = (await connection.send('browsingContext.getTree', { maxDepth: 0 })) as {
            result: { contexts: { context: string; url: string }[] };
          };
          const found = result.contexts.find(
            ({ url }) => url.split('?')[0] === `moz-extension://${extensionHost}${path}`,
          );
          const page = found && (await opened.pages()).find((candidate) => contextOf(candidate) === found.context);
          if (found && page) return { page, url: new URL(found.url) };
          if (Date.now() > deadline)
            throw new Error(`No tab on ${path}; the tabs show ${result.contexts.map(({ url }) => url).join(', ')}`);
          await sleep(100);
        }
      },
      async runToolbarAction() {
        // What the button's click runs (browser/components/extensions/parent/ext-browserAction.js).
        const { value } = await inWindow(RUN_TOOLBAR_ACTION(id));
        if (value !== 'run') throw new Error(`The toolbar button did not run: ${String(value)}`);
      },
      async pressShortcut(shortcut) {
        await inWindow(PRESS_IN_WINDOW(shortcutKeys(shortcut)));
      },
      async backgroundState() {
        const { value } = await inWindow(
          `String(WebExtensionPolicy.getByID(${JSON.stringify(id)}).extension.backgroundState)`,
        );
        return String(value);
      },
      async readCard(page) {
        const seen = await onCardRoot(page, visibleContent);
        return seen?.text && seen.rect ? { text: seen.text, rect: seen.rect as Rect, settled: seen.settled } : null;
      },
      onCardRoot,
      async chooseInContextMenu(label, timeoutMs = 5_000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const { value } = await inWindow(CHOOSE_IN_MENU(label));
          if (value === 'chosen') return;
          if (Date.now() > deadline) {
            // A menu left open would take the next test's clicks.
            await inWindow(`document.getElementById('contentAreaContextMenu').hidePopup()`);
            throw new Error(`No "${label}" in the context menu: ${String(value)}`);
          }
          await sleep(100);
        }
      },
      async close() {
        await opened.close();
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}
