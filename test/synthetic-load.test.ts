// The synthetic bulk load (seed/synthetic/load.ts) on both engines: it commits
// in transactions of bounded size, a transaction the database retries writes
// its own slice again, a failure halfway leaves the store empty, and a store
// that holds data is refused and left as it was.
import { describe, expect, it } from 'vitest';
import { emptyStore, isEmpty } from '../server/store/empty-store.ts';
import { seedCurated } from '../server/ingest/seed-curated.ts';
import { generateDataSet } from '../seed/synthetic/generate.ts';
import { loadDataSet, StoreNotEmptyError } from '../seed/synthetic/load.ts';
import { BATCH_SIZE } from '../server/ingest/write-graph.ts';
import type { GraphStore, Params, StatementRunner } from '../server/store/store.ts';
import { openEmptyStore } from './support/engine.ts';
import { failingStore } from './support/store-wrappers.ts';

const set = generateDataSet({ cities: 1_000, seed: 11 });
/** One batch's rows a transaction: a 1,000-city set (about 13,500 rows) is then at least seven transactions. */
const SLICE = BATCH_SIZE;

/** The rows a statement sends: the length of its one list parameter. */
const rowsOf = (params: Params = {}) => Object.values(params).reduce<number>((n, value) => n + (Array.isArray(value) ? value.length : 0), 0);

interface Recording {
  store: GraphStore;
  /** Rows sent by each write transaction that committed, in order. */
  committed: number[];
}

/**
 * `store`, recording the rows of each committed transaction; the transaction numbered `retried` (from 0) runs its
 * work twice, the first time in a transaction rolled back after the work is done, as the Neo4j driver retries a
 * transaction that failed on a transient error.
 */
function recording(store: GraphStore, retried = -1): Recording {
  const committed: number[] = [];
  let started = 0;
  const counted = (tx: StatementRunner, sent: { rows: number }): StatementRunner => ({
    run: (statement, params) => {
      sent.rows += rowsOf(params);
      return tx.run(statement, params);
    },
  });
  const rolledBack = new Error('rolled back by the test');
  return {
    committed,
    store: {
      ...store,
      engine: store.engine,
      run: (statement, params) => store.run(statement, params),
      async transaction(work) {
        if (started++ === retried) {
          await store.transaction(async (tx) => {
            await work(counted(tx, { rows: 0 }));
            throw rolledBack;
          }).catch((error: unknown) => {
            if (error !== rolledBack) throw error;
          });
        }
        const sent = { rows: 0 };
        const result = await store.transaction((tx) => work(counted(tx, sent)));
        committed.push(sent.rows);
        return result;
      },
    },
  };
}

async function statsOf(store: GraphStore): Promise<Record<string, number>> {
  const [stats] = await store.run<Record<string, number>>('stats');
  return stats!;
}

const expectedStats = () => {
  const { file } = set;
  return {
    cities: file.cities.length,
    partnerships: file.partnerships.length,
    relationships:
      file.partnerships.reduce((n, p) => n + p.participants.length, 0) + file.memberships.length + file.fundings.length + file.supports.length + file.runs.length,
  };
};

describe('synthetic bulk load, in slices', () => {
  it('commits transactions of at most the slice size (whole batches), which together hold the whole set', async () => {
    const store = await openEmptyStore();
    try {
      const { store: watched, committed } = recording(store);
      await loadDataSet(watched, set, undefined, SLICE);
      expect(committed.length).toBeGreaterThan(5);
      for (const rows of committed) expect(rows).toBeLessThanOrEqual(SLICE);
      expect(await statsOf(store)).toMatchObject(expectedStats());
    } finally {
      await store.close();
    }
  });

  it('writes a retried transaction’s own slice again, neither skipping nor repeating rows', async () => {
    const store = await openEmptyStore();
    try {
      // The fourth transaction: partnerships are being written, participations not yet.
      const { store: watched } = recording(store, 3);
      const written = await loadDataSet(watched, set, undefined, SLICE);
      expect(await statsOf(store)).toMatchObject(expectedStats());
      expect(written.partnerships).toBe(set.file.partnerships.length);
    } finally {
      await store.close();
    }
  });

  it('empties the store again when a slice fails after others committed, and passes the error on', async () => {
    const store = await openEmptyStore();
    try {
      const { store: watched, committed } = recording(failingStore(store, (statement) => statement === 'upsert-memberships'));
      await expect(loadDataSet(watched, set, undefined, SLICE)).rejects.toThrow(/injected failure in upsert-memberships/);
      expect(committed.length, 'slices committed before the failure').toBeGreaterThan(2);
      expect(await isEmpty(store)).toBe(true);
      // The store takes the whole set afterwards.
      await loadDataSet(store, set, undefined, SLICE);
      expect(await statsOf(store)).toMatchObject(expectedStats());
    } finally {
      await store.close();
    }
  });

  it('refuses a store that holds data, and leaves it as it was', async () => {
    const store = await openEmptyStore();
    try {
      await seedCurated(store);
      const before = await statsOf(store);
      await expect(loadDataSet(store, set)).rejects.toThrow(StoreNotEmptyError);
      expect(await statsOf(store)).toEqual(before);
      // Emptied, a bounded transaction at a time, it takes the set.
      expect(await emptyStore(store, 50)).toBeGreaterThan(50);
      await loadDataSet(store, set);
      expect(await statsOf(store)).toMatchObject(expectedStats());
    } finally {
      await store.close();
    }
  });
});
