// Picks the engine from the configuration and prepares the database:
// constraints and indexes are created on every start, idempotently.
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { EmbeddedStore } from './embedded.ts';
import { Neo4jStore } from './neo4j.ts';
import { loadStatements, schemaStatements } from './statements.ts';
import type { GraphStore } from './store.ts';

export const EMBEDDED_FILE = 'c2c.grafeo';

export async function openStore(config: Pick<Config, 'dataDir' | 'neo4j'>): Promise<GraphStore> {
  const statements = loadStatements();
  const store = config.neo4j
    ? Neo4jStore.open(config.neo4j, statements)
    : EmbeddedStore.open(config.dataDir === null ? null : join(config.dataDir, EMBEDDED_FILE), statements);
  try {
    for (const statement of schemaStatements(statements, store.engine)) await store.run(statement.name);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
