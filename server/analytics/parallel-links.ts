// Parallel links merged into weighted edges. At 100,000 cities a hub's
// two-hop neighbourhood brings tens of thousands of PARTNERSHIP edges among a
// thousand actors (two cities in several partnerships together, a programme
// supporting a city through each of them): drawn one by one they are a solid
// bundle, and sent one by one they are most of the answer's bytes. What a
// merged edge stands for is listed only when asked for.
import type { KeyedEdge } from './actor-graph.ts';
import type { DrawnEdge } from './subgraph.ts';

/** The relationships of one type between two actors: parallel links, or one relationship alone (numbered-graph.ts bundles them). */
export type Bundle = readonly KeyedEdge[];

/** The ids of a bundle's relationships, in id order. */
export const edgeIdsOf = (bundle: Bundle): string[] => bundle.map(({ key }) => key).sort();

/** The partnerships behind a bundle's relationships, in id order. */
export const partnershipIdsOf = (bundle: Bundle): string[] =>
  [...new Set(bundle.flatMap(({ partnershipId }) => (partnershipId ? [partnershipId] : [])))].sort();

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
  return {
    id: bundle.length === 1 ? first.key : `parallel|${first.type}|${source}|${target}`,
    source,
    target,
    type: first.type,
    partnershipId: shared ? first.partnershipId : null,
    weight: bundle.length,
    bundle,
  };
}
