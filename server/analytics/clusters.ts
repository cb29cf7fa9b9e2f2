// Communities of the cooperation graph: Louvain (graphology-communities-
// louvain) with a fixed random seed, or connected components as a baseline.
// Multiple relationships between two actors count as one link of that weight.
// Cluster ids are the smallest member id, so that colours keyed by them do not
// jump when another cluster changes.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import modularity from 'graphology-metrics/graph/modularity';
import seedrandom from 'seedrandom';
import type { ClusterAlgorithm } from '../graphql/generated/resolvers-types.ts';
import type { ActorLinks } from './actor-graph.ts';

export interface Clustering {
  algorithm: 'louvain' | 'connected-components';
  modularity: number | null;
  /** The cluster id of every actor (singletons too). */
  clusterOf: Map<string, string>;
  /** Member ids by cluster id. */
  members: Map<string, string[]>;
}

const SEED = 'c2c-graph';

/** The actors `keep` and the links between them, as a simple weighted undirected graph. */
function weighted({ actors, edges }: ActorLinks, keep: (id: string) => boolean): Graph {
  const simple = new Graph({ type: 'undirected' });
  for (const id of actors.keys()) if (keep(id)) simple.addNode(id);
  // Parallel links are counted first and each pair added once, in the order (and direction) of its
  // first link, as graphology's updateEdge would: Louvain's result depends on that order. Adding
  // each pair once rather than updating it per link saves most of the graph's building time.
  const pairs = new Map<string, { a: string; b: string; weight: number }>();
  for (const { source: a, target: b } of edges) {
    if (a === b || !simple.hasNode(a) || !simple.hasNode(b)) continue;
    const key = a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
    const pair = pairs.get(key);
    if (pair) pair.weight += 1;
    else pairs.set(key, { a, b, weight: 1 });
  }
  for (const { a, b, weight } of pairs.values()) simple.addUndirectedEdge(a, b, { weight });
  return simple;
}

export function cluster(links: ActorLinks, keep: (id: string) => boolean, algorithm: ClusterAlgorithm = 'LOUVAIN'): Clustering {
  const simple = weighted(links, keep);
  const partition: Record<string, string | number> =
    algorithm === 'LOUVAIN'
      ? louvain(simple, { getEdgeWeight: 'weight', rng: seedrandom(SEED) })
      : Object.fromEntries(connectedComponents(simple).flatMap((component, i) => component.map((id) => [id, i])));
  const grouped = new Map<string | number, string[]>();
  simple.forEachNode((id) => {
    const group = grouped.get(partition[id]!);
    if (group) group.push(id);
    else grouped.set(partition[id]!, [id]);
  });
  const clusterOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const ids of grouped.values()) {
    ids.sort();
    const id = `cluster:${ids[0]}`;
    members.set(id, ids);
    for (const member of ids) clusterOf.set(member, id);
  }
  return {
    algorithm: algorithm === 'LOUVAIN' ? 'louvain' : 'connected-components',
    modularity: simple.size ? modularity(simple, { getNodeCommunity: (node) => clusterOf.get(node)!, getEdgeWeight: 'weight' }) : null,
    clusterOf,
    members,
  };
}
