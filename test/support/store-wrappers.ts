// Wrappers around a store for tests: one counts the statements the server
// runs (the no-N+1 proof), one makes chosen statements fail (fault injection).
import { Mutex } from 'async-mutex';
import type { GraphStore, Params, Row, StatementRunner } from '../../server/store/store.ts';

/** A store that behaves like `store` but lets `intercept` see (and fail) every statement, in or out of a transaction. */
function intercepting(store: GraphStore, intercept: (statement: string) => void): GraphStore {
  const runner = (inner: StatementRunner): StatementRunner => ({
    run: <T extends Row = Row>(statement: string, params?: Params) => {
      intercept(statement);
      return inner.run<T>(statement, params);
    },
  });
  return {
    engine: store.engine,
    get dataVersion() {
      return store.dataVersion;
    },
    ...runner(store),
    transaction: (work) => store.transaction((tx) => work(runner(tx))),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

export interface CountingStore {
  store: GraphStore;
  /** Statements run since the last reset, in order. */
  calls: string[];
  reset(): void;
}

/**
 * A store that answers one read statement at a time, in the order they were sent. The engine answers
 * concurrent statements in whatever order its threads finish, and DataLoader sends the keys of the
 * next level on the next tick, so which keys share a statement would depend on the machine's load;
 * one at a time, it depends on the query alone, and statement counts can be compared exactly.
 */
export function oneAtATime(store: GraphStore): GraphStore {
  const turn = new Mutex();
  return {
    engine: store.engine,
    get dataVersion() {
      return store.dataVersion;
    },
    run: (statement, params) => turn.runExclusive(() => store.run(statement, params)),
    transaction: (work) => store.transaction(work),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

export function countingStore(store: GraphStore): CountingStore {
  const counting: CountingStore = {
    calls: [],
    reset: () => {
      counting.calls = [];
    },
    store: intercepting(store, (statement) => counting.calls.push(statement)),
  };
  return counting;
}

/** A store whose statements named in `failing` throw, as a broken database would. */
export function failingStore(store: GraphStore, failing: (statement: string) => boolean): GraphStore {
  return intercepting(store, (statement) => {
    if (failing(statement)) throw new Error(`injected failure in ${statement}: connection reset by peer at 10.0.0.7:7687`);
  });
}

/** A store that no longer answers, as a database that is down: every statement and the health check's ping fail. */
export function unansweringStore(store: GraphStore): GraphStore {
  const down = async (): Promise<never> => {
    throw new Error('connect ECONNREFUSED 10.0.0.7:7687');
  };
  return { ...failingStore(store, () => true), ping: down };
}
