// The embedded engine: Grafeo, an in-process graph database that runs the
// same Cypher as Neo4j. In memory for tests, one file on disk for `npm start`.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import grafeo from '@grafeo-db/js';
import type { GrafeoDB as GrafeoDatabase, Transaction } from '@grafeo-db/js';
import { Mutex } from 'async-mutex';
import { resolveStatement, type Statement } from './statements.ts';
import type { GraphStore, Params, Row, StatementRunner } from './store.ts';
import { WalSync } from './wal-sync.ts';

const { GrafeoDB } = grafeo;

/**
 * Grafeo returns integers past 2^53 as bigint; everything else is plain JS already. The rows are
 * Grafeo's fresh objects, so bigints are replaced where they are: copying every row and list cost
 * as much as Grafeo's own conversion for the projection's hundreds of thousands of rows.
 */
function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (typeof value[i] === 'object' || typeof value[i] === 'bigint') value[i] = toPlain(value[i]);
  } else if (value !== null && typeof value === 'object' && value.constructor === Object) {
    const object = value as Record<string, unknown>;
    for (const key in object) if (typeof object[key] === 'object' || typeof object[key] === 'bigint') object[key] = toPlain(object[key]);
  }
  return value;
}

export class EmbeddedStore implements GraphStore {
  readonly engine = 'embedded' as const;
  // Grafeo runs one writer at a time without conflicts only if we queue them:
  // concurrent snapshot transactions that touch the same node would abort.
  private readonly writeLock = new Mutex();
  dataVersion = 0;

  private constructor(
    private readonly db: GrafeoDatabase,
    private readonly statements: Map<string, Statement>,
    /** Null in memory, where there is nothing to make durable. */
    private readonly wal: WalSync | null,
  ) {}

  /**
   * Opens the database file at `path`, creating it if needed; in memory when `path` is null.
   * An open after a crash replays the commits of the write-ahead log and drops what no commit finished.
   */
  static open(path: string | null, statements: Map<string, Statement>): EmbeddedStore {
    if (path === null) return new EmbeddedStore(GrafeoDB.create(), statements, null);
    if (!existsSync(path)) mkdirSync(dirname(path), { recursive: true });
    const db = existsSync(path) ? GrafeoDB.open(path) : GrafeoDB.create(path);
    try {
      return new EmbeddedStore(db, statements, WalSync.of(path));
    } catch (error) {
      db.close();
      throw error;
    }
  }

  private statement(name: string, params: Params): Statement {
    return resolveStatement(this.statements, name, params);
  }

  private static async runIn(tx: Transaction, statement: Statement, params: Params): Promise<Row[]> {
    const result = await tx.executeCypher(statement.text, params);
    return result.toArray().map((row) => toPlain(row) as Row);
  }

  async run<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    const statement = this.statement(name, params);
    if (statement.mode === 'write') {
      return this.transaction((tx) => tx.run<T>(name, params));
    }
    const tx = this.db.beginTransaction();
    try {
      return (await EmbeddedStore.runIn(tx, statement, params)) as T[];
    } finally {
      tx.rollback();
    }
  }

  async transaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    const result = await this.writeLock.runExclusive(async () => {
      const tx = this.db.beginTransaction();
      const runner: StatementRunner = {
        run: async <R extends Row = Row>(name: string, params: Params = {}) =>
          (await EmbeddedStore.runIn(tx, this.statement(name, params), params)) as R[],
      };
      try {
        const result = await work(runner);
        tx.commit();
        this.dataVersion += 1;
        return result;
      } catch (error) {
        if (tx.isActive) tx.rollback();
        throw error;
      }
    });
    // On the disk before the caller hears of it (wal-sync.ts says why Grafeo's commit is not enough). Outside
    // the lock: the commit is in the log already, and the next writer need not wait for this one's fsync.
    await this.wal?.sync();
    return result;
  }

  async ping(): Promise<void> {
    await this.run('ping');
  }

  async close(): Promise<void> {
    await this.writeLock.waitForUnlock();
    this.db.close();
  }
}
