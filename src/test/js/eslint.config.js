// @ts-check
// ESLint for Baton's web sources and their tests. `npm run lint` runs it from the repository's root, so the
// paths below are relative to it and the shipped code is linted where it lives.
import js from '@eslint/js';
import globals from 'globals';

const strictness = {
  'no-var': 'error',
  'prefer-const': 'error',
  eqeqeq: ['error', 'always'],
  'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'none' }]
};

export default [
  {
    ignores: ['**/node_modules/**', 'target/**', 'src/main/resources/web/console/vendor/**']
  },
  {
    files: ['src/main/resources/web/**/*.js'],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser }
    },
    rules: { ...js.configs.recommended.rules, ...strictness }
  },
  {
    // Loaded with a plain <script> tag, not as modules.
    files: ['src/main/resources/web/widget.js'],
    languageOptions: { sourceType: 'script' }
  },
  {
    files: ['src/test/js/**/*.js'],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node }
    },
    rules: { ...js.configs.recommended.rules, ...strictness }
  }
];
