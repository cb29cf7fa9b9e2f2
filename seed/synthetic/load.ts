// Loads a synthetic data set into a store through the seed's own path (the
// rows of seed/graph-rows.ts, written by seed/write-graph.ts in one
// transaction), adding what the format has no field for: each city's made-up
// population and coordinates. The generator's output is valid by
// construction (test/synthetic.test.ts checks it against the format's schemas
// and reference rules), so it is not validated again on the way in.
import type { GraphStore } from '../../server/store/store.ts';
import { toGraphRows } from '../graph-rows.ts';
import { fundingId, type MergedData } from '../merge.ts';
import { writeGraph, type WriteProgress } from '../write-graph.ts';
import type { SyntheticDataSet } from './generate.ts';

/** Writes `set` into `store` (all or nothing); returns the rows written per kind. */
export async function loadDataSet(store: GraphStore, set: SyntheticDataSet, onProgress?: WriteProgress): Promise<Record<string, number>> {
  const { document: _document, ...records } = set.file;
  const data: MergedData = { ...records, fundings: records.fundings.map((f) => ({ ...f, id: fundingId(f) })) };
  const { rows } = toGraphRows(data);
  for (const row of rows.cities) Object.assign(row.props, set.places.get(row.id!));
  return writeGraph(store, rows, onProgress);
}
