// Views of the actor graph as the API's Subgraph: the whole (filtered) graph,
// the neighbourhood of an actor, and a shortest path between two actors.
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { Subgraph } from '../graphql/generated/resolvers-types.ts';
import type { Adjacency } from './adjacency.ts';
import type { ActorGraph, ActorLinks, KeyedEdge } from './actor-graph.ts';
import type { ProjectedActor } from './projection.ts';
import { nearest } from './nearest.ts';
import { mergedEdge } from './parallel-links.ts';
import { strongestEdges } from './strongest-edges.ts';
import type { CitySupport } from './support.ts';

/** What the drawn nodes are annotated with. */
export interface Annotations {
  support: Map<string, CitySupport>;
  clusters: Map<string, string>;
}

function nodesOf(actors: Map<string, ProjectedActor>, { support, clusters }: Annotations, ids: Iterable<string>): Subgraph['nodes'] {
  return [...ids].map((id) => {
    const actor = actors.get(id)!;
    return {
      id,
      kind: actor.kind,
      label: actor.name,
      cluster: clusters.get(id) ?? null,
      supportLevel: support.get(id)?.level ?? null,
      region: actor.region,
      country: actor.country,
    };
  });
}

/** A relationship to draw, or (merged) the parallel relationships of one type between two actors: GraphEdge's resolvers read them. */
export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  partnershipId: string | null;
  /** How many relationships a merged edge stands for (parallel-links.ts); absent: one. */
  weight?: number;
  /** A merged edge's relationships and the partnerships behind them, listed when asked for. */
  standsFor?: () => { edgeIds: string[]; partnershipIds: string[] };
}

/** A Subgraph as the analyses answer it, edges as drawn; `totalEdges` only where an edge limit cut them (Subgraph's resolver defaults it). */
export type DrawnSubgraph = Omit<Subgraph, 'edges' | 'totalEdges'> & { edges: DrawnEdge[]; totalEdges?: number };

const drawnEdge = ({ key, source, target, type, partnershipId }: KeyedEdge): DrawnEdge => ({ id: key, source, target, type, partnershipId });

/**
 * The actors `keep` (all when omitted) and the links between them, annotated with cluster and support level: read
 * from the view's list of links, not its graph, which at 100,000 cities takes seconds to build for a million links.
 */
export function toSubgraph({ actors, edges }: ActorLinks, annotations: Annotations, keep?: (id: string) => boolean): DrawnSubgraph {
  const kept = new Set([...actors.keys()].filter((id) => !keep || keep(id)));
  const drawn = edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)).map(drawnEdge);
  return { nodes: nodesOf(actors, annotations, kept), edges: drawn, truncated: false, totalNodes: kept.size };
}

/**
 * The nodes `ids` and the edges between them, found from the nodes' own
 * edges (adjacency.ts): for a few nodes of a large graph, without a pass over
 * all of it. Merged: one weighted edge per type and pair of actors
 * (parallel-links.ts). At most `edgeLimit` edges, the strongest (strongest-edges.ts).
 */
function subgraphAround(adjacency: Adjacency, annotations: Annotations, ids: readonly string[], merge: boolean, edgeLimit = Infinity): DrawnSubgraph {
  const places = adjacency.placesIn(ids);
  const found = adjacency.edgesAmong(ids, places, merge);
  const bundles = adjacency.bundles(found, strongestEdges(found, edgeLimit));
  return {
    nodes: nodesOf(adjacency.links.actors, annotations, ids),
    edges: bundles.map((bundle) => (merge ? mergedEdge(bundle) : drawnEdge(bundle[0]!))),
    totalEdges: found.first.length,
    truncated: false,
    totalNodes: ids.length,
  };
}

export interface NeighbourhoodOptions {
  depth: number;
  limit: number;
  /** One weighted edge per type and pair of actors (parallel-links.ts). */
  mergeParallel: boolean;
  /** Most edges to answer with, the strongest (strongest-edges.ts). */
  edgeLimit: number;
}

/** The nearest `limit` actors within `depth` hops of `id` (nearest.ts), with the strongest `edgeLimit` edges between them. */
export function neighbourhood(adjacency: Adjacency, annotations: Annotations, id: string, { depth, limit, mergeParallel: merge, edgeLimit }: NeighbourhoodOptions): DrawnSubgraph {
  const { ids, truncated, total } = nearest(adjacency, id, depth, limit);
  return { ...subgraphAround(adjacency, annotations, ids, merge, edgeLimit), truncated, totalNodes: total };
}

/** A shortest path from `from` to `to` of at most `maxHops` edges, nodes in path order; null when there is none. */
export function shortestPath(graph: ActorGraph, adjacency: Adjacency, annotations: Annotations, from: string, to: string, maxHops: number): DrawnSubgraph | null {
  const path = bidirectional(graph, from, to);
  if (!path || path.length - 1 > maxHops) return null;
  const whole = subgraphAround(adjacency, annotations, path, false);
  const hop = (a: string, b: string) => (e: { source: string; target: string }) =>
    (e.source === a && e.target === b) || (e.source === b && e.target === a);
  return {
    ...whole,
    nodes: path.map((id) => whole.nodes.find((n) => n.id === id)!),
    // Only the edges along the path, in path order.
    edges: path.slice(1).flatMap((b, i) => whole.edges.filter(hop(path[i]!, b))),
  };
}
