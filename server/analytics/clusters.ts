// Communities of the cooperation graph: Louvain (graphology-communities-
// louvain) with a fixed random seed, or connected components as a baseline.
// Multiple relationships between two actors count as one link of that weight.
// Cluster ids are the smallest member id, so that colours keyed by them do not
// jump when another cluster changes.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import StaticDisjointSet from 'mnemonist/static-disjoint-set.js';
import seedrandom from 'seedrandom';
import type { ClusterAlgorithm } from '../graphql/generated/resolvers-types.ts';
import type { ActorLinks } from './actor-graph.ts';
import { linkedPairs, type LinkedPairs } from './linked-pairs.ts';

export interface Clustering {
  algorithm: 'louvain' | 'connected-components';
  modularity: number | null;
  /** The cluster id of every actor (singletons too). */
  clusterOf: Map<string, string>;
  /** Member ids by cluster id. */
  members: Map<string, string[]>;
}

const SEED = 'c2c-graph';

/**
 * The pairs as a simple weighted undirected graph whose node keys are the actors' numbers: graphology
 * keeps each node's neighbours in an object keyed by theirs, which integer keys make cheaper to fill.
 * Nodes and edges go in the pairs' order, the only order Louvain and modularity read.
 */
function weighted({ ids, source, target, weight }: LinkedPairs): Graph {
  const simple = new Graph({ type: 'undirected' });
  for (let i = 0; i < ids.length; i++) simple.addNode(i);
  for (let k = 0; k < source.length; k++) simple.addUndirectedEdgeWithKey(k, source[k], target[k], { weight: weight[k] });
  return simple;
}

/** Each actor's Louvain community, with the fixed seed. */
function communities(simple: Graph, n: number): Int32Array {
  const community = louvain(simple, { getEdgeWeight: 'weight', rng: seedrandom(SEED) });
  return Int32Array.from({ length: n }, (_, i) => community[i]!);
}

/** Each actor's component (its union-find root): one pass over the pairs, no graph to build. */
function components({ ids, source, target }: LinkedPairs): Int32Array {
  const sets = new StaticDisjointSet(ids.length);
  for (let k = 0; k < source.length; k++) sets.union(source[k]!, target[k]!);
  return Int32Array.from(ids, (_, i) => sets.find(i));
}

/**
 * The modularity of connected components: every pair lies inside one, so it is the sum over them of
 * x - x², x the share of the link weight inside. Summed as graphology-metrics sums it (components in
 * the order of their first actor; the weights are whole numbers, so their sums are exact): the same number.
 */
function componentModularity({ source, weight }: LinkedPairs, component: Int32Array, order: Iterable<number>): number {
  const within = new Float64Array(component.length);
  let total = 0;
  for (let k = 0; k < source.length; k++) {
    total += weight[k]!;
    within[component[source[k]!]!]! += weight[k]!;
  }
  let q = 0;
  for (const c of order) q += (2 * within[c]!) / (2 * total) - Math.pow((2 * within[c]!) / (2 * total), 2);
  return q;
}

/**
 * Clusters from a partition of the actors (actor i in the group numbered partition[i]): ids are
 * `cluster:` and the smallest member id, members sorted, whatever the numbers were. Also the
 * numbers in the order of their first actor, the order graphology-metrics sums the clusters' modularity in.
 */
export function groupClusters(ids: readonly string[], partition: ArrayLike<number>): Pick<Clustering, 'clusterOf' | 'members'> & { order: number[] } {
  const grouped = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i++) {
    const group = grouped.get(partition[i]!);
    if (group) group.push(ids[i]!);
    else grouped.set(partition[i]!, [ids[i]!]);
  }
  const clusterOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const group of grouped.values()) {
    group.sort();
    const id = `cluster:${group[0]}`;
    members.set(id, group);
    for (const member of group) clusterOf.set(member, id);
  }
  return { clusterOf, members, order: [...grouped.keys()] };
}

export function cluster(links: ActorLinks, keep: (id: string) => boolean, algorithm: ClusterAlgorithm = 'LOUVAIN'): Clustering {
  const pairs = linkedPairs(links, keep);
  const { ids } = pairs;
  const simple = algorithm === 'LOUVAIN' ? weighted(pairs) : null;
  const partition = simple ? communities(simple, ids.length) : components(pairs);
  const { clusterOf, members, order } = groupClusters(ids, partition);
  const communityOf = (node: string) => clusterOf.get(ids[Number(node)]!)!;
  return {
    algorithm: algorithm === 'LOUVAIN' ? 'louvain' : 'connected-components',
    modularity: !pairs.source.length
      ? null
      : simple
        ? modularity(simple, { getNodeCommunity: communityOf, getEdgeWeight: 'weight' })
        : componentModularity(pairs, partition, order),
    clusterOf,
    members,
  };
}
