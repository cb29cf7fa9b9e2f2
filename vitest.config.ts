// Two projects: every suite on the embedded engine, and the suites whose
// answers depend on the engine again on Neo4j (test/support/engine.ts), one
// file at a time since they share its one database. The client is built
// once for the run (test/global-setup.ts); the neo4j project starts its
// Neo4j (test/neo4j-setup.ts) unless NEO4J_URI names one.
import { defineConfig } from 'vitest/config';
import { neo4jCanRun } from './test/support/neo4j-plan.ts';

const shared = { testTimeout: 60_000, hookTimeout: 120_000 };

/** The suites whose answers depend on the engine: they run on Neo4j too. */
const NEO4J_SUITES = [
  'test/store-contract.test.ts',
  // reads, pages and search; mutations and their validation; imports, all or nothing; authorisation
  'test/api-reads.test.ts',
  'test/api-mutations.test.ts',
  'test/import.test.ts',
  'test/api-import.test.ts',
  'test/auth.test.ts',
  // statements per request; the analyses and their cache; 50 clients x 20 writes; hostile input (a shorter run)
  'test/api-batching.test.ts',
  'test/api-analytics.test.ts',
  'test/api-overview.test.ts',
  // the Forum's questions: overlaps, funding opportunities, facets, the fair and its declarations
  'test/api-forum.test.ts',
  'test/analytics-cache.test.ts',
  'test/concurrency.test.ts',
  'test/hostile-input.test.ts',
  // synthetic and twin-cities loads; the synthetic bulk load in slices
  'test/synthetic.test.ts',
  'test/synthetic-load.test.ts',
  'test/twin-cities.test.ts',
  // the explorer in a browser
  'test/client-explore.test.ts',
];
/** The suites that run on Neo4j only: they compare it with the embedded engine, or kill it. */
const NEO4J_ONLY = ['test/neo4j/**/*.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/support/engine-reporter.ts'],
    projects: [
      { test: { ...shared, name: 'embedded', include: ['test/*.test.ts'], env: { C2C_TEST_ENGINE: 'embedded' } } },
      ...(neo4jCanRun()
        ? [{ test: { ...shared, name: 'neo4j', include: [...NEO4J_SUITES, ...NEO4J_ONLY], env: { C2C_TEST_ENGINE: 'neo4j' }, fileParallelism: false, globalSetup: ['test/neo4j-setup.ts'] } }]
        : []),
    ],
  },
});
