// Whether a store is empty, and emptying it a bounded transaction at a time
// (cypher/delete-some-nodes.cypher says why): `npm run seed -- --reset`, the
// benchmark's and the tests' fresh stores, and a synthetic bulk load that
// failed. Emptying is not all or nothing, and need not be: a store emptied
// halfway is emptied the rest of the way by running it again.
import type { GraphStore } from './store.ts';

/** True when the store holds no actor, partnership or relationship (a first start; a store a bulk load may go into). */
export async function isEmpty(store: GraphStore): Promise<boolean> {
  const [stats] = await store.run<Record<string, number>>('stats');
  return !stats || Object.values(stats).every((n) => n === 0);
}

/** Nodes per transaction: with their relationships (five a node on average in the synthetic sets), tens of MB of Neo4j's transaction memory. */
export const DELETE_SLICE = 10_000;

/** Deletes every node and relationship; returns how many nodes were deleted. */
export async function emptyStore(store: GraphStore, slice = DELETE_SLICE): Promise<number> {
  let deleted = 0;
  for (;;) {
    const [row] = await store.run<{ deleted: number }>('delete-some-nodes', { limit: slice });
    if (!row?.deleted) return deleted;
    deleted += row.deleted;
  }
}
