// Writes graph rows into the store in batches, in the order the statements
// must run (nodes before the relationships between them). Every statement
// reports how many rows it wrote; a shortfall (a reference to a node that is
// not there) fails the write. Rows may come as arrays or be produced a batch at
// a time (a synthetic load): the next batch is produced while the store writes
// the one before.
//
// Two ways to commit them: inside one open transaction (an import, the curated
// seed: all or nothing), or in slices of bounded size, each a transaction of
// its own (the synthetic bulk load, seed/synthetic/load.ts): a transaction's
// state lives in the database's memory until it commits, and Neo4j refuses a
// million relationships in one (docs/performance.md, "Neo4j at scale").
import type { GraphStore, StatementRunner } from '../store/store.ts';
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

interface Step {
  key: keyof GraphRows;
  statement: string;
  param: string;
}

/** The statements in the order they must run: nodes before the relationships between them. */
const STEPS: Step[] = (
  [
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
  ] as const
).map(([key, statement, param = 'rows']) => ({ key, statement, param }));

/** A batch of one step's rows, or the mark that the step has none left (where its count is checked). */
type Item = { step: Step; batch: unknown[] } | { step: Step; stepDone: true };

function* itemsOf(rows: GraphRowBatches): Generator<Item> {
  for (const step of STEPS) {
    for (const batch of rows[step.key].batches) yield { step, batch };
    yield { step, stepDone: true };
  }
}

/** What a slice wrote: the counts per step so far, and its rows. */
interface SliceWritten {
  written: Record<string, number>;
  rows: number;
}

/**
 * The write of a whole set of rows, a transaction (or a slice) at a time. A slice remembers the items it has
 * taken, so that a transaction the driver retries (a transient error on Neo4j) writes the same slice again
 * rather than the rows after it; the counts move on only once a slice has committed.
 */
class GraphWriter {
  private readonly items: Iterator<Item>;
  private next: IteratorResult<Item>;
  /** The items the slice being written has taken so far. */
  private slice: Item[] = [];
  readonly total: number;
  /** Rows written per step, by committed slices. */
  written: Record<string, number> = {};
  private done = 0;

  constructor(
    private readonly rows: GraphRowBatches,
    private readonly onProgress: WriteProgress,
  ) {
    this.total = STEPS.reduce((n, { key }) => n + rows[key].count, 0);
    this.items = itemsOf(rows);
    this.next = this.items.next();
  }

  get finished(): boolean {
    return this.next.done === true && this.slice.length === 0;
  }

  /** The slice's `index`th item: one taken already (a retry), or the next one, if its rows fit in the slice (a first batch always does). */
  private take(index: number, rowsTaken: number, sliceRows: number): Item | undefined {
    if (index < this.slice.length) return this.slice[index];
    if (this.next.done) return undefined;
    const item = this.next.value;
    if (rowsTaken > 0 && 'batch' in item && rowsTaken + item.batch.length > sliceRows) return undefined;
    this.slice.push(item);
    this.next = this.items.next();
    return item;
  }

  /**
   * Writes the next slice of whole batches, at most `sliceRows` rows (or one batch; Infinity: every row), inside `tx`; once its
   * transaction has committed, the caller hands what it returns to `committed`.
   */
  async writeSlice(tx: StatementRunner, sliceRows: number): Promise<SliceWritten> {
    const written = { ...this.written };
    let rowsTaken = 0;
    let item = this.take(0, rowsTaken, sliceRows);
    for (let index = 0; item; ) {
      const { step } = item;
      if ('stepDone' in item) {
        if ((written[step.key] ?? 0) !== this.rows[step.key].count) {
          throw new Error(`${step.statement}: wrote ${written[step.key] ?? 0} of ${this.rows[step.key].count} rows; some reference an id that is not in the graph`);
        }
        item = this.take(++index, rowsTaken, sliceRows);
        continue;
      }
      const { batch } = item;
      rowsTaken += batch.length;
      // The store takes the batch's parameters now and writes it in the background: produce the next one meanwhile.
      const writing = tx.run<{ written: number }>(step.statement, { [step.param]: batch });
      let result: { written: number } | undefined;
      try {
        item = this.take(++index, rowsTaken, sliceRows);
      } finally {
        [result] = await writing;
      }
      written[step.key] = (written[step.key] ?? 0) + (result?.written ?? 0);
      this.onProgress(this.done + rowsTaken, this.total);
    }
    return { written, rows: rowsTaken };
  }

  /** The slice is in the store: the next one starts after it. */
  committed({ written, rows }: SliceWritten): void {
    this.written = written;
    this.done += rows;
    this.slice = [];
  }
}

/** Writes every batch inside the open transaction `tx`; returns the rows written per step. */
export async function writeRowBatches(tx: StatementRunner, rows: GraphRowBatches, onProgress: WriteProgress = () => {}): Promise<Record<string, number>> {
  const writer = new GraphWriter(rows, onProgress);
  writer.committed(await writer.writeSlice(tx, Infinity));
  return writer.written;
}

/**
 * Writes every batch in transactions of whole batches, at most `sliceRows` rows each, one after the other; returns
 * the rows written per step. Not all or nothing: a failure leaves the slices before it committed (the caller
 * decides what to do with them: seed/synthetic/load.ts empties the store it loaded into).
 */
export async function writeRowBatchesInSlices(store: GraphStore, rows: GraphRowBatches, sliceRows: number, onProgress: WriteProgress = () => {}): Promise<Record<string, number>> {
  const writer = new GraphWriter(rows, onProgress);
  while (!writer.finished) writer.committed(await store.transaction((tx) => writer.writeSlice(tx, sliceRows)));
  return writer.written;
}

/** Writes every row inside the open transaction `tx`; returns the rows written per step. */
export function writeRows(tx: StatementRunner, rows: GraphRows, onProgress?: WriteProgress): Promise<Record<string, number>> {
  const batches = Object.fromEntries(Object.entries(rows).map(([key, list]) => [key, inBatches(list as unknown[])])) as GraphRowBatches;
  return writeRowBatches(tx, batches, onProgress);
}

export async function writeGraph(store: GraphStore, rows: GraphRows, onProgress?: WriteProgress): Promise<Record<string, number>> {
  return store.transaction((tx) => writeRows(tx, rows, onProgress));
}
