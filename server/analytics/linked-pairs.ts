// The actors a view keeps, numbered, and each pair of them that is linked,
// once, with the number of links between them as its weight: what clusters
// need of the actor links. Numbers rather than ids: at 100,000 cities a
// million links are counted, and a pair keyed by two numbers costs no string.
import type { ActorLinks } from './actor-graph.ts';

export interface LinkedPairs {
  /** The kept actors' ids, in the projection's order: actor i is ids[i]. */
  ids: string[];
  /** Pair k joins source[k] and target[k] (in the direction of its first link), weight[k] links. */
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

/** Pairs in the order of their first link, as graphology's updateEdge would add them: Louvain's result depends on that order. */
export function linkedPairs({ actors, edges }: ActorLinks, keep: (id: string) => boolean): LinkedPairs {
  const ids: string[] = [];
  const number = new Map<string, number>();
  for (const id of actors.keys()) {
    if (!keep(id)) continue;
    number.set(id, ids.length);
    ids.push(id);
  }
  const n = ids.length;
  const slot = new Map<number, number>();
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  for (const edge of edges) {
    const a = number.get(edge.source);
    const b = number.get(edge.target);
    if (a === undefined || b === undefined || a === b) continue;
    // Below 2^53 for any graph that fits in memory: one exact number per unordered pair.
    const key = a < b ? a * n + b : b * n + a;
    const k = slot.get(key);
    if (k !== undefined) weight[k]! += 1;
    else {
      slot.set(key, source.length);
      source.push(a);
      target.push(b);
      weight.push(1);
    }
  }
  return { ids, source: Int32Array.from(source), target: Int32Array.from(target), weight: Float64Array.from(weight) };
}
