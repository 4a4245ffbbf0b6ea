import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { HIGHLIGHT_SHEET_FILE, highlightSheet } from './engine/marks/highlights';
import { namePattern } from './engine/look/prefilter';
import { namedPeople } from './knowledge/names';
import { PERSON_IDS } from './model/person';

/** The pages the content script runs on, in every frame. */
const PAGES = ['http://*/*', 'https://*/*', 'file:///*'];
/** The content script's entrypoint (entrypoints/content/) and where the manifest finds it. */
const CONTENT = { name: 'content', dir: 'content-scripts', file: 'content-scripts/content.js' } as const;

export default defineConfig({
  // Every file says what it uses.
  imports: false,
  // The icons come from modules/icons.ts, which WXT loads from modules/ by itself.
  modules: ['@wxt-dev/webextension-polyfill'],
  // The content script's prefilter gets its pattern ready-made (entrypoints/content/name-pattern.ts).
  // `npm run bench -- --profile` builds without minifying, so that profiles name the functions.
  vite: () => ({
    plugins: [preact()],
    define: { __NAME_PATTERN__: JSON.stringify(namePattern(namedPeople)) },
    ...(process.env.WHOSWHO_UNMINIFIED && { build: { minify: false } }),
  }),
  hooks: {
    // The content script is a plain script that the manifest declares (below), not a WXT content script:
    // WXT's context announces each start on the page and ends itself on a start event the page can send.
    'entrypoints:found': (_, infos) => {
      for (const info of infos) if (info.name === CONTENT.name) info.type = 'unlisted-script';
    },
    // The marks' rules as a file for the manifest (engine/marks/highlights.ts says why not at run time).
    'build:publicAssets': (_, files) => {
      files.push({ relativeDest: HIGHLIGHT_SHEET_FILE, contents: highlightSheet(PERSON_IDS) });
    },
    'entrypoints:resolved': (wxt, entrypoints) => {
      for (const entry of entrypoints)
        if (entry.name === CONTENT.name) entry.outputDir = resolve(wxt.config.outDir, CONTENT.dir);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    // Only what the features need: settings and per-tab counts; the "Who is this?" item on selected text;
    // waking, at a user's request, a page that named no one and so does not listen (model/frame-wake.ts).
    // Neither `activeTab` nor `scripting` adds an install warning.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // Keyboard commands need no permission; the user can rebind them in the browser's shortcut settings.
    // J for "jump": Chromium keeps Alt+Shift+N for itself and leaves a command suggesting it without keys.
    commands: {
      'toggle-marking': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandToggleMarking__' },
      'next-mention': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNextMention__' },
    },
    content_scripts: [
      {
        matches: PAGES,
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
        js: [CONTENT.file],
        css: [HIGHLIGHT_SHEET_FILE],
      },
    ],
    // The wake script, imported by the content script where a page may name someone or a request needs
    // it (model/wake-contract.ts); the page session, imported by the wake script where the settings allow
    // it (model/session-contract.ts); and the card script, imported on the first hover
    // (model/card-contract.ts). A per-session URL keeps pages from probing for the extension.
    web_accessible_resources: [
      { resources: ['wake.js', 'session.js', 'card.js'], matches: PAGES, use_dynamic_url: true },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // AMO knows the add-on by this id from the first upload on: never change it.
          id: '{877106b3-dbd3-4f09-81cd-9cbfe821ad5d}',
          // The first Firefox with the CSS Custom Highlight API (`CSS.highlights`), which marking needs.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads `data_collection_permissions` from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    // One zip per browser and manifest version: Firefox gets MV2 and MV3 builds.
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}-{{manifestVersion}}.zip',
    // What AMO's reviewers need to rebuild the Firefox zips (README, "Store builds"), without the tests,
    // their fixtures and the pictures.
    includeSources: ['**/*', '.nvmrc'],
    excludeSources: ['tests/**', 'docs/**/*.png', 'scripts/**'],
  },
});
