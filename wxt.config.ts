import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // Every file says what it uses.
  imports: false,
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
          id: 'whos-who-may-2024@example.org',
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
