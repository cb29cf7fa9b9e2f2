// Writes graph rows into the store in one transaction, in batches: all or
// nothing. Every statement reports how many rows it wrote; a shortfall (a
// reference to a node that is not there) aborts the whole load.
import type { GraphStore, StatementRunner } from '../server/store/store.ts';
import type { GraphRows } from './graph-rows.ts';

const BATCH_SIZE = 2_000;

async function writeBatches(tx: StatementRunner, statement: string, rows: unknown[], param = 'rows'): Promise<number> {
  let written = 0;
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const [result] = await tx.run<{ written: number }>(statement, { [param]: batch });
    written += result?.written ?? 0;
  }
  if (written !== rows.length) {
    throw new Error(`${statement}: wrote ${written} of ${rows.length} rows; some reference an id that is not in the graph`);
  }
  return written;
}

/** The statements in the order they must run: nodes before the relationships between them. */
const STEPS: [keyof GraphRows, string, string?][] = [
  ['cities', 'upsert-cities'],
  ['associations', 'upsert-associations'],
  ['networks', 'upsert-networks'],
  ['donors', 'upsert-donors'],
  ['programmes', 'upsert-programmes'],
  ['partnerships', 'upsert-partnerships'],
  ['extraDonorIds', 'mark-donors', 'ids'],
  ['participations', 'upsert-participations'],
  ['memberships', 'upsert-memberships'],
  ['fundings', 'upsert-fundings'],
  ['supports', 'upsert-supports'],
  ['runs', 'upsert-runs'],
];

export async function writeGraph(store: GraphStore, rows: GraphRows): Promise<Record<string, number>> {
  return store.transaction(async (tx) => {
    const written: Record<string, number> = {};
    for (const [key, statement, param] of STEPS) {
      written[key] = await writeBatches(tx, statement, rows[key], param);
    }
    return written;
  });
}
