import { defineConfig } from 'vitest/config';

// Node resolves `graphql` to its CommonJS build (package "main"), as type-graphql does;
// Vite would pick the ESM build ("module") and load a second copy of graphql. Match Node.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // A timeout is a hang detector, not a speed test: on a loaded 2-core machine the first
          // call into jieba or a spawned CLI took 5–6 s, past vitest's default 5 s (review s25).
          testTimeout: 60_000,
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          // One real Neo4j for the whole run: started here unless NEO4J_URI is set.
          globalSetup: ['test/support/neo4j-global-setup.ts'],
          // Community Neo4j has one user database: test files take turns with it.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // The explorer renders after its data arrives; on a loaded machine that can take seconds,
          // so polled conditions wait longer than vitest's default second before they fail.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
