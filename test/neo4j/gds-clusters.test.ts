// Clusters in the database with Graph Data Science (server/analytics/
// gds-clusters.ts), on a Neo4j of this file's own started with the plugin
// (npm run neo4j -- --gds): on the curated data and a 3,000-city synthetic
// set, the projected graph is the server's (pairs and weights), the components
// are the server's, Louvain's modularity is within 0.01 of the server's and is
// graphology-metrics' for GDS's partition, and the cluster ids stay put
// between two runs and after a write that changes no link. Views that leave
// something out stay in the server. On the suites' Neo4j, which has no GDS,
// the analyses are the server's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import modularity from 'graphology-metrics/graph/modularity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorLinks } from '../../server/analytics/actor-graph.ts';
import { Analytics } from '../../server/analytics/analytics.ts';
import { cluster, type Clustering } from '../../server/analytics/clusters.ts';
import { GdsClusters, type ClusteringsInDatabase } from '../../server/analytics/gds-clusters.ts';
import { linkedPairs, type LinkedPairs } from '../../server/analytics/linked-pairs.ts';
import { ProjectionCache, type Projection } from '../../server/analytics/projection.ts';
import { select, shown } from '../../server/analytics/selection.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/launcher.ts';
import { openStore } from '../../server/store/open-store.ts';
import type { GraphStore } from '../../server/store/store.ts';
import { emptyStore } from '../../server/store/empty-store.ts';
import { seedCurated } from '../../server/ingest/seed-curated.ts';
import { generateDataSet } from '../../seed/synthetic/generate.ts';
import { loadDataSet } from '../../seed/synthetic/load.ts';
import { openEmptyStore } from '../support/engine.ts';
import { freePort } from '../support/free-port.ts';
import { whyNoOwnNeo4j } from '../support/own-neo4j.ts';

const SYNTHETIC_CITIES = 3000;

const cannotStart = whyNoOwnNeo4j();
if (cannotStart) console.log(`Graph Data Science tests skipped: they start a Neo4j of their own with GDS, and ${cannotStart}`);

/** Clusters as sorted lists of sorted members, by id: what two clusterings must agree on. */
const membersOf = (clustering: Clustering) => [...clustering.members].sort(([a], [b]) => (a < b ? -1 : 1));

/** graphology-metrics' weighted modularity of a partition over the server's pairs: how the server scores its own. */
function modularityOf(pairs: LinkedPairs, clusterOf: Map<string, string>): number {
  const graph = new Graph({ type: 'undirected' });
  pairs.ids.forEach((_, i) => graph.addNode(i));
  for (let k = 0; k < pairs.source.length; k++) graph.addUndirectedEdgeWithKey(k, pairs.source[k], pairs.target[k], { weight: pairs.weight[k] });
  return modularity(graph, { getNodeCommunity: (node: string) => clusterOf.get(pairs.ids[Number(node)]!)!, getEdgeWeight: 'weight' });
}

describe.skipIf(cannotStart)('clusters in Graph Data Science', () => {
  let neo4j: LocalNeo4j;
  let dir: string;
  let store: GraphStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'c2c-neo4j-gds-'));
    const started = Date.now();
    neo4j = await startLocalNeo4j({ port: await freePort(), dir, heap: '1g', gds: true, log: () => {} });
    console.log(`[gds] a local Neo4j with Graph Data Science, started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    store = await openStore({ dataDir: null, neo4j: { uri: neo4j.uri, username: neo4j.username, password: neo4j.password } });
  }, 300_000);

  afterAll(async () => {
    await store?.close();
    await neo4j?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is found', async () => {
    expect(await new GdsClusters(store).available()).toBe(true);
  });

  it('leaves a graph with no link to the server, without an error', async () => {
    await emptyStore(store);
    const errors: unknown[] = [];
    const logged = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(await new GdsClusters(store).of(await new ProjectionCache(store).get())).toBeNull();
      expect(await new Analytics(store).clusters(null, 'LOUVAIN')).toEqual({ algorithm: 'louvain', modularity: null, clusters: [] });
    } finally {
      console.error = logged;
    }
    expect(errors).toEqual([]);
  });

  for (const [data, load] of [
    ['curated data', (s: GraphStore) => seedCurated(s)],
    [`${SYNTHETIC_CITIES}-city synthetic set`, (s: GraphStore) => loadDataSet(s, generateDataSet({ cities: SYNTHETIC_CITIES, seed: 42 }))],
  ] as const) {
    describe(`on the ${data}`, () => {
      let projection: Projection;
      let pairs: LinkedPairs;
      let inDatabase: ClusteringsInDatabase;
      let server: Record<'LOUVAIN' | 'CONNECTED_COMPONENTS', Clustering>;

      beforeAll(async () => {
        await emptyStore(store);
        await load(store);
        projection = await new ProjectionCache(store).get();
        const links = actorLinks(projection);
        pairs = linkedPairs(links, () => true);
        server = { LOUVAIN: cluster(links, () => true, 'LOUVAIN'), CONNECTED_COMPONENTS: cluster(links, () => true, 'CONNECTED_COMPONENTS') };
        inDatabase = (await new GdsClusters(store).of(projection))!;
        expect(inDatabase, 'GDS answered').not.toBeNull();
      }, 300_000);

      it("projects the server's graph: every actor, and its pairs with their weights", async () => {
        const graph = `c2c-test-${Date.now()}`;
        try {
          const [projected] = await store.run<{ nodes: number; relationships: number }>('gds-project-actors', { graph });
          // Undirected: GDS counts each pair in both directions.
          expect(projected).toEqual({ nodes: projection.actors.size, relationships: 2 * pairs.source.length });
        } finally {
          await store.run('gds-drop', { graph });
        }
      });

      it("finds the server's components, with the same modularity", () => {
        expect(membersOf(inDatabase.CONNECTED_COMPONENTS)).toEqual(membersOf(server.CONNECTED_COMPONENTS));
        expect(inDatabase.CONNECTED_COMPONENTS.modularity).toBeCloseTo(server.CONNECTED_COMPONENTS.modularity!, 9);
      });

      it("finds Louvain communities whose modularity, graphology-metrics' for that partition, is within 0.01 of the server's", () => {
        const { modularity: reported, clusterOf } = inDatabase.LOUVAIN;
        console.log(`[gds] ${data}: Louvain modularity ${reported!.toFixed(4)} in GDS, ${server.LOUVAIN.modularity!.toFixed(4)} in the server`);
        expect(reported).toBeCloseTo(modularityOf(pairs, clusterOf), 9);
        expect(Math.abs(reported! - server.LOUVAIN.modularity!)).toBeLessThanOrEqual(0.01);
        expect(clusterOf.size).toBe(projection.actors.size);
        for (const [id, members] of inDatabase.LOUVAIN.members) expect(id).toBe(`cluster:${members[0]}`);
      });

      it('keeps its cluster ids between two runs and after a write that changes no link', async () => {
        const again = (await new GdsClusters(store).of(projection))!;
        expect(membersOf(again.LOUVAIN)).toEqual(membersOf(inDatabase.LOUVAIN));
        // A city's population changes, and a new city with no partner arrives.
        const city = [...projection.actors.values()].find((a) => a.kind === 'CITY')!;
        await store.transaction(async (tx) => {
          await tx.run('upsert-cities', { rows: [{ id: city.id, props: { population: (city.population ?? 0) + 1 } }] });
          await tx.run('upsert-cities', { rows: [{ id: 'city:zz:gds-newcomer', props: { kind: 'CITY', name: 'Newcomer', country: 'ZZ', region: 'EUROPE' } }] });
        });
        const after = await new ProjectionCache(store).get();
        expect(after.actors.size).toBe(projection.actors.size + 1);
        const later = (await new GdsClusters(store).of(after))!;
        const expected = [...membersOf(inDatabase.LOUVAIN), ['cluster:city:zz:gds-newcomer', ['city:zz:gds-newcomer']] as [string, string[]]];
        expect(membersOf(later.LOUVAIN)).toEqual(expected.sort(([a], [b]) => (a < b ? -1 : 1)));
      }, 120_000);

      it('answers the API from GDS for the whole graph, and from the server for a view that leaves actors out', async () => {
        const analytics = new Analytics(store);
        const current = await new ProjectionCache(store).get();
        const whole = (await new GdsClusters(store).of(current))!;
        const report = await analytics.clusters(null, 'LOUVAIN');
        expect(report.modularity).toBe(Math.round(whole.LOUVAIN.modularity! * 10_000) / 10_000);
        const shownClusters = membersOf(whole.LOUVAIN).filter(([, members]) => members.length > 1);
        expect(report.clusters.map((c) => [c.id, c.memberIds]).sort(([a], [b]) => (a! < b! ? -1 : 1))).toEqual(shownClusters);

        const filter = { kinds: ['CITY' as const] };
        const selected = select(current, filter);
        const visible = shown(current, filter, selected);
        const inServer = cluster(actorLinks(current, selected), (id) => visible.has(id), 'LOUVAIN');
        const cities = await analytics.clusters(filter, 'LOUVAIN');
        expect(cities.modularity).toBe(Math.round(inServer.modularity! * 10_000) / 10_000);
        expect(cities.clusters.map((c) => c.id).sort()).toEqual([...inServer.members].filter(([, m]) => m.length > 1).map(([id]) => id).sort());
      }, 120_000);
    });
  }
});

describe('clusters on a Neo4j without Graph Data Science', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openEmptyStore('neo4j');
    await seedCurated(store);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it("are the server's", async (context) => {
    // A Neo4j that NEO4J_URI names may have GDS: the file's own Neo4j tests that path.
    if (await new GdsClusters(store).available()) context.skip();
    const projection = await new ProjectionCache(store).get();
    const links = actorLinks(projection);
    const analytics = new Analytics(store);
    for (const algorithm of ['LOUVAIN', 'CONNECTED_COMPONENTS'] as const) {
      const inServer = cluster(links, () => true, algorithm);
      const report = await analytics.clusters(null, algorithm);
      expect(report.modularity).toBe(Math.round(inServer.modularity! * 10_000) / 10_000);
      expect(report.clusters.map((c) => [c.id, c.memberIds]).sort(([a], [b]) => (a! < b! ? -1 : 1))).toEqual(
        membersOf(inServer).filter(([, members]) => members.length > 1),
      );
    }
  });
});
