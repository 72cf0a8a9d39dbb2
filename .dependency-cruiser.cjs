// The layer rules of src/, checked by dependency-cruiser in `npm test` (`npm run deps`).
//
// Why dependency-cruiser and not eslint-plugin-boundaries: it was already a dev dependency (boundaries
// would add a plugin and a TypeScript import resolver to ESLint); it reads the real import graph through
// TypeScript's own resolution (tsconfig.json, type-only imports included and told apart), so one rule can
// let adapters import app's port types but not its use cases; its rules are plain path patterns over
// the folder layout (docs/architecture.md), with no element taxonomy to keep in step; and the same run
// also catches circular imports and imports that resolve to nothing.
'use strict';

/** Every layer folder of src/. */
const SRC = '^src/';

module.exports = {
  forbidden: [
    {
      name: 'domain-imports-only-domain',
      comment:
        'src/domain is pure business rules: it imports domain and the contract (src/common, a leaf every layer reads: its DTO types and registries such as the Master fields and the report kinds), nothing else of src.',
      severity: 'error',
      from: {path: '^src/domain/'},
      to: {path: SRC, pathNot: '^src/(domain|common)/'},
    },
    {
      name: 'app-imports-domain-and-common',
      comment:
        'Use cases (src/app) are written against ports: they import domain, common and app, never adapters, entrypoints or ui.',
      severity: 'error',
      from: {path: '^src/app/'},
      to: {path: SRC, pathNot: '^src/(app|domain|common)/'},
    },
    {
      name: 'adapters-implement-ports',
      comment:
        'Adapters implement the ports of app: they import domain, common, other adapters and app port types, never entrypoints or ui.',
      severity: 'error',
      from: {path: '^src/adapters/'},
      to: {path: '^src/(entrypoints|ui)/'},
    },
    {
      name: 'adapters-import-only-app-ports',
      comment:
        'From app, an adapter imports types (type-only imports) or a ports.ts; calling a use case is wiring, which belongs to src/entrypoints/compose.',
      severity: 'error',
      from: {path: '^src/adapters/'},
      to: {
        path: '^src/app/',
        // app/google-errors.ts: the one classification of Google's failures (issue 16.2), read by
        // the retry policy in adapters/common and by use cases that keep progress on a busy minute.
        pathNot: ['/ports\\.ts$', '^src/app/google-errors\\.ts$'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'entrypoints-not-ui',
      comment:
        'Entrypoints wire app and adapters into globals; the sidebar (src/ui) is a separate browser bundle.',
      severity: 'error',
      from: {path: '^src/entrypoints/'},
      to: {path: '^src/ui/'},
    },
    {
      name: 'ui-imports-only-common',
      comment:
        'The sidebar reaches the server only through google.script.run: it imports src/common (the contract) and itself.',
      severity: 'error',
      from: {path: '^src/ui/'},
      to: {path: SRC, pathNot: '^src/(ui|common)/'},
    },
    {
      name: 'common-imports-only-common',
      comment:
        'src/common is the contract between the sidebar and the server: JSON-only types and constants, importing nothing else of src.',
      severity: 'error',
      from: {path: '^src/common/'},
      to: {path: SRC, pathNot: '^src/common/'},
    },
    {
      name: 'src-not-test-or-dev',
      comment:
        'What ships (src/) never imports tests, the emulator, the playground, benchmarks or build scripts.',
      severity: 'error',
      from: {path: SRC},
      to: {path: '^(test|dev|bench|scripts)/'},
    },
    {
      name: 'no-circular',
      comment: 'Modules of src/ form no import cycle.',
      severity: 'error',
      from: {path: SRC},
      to: {circular: true},
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves to a file or an installed package.',
      severity: 'error',
      from: {},
      to: {couldNotResolve: true},
    },
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
    reporterOptions: {text: {highlightFocused: true}},
  },
};
