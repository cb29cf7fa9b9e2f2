// Views of the actor graph as the API's Subgraph: the whole (filtered) graph,
// the neighbourhood of an actor, and a shortest path between two actors.
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { Subgraph } from '../graphql/generated/resolvers-types.ts';
import type { Adjacency } from './adjacency.ts';
import type { ActorGraph, ActorLinks, KeyedEdge } from './actor-graph.ts';
import type { ProjectedActor } from './projection.ts';
import { neighbourhoodInWorker } from './neighbourhood-pool.ts';
import { bundleEdges, type BundleEdges } from './numbered-graph.ts';
import { mergedEdge, type Bundle } from './parallel-links.ts';
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
  /** A merged edge's relationships, listed by id when asked for (parallel-links.ts). */
  bundle?: Bundle;
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

/** The actors `order` (by number) and the relationships of the bundles `kept`, annotated; merged: each bundle as one weighted edge. */
function drawnAround(adjacency: Adjacency, annotations: Annotations, order: ArrayLike<number>, kept: BundleEdges, merge: boolean): DrawnSubgraph {
  return {
    nodes: nodesOf(adjacency.links.actors, annotations, Array.from(order, (i) => adjacency.idOf(i))),
    edges: adjacency.relationshipsOf(kept).map((bundle) => (merge ? mergedEdge(bundle) : drawnEdge(bundle[0]!))),
    truncated: false,
    totalNodes: order.length,
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

/**
 * The nearest `limit` actors within `depth` hops of `id` (nearest.ts), with the strongest `edgeLimit` edges between
 * them (strongest-edges.ts), found from the actors' own edges (numbered-graph.ts) in a worker thread (neighbourhood-pool.ts).
 */
export async function neighbourhood(adjacency: Adjacency, annotations: Annotations, id: string, { depth, limit, mergeParallel: merge, edgeLimit }: NeighbourhoodOptions): Promise<DrawnSubgraph> {
  const { order, truncated, total, kept, totalEdges } = await neighbourhoodInWorker({ arrays: adjacency.graph.arrays, start: adjacency.indexOf(id), depth, limit, merge, edgeLimit });
  return { ...drawnAround(adjacency, annotations, order, kept, merge), truncated, totalNodes: total, totalEdges };
}

/** A shortest path from `from` to `to` of at most `maxHops` edges, nodes in path order; null when there is none. */
export function shortestPath(graph: ActorGraph, adjacency: Adjacency, annotations: Annotations, from: string, to: string, maxHops: number): DrawnSubgraph | null {
  const path = bidirectional(graph, from, to);
  if (!path || path.length - 1 > maxHops) return null;
  const actors = path.map((id) => adjacency.indexOf(id));
  const found = adjacency.graph.edgesAmong(actors, false);
  const whole = drawnAround(adjacency, annotations, actors, bundleEdges(found, found.first.map((_, b) => b)), false);
  const hop = (a: string, b: string) => (e: { source: string; target: string }) =>
    (e.source === a && e.target === b) || (e.source === b && e.target === a);
  return {
    ...whole,
    nodes: path.map((id) => whole.nodes.find((n) => n.id === id)!),
    // Only the edges along the path, in path order.
    edges: path.slice(1).flatMap((b, i) => whole.edges.filter(hop(path[i]!, b))),
  };
}
