// The Neo4j engine: neo4j-driver over Bolt, with managed read and write
// transactions (the driver retries them on transient cluster errors).
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { isSchemaStatement, resolveStatement, type Statement } from './statements.ts';
import { StoreUnavailableError, type GraphStore, type Params, type Row, type StatementRunner } from './store.ts';
import { fromNeo4j, toNeo4j } from './neo4j-values.ts';

/**
 * How long the driver goes on retrying a transaction that failed on a transient error (a server
 * restarting, a cluster electing a leader), and waits for a connection to open or be free. Below
 * the request time limit (30 s by default), so that a request to a database that is down ends
 * with STORE_UNAVAILABLE rather than the time limit's TIMEOUT.
 */
const RETRY_MS = 5_000;
const CONNECT_MS = 3_000;
/** /health's ping: an answer within this, or the database counts as not answering. */
const PING_MS = 3_000;

/**
 * How often the store reads the database's count of commits (data-version.cypher): a write through another
 * server reaches this one's analyses within this much, and the rebuild of what they read.
 */
const VERSION_POLL_MS = 250;

/**
 * The database went away, or never answered: the driver's "no server could be reached" and "session expired",
 * the server's "database unavailable" (starting or stopping), and no connection free within the acquisition time
 * (the driver gives that one no code of its own, only its message).
 */
const UNAVAILABLE_CODES = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED, 'Neo.TransientError.General.DatabaseUnavailable']);

function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return UNAVAILABLE_CODES.has(error.code) || error.message.startsWith('Connection acquisition timed out');
}

function unavailable(error: unknown): unknown {
  return isUnavailable(error) ? new StoreUnavailableError('neo4j', error) : error;
}

/**
 * Closing a session only hands its connection back to the pool; on a connection the database dropped it can
 * fail, which must neither hide the transaction's own outcome nor turn a committed write into an error.
 */
const closeQuietly = (session: Session) => session.close().catch(() => {});

/** Runs `work`, turning the driver's "no server answers" into StoreUnavailableError. */
async function reaching<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw unavailable(error);
  }
}

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  /** Moves on whenever the database's count of commits does: this process's writes at once, other servers' when polled. */
  dataVersion = 0;
  private commitsSeen: number | null = null;
  private gds: Promise<Set<string>> | null = null;
  private readonly poll: NodeJS.Timeout;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly statements: Map<string, Statement>,
  ) {
    // A database that does not answer is /health's to report: the poll tries again next time.
    this.poll = setInterval(() => void this.readCommits().catch(() => {}), VERSION_POLL_MS).unref();
  }

  /**
   * A new count is a new data version: one this process's write committed (if the poll has not seen a later one
   * yet), or any count the poll reads other than the last one seen (down too, after the database was wiped).
   */
  private observe(commits: number, polled: boolean): void {
    if (polled ? commits === this.commitsSeen : commits <= (this.commitsSeen ?? -1)) return;
    this.commitsSeen = commits;
    this.dataVersion += 1;
  }

  private async readCommits(): Promise<void> {
    const version = this.dataVersion;
    const [row] = await this.run<{ commits: number }>('data-version');
    // A count read before a write of this process committed and answered after it would be taken for another
    // server's change, then the next poll's for one more: new data versions where nothing else changed. A poll
    // during which the version moved may be such a one, and is thrown away; the next poll reads again.
    if (this.dataVersion === version) this.observe(row?.commits ?? 0, true);
  }

  static open(settings: Neo4jSettings, statements: Map<string, Statement>): Neo4jStore {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
      // Integers as JS numbers (neo4j-values.ts says why that is safe), not Integer objects to convert afterwards.
      disableLosslessIntegers: true,
      maxTransactionRetryTime: RETRY_MS,
      connectionTimeout: CONNECT_MS,
      connectionAcquisitionTimeout: RETRY_MS,
    });
    return new Neo4jStore(driver, settings.database, statements);
  }

  private statement(name: string, params: Params): Statement {
    return resolveStatement(this.statements, name, params);
  }

  private async runIn(tx: ManagedTransaction, name: string, params: Params): Promise<Row[]> {
    const statement = this.statement(name, params);
    const result = await tx.run(statement.text, toNeo4j(params) as Params);
    return result.records.map((record) => fromNeo4j(record.toObject()) as Row);
  }

  async run<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    const statement = this.statement(name, params);
    // Neo4j runs a schema change in a transaction of its own, with no data written before it.
    if (statement.mode === 'write' && !isSchemaStatement(statement)) return this.transaction((tx) => tx.run<T>(name, params));
    const session = this.driver.session({ database: this.database });
    try {
      const work = (tx: ManagedTransaction) => this.runIn(tx, name, params);
      return (await reaching(() => (statement.mode === 'read' ? session.executeRead(work) : session.executeWrite(work)))) as T[];
    } finally {
      await closeQuietly(session);
    }
  }

  /** Every write transaction starts with begin-write, which makes writers take turns (the statement says why). */
  async transaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      let commits = 0;
      const result = await reaching(() =>
        session.executeWrite(async (tx) => {
          const [begun] = (await this.runIn(tx, 'begin-write', {})) as { commits: number }[];
          commits = begun!.commits;
          return work({ run: async <R extends Row = Row>(name: string, params: Params = {}) => (await this.runIn(tx, name, params)) as R[] });
        }),
      );
      this.observe(commits, false);
      return result;
    } finally {
      await closeQuietly(session);
    }
  }

  /** Asked again only after the question failed (a database that did not answer). */
  gdsProcedures(): Promise<Set<string>> {
    this.gds ??= this.run<{ names: string[] }>('gds-procedures').then(
      ([row]) => new Set(row?.names ?? []),
      (error: unknown) => {
        this.gds = null;
        throw error;
      },
    );
    return this.gds;
  }

  /** One try, not the managed transactions' retries, within PING_MS: /health must answer soon either way. */
  async ping(): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailableError('neo4j', new Error(`no answer to the ping within ${PING_MS} ms`))), PING_MS);
    });
    try {
      await Promise.race([reaching(() => session.run(this.statement('ping', {}).text)), late]);
    } finally {
      clearTimeout(timer);
      void closeQuietly(session);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.poll);
    await this.driver.close();
  }
}
