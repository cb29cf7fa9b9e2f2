// The engines the store contract suite runs against: the embedded engine
// always, Neo4j when NEO4J_URI is set (the suite empties that database).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/config.ts';
import { openStore } from '../../server/store/open-store.ts';
import type { GraphStore } from '../../server/store/store.ts';

export interface EngineUnderTest {
  name: string;
  /** Opens a fresh, empty store. */
  open(): Promise<GraphStore>;
  /** Whether the store keeps data in a directory that can be reopened. */
  reopenable?: () => { dir: string; open(): Promise<GraphStore> };
}

export const embedded: EngineUnderTest = {
  name: 'embedded',
  open: () => openStore({ dataDir: null, neo4j: null }),
  reopenable: () => {
    const dir = mkdtempSync(join(tmpdir(), 'c2c-store-'));
    return { dir, open: () => openStore({ dataDir: dir, neo4j: null }) };
  },
};

const neo4jConfig = readConfig().neo4j;

export const neo4j: EngineUnderTest | null = neo4jConfig
  ? {
      name: 'neo4j',
      open: async () => {
        const store = await openStore({ dataDir: null, neo4j: neo4jConfig });
        await store.run('delete-all');
        return store;
      },
    }
  : null;

export const NEO4J_SKIP_REASON = 'NEO4J_URI is not set: the store contract suite ran against the embedded engine only';
