// Jest: TypeScript through @swc/jest (types are checked separately by `npm run typecheck`).
'use strict';
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // The Master audit runs after every test of every file (issue 18.2).
  setupFilesAfterEnv: ['<rootDir>/test/setup/master-audit.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: {syntax: 'typescript', tsx: true},
          transform: {react: {runtime: 'automatic', importSource: 'preact'}},
          target: 'es2022',
        },
        module: {type: 'commonjs'},
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(preact)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testTimeout: 60000,
};
