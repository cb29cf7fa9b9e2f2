// Loads a synthetic data set into a store through the seed's own path (the
// rows of seed/graph-rows.ts, written by seed/write-graph.ts in one
// transaction: all or nothing), adding what the format has no field for: each
// city's made-up population and coordinates. Rows are made a batch at a time
// while the store writes the batch before, so that a million relationships
// never sit in memory as rows. The generator's output is valid by construction
// (test/synthetic.test.ts checks it against the format's schemas and reference
// rules), so it is not validated again on the way in; no city is looked up in
// GeoNames, which knows no synthetic city.
import type { GraphStore } from '../../server/store/store.ts';
import { extraDonorIdsOf, rowOf, type Row } from '../graph-rows.ts';
import { fundingId, type MergedData } from '../merge.ts';
import { orientPartnerships } from '../partnership-orientation.ts';
import { nothingStored } from '../store-context.ts';
import { BATCH_SIZE, inBatches, writeRowBatches, type GraphRowBatches, type RowBatches, type WriteProgress } from '../write-graph.ts';
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

/** Writes `set` into `store` (all or nothing); returns the rows written per kind. */
export async function loadDataSet(store: GraphStore, set: SyntheticDataSet, onProgress?: WriteProgress): Promise<Record<string, number>> {
  return store.transaction((tx) => writeRowBatches(tx, syntheticRowBatches(set), onProgress));
}
