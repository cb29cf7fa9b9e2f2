// The `gds` section: clusters (Louvain) and connected components of the whole
// graph cold, in the server and in Graph Data Science (server/analytics/
// gds-clusters.ts), on one Neo4j with GDS and one projection read per size.
// On a local Neo4j the run starts (bench-neo4j.ts) each size gets a new JVM
// with the plugin; a Neo4j NEO4J_URI names must have GDS itself. GDS computes
// both partitions in one go (one graph projected, then dropped), so either
// cold figure holds both; its steps are timed apart too, to show where the
// time goes.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Analytics, type ClusterReport } from '../server/analytics/analytics.ts';
import { GdsClusters } from '../server/analytics/gds-clusters.ts';
import { ProjectionCache } from '../server/analytics/projection.ts';
import type { GraphStore } from '../server/store/store.ts';
import { seedSynthetic } from '../seed/synthetic/seed-synthetic.ts';
import { beforeNewDataSet, engineDescription, openEmptyStore } from './bench-engine.ts';
import { setNeo4jGds } from './bench-neo4j.ts';

export interface GdsClustersOptions {
  sizes: number[];
  seed: number;
}

interface Way {
  /** The first time in this process and JVM (code not compiled yet), then again with nothing cached (a new data version on a warm JVM). */
  ms: number;
  againMs: number;
  modularity: number | null;
  /** Clusters of more than one actor. */
  clusters: number;
}

export interface GdsSizeFigures {
  cities: number;
  actors: number;
  /** Linked pairs of actors: the projected graph's relationships. */
  pairs: number;
  projectionMs: number;
  louvain: { server: Way; gds: Way };
  components: { server: Way; gds: Way };
  /** Each GDS statement on its own: gds-project-actors, gds-louvain, gds-wcc, the two partitions read back, gds-drop. */
  gdsSteps: Record<string, number>;
}

export interface GdsClustersFigures {
  store: string;
  sizes: GdsSizeFigures[];
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, round(performance.now() - start)];
}

async function way(run: () => Promise<ClusterReport>): Promise<Way> {
  const [report, ms] = await timed(run);
  const [, againMs] = await timed(run);
  return { ms, againMs, modularity: report.modularity, clusters: report.clusters.length };
}

/** The GDS statements one by one, as gds-clusters.ts runs them. */
async function gdsSteps(store: GraphStore): Promise<{ steps: Record<string, number>; pairs: number }> {
  const graph = `c2c-bench-${randomUUID().slice(0, 8)}`;
  const steps: Record<string, number> = {};
  const [[projected], project] = await timed(() => store.run<{ relationships: number }>('gds-project-actors', { graph }));
  steps['project the actor graph (Cypher)'] = project;
  steps['Louvain (mutate, 1 thread)'] = (await timed(() => store.run('gds-louvain', { graph })))[1];
  steps['components and their modularity'] = (await timed(() => store.run('gds-wcc', { graph })))[1];
  steps['read both partitions back'] = (
    await timed(async () => {
      await store.run('gds-communities', { graph, property: 'louvain' });
      await store.run('gds-communities', { graph, property: 'component' });
    })
  )[1];
  steps['drop the graph'] = (await timed(() => store.run('gds-drop', { graph })))[1];
  return { steps, pairs: (projected?.relationships ?? 0) / 2 };
}

async function measureSize(cities: number, seed: number): Promise<GdsSizeFigures> {
  await beforeNewDataSet('neo4j');
  const store = await openEmptyStore('neo4j');
  try {
    if (!(await new GdsClusters(store).available())) throw new Error(`${await engineDescription('neo4j')} has no Graph Data Science: the gds section needs it`);
    await seedSynthetic(store, { cities, seed });
    const projections = new ProjectionCache(store);
    const [projection, projectionMs] = await timed(() => projections.get());
    // A new Analytics per figure: nothing one computed is reused by the next.
    const inServer = () => new Analytics(store, projections, 0, false);
    const inDatabase = () => new Analytics(store, projections);
    const louvain = { server: await way(() => inServer().clusters(null, 'LOUVAIN')), gds: await way(() => inDatabase().clusters(null, 'LOUVAIN')) };
    const components = {
      server: await way(() => inServer().clusters(null, 'CONNECTED_COMPONENTS')),
      gds: await way(() => inDatabase().clusters(null, 'CONNECTED_COMPONENTS')),
    };
    const { steps, pairs } = await gdsSteps(store);
    return { cities, actors: projection.actors.size, pairs, projectionMs, louvain, components, gdsSteps: steps };
  } finally {
    await store.close();
  }
}

export async function gdsClusters(options: GdsClustersOptions): Promise<GdsClustersFigures> {
  setNeo4jGds(true);
  try {
    const sizes: GdsSizeFigures[] = [];
    for (const cities of options.sizes) {
      const figures = await measureSize(cities, options.seed);
      sizes.push(figures);
      // Each size's lines as soon as it is measured (on stderr, beside the launcher's): a larger size that fails later does not take them along.
      process.stderr.write(printSize(figures).join('\n') + '\n');
    }
    return { store: await engineDescription('neo4j'), sizes };
  } finally {
    setNeo4jGds(false);
  }
}

function printSize(s: GdsSizeFigures): string[] {
  const row = (name: string, w: { server: Way; gds: Way }) =>
    `  ${name.padEnd(22)} in the server ${w.server.ms} ms (again ${w.server.againMs}), in GDS ${w.gds.ms} ms (again ${w.gds.againMs}; ` +
    `${(w.gds.againMs / w.server.againMs).toFixed(2)}x); modularity ${w.server.modularity} vs ${w.gds.modularity}, ${w.server.clusters} vs ${w.gds.clusters} clusters`;
  return [
    `${s.cities} synthetic cities: ${s.actors} actors, ${s.pairs} linked pairs; projection read ${s.projectionMs} ms`,
    row('clusters (Louvain)', s.louvain),
    row('clusters (components)', s.components),
    `  GDS steps: ${Object.entries(s.gdsSteps).map(([step, ms]) => `${step} ${ms} ms`).join(', ')}`,
  ];
}

export function printGdsClusters(f: GdsClustersFigures): string[] {
  return [
    `Clusters cold, in the server and in Graph Data Science, on ${f.store}`,
    '  (one projection read per size; each figure a new Analytics, nothing cached; GDS computes both partitions at once; ratio GDS / server of the second runs)',
    ...f.sizes.flatMap(printSize),
  ];
}
