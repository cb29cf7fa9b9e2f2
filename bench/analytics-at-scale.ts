// The analyses at scale: a synthetic data set (seed/synthetic) of N cities is
// loaded into an in-memory embedded store, then each analysis is timed on a
// fresh Analytics: the projection read first, then each analysis once cold
// (computed) and once warm (from the cache of the data version).
import { performance } from 'node:perf_hooks';
import { Analytics } from '../server/analytics/analytics.ts';
import { openStore } from '../server/store/open-store.ts';
import { generateDataSet } from '../seed/synthetic/generate.ts';
import { loadDataSet } from '../seed/synthetic/load.ts';

export interface ScaleFigures {
  cities: number;
  nodes: number;
  relationships: number;
  loadSeconds: number;
  projectionMs: number;
  /** Per analysis: the first (computed) and second (cached) call, in ms. */
  analyses: Record<string, { coldMs: number; warmMs: number }>;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return round(performance.now() - start);
}

export async function analyticsAtScale(cities: number): Promise<ScaleFigures> {
  const store = await openStore({ dataDir: null, neo4j: null });
  try {
    const set = generateDataSet({ cities, seed: 42 });
    const loadStart = performance.now();
    const written = await loadDataSet(store, set);
    const loadSeconds = Math.round((performance.now() - loadStart) / 100) / 10;
    const [stats] = await store.run<Record<string, number>>('stats');

    const analytics = new Analytics(store);
    const projectionMs = await timed(() => analytics.hasActor('nobody'));
    const asker = set.file.cities.find((c) => set.file.partnerships.some((p) => p.participants.some((x) => x.actor === c.id)))!.id;
    const runs: Record<string, () => Promise<unknown>> = {
      'supportLevel (every city)': () => analytics.citySupport(asker),
      'isolatedCities': () => analytics.isolatedCities(null, 2),
      'supportGaps by region': () => analytics.supportGaps('REGION', null, 2),
      'supportGaps by country': () => analytics.supportGaps('COUNTRY', null, 2),
      'clusters (Louvain)': () => analytics.clusters(null, 'LOUVAIN'),
      'clusters (components)': () => analytics.clusters(null, 'CONNECTED_COMPONENTS'),
      'triangles ANY': () => analytics.triangles('ANY', null),
      'triangles SOUTH_SOUTH_PLUS_ONE': () => analytics.triangles('SOUTH_SOUTH_PLUS_ONE', null),
      'matches (one city, one theme)': () => analytics.matches(asker, 'WATER_SANITATION'),
      'coverage': () => analytics.coverage(null),
      'graph, Africa': () => analytics.graph({ regions: ['AFRICA'] }),
    };
    const analyses: ScaleFigures['analyses'] = {};
    for (const [name, run] of Object.entries(runs)) analyses[name] = { coldMs: await timed(run), warmMs: await timed(run) };
    return {
      cities,
      // Rows written per kind: a city that also funds is one node, counted once.
      nodes: ['cities', 'associations', 'networks', 'donors', 'programmes', 'partnerships'].reduce((sum, kind) => sum + (written[kind] ?? 0), 0),
      relationships: stats?.relationships ?? 0,
      loadSeconds,
      projectionMs,
      analyses,
    };
  } finally {
    await store.close();
  }
}
