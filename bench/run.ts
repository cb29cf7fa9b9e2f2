// npm run bench [-- --json]: measures the curated data set on the embedded
// engine — load time, and a city detail read through the store directly and
// through GraphQL over HTTP (p50, p99, and the overhead ratio). Every figure
// comes from the same run so that ratios hold on a noisy machine. Then the
// analyses on synthetic data sets of 10k and 100k cities (--scale). With
// --json the last line is one JSON object with every figure.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createApp } from '../server/app.ts';
import { openStore } from '../server/store/open-store.ts';
import { seedCurated } from '../seed/seed-curated.ts';
import { analyticsAtScale, type ScaleFigures } from './analytics-at-scale.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    iterations: { type: 'string', default: '300' },
    // Synthetic data set sizes the analyses are timed at (comma-separated city counts; "none" to skip).
    scale: { type: 'string', default: '10000,100000' },
  },
});
const ITERATIONS = Number(values.iterations);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(run: () => Promise<unknown>): Promise<{ p50: number; p99: number; perSecond: number }> {
  for (let i = 0; i < 20; i++) await run(); // warm-up
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < ITERATIONS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { p50: round(percentile(times, 50)), p99: round(percentile(times, 99)), perSecond: Math.round((ITERATIONS / total) * 1000) };
}

const CITY_DETAIL = `query($id: ID!) { actor(id: $id) { id name ... on City { country population partners { id name } } } }`;

/** Reads of the API measured over HTTP, each with what it stands for. */
const API_READS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'search "medellin"': { query: `{ search(text: "medellin") { id name } }` },
  'cities page of 100, nested 3 levels': {
    query: `{ cities(first: 100) { edges { node { id supportLevel partners { id } partnerships { id participants { role actor { id name } } fundings { donor { name } } } memberships { name } } } } }`,
  },
  'graph, whole': { query: `{ graph { nodes { id cluster supportLevel } edges { id source target type } } }` },
  'graph, Africa, water': { query: `{ graph(filter: { regions: [AFRICA], themes: [WATER_SANITATION] }) { nodes { id cluster } edges { id } } }` },
  'neighbourhood, depth 2': { query: `{ neighbourhood(id: "city:co:medellin", depth: 2) { nodes { id } edges { id } } }` },
  'path Medellín → Yokohama': { query: `{ path(from: "city:co:medellin", to: "city:jp:yokohama") { nodes { id } } }` },
};

async function main(): Promise<void> {
  const store = await openStore({ dataDir: null, neo4j: null });
  const loadStart = performance.now();
  const { written } = await seedCurated(store);
  const loadMs = performance.now() - loadStart;
  const count = (keys: string[]) => keys.reduce((sum, key) => sum + (written[key] ?? 0), 0);
  const nodes = count(['cities', 'associations', 'networks', 'donors', 'programmes', 'partnerships']);
  const relationships = count(['participations', 'memberships', 'fundings', 'supports', 'runs']);

  const { app, stop } = await createApp(store);
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const id = 'city:co:medellin';

  const direct = await measure(async () => {
    await store.run('actors-by-ids', { ids: [id] });
    await store.run('partners-of-cities', { ids: [id] });
  });
  const viaGraphql = await measure(async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: CITY_DETAIL, variables: { id } }) });
    await response.json();
  });

  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const reads: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  for (const [name, { query, variables }] of Object.entries(API_READS)) reads[name] = await measure(() => post(query, variables));

  // The projection behind the graph views is rebuilt after a write: what the first view after a write costs.
  const projectionStart = performance.now();
  await store.transaction(async () => {}); // a committed (empty) write transaction bumps the data version
  await post(API_READS['graph, whole']!.query);
  const firstGraphAfterWriteMs = Math.round((performance.now() - projectionStart) * 10) / 10;

  const figures = {
    engine: store.engine,
    curated: { nodes, relationships, loadMs: Math.round(loadMs) },
    cityDetail: { directStore: direct, graphqlHttp: viaGraphql, overheadRatio: Math.round((viaGraphql.p50 / direct.p50) * 100) / 100 },
    apiReads: reads,
    firstGraphAfterWriteMs,
    analyticsAtScale: [] as ScaleFigures[],
  };

  console.log('C2C Graph benchmark (embedded engine, curated data set)');
  console.log(`  load: ${figures.curated.nodes} nodes + ${relationships} relationships in ${figures.curated.loadMs} ms`);
  console.log(`  city detail, store directly: p50 ${direct.p50} ms, p99 ${direct.p99} ms, ${direct.perSecond} req/s (sequential)`);
  console.log(`  city detail, GraphQL/HTTP:   p50 ${viaGraphql.p50} ms, p99 ${viaGraphql.p99} ms, ${viaGraphql.perSecond} req/s (sequential)`);
  console.log(`  GraphQL overhead: ${figures.cityDetail.overheadRatio}x the direct store read (p50)`);
  for (const [name, r] of Object.entries(reads)) console.log(`  ${name.padEnd(38)} p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.perSecond} req/s`);
  console.log(`  first whole graph after a write (projection rebuilt): ${firstGraphAfterWriteMs} ms`);
  server.close();
  await stop();
  await store.close();

  for (const size of values.scale === 'none' ? [] : values.scale!.split(',').map(Number)) {
    const scale = await analyticsAtScale(size);
    figures.analyticsAtScale.push(scale);
    console.log(`\nAnalyses at ${size} synthetic cities (${scale.nodes} nodes, ${scale.relationships} relationships, loaded in ${scale.loadSeconds} s)`);
    console.log(`  projection read: ${scale.projectionMs} ms`);
    for (const [name, t] of Object.entries(scale.analyses)) console.log(`  ${name.padEnd(34)} ${String(t.coldMs).padStart(9)} ms computed, ${t.warmMs} ms cached`);
  }
  if (values.json) console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
