// Views of the actor graph as the API's Subgraph: the whole (filtered) graph,
// the neighbourhood of an actor, and a shortest path between two actors.
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { Subgraph } from '../graphql/generated/resolvers-types.ts';
import type { ActorEdge, ActorGraph, ActorLinks } from './actor-graph.ts';
import type { ProjectedActor } from './projection.ts';
import { nearest } from './nearest.ts';
import { MergedEdges } from './parallel-links.ts';
import type { CitySupport } from './support.ts';

/** What the drawn nodes are annotated with. */
export interface Annotations {
  support: Map<string, CitySupport>;
  clusters: Map<string, string>;
}

/** `actorOf`: where the actors are looked up (the view's list of links, or its graph). */
function nodesOf(actorOf: (id: string) => ProjectedActor, { support, clusters }: Annotations, ids: Iterable<string>): Subgraph['nodes'] {
  return [...ids].map((id) => {
    const actor = actorOf(id);
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

/** A Subgraph as the analyses answer it, edges as drawn. */
export type DrawnSubgraph = Omit<Subgraph, 'edges'> & { edges: DrawnEdge[] };

const drawnEdge = (key: string, edge: ActorEdge): DrawnEdge => ({ id: key, source: edge.source, target: edge.target, type: edge.type, partnershipId: edge.partnershipId });

/**
 * The actors `keep` (all when omitted) and the links between them, annotated with cluster and support level: read
 * from the view's list of links, not its graph, which at 100,000 cities takes seconds to build for a million links.
 */
export function toSubgraph({ actors, edges }: ActorLinks, annotations: Annotations, keep?: (id: string) => boolean): DrawnSubgraph {
  const kept = new Set([...actors.keys()].filter((id) => !keep || keep(id)));
  const drawn = edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)).map((edge) => drawnEdge(edge.key, edge));
  return { nodes: nodesOf((id) => actors.get(id)!, annotations, kept), edges: drawn, truncated: false, totalNodes: kept.size };
}

/**
 * The edges among `ids`, each found once, from its end with
 * fewer links: an actor with fewer links than there are ids above it scans
 * its own edges; a hub (a donor, a network, a busy city: thousands of links
 * at 100k cities) only looks up its edges to the ids above it, so its links
 * to actors left out are never read.
 */
function edgesAmong(graph: ActorGraph, ids: Set<string>, found: (key: string, edge: ActorEdge) => void): void {
  const ranked = [...ids].map((id) => ({ id, degree: graph.degree(id) }));
  ranked.sort((a, b) => a.degree - b.degree || (a.id < b.id ? -1 : 1));
  const rank = new Map(ranked.map(({ id }, i) => [id, i]));
  ranked.forEach(({ id, degree }, i) => {
    if (degree <= ranked.length - i) {
      // `>= i`: a loop is met from its one end.
      graph.forEachEdge(id, (key, edge, a, b) => {
        if ((rank.get(a === id ? b : a) ?? -1) >= i) found(key, edge);
      });
    } else {
      for (let j = i; j < ranked.length; j++) graph.forEachEdge(id, ranked[j]!.id, found);
    }
  });
}

/**
 * The nodes `ids` and the edges between them, found from the nodes' own
 * edges: for a few nodes of a large graph, without a pass over all of it
 * (a neighbourhood at 100k cities would scan a million edges). Merged: one
 * weighted edge per type and pair of actors (parallel-links.ts).
 */
function subgraphAround(graph: ActorGraph, annotations: Annotations, ids: Set<string>, merge = false): DrawnSubgraph {
  let edges: DrawnEdge[];
  if (merge) {
    const merged = new MergedEdges(graph);
    edgesAmong(graph, ids, (key, edge) => merged.add(key, edge));
    edges = merged.edges();
  } else {
    edges = [];
    edgesAmong(graph, ids, (key, edge) => void edges.push(drawnEdge(key, edge)));
  }
  return { nodes: nodesOf((id) => graph.getNodeAttributes(id), annotations, ids), edges, truncated: false, totalNodes: ids.size };
}

export interface NeighbourhoodOptions {
  depth: number;
  limit: number;
  /** One weighted edge per type and pair of actors (parallel-links.ts). */
  mergeParallel: boolean;
}

/** The nearest `limit` actors within `depth` hops of `id` (nearest.ts), with the edges between them. */
export function neighbourhood(graph: ActorGraph, annotations: Annotations, id: string, { depth, limit, mergeParallel: merge }: NeighbourhoodOptions): DrawnSubgraph {
  const { ids, truncated, total } = nearest(graph, id, depth, limit);
  return { ...subgraphAround(graph, annotations, new Set(ids), merge), truncated, totalNodes: total };
}

/** A shortest path from `from` to `to` of at most `maxHops` edges, nodes in path order; null when there is none. */
export function shortestPath(graph: ActorGraph, annotations: Annotations, from: string, to: string, maxHops: number): DrawnSubgraph | null {
  const path = bidirectional(graph, from, to);
  if (!path || path.length - 1 > maxHops) return null;
  const whole = subgraphAround(graph, annotations, new Set(path));
  const hop = (a: string, b: string) => (e: { source: string; target: string }) =>
    (e.source === a && e.target === b) || (e.source === b && e.target === a);
  return {
    ...whole,
    nodes: path.map((id) => whole.nodes.find((n) => n.id === id)!),
    // Only the edges along the path, in path order.
    edges: path.slice(1).flatMap((b, i) => whole.edges.filter(hop(path[i]!, b))),
  };
}
