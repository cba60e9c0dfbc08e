import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Node's modules are imported as `node:fs`, never bare `fs` (one spelling; no clash with an npm package). */
const bareNodeModules = {
  paths: builtinModules
    .filter((name) => !name.startsWith('_'))
    .map((name) => ({ name, message: `Import Node's module as 'node:${name}'.` })),
};
/** Where code may run is enforced, not remembered. */
const restrict = (...patterns) => ['error', { ...bareNodeModules, patterns }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': restrict(),
    },
  },
  {
    // Shared code is pure: it runs in the server, in every screen and in the tests alike.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        'node:*',
        'electron',
        'better-sqlite3',
        'react',
        'react-dom',
        '../server/*',
        '../renderer/*',
        '**/server/**',
        '**/renderer/**',
        '**/main/**',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer'],
    },
  },
  {
    // The core runs under plain Node (browser mode, tests): never Electron, never the shell, never a screen.
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict('electron', '../renderer/*', '**/renderer/**', '../main/*', '**/main/**'),
    },
  },
  {
    // The screens' service worker (plain JS, copied as it is to /sw.js).
    files: ['src/renderer/public/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    // The province dashboard's one plain script (src/hub/page): served as it is, no build.
    files: ['src/hub/page/**/*.js'],
    languageOptions: { globals: { ...globals.browser, echarts: 'readonly' } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict('node:*', 'electron', 'better-sqlite3', '**/server/**', '**/main/**'),
    },
  },
);
