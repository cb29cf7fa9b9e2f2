// The curated data set through the API: load time, then each read over
// GraphQL/HTTP timed one request at a time (p50, p99) after a second of
// warm-up, and what the first graph view after a write costs (the projection
// is read again), on either engine (bench-engine.ts).
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createApp } from '../server/app.ts';
import { seedCurated } from '../server/ingest/seed-curated.ts';
import { beforeNewDataSet, engineDescription, openEmptyStore, type BenchEngine } from './bench-engine.ts';
import { closedLoop } from './closed-loop.ts';
import type { LatencyFigures } from './latency-figures.ts';

/** Reads of the API measured over HTTP, each with what it stands for. */
const API_READS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'city detail with partners': {
    query: `query($id: ID!) { actor(id: $id) { id name ... on City { country population partners { id name } } } }`,
    variables: { id: 'city:co:medellin' },
  },
  'search "medellin"': { query: `{ search(text: "medellin") { id name } }` },
  'cities page of 100, nested 3 levels': {
    query: `{ cities(first: 100) { edges { node { id supportLevel partners { id } partnerships { id participants { role actor { id name } } fundings { donor { name } } } memberships { name } } } } }`,
  },
  'graph, whole': { query: `{ graph { nodes { id cluster supportLevel } edges { id source target type } } }` },
  'graph, Africa, water': { query: `{ graph(filter: { regions: [AFRICA], themes: [WATER_SANITATION] }) { nodes { id cluster } edges { id } } }` },
  'neighbourhood, depth 2': { query: `{ neighbourhood(id: "city:co:medellin", depth: 2) { nodes { id } edges { id } } }` },
  'path Medellín → Yokohama': { query: `{ path(from: "city:co:medellin", to: "city:jp:yokohama") { nodes { id } } }` },
};

export interface CuratedApiFigures {
  engine: string;
  /** Where the store was (bench-engine.ts). */
  store: string;
  nodes: number;
  relationships: number;
  loadMs: number;
  reads: Record<string, LatencyFigures>;
  firstGraphAfterWriteMs: number;
}

export async function curatedApi(options: { seconds: number; engine: BenchEngine }): Promise<CuratedApiFigures> {
  await beforeNewDataSet(options.engine);
  const store = await openEmptyStore(options.engine);
  const loadStart = performance.now();
  const { written } = await seedCurated(store);
  const loadMs = Math.round(performance.now() - loadStart);
  const count = (keys: string[]) => keys.reduce((sum, key) => sum + (written[key] ?? 0), 0);

  const { app, stop } = await createApp(store);
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const reads: Record<string, LatencyFigures> = {};
    for (const [name, { query, variables }] of Object.entries(API_READS)) {
      const read = () => post(query, variables);
      await closedLoop(read, { connections: 1, seconds: 1 });
      reads[name] = await closedLoop(read, { connections: 1, seconds: options.seconds });
    }

    // The projection behind the graph views is read again after a write: what the first view after a write costs.
    const projectionStart = performance.now();
    await store.transaction(async () => {}); // a committed (empty) write transaction bumps the data version
    await post(API_READS['graph, whole']!.query);
    return {
      engine: store.engine,
      store: await engineDescription(options.engine),
      nodes: count(['cities', 'associations', 'networks', 'donors', 'programmes', 'partnerships']),
      relationships: count(['participations', 'memberships', 'fundings', 'supports', 'runs']),
      loadMs,
      reads,
      firstGraphAfterWriteMs: Math.round((performance.now() - projectionStart) * 10) / 10,
    };
  } finally {
    server.close();
    await stop();
    await store.close();
  }
}

export function printCuratedApi(f: CuratedApiFigures): string[] {
  return [
    `Curated data set over GraphQL/HTTP (${f.store}, one request at a time)`,
    `  load: ${f.nodes} nodes + ${f.relationships} relationships in ${f.loadMs} ms`,
    ...Object.entries(f.reads).map(([name, r]) => `  ${name.padEnd(38)} p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.perSecond} req/s`),
    `  first whole graph after a write (projection read again): ${f.firstGraphAfterWriteMs} ms`,
  ];
}
