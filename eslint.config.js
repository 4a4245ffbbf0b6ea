// The house rules: which room of the tree may import which (see ARCHITECTURE.md), and a few habits.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import patterns (gitignore style, as `no-restricted-imports` reads them) and why each is refused. */
const rooms = {
  entrypoints: { group: ['**/entrypoints/**'], message: 'Entrypoints wire the rooms together; nothing imports them.' },
  tests: { group: ['**/tests/**'], message: 'Product code and scripts never import tests.' },
  extensionApis: {
    group: ['wxt/browser', 'wxt/utils/*', 'webextension-polyfill', '@wxt-dev/*'],
    message: 'Extension APIs belong to the entrypoints and storage/; this room stays pure.',
  },
  preact: { group: ['preact', 'preact/*'], message: 'UI belongs to the card, popup and options.' },
  components: { group: ['**/components/**'], message: 'Preact components belong to the card and the pages.' },
  engine: { group: ['**/engine/**'], message: 'The engine belongs to the content script.' },
  storage: { group: ['**/storage/**'], message: 'WXT storage belongs to the background and the pages.' },
  i18n: { group: ['**/i18n/**'], message: 'UI strings belong to the card, popup, options and background.' },
  knowledgeBeyondNames: {
    group: ['**/knowledge/*', '!**/knowledge/names', '!**/knowledge/lexicon', '!**/knowledge/types'],
    message: 'The engine knows names and word lists; profiles and the story belong to the card and popup.',
  },
};

/** What every file of the engine refuses. */
const engineRooms = [
  rooms.entrypoints,
  rooms.tests,
  rooms.extensionApis,
  rooms.preact,
  rooms.components,
  rooms.storage,
  rooms.i18n,
  rooms.knowledgeBeyondNames,
];

/**
 * The engine's stages (ARCHITECTURE.md) and the stages each may import; every other stage is refused. The matcher and
 * its rules run in the background, so they reach no code that reads or marks a page; the first look runs on every page
 * and carries no matcher; reading a page into blocks knows nothing of what is found in them.
 */
const ENGINE_STAGES = {
  text: { imports: [], message: 'Text primitives stand alone: every stage of the engine uses them.' },
  look: {
    imports: ['text', 'blocks'],
    message: 'The first look runs on every page and frame: it carries no matcher, rule or mark.',
  },
  blocks: {
    imports: ['text', 'look'],
    message: 'Reading a page into blocks knows nothing of the names found in them.',
  },
  match: {
    imports: ['text', 'rules'],
    message: 'The matcher runs in the background: it reaches no code that reads or marks a page.',
  },
  rules: {
    imports: ['text', 'match'],
    message: 'The rules run in the background with the matcher: they read text, never a page.',
  },
  marks: {
    imports: ['text', 'blocks', 'match', 'rules'],
    message: 'Marks show what a scan found: the scan drives them, never the reverse.',
  },
  scan: {
    imports: ['text', 'look', 'blocks', 'match', 'rules', 'marks'],
    message: 'The page date is the card’s, read when a card opens.',
  },
  'page-date': {
    imports: ['text'],
    message: 'The page-date reader stands alone: the card loads it without the rest of the engine.',
  },
};

const ENTRYPOINTS = ['background', 'content', 'wake', 'session', 'card', 'popup', 'options'];
/** Another entrypoint's folder, as seen from inside `room`. */
const otherEntrypoints = (room, message) => ({
  group: ENTRYPOINTS.filter((other) => other !== room).flatMap((other) => [
    `../${other}/**`,
    `**/entrypoints/${other}/**`,
  ]),
  message,
});

/** `no-restricted-imports` for the files of one room. */
const only = (files, ...refused) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: refused.map(({ group, message }) => ({ group, message })) }],
  },
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/.tmp/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `catch {}` must say why silence is right: an empty block without a comment is an error.
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...Object.entries(ENGINE_STAGES).map(([stage, { imports, message }]) =>
    only([`engine/${stage}/**`], ...engineRooms, {
      group: Object.keys(ENGINE_STAGES)
        .filter((other) => other !== stage && !imports.includes(other))
        .flatMap((other) => [`../${other}`, `../${other}/**`]),
      message,
    }),
  ),

  only(
    ['model/**'],
    rooms.entrypoints,
    rooms.tests,
    rooms.extensionApis,
    rooms.preact,
    rooms.components,
    rooms.engine,
    rooms.storage,
    rooms.i18n,
  ),
  only(
    ['knowledge/**'],
    rooms.entrypoints,
    rooms.tests,
    rooms.extensionApis,
    rooms.preact,
    rooms.components,
    rooms.engine,
    rooms.storage,
    rooms.i18n,
  ),
  only(
    ['i18n/**'],
    rooms.entrypoints,
    rooms.tests,
    rooms.extensionApis,
    rooms.preact,
    rooms.components,
    rooms.engine,
    rooms.storage,
  ),
  only(
    ['utils/**'],
    rooms.entrypoints,
    rooms.tests,
    rooms.extensionApis,
    rooms.preact,
    rooms.components,
    rooms.engine,
    rooms.storage,
    rooms.i18n,
  ),
  only(['storage/**'], rooms.entrypoints, rooms.tests, rooms.preact, rooms.components, rooms.engine, rooms.i18n),
  only(['components/**'], rooms.entrypoints, rooms.tests, rooms.engine),
  // The content script runs on every page and in every frame, and its wake script where a name may be:
  // the browser's own API object, no polyfill, no WXT content-script context, no UI, no profiles; the
  // wake script and the page session arrive by `import()`.
  ...['content', 'wake'].map((room) =>
    only(
      [`entrypoints/${room}/**`],
      otherEntrypoints(room, 'The content script loads its wake script and the page session by URL, never by import.'),
      rooms.tests,
      {
        group: [
          'wxt/browser',
          'webextension-polyfill',
          'wxt/utils/storage',
          'wxt/utils/content-script-context',
          'wxt/utils/define-content-script',
        ],
        message:
          'The content script uses the browser’s own `chrome`/`browser` object (model/extension-api.ts): every page pays for what it imports.',
      },
      rooms.preact,
      rooms.components,
      rooms.storage,
      rooms.i18n,
      { group: ['**/knowledge/*', '!**/knowledge/names'], message: 'The content script carries names only.' },
    ),
  ),
  // The page session, loaded where a page may name someone: the engine and the card's controller; the
  // content script lends it the runtime, and the card arrives by `import()`.
  only(
    ['entrypoints/session/**'],
    otherEntrypoints('session', 'The page session loads the card by URL, never by import.'),
    rooms.tests,
    {
      group: ['wxt/browser', 'webextension-polyfill', 'wxt/utils/storage', 'wxt/utils/content-script-context'],
      message: 'The page session uses no extension API: the content script lends it what it needs.',
    },
    rooms.preact,
    rooms.components,
    rooms.storage,
    rooms.i18n,
    { group: ['**/knowledge/*', '!**/knowledge/names'], message: 'The page session carries names only.' },
  ),
  only(
    ['entrypoints/card/**'],
    otherEntrypoints('card', 'The card bundle stands alone.'),
    rooms.tests,
    // The card asks the content script for everything that needs the runtime (see model/card-contract.ts).
    {
      group: ['wxt/browser', 'webextension-polyfill', 'wxt/utils/storage'],
      message: 'The card uses no extension API.',
    },
    rooms.storage,
    { group: ['**/components/pages/**'], message: 'Page parts stay out of the card bundle, whose size is a budget.' },
    // The card reads the page's date when it opens, so that the content script need not carry the reader.
    {
      group: ['**/engine/*', '!**/engine/page-date'],
      message: 'Of the engine, the card takes the page-date reader only.',
    },
  ),
  ...['background', 'popup', 'options'].map((room) =>
    only(
      [`entrypoints/${room}/**`],
      otherEntrypoints(room, 'Each entrypoint holds the parts only it uses.'),
      rooms.tests,
      // The options page previews the highlight style with the engine's own highlights; the background matches
      // the texts of the page sessions' blocks, off the pages' main threads.
      room === 'options'
        ? {
            group: ['**/engine/**', '!**/engine/marks', '!**/engine/marks/highlights'],
            message: 'Only the highlights are shared.',
          }
        : room === 'background'
          ? {
              group: ['**/engine/*', '!**/engine/match'],
              message: 'Of the engine, the background takes the matcher (engine/match) only.',
            }
          : rooms.engine,
    ),
  ),
  only(['scripts/**'], rooms.tests, rooms.preact, rooms.components),
  // Build-time WXT modules run in Node while the extension is built: they import none of its code.
  only(['modules/**'], rooms.tests, rooms.entrypoints, rooms.preact, rooms.components, rooms.engine, rooms.storage),
  {
    // Silence in the extension's own pages and background must say why: report the error instead.
    files: [
      'entrypoints/background/**',
      'entrypoints/popup/**',
      'entrypoints/options/**',
      'components/**',
      'storage/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='catch'] > ArrowFunctionExpression[body.type='BlockStatement'][body.body.length=0]",
          message: 'Report the error with reportError(where, error), or say in a comment why silence is right.',
        },
      ],
    },
  },
);
