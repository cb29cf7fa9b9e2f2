// Per-request batch loaders: every list field resolves with one statement per
// request level, whatever the number of items (no N+1).
import DataLoader from 'dataloader';
import type { GraphStore, Row } from '../store/store.ts';

/** A loader whose statement takes `$ids` and returns rows with an `id` column, grouped by it. */
function groupedLoader(store: GraphStore, statement: string): DataLoader<string, Row[]> {
  return new DataLoader(async (ids) => {
    const rows = await store.run(statement, { ids: [...ids] });
    const groups = new Map<string, Row[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row.id as string)?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/**
 * A loader of one node per id (null when there is none). loadMany answers a
 * failed load with its Error in place of the rows: handed on, it fails that
 * id's load, where a null would say that a store which did not answer holds
 * no such node.
 */
function nodeLoader(store: GraphStore, statement: string): DataLoader<string, Row | null> {
  const grouped = groupedLoader(store, statement);
  return new DataLoader(async (ids) => (await grouped.loadMany(ids)).map((rows) => (rows instanceof Error ? rows : (rows[0] ?? null))));
}

export function createLoaders(store: GraphStore) {
  return {
    actor: nodeLoader(store, 'actors-by-ids'),
    partnership: nodeLoader(store, 'partnerships-by-ids'),
    participants: groupedLoader(store, 'participants-of-partnerships'),
    partnershipsOf: groupedLoader(store, 'partnerships-of-actors'),
    partnersOf: groupedLoader(store, 'partners-of-cities'),
    membershipsOf: groupedLoader(store, 'memberships-of-actors'),
    membersOf: groupedLoader(store, 'members-of-organisations'),
    fundingsOf: groupedLoader(store, 'fundings-of-nodes'),
    runnersOf: groupedLoader(store, 'runners-of-programmes'),
    targetsOf: groupedLoader(store, 'targets-of-programmes'),
    programmesRunBy: groupedLoader(store, 'programmes-run-by'),
    supportersOf: groupedLoader(store, 'supporters-of-partnerships'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
