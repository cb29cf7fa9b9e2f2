// Parallel links merged into weighted edges. At 100,000 cities a hub's
// two-hop neighbourhood brings tens of thousands of PARTNERSHIP edges among a
// thousand actors (two cities in several partnerships together, a programme
// supporting a city through each of them): drawn one by one they are a solid
// bundle, and sent one by one they are most of the answer's bytes. What a
// merged edge stands for is listed only when asked for.
import type { Adjacency } from './adjacency.ts';
import type { EdgeType, KeyedEdge } from './actor-graph.ts';
import type { DrawnEdge } from './subgraph.ts';

/** The relationships of one type between two actors: parallel links, or one relationship alone. */
export type Bundle = readonly KeyedEdge[];

const TYPE_CODES: Record<EdgeType, number> = { PARTNERSHIP: 0, MEMBER_OF: 1, FUNDS: 2, SUPPORTS: 3, RUN_BY: 4 };
const TYPES = Object.keys(TYPE_CODES).length;

/**
 * `edges` in bundles, one per type and pair of actors (a partnership's ends
 * either way round: it has no direction; other relationships in the direction
 * they are stated in), in the order each pair was first met. Keyed by the
 * actors' numbers, not their ids: a string key per relationship was a third of
 * a hub's neighbourhood at 100,000 cities.
 */
export function parallelBundles(edges: readonly KeyedEdge[], adjacency: Adjacency): Bundle[] {
  const bundles = new Map<number, KeyedEdge[]>();
  for (const edge of edges) {
    let [a, b] = [adjacency.indexOf(edge.source), adjacency.indexOf(edge.target)];
    if (edge.type === 'PARTNERSHIP' && b < a) [a, b] = [b, a];
    const key = (a * adjacency.size + b) * TYPES + TYPE_CODES[edge.type];
    const bundle = bundles.get(key);
    if (bundle) bundle.push(edge);
    else bundles.set(key, [edge]);
  }
  return [...bundles.values()];
}

/** The ids of a bundle's relationships and the partnerships behind them, in id order. */
function standsFor(bundle: Bundle): { edgeIds: string[]; partnershipIds: string[] } {
  const partnerships = new Set(bundle.flatMap(({ partnershipId }) => (partnershipId ? [partnershipId] : [])));
  return { edgeIds: bundle.map(({ key }) => key).sort(), partnershipIds: [...partnerships].sort() };
}

/**
 * A bundle as one weighted edge. A single relationship keeps its own id and
 * ends, so that answers with and without merging agree on it; several are
 * drawn between their actors in id order for a partnership (either way round
 * is the same pair), in their stated direction otherwise.
 */
export function mergedEdge(bundle: Bundle): DrawnEdge {
  const [first] = bundle as [KeyedEdge];
  const [source, target] =
    bundle.length > 1 && first.type === 'PARTNERSHIP' && first.target < first.source ? [first.target, first.source] : [first.source, first.target];
  const shared = bundle.every(({ partnershipId }) => partnershipId === first.partnershipId);
  let listed: ReturnType<typeof standsFor> | undefined;
  return {
    id: bundle.length === 1 ? first.key : `parallel|${first.type}|${source}|${target}`,
    source,
    target,
    type: first.type,
    partnershipId: shared ? first.partnershipId : null,
    weight: bundle.length,
    standsFor: () => (listed ??= standsFor(bundle)),
  };
}
