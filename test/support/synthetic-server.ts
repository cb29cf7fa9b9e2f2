// A real server over a synthetic data set sized to draw about `nodes` actors
// in the Explore view: the large-graph browser test and the render benchmark
// (bench/client-render.ts) share it. The graph view draws every actor
// (cities, associations, networks, donors, programmes), so the city count is
// scaled once from a first draft of the set to land near the asked size.
import { pairKey } from '../../client/src/explore/elements.ts';
import { generateDataSet, type SyntheticDataSet } from '../../seed/synthetic/generate.ts';
import { loadDataSet } from '../../seed/synthetic/load.ts';
import { MAX_CITIES, MIN_CITIES } from '../../seed/synthetic/shape.ts';
import { startTestServer, type TestServer } from './server.ts';

export interface SyntheticServer {
  server: TestServer;
  cities: number;
  /** What the Explore view draws of the unfiltered graph view: its actors, and one edge per type and pair of them. */
  nodes: number;
  edges: number;
}

const actorsOf = (set: SyntheticDataSet) =>
  set.file.cities.length + set.file.associations.length + set.file.networks.length + set.file.donors.length + set.file.programmes.length;

const clamp = (n: number) => Math.min(MAX_CITIES, Math.max(MIN_CITIES, Math.round(n)));

export async function startSyntheticServer(nodes: number, seed = 42): Promise<SyntheticServer> {
  const draft = generateDataSet({ cities: clamp(nodes), seed });
  const cities = clamp((nodes * draft.file.cities.length) / actorsOf(draft));
  const set = cities === draft.file.cities.length ? draft : generateDataSet({ cities, seed });
  const server = await startTestServer({ empty: true });
  try {
    // Loaded before the first request, so no cached projection predates it.
    await loadDataSet(server.store, set);
    const { data } = await server.gql<{ graph: { nodes: unknown[]; edges: { source: string; target: string; type: string }[] } }>(
      '{ graph { nodes { id } edges { source target type } } }',
    );
    // The client leaves out loops and draws parallel links as one edge (elements.ts); count what it draws.
    const edges = new Set(data!.graph.edges.filter((e) => e.source !== e.target).map(pairKey)).size;
    return { server, cities, nodes: data!.graph.nodes.length, edges };
  } catch (error) {
    await server.close();
    throw error;
  }
}
