// The one small interface both engines implement: run a named statement from
// cypher/ with parameters inside a transaction, and get plain JS rows back.
export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;
export type EngineName = 'embedded' | 'neo4j';

/** Runs named statements inside one open transaction. */
export interface StatementRunner {
  run<T extends Row = Row>(statement: string, params?: Params): Promise<T[]>;
}

export interface GraphStore extends StatementRunner {
  readonly engine: EngineName;
  /**
   * How many write transactions this process has committed: caches of
   * derived data (the analytics projection) are keyed by it.
   */
  readonly dataVersion: number;
  /**
   * Runs `work` in one write transaction: every statement it runs commits
   * together, or, if it throws, none does.
   */
  transaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T>;
  /** Checks that the database answers. */
  ping(): Promise<void>;
  /**
   * The Neo4j Graph Data Science procedures the database has, asked once per store (cypher/gds-procedures.cypher);
   * only a Neo4j store has it: elsewhere, and for a store wrapped by the tests, there is no GDS.
   */
  gdsProcedures?(): Promise<Set<string>>;
  close(): Promise<void>;
}

/**
 * The database did not answer (a server that is down, restarting or out of reach): the request
 * failed through no fault of the caller and may succeed if sent again. The API answers it with 503
 * and the reason STORE_UNAVAILABLE; the engine's own error is its `cause`, for the log.
 */
export class StoreUnavailableError extends Error {
  constructor(engine: EngineName, cause: unknown) {
    super(`The ${engine} database does not answer`, { cause });
    this.name = 'StoreUnavailableError';
  }
}
