// Parallel links merged into weighted edges. At 100,000 cities a hub's
// two-hop neighbourhood brings tens of thousands of PARTNERSHIP edges among a
// thousand actors (two cities in several partnerships together, a programme
// supporting a city through each of them): drawn one by one they are a solid
// bundle, and sent one by one they are most of the answer's bytes. Merged
// while the edges are found, so that no edge object is made for each
// relationship; what a merged edge stands for is listed only when asked for.
import type { ActorEdge, ActorGraph } from './actor-graph.ts';
import type { DrawnEdge } from './subgraph.ts';

interface Pair {
  key: string;
  edge: ActorEdge;
  weight: number;
  /** The one partnership all the pair's relationships share, null for none, undefined once they differ. */
  partnershipId: string | null | undefined;
}

/**
 * One edge per type and pair of actors: a partnership's ends either way round
 * (it has no direction), other relationships in the direction they are stated in.
 */
const pairKey = ({ type, source, target }: ActorEdge) =>
  type === 'PARTNERSHIP' && target < source ? `${type}|${target}|${source}` : `${type}|${source}|${target}`;

/** The relationships of `edge`'s type between its two actors, and the partnerships behind them (in id order). */
function standsFor(graph: ActorGraph, { type, source, target }: ActorEdge): { edgeIds: string[]; partnershipIds: string[] } {
  const edgeIds: string[] = [];
  const partnerships = new Set<string>();
  graph.forEachEdge(source, target, (key, edge) => {
    if (edge.type !== type || (type !== 'PARTNERSHIP' && edge.source !== source)) return;
    edgeIds.push(key);
    if (edge.partnershipId) partnerships.add(edge.partnershipId);
  });
  return { edgeIds: edgeIds.sort(), partnershipIds: [...partnerships].sort() };
}

/** Collects edges as they are found and answers them merged, in the order each pair was first met. */
export class MergedEdges {
  private readonly pairs = new Map<string, Pair>();

  constructor(private readonly graph: ActorGraph) {}

  add(key: string, edge: ActorEdge): void {
    const id = pairKey(edge);
    const pair = this.pairs.get(id);
    if (!pair) this.pairs.set(id, { key, edge, weight: 1, partnershipId: edge.partnershipId });
    else {
      pair.weight += 1;
      if (pair.partnershipId !== edge.partnershipId) pair.partnershipId = undefined;
    }
  }

  edges(): DrawnEdge[] {
    return [...this.pairs].map(([id, { key, edge, weight, partnershipId }]) => {
      let listed: ReturnType<typeof standsFor> | undefined;
      return {
        // A single relationship keeps its own id: answers with and without merging agree on it.
        id: weight === 1 ? key : `parallel|${id}`,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        partnershipId: partnershipId ?? null,
        weight,
        standsFor: () => (listed ??= standsFor(this.graph, edge)),
      };
    });
  }
}
