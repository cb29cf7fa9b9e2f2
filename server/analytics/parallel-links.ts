// Parallel links merged into weighted edges. At 100,000 cities a hub's
// two-hop neighbourhood brings tens of thousands of PARTNERSHIP edges to a few
// hundred partners (two cities in hundreds of partnerships together, a
// programme supporting a city through each of them): drawn one by one they are
// a solid bundle, and sent one by one they are most of the answer's bytes.
import type { DrawnEdge } from './subgraph.ts';

/** The merged edge's id: its one relationship's own id, or the pair and the type for several. */
const mergedId = (key: string, first: DrawnEdge, weight: number) => (weight === 1 ? first.id : `parallel|${key}`);

/**
 * One edge per type and pair of actors, in the order each pair first appears,
 * with the number of relationships it stands for, their ids and the
 * partnerships behind them. Other relationships keep the direction they are
 * stated in; a partnership has none, so its ends are merged either way round.
 */
export function mergeParallel(edges: DrawnEdge[]): DrawnEdge[] {
  const groups = new Map<string, DrawnEdge[]>();
  for (const edge of edges) {
    const key = edge.type === 'PARTNERSHIP' ? `${edge.type}|${[edge.source, edge.target].sort().join('|')}` : `${edge.type}|${edge.source}|${edge.target}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  return [...groups].map(([key, group]) => {
    const first = group[0]!;
    const partnershipIds = [...new Set(group.flatMap((e) => (e.partnershipId ? [e.partnershipId] : [])))].sort();
    return {
      ...first,
      id: mergedId(key, first, group.length),
      partnershipId: partnershipIds.length === 1 ? partnershipIds[0]! : null,
      weight: group.length,
      edgeIds: group.map((e) => e.id).sort(),
      partnershipIds,
    };
  });
}
