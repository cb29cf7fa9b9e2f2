// The Neo4j engine: neo4j-driver over Bolt, with managed read and write
// transactions (the driver retries them on transient cluster errors).
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { isSchemaStatement, resolveStatement, type Statement } from './statements.ts';
import type { GraphStore, Params, Row, StatementRunner } from './store.ts';
import { fromNeo4j, toNeo4j } from './neo4j-values.ts';

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  // Counts this process's writes only: other servers writing to the same
  // database are not seen (README, "Running on Neo4j").
  dataVersion = 0;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly statements: Map<string, Statement>,
  ) {}

  static open(settings: Neo4jSettings, statements: Map<string, Statement>): Neo4jStore {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
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
      return (await (statement.mode === 'read' ? session.executeRead(work) : session.executeWrite(work))) as T[];
    } finally {
      await session.close();
    }
  }

  /** Every write transaction starts with begin-write, which makes writers take turns (the statement says why). */
  async transaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      const result = await session.executeWrite(async (tx) => {
        await this.runIn(tx, 'begin-write', {});
        return work({ run: async <R extends Row = Row>(name: string, params: Params = {}) => (await this.runIn(tx, name, params)) as R[] });
      });
      this.dataVersion += 1;
      return result;
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.database });
    await this.run('ping');
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
