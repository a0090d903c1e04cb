// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The core (src/core) is pure TypeScript: the page, Vitest and the `check` CLI all run
 * the same code, so it must not reach for React, the store, the views or the DOM.
 */
const coreImportRestrictions = {
  paths: [
    { name: 'react', message: 'src/core is pure TS: no React.' },
    { name: 'react-dom', message: 'src/core is pure TS: no React.' },
    { name: 'zustand', message: 'src/core must not depend on the store.' },
    { name: 'zundo', message: 'src/core must not depend on the store.' },
  ],
  patterns: [
    { group: ['react/*', 'react-dom/*', 'zustand/*', '@dnd-kit/*'], message: 'src/core is pure TS: no UI libraries.' },
    { group: ['**/state/**'], message: 'src/core must not import the store (src/state).' },
    { group: ['**/features/**'], message: 'src/core must not import views (src/features).' },
    { group: ['**/app/**'], message: 'src/core must not import the app shell (src/app).' },
    { group: ['**/cli/**'], message: 'src/core must not import the CLI; the CLI imports the core.' },
    // The folders' index files (`../state`), without catching a core module of the same name (`./state`).
    { regex: '^(\\.\\./)+(state|features|app|cli)$', message: 'src/core must not import the store, the views, the app or the CLI.' },
    { group: ['node:*', 'fs', 'fs/*', 'path', 'child_process'], message: 'src/core runs in the browser too: no Node built-ins.' },
  ],
};

const domGlobal = (name) => ({ name, message: `src/core runs in Node too: no \`${name}\`. Pass what you need in as an argument.` });

/**
 * The layers above the core import downwards only: core <- state <- features <- app
 * (the CLI imports the core alone). Into the core, only through its index: its
 * modules are its own business. The exceptions load after the first paint, in chunks of their own:
 * core/fixes and core/fixText (the page loads the fixes when it first offers one), core/batch and
 * core/batchTable (the batch view and its worker), core/refusals (the Webhooks panel's), core/exactIntegers
 * (loaded when a request has an integer too long for a JavaScript number).
 */
const coreIndexOnly = {
  group: ['**/core/*', '!**/core/index', '!**/core/fixes', '!**/core/fixText', '!**/core/batch', '!**/core/batchTable', '!**/core/refusals', '!**/core/exactIntegers'],
  message: 'Import the core through its index (src/core), not its modules.',
};
const layer = (forbidden) => ['error', { patterns: [coreIndexOnly, ...forbidden] }];
const noFeatures = { group: ['**/features/**', '**/features'], message: 'src/state must not import the views (src/features): views read the state, not the other way.' };
const noApp = { group: ['**/app/**', '**/app'], message: 'Only the shell (src/app) may import src/app: move shared pieces to src/features/shared.' };
const noCli = { group: ['**/cli/**', '**/cli'], message: 'The views must not import the CLI: what the build knows reaches them through vite.config.ts (import.meta.env).' };

export default defineConfig([
  globalIgnores(['.prof/', 'dist/', 'dist-cli/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', 'bench/results/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    files: ['**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  { files: ['src/state/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': layer([noFeatures, noApp, noCli]) } },
  { files: ['src/features/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': layer([noApp, noCli]) } },
  { files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'], rules: { 'no-restricted-imports': layer([noCli]) } },
  // genValidator compiles the core's schema into the core's validator: it must run before the index can load.
  { files: ['src/cli/**/*.ts'], ignores: ['src/cli/genValidator.ts'], rules: { 'no-restricted-imports': layer([noFeatures, noApp]) } },

  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreImportRestrictions],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history', 'self', 'alert', 'fetch', 'process'].map(domGlobal),
      ],
    },
  },
]);
