// The nearest actors around one actor, at most `limit` of them: a
// breadth-first traversal, hop by hop, that stops at the hop which fills the
// limit instead of walking the whole neighbourhood and slicing it. At two
// hops a city reaches every member of its networks and every recipient of
// its donors — tens of thousands of actors at 100,000 cities — which no
// explorer can draw and which took seconds to send.
//
// Within a hop the candidates are ranked by how much of the kept actors'
// links lead to them (the resource-allocation index: each kept actor of the
// hop before shares one unit among its edges, so a partner city that is one
// of five links of a kept partner gets 1/5, a member of a network of 30,000
// gets 1/30,000). Partners' partners thus come before the thousands of
// members of an organisation, and several partnerships with an actor weigh
// more than one. Ties: more links overall (degree) first, then the lower
// number (adjacency.ts numbers actors in id order), so the answer is the same
// for the same data.
import type { NumberedGraph } from './numbered-graph.ts';

export interface Nearest {
  /** Actors' numbers in traversal order: the actor, then hop by hop, the most relevant of each hop first. */
  order: number[];
  /** Whether actors within `depth` hops were left out. */
  truncated: boolean;
  /**
   * How many actors are within `depth` hops, the actor included; null when the limit was
   * reached before the last hop, where counting would cost the traversal the limit saves.
   */
  total: number | null;
}

/**
 * The `room` most relevant of `candidates` (see the header), most relevant
 * first. When only some fit, only those scoring at least the room-th highest
 * score are sorted: a hop through a donor or a network of 20,000 links has as
 * many candidates, and sorting them all was most of a neighbourhood's time.
 */
function mostRelevant(graph: NumberedGraph, candidates: number[], scores: Float64Array, room: number): number[] {
  const compare = (a: number, b: number) => scores[b]! - scores[a]! || graph.degreeOf(b) - graph.degreeOf(a) || a - b;
  if (room >= candidates.length) return candidates.sort(compare);
  const threshold = Float64Array.from(candidates, (i) => scores[i]!).sort()[candidates.length - room]!;
  return candidates
    .filter((i) => scores[i]! >= threshold)
    .sort(compare)
    .slice(0, room);
}

/** At most `limit` (≥ 1) actors within `depth` hops of actor `start`, nearest first. */
export function nearest(graph: NumberedGraph, start: number, depth: number, limit: number): Nearest {
  const order = [start];
  const kept = new Uint8Array(graph.size);
  kept[order[0]!] = 1;
  // Each candidate's share of the kept actors' links, by actor number (0: not yet a candidate; kept actors are never read again).
  const scores = new Float64Array(graph.size);
  let frontier = order;
  for (let hop = 1; hop <= depth && frontier.length; hop++) {
    const candidates: number[] = [];
    for (const from of frontier) {
      const share = 1 / graph.degreeOf(from);
      graph.forEachNeighbourOf(from, (to) => {
        if (kept[to]) return;
        if (scores[to] === 0) candidates.push(to);
        scores[to]! += share;
      });
    }
    const within = order.length + candidates.length;
    if (within > limit) {
      order.push(...mostRelevant(graph, candidates, scores, limit - order.length));
      return { order, truncated: true, total: hop === depth ? within : null };
    }
    frontier = mostRelevant(graph, candidates, scores, candidates.length);
    for (const i of frontier) {
      order.push(i);
      kept[i] = 1;
    }
  }
  return { order, truncated: false, total: order.length };
}
