// Lint rules, including the import fences between runtimes (../shared/STYLE.md, rule 1).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const RUNTIME_PACKAGES = ['electron', 'dexie', 'react', 'react-dom', 'zustand', 'node:*'];
/** Node's globals: shared/ runs in the browser too, so it may use none of them. */
const NODE_GLOBALS = [
  'Buffer',
  'process',
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
  'clearImmediate',
].map((name) => ({ name, message: 'shared/ is pure: Node globals are not there in the browser.' }));

/** The renderer's import fences: each file gets every pattern of the layers it is in. */
function rendererFences() {
  const renderer = [
    { group: ['**/src-main/**'], message: 'the renderer never imports main.' },
    {
      group: ['electron', 'node:*'],
      message: 'the renderer runs sandboxed; use the Platform bridge.',
    },
    { group: ['**/bench/**'], message: 'the product never imports the benchmarks (bench/).' },
  ];
  const noDexie = { group: ['dexie'], message: 'only src-renderer/db/ touches Dexie.' };
  const noFeatures = {
    group: ['**/features/**'],
    message: 'the store and services sit under the screens: never import features/.',
  };
  const fence = (files, patterns, ignores = []) => ({
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  });
  return [
    fence(['src-renderer/db/**/*.ts'], renderer),
    fence(
      ['src-renderer/**/*.{ts,tsx}'],
      [...renderer, noDexie],
      ['src-renderer/db/**', 'src-renderer/services/**', 'src-renderer/state/**'],
    ),
    fence(['src-renderer/{state,services}/**/*.{ts,tsx}'], [...renderer, noDexie, noFeatures]),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      '.tmp/**',
      'node_modules/**',
      'coverage/**',
      'docs/**',
      'bench/results.json',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Regular expressions: the recommended set, whose no-super-linear-backtracking and
  // no-super-linear-move catch patterns that take exponential or quadratic time on crafted text.
  regexp.configs['flat/recommended'],
  { rules: { 'regexp/no-super-linear-move': 'error' } },
  {
    // Tests and benchmarks match our own short outputs (stderr, a report), never a user's text.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'regexp/no-super-linear-move': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: RUNTIME_PACKAGES,
              message: 'shared/ is pure: pass runtimes in from the edges.',
            },
            {
              group: ['**/src-main/**', '**/src-renderer/**', '**/src-cli/**'],
              message: 'shared/ imports nothing from the edges.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass the clock in (today / now) instead of reading it.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass the clock in instead of reading it.',
        },
        {
          selector: "CallExpression[callee.property.name='randomUUID']",
          message: 'Pass an id source in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Pass randomness in.',
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-renderer/**'], message: 'main never imports the renderer.' },
          ],
        },
      ],
    },
  },
  // The renderer's layers (../shared/STYLE.md): features/ (screens) → state/ (the store) →
  // services/ (non-UI work the store and screens call) → db/ (only code touching Dexie) → shared/.
  ...rendererFences(),
);
