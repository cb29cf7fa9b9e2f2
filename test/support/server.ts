// A real server for API tests: the HTTP app on an ephemeral loopback port,
// over a store of the file's engine (support/engine.ts) seeded with the
// curated data, checking write tokens against a test secret. On Neo4j every
// server of a file shares the one database, which a new server empties.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../server/app.ts';
import { issueToken, type Role } from '../../server/auth/tokens.ts';
import { readConfig, type HttpConfig } from '../../server/config.ts';
import type { EngineName, GraphStore } from '../../server/store/store.ts';
import { seedCurated } from '../../server/ingest/seed-curated.ts';
import { openEmptyStore } from './engine.ts';

export const TEST_SECRET = 'test-secret-of-the-api-tests-0123456789abcdef';

export interface RequestOptions {
  /** Sent as "Authorization: Bearer <token>". */
  token?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  store: GraphStore;
  gql<T = any>(query: string, variables?: Record<string, unknown>, operationName?: string, options?: RequestOptions): Promise<{ data?: T; errors?: any[]; status: number }>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Puts a wrapper (a call counter, a fault injector) between the server and the seeded store. */
  wrapStore?: (store: GraphStore) => GraphStore;
  /** Changes to the HTTP settings of the default configuration. */
  http?: Partial<HttpConfig>;
  /** The token secret; null runs the server without one (writes off). */
  jwtSecret?: string | null;
  /** Skips the curated data (a store with the schema only). */
  empty?: boolean;
  /** The engine, when not the file's (support/engine.ts): the engine comparison runs one server of each. */
  engine?: EngineName;
}

/** A token signed with the test secret (or another), valid for `seconds` (negative: already expired). */
export function testToken(role: Role, orgs: string[] = [], options: { secret?: string; seconds?: number; sub?: string } = {}): Promise<string> {
  return issueToken(options.secret ?? TEST_SECRET, { sub: options.sub ?? `test-${role}`, role, orgs }, options.seconds ?? 600);
}

/** An admin token for the test server. */
export const adminToken = () => testToken('admin');

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const store = await openEmptyStore(options.engine);
  if (!options.empty) await seedCurated(store);
  const defaults = readConfig({ NODE_ENV: 'test' });
  const { app, stop } = await createApp(options.wrapStore ? options.wrapStore(store) : store, {
    development: false,
    jwtSecret: options.jwtSecret === undefined ? TEST_SECRET : options.jwtSecret,
    http: { ...defaults.http, ...options.http },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    async gql(query, variables = {}, operationName, { token, headers = {} } = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables, operationName }),
      });
      return { ...(await response.json()), status: response.status };
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await store.close();
    },
  };
}
