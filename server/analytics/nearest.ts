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
// more than one. Ties: more links overall (degree) first, then id, so the
// answer is the same for the same data.
import type { Adjacency } from './adjacency.ts';

export interface Nearest {
  /** Ids in traversal order: the actor, then hop by hop, the most relevant of each hop first. */
  ids: string[];
  /** Whether actors within `depth` hops were left out. */
  truncated: boolean;
  /**
   * How many actors are within `depth` hops, the actor included; null when the limit was
   * reached before the last hop, where counting would cost the traversal the limit saves.
   */
  total: number | null;
}

/** The candidates of the next hop, each with its share of the links of `frontier` (actors not in `kept`). */
function nextHop(graph: Adjacency, frontier: readonly string[], kept: ReadonlySet<string>): Map<string, number> {
  const scores = new Map<string, number>();
  for (const from of frontier) {
    const share = 1 / graph.degree(from);
    graph.forEachNeighbour(from, (to) => {
      if (!kept.has(to)) scores.set(to, (scores.get(to) ?? 0) + share);
    });
  }
  return scores;
}

/** The candidates most relevant first (see the header). */
function ranked(graph: Adjacency, scores: Map<string, number>): string[] {
  const degrees = new Map([...scores.keys()].map((id) => [id, graph.degree(id)]));
  return [...scores.keys()].sort(
    (a, b) => scores.get(b)! - scores.get(a)! || degrees.get(b)! - degrees.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
  );
}

/** At most `limit` (≥ 1) actors within `depth` hops of `start`, nearest first. */
export function nearest(graph: Adjacency, start: string, depth: number, limit: number): Nearest {
  const kept = new Set([start]);
  let frontier = [start];
  for (let hop = 1; hop <= depth && frontier.length; hop++) {
    const scores = nextHop(graph, frontier, kept);
    const within = kept.size + scores.size;
    if (within > limit) {
      for (const id of ranked(graph, scores).slice(0, limit - kept.size)) kept.add(id);
      return { ids: [...kept], truncated: true, total: hop === depth ? within : null };
    }
    frontier = ranked(graph, scores);
    for (const id of frontier) kept.add(id);
  }
  return { ids: [...kept], truncated: false, total: kept.size };
}
