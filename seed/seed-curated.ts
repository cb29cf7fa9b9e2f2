// Loads the curated data set into a store: validate, merge, derive, write.
import type { GraphStore } from '../server/store/store.ts';
import { toGraphRows, type GeocodeReport } from './graph-rows.ts';
import { loadCurated } from './load-curated.ts';
import { writeGraph } from './write-graph.ts';

export interface SeedResult {
  written: Record<string, number>;
  geocoding: GeocodeReport;
}

export async function seedCurated(store: GraphStore): Promise<SeedResult> {
  const { rows, geocoding } = toGraphRows(loadCurated());
  const written = await writeGraph(store, rows);
  return { written, geocoding };
}

/** True when the store holds no actor yet (a first start). */
export async function isEmpty(store: GraphStore): Promise<boolean> {
  const [stats] = await store.run<Record<string, number>>('stats');
  return !stats || Object.values(stats).every((n) => n === 0);
}
