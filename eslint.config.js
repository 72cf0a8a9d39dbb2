// ESLint flat config: Google TypeScript Style (gts) plus this project's rules.
'use strict';
const gts = require('gts/build/eslint.config.js');
const {defineConfig} = require('eslint/config');

module.exports = defineConfig([
  {
    ignores: [
      'build/',
      'build-dev/',
      'coverage/',
      'test-output/',
      'node_modules/',
    ],
  },
  ...gts,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {project: './tsconfig.json', tsconfigRootDir: __dirname},
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['jest.config.js'],
    languageOptions: {sourceType: 'commonjs', globals: require('globals').node},
  },
  {
    files: ['scripts/**/*.mjs', 'dev/**/*.mjs', '.ci/**/*.mjs'],
    languageOptions: {sourceType: 'module', globals: require('globals').node},
  },
]);
