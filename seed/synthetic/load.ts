// Loads a synthetic data set into a store through the seed's own path (the
// rows of server/ingest/graph-rows.ts, written by server/ingest/write-graph.ts), adding what the
// format has no field for: each city's made-up population and coordinates.
//
// It is a bulk load into an empty store. What a user of a benchmark set
// expects is the set or nothing, so a store that holds anything is refused
// (there is nothing to merge a made-up set with). On Neo4j it is committed in
// slices of bounded size, since a million relationships in one transaction do
// not fit the memory Neo4j gives a transaction (docs/performance.md, "Neo4j at scale"), and
// a load that fails empties the store again before the error is passed on;
// readers see the set grow while it loads, and a process killed mid-load
// leaves part of it, which the next load refuses until the store is emptied
// (`--reset`). On the embedded engine it stays one transaction, all or
// nothing: the transaction's state is the process's own memory, and Grafeo
// commits batches on their own more slowly (seed/SYNTHETIC.md). Rows are made a batch at a time
// while the store writes the batch before, so that a million relationships
// never sit in memory as rows. The generator's output is valid by construction
// (test/synthetic.test.ts checks it against the format's schemas and reference
// rules), so it is not validated again on the way in; no city is looked up in
// GeoNames, which knows no synthetic city.
import type { EngineName, GraphStore } from '../../server/store/store.ts';
import { extraDonorIdsOf, rowOf, type Row } from '../../server/ingest/graph-rows.ts';
import { fundingId, type MergedData } from '../../server/ingest/merge.ts';
import { orientPartnerships } from '../../server/ingest/partnership-orientation.ts';
import { emptyStore, isEmpty } from '../../server/store/empty-store.ts';
import { nothingStored } from '../../server/ingest/store-context.ts';
import { BATCH_SIZE, inBatches, writeRowBatchesInSlices, type GraphRowBatches, type RowBatches, type WriteProgress } from '../../server/ingest/write-graph.ts';
import type { SyntheticDataSet } from './generate.ts';

/** The participations stated inside the partnerships, in batches of about BATCH_SIZE. */
function participationBatches(partnerships: MergedData['partnerships']): RowBatches {
  return {
    count: partnerships.reduce((n, p) => n + p.participants.length, 0),
    batches: {
      *[Symbol.iterator]() {
        let batch: Row[] = [];
        for (const p of partnerships) {
          batch.push(...rowOf.participants(p));
          if (batch.length >= BATCH_SIZE) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length) yield batch;
      },
    },
  };
}

/** The rows of `set`, each batch made when it is written. */
export function syntheticRowBatches(set: SyntheticDataSet): GraphRowBatches {
  const { document: _document, ...records } = set.file;
  const data: MergedData = { ...records, fundings: records.fundings.map((f) => ({ ...f, id: fundingId(f) })) };
  const orientations = orientPartnerships(data, nothingStored());
  return {
    cities: inBatches(data.cities, (c) => {
      const row = rowOf.city(c, null);
      Object.assign(row.props, set.places.get(c.id));
      return row;
    }),
    associations: inBatches(data.associations, rowOf.association),
    networks: inBatches(data.networks, rowOf.network),
    donors: inBatches(data.donors, rowOf.donor),
    programmes: inBatches(data.programmes, rowOf.programme),
    organisations: inBatches(data.organisations, rowOf.organisation),
    partnerships: inBatches(data.partnerships, (p) => rowOf.partnership(p, orientations.get(p.id))),
    extraDonorIds: inBatches(extraDonorIdsOf(data)),
    participations: participationBatches(data.partnerships),
    memberships: inBatches(data.memberships, rowOf.membership),
    fundings: inBatches(data.fundings, rowOf.funding),
    supports: inBatches(data.supports, rowOf.support),
    runs: inBatches(data.runs, rowOf.run),
  };
}

/**
 * Rows per transaction on each engine. On Neo4j ten batches. On Neo4j a slice's state takes about 4 KB a row of transaction memory
 * (a 100,000-city set, 1.4 million rows, passed 5.6 GiB in one transaction), so about 80 MB: well within the
 * share of even a 1 GB heap (70 %). Chosen to bound memory, not tuned for speed: the cost is in the rows, and a
 * commit per 20,000 of them is a small part of it (docs/performance.md, "Neo4j at scale").
 */
export const SLICE_ROWS: Record<EngineName, number> = { embedded: Infinity, neo4j: 10 * BATCH_SIZE };

/** The store a bulk load was asked to go into holds something already. */
export class StoreNotEmptyError extends Error {
  constructor() {
    super('A synthetic data set is loaded into an empty store only, and this one holds data: empty it first (npm run seed -- --reset)');
    this.name = 'StoreNotEmptyError';
  }
}

/**
 * Writes `set` into the empty `store`, in transactions of at most `sliceRows` rows (whole batches; the engine's
 * SLICE_ROWS unless given), or leaves it empty; returns the rows written per kind.
 */
export async function loadDataSet(store: GraphStore, set: SyntheticDataSet, onProgress?: WriteProgress, sliceRows = SLICE_ROWS[store.engine]): Promise<Record<string, number>> {
  if (!(await isEmpty(store))) throw new StoreNotEmptyError();
  try {
    return await writeRowBatchesInSlices(store, syntheticRowBatches(set), sliceRows, onProgress);
  } catch (error) {
    await emptyStore(store);
    throw error;
  }
}
