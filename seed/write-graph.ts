// Writes graph rows into the store in one transaction, in batches: all or
// nothing. Every statement reports how many rows it wrote; a shortfall (a
// reference to a node that is not there) aborts the whole load. Rows may come
// as arrays or be produced a batch at a time (a synthetic load): the next
// batch is produced while the store writes the one before.
import type { GraphStore, StatementRunner } from '../server/store/store.ts';
import type { GraphRows } from './graph-rows.ts';

/** Rows per statement: large enough that a statement's fixed cost does not count, small enough to show progress. */
export const BATCH_SIZE = 2_000;

/** Told after every batch how many rows of the whole load are written. */
export type WriteProgress = (done: number, total: number) => void;

/** The rows of one kind: how many, and the batches they come in. */
export interface RowBatches {
  count: number;
  batches: Iterable<unknown[]>;
}

export type GraphRowBatches = Record<keyof GraphRows, RowBatches>;

/** `items` in batches of BATCH_SIZE, each mapped to rows only when it is written. */
export function inBatches<T>(items: readonly T[], toRow: (item: T) => unknown = (item) => item): RowBatches {
  return {
    count: items.length,
    batches: {
      *[Symbol.iterator]() {
        for (let start = 0; start < items.length; start += BATCH_SIZE) yield items.slice(start, start + BATCH_SIZE).map((item) => toRow(item));
      },
    },
  };
}

/** The statements in the order they must run: nodes before the relationships between them. */
const STEPS: [keyof GraphRows, string, string?][] = [
  ['cities', 'upsert-cities'],
  ['associations', 'upsert-associations'],
  ['networks', 'upsert-networks'],
  ['donors', 'upsert-donors'],
  ['programmes', 'upsert-programmes'],
  ['organisations', 'upsert-organisations'],
  ['partnerships', 'upsert-partnerships'],
  ['extraDonorIds', 'mark-donors', 'ids'],
  ['participations', 'upsert-participations'],
  ['memberships', 'upsert-memberships'],
  ['fundings', 'upsert-fundings'],
  ['supports', 'upsert-supports'],
  ['runs', 'upsert-runs'],
];

/** Writes every batch inside the open transaction `tx`; returns the rows written per step. */
export async function writeRowBatches(tx: StatementRunner, rows: GraphRowBatches, onProgress: WriteProgress = () => {}): Promise<Record<string, number>> {
  const total = STEPS.reduce((n, [key]) => n + rows[key].count, 0);
  let done = 0;
  const written: Record<string, number> = {};
  for (const [key, statement, param = 'rows'] of STEPS) {
    written[key] = 0;
    const batches = rows[key].batches[Symbol.iterator]();
    let next = batches.next();
    while (!next.done) {
      const batch = next.value;
      // The store takes the batch's parameters now and writes it in the background: produce the next one meanwhile.
      const writing = tx.run<{ written: number }>(statement, { [param]: batch });
      try {
        next = batches.next();
      } finally {
        const [result] = await writing;
        written[key] += result?.written ?? 0;
      }
      onProgress((done += batch.length), total);
    }
    if (written[key] !== rows[key].count) {
      throw new Error(`${statement}: wrote ${written[key]} of ${rows[key].count} rows; some reference an id that is not in the graph`);
    }
  }
  return written;
}

/** Writes every row inside the open transaction `tx`; returns the rows written per step. */
export function writeRows(tx: StatementRunner, rows: GraphRows, onProgress?: WriteProgress): Promise<Record<string, number>> {
  const batches = Object.fromEntries(Object.entries(rows).map(([key, list]) => [key, inBatches(list as unknown[])])) as GraphRowBatches;
  return writeRowBatches(tx, batches, onProgress);
}

export async function writeGraph(store: GraphStore, rows: GraphRows, onProgress?: WriteProgress): Promise<Record<string, number>> {
  return store.transaction((tx) => writeRows(tx, rows, onProgress));
}
