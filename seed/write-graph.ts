// Writes graph rows into the store in one transaction, in batches: all or
// nothing. Every statement reports how many rows it wrote; a shortfall (a
// reference to a node that is not there) aborts the whole load.
import type { GraphStore, StatementRunner } from '../server/store/store.ts';
import type { GraphRows } from './graph-rows.ts';

const BATCH_SIZE = 2_000;

/** Told after every batch how many rows of the whole load are written. */
export type WriteProgress = (done: number, total: number) => void;

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

/** Writes every row inside the open transaction `tx`; returns the rows written per step. */
export async function writeRows(tx: StatementRunner, rows: GraphRows, onProgress: WriteProgress = () => {}): Promise<Record<string, number>> {
  const total = STEPS.reduce((n, [key]) => n + rows[key].length, 0);
  let done = 0;
  const written: Record<string, number> = {};
  for (const [key, statement, param = 'rows'] of STEPS) {
    written[key] = 0;
    for (let start = 0; start < rows[key].length; start += BATCH_SIZE) {
      const batch = rows[key].slice(start, start + BATCH_SIZE);
      const [result] = await tx.run<{ written: number }>(statement, { [param]: batch });
      written[key] += result?.written ?? 0;
      onProgress((done += batch.length), total);
    }
    if (written[key] !== rows[key].length) {
      throw new Error(`${statement}: wrote ${written[key]} of ${rows[key].length} rows; some reference an id that is not in the graph`);
    }
  }
  return written;
}

export async function writeGraph(store: GraphStore, rows: GraphRows, onProgress?: WriteProgress): Promise<Record<string, number>> {
  return store.transaction((tx) => writeRows(tx, rows, onProgress));
}
