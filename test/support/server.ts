// A real server for API tests: the HTTP app on an ephemeral loopback port,
// over an in-memory embedded store seeded with the curated data.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../server/app.ts';
import { openStore } from '../../server/store/open-store.ts';
import type { GraphStore } from '../../server/store/store.ts';
import { seedCurated } from '../../seed/seed-curated.ts';

export interface TestServer {
  url: string;
  store: GraphStore;
  gql<T = any>(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<{ data?: T; errors?: any[]; status: number }>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Puts a wrapper (a call counter, a fault injector) between the server and the seeded store. */
  wrapStore?: (store: GraphStore) => GraphStore;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const store = await openStore({ dataDir: null, neo4j: null });
  await seedCurated(store);
  const { app, stop } = await createApp(options.wrapStore ? options.wrapStore(store) : store);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    async gql(query, variables = {}, operationName) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
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
