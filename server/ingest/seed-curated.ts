// Loads the curated data set into a store: validate, merge, derive, write.
import type { GraphStore } from '../store/store.ts';
import { documentSummary } from './document-summary.ts';
import { toGraphRows, type GeocodeReport } from './graph-rows.ts';
import { loadCurated } from './load-curated.ts';
import { writeGraph } from './write-graph.ts';

export interface SeedResult {
  written: Record<string, number>;
  geocoding: GeocodeReport;
  /** Per source document: what the set holds from it, and what it leaves out and why (curated seed only). */
  documents?: string[];
}

export async function seedCurated(store: GraphStore): Promise<SeedResult> {
  const data = loadCurated();
  const { rows, geocoding } = toGraphRows(data);
  const written = await writeGraph(store, rows);
  return { written, geocoding, documents: documentSummary(data, geocoding) };
}
