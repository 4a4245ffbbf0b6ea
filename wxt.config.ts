import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // Every file says what it uses.
  imports: false,
  // The icons come from modules/icons.ts, which WXT loads from modules/ by itself.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    // Only what the features need: settings and per-tab counts; the "Who is this?" item on selected text.
    permissions: ['storage', 'contextMenus'],
    // Keyboard commands need no permission; the user can rebind them in the browser's shortcut settings.
    // J for "jump": Chromium keeps Alt+Shift+N for itself and leaves a command suggesting it without keys.
    commands: {
      'toggle-marking': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandToggleMarking__' },
      'next-mention': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNextMention__' },
    },
    // The card script, imported by the content script on the first hover (see model/card-contract.ts).
    // A per-session URL keeps pages from probing for the extension.
    web_accessible_resources: [
      { resources: ['card.js'], matches: ['http://*/*', 'https://*/*', 'file:///*'], use_dynamic_url: true },
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
