// Lint rules, including the import fences between runtimes (../shared/STYLE.md, rule 1).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const RUNTIME_PACKAGES = ['electron', 'dexie', 'react', 'react-dom', 'zustand', 'node:*'];

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
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-main/**'], message: 'the renderer never imports main.' },
            {
              group: ['electron', 'node:*'],
              message: 'the renderer runs sandboxed; use the Platform bridge.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-main/**'], message: 'the renderer never imports main.' },
            {
              group: ['electron', 'node:*'],
              message: 'the renderer runs sandboxed; use the Platform bridge.',
            },
            { group: ['dexie'], message: 'only src-renderer/db/ touches Dexie.' },
          ],
        },
      ],
    },
  },
);
