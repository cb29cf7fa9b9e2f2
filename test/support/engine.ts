// The engine a test file runs on. vitest.config.ts runs the engine-dependent
// suites twice, as the projects "embedded" and "neo4j" (C2C_TEST_ENGINE says
// which); test/neo4j-setup.ts starts the Neo4j they share and provides its
// address. Neo4j Community has one database, so the neo4j project runs its
// files one at a time, and a store opened here starts by emptying it.
import { inject } from 'vitest';
import type { Neo4jSettings } from '../../server/store/neo4j.ts';
import { openStore } from '../../server/store/open-store.ts';
import { emptyStore } from '../../server/store/empty-store.ts';
import type { EngineName, GraphStore } from '../../server/store/store.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Neo4j of the neo4j project (test/neo4j-setup.ts). */
    neo4j: Neo4jSettings;
  }
}

export const TEST_ENGINE: EngineName = process.env.C2C_TEST_ENGINE === 'neo4j' ? 'neo4j' : 'embedded';

/** How to reach the Neo4j the tests share; only in the neo4j project. */
export function neo4jUnderTest(): Neo4jSettings {
  const settings = inject('neo4j');
  if (!settings) throw new Error('No Neo4j was provided: run this file in the neo4j project (vitest.config.ts)');
  return settings;
}

/** Opens an empty store of `engine` (the file's engine by default): a new in-memory database, or Neo4j's emptied. */
export async function openEmptyStore(engine: EngineName = TEST_ENGINE): Promise<GraphStore> {
  if (engine === 'embedded') return openStore({ dataDir: null, neo4j: null });
  const store = await openStore({ dataDir: null, neo4j: neo4jUnderTest() });
  await emptyStore(store);
  return store;
}
