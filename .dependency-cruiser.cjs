// @ts-check
/**
 * Import rules for Ketenpoort, checked by `npm run grenzen` (dependency-cruiser).
 *
 * The core (identity, pseudonym, policy, matching, logboek) takes plain values and returns
 * plain values, so it runs unchanged in Node, in a Worker, in the CLI and in a browser page
 * (STYLE.md, "a pure core and a thin shell"). It may import itself, `src/encoding/` and
 * plain libraries (zod, yaml, @noble, jose, ...), nothing from the shell or the runtime.
 * Type-only imports count too (`tsPreCompilationDeps`): a type the store defines and the
 * core imports is the boundary in the wrong place. Tests (`*.test.ts`) are exempt.
 *
 * Paths are relative to the working directory, so the same rules run on a fixture tree
 * (test/grenzen.test.ts); the tsconfig is found next to this file.
 */
const path = require('node:path');

const KERN = '^src/(identity|pseudonym|policy|matching|logboek|cijfers)/';
/** What the core may import from src/: itself and the neutral helpers. */
const KERN_MAG = '^src/(identity|pseudonym|policy|matching|logboek|cijfers|encoding)/';
const TEST = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'kern-importeert-geen-schil',
      severity: 'error',
      comment:
        'The core imports nothing from the shell (store, api, cli, node, worker, config, client, ' +
        'ui, use-cases, the entry files): types the core needs belong to the core; the shell ' +
        'imports them from there.',
      from: { path: KERN, pathNot: TEST },
      to: { path: '^src/', pathNot: KERN_MAG },
    },
    {
      name: 'kern-zonder-node',
      severity: 'error',
      comment:
        'The core uses web standards only, no node:* builtin (not even for a type): what the ' +
        'runtime must provide (a faster hash, files) is injected by the shell.',
      from: { path: KERN, pathNot: TEST },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'kern-zonder-schilpakketten',
      severity: 'error',
      comment:
        'hono, @hono/*, drizzle-orm and better-sqlite3 belong to the shell (api, store); the ' +
        'core is served by them, it does not use them.',
      from: { path: KERN, pathNot: TEST },
      to: { path: '(^|/)node_modules/(hono|@hono/[^/]+|drizzle-orm|better-sqlite3)/' },
    },
    {
      name: 'poort-zonder-oprf-sleutel',
      severity: 'error',
      comment:
        "The gateway never holds the sleutelbewaarder's key (issue 12): nothing its entries " +
        '(Node, Worker) reach, directly or through other modules, may import the code that ' +
        'reads, makes or uses that key. The demo starts the sleutelbewaarder as a child process.',
      from: { path: '^src/(node|worker)\\.ts$' },
      to: { path: '^src/sleutelbewaarder/', reachable: true },
    },
    {
      name: 'geen-kringen',
      severity: 'error',
      comment:
        'Two modules that import each other are one module in two files, or one of them holds ' +
        'what both need: split that out.',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: path.join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
