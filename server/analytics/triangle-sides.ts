// What the enumeration of triangles reads: the kept actors that have a side,
// numbered by rank (fewer distinct neighbours first, then id), and each
// actor's higher-ranked neighbours as typed arrays (CSR), with the links of
// each side as numbers. At 100,000 cities there are a million links; maps of
// maps of sets of strings cost seconds to fill, these a fraction of that.
import type { ActorLinks } from './actor-graph.ts';

const TRIANGLE_LINKS = new Set(['PARTNERSHIP', 'MEMBER_OF', 'FUNDS']);

export interface TriangleSides {
  /** Actor ids by rank. */
  ids: string[];
  /** The higher-ranked neighbours of rank u: higher[start[u] .. start[u + 1]), side[k] the side to higher[k]. */
  start: Int32Array;
  higher: Int32Array;
  side: Int32Array;
  /** The links of each side (numbers), each once. */
  linksOf: number[][];
  /** The most links of any side from rank u to a higher-ranked neighbour: a bound on what its triangles can score. */
  widest: Int32Array;
  /** The partnership each link stands for or goes through (a funding of a partnership), if any. */
  partnershipOf: (string | null)[];
}

/** The sides among the actors `keep`: partnerships, memberships and fundings between two distinct actors. */
export function triangleSides({ actors, edges }: ActorLinks, keep: (id: string) => boolean): TriangleSides {
  const number = new Map<string, number>();
  const idOf: string[] = [];
  const numberOf = (id: string) => {
    let n = number.get(id);
    if (n === undefined) {
      number.set(id, (n = idOf.length));
      idOf.push(id);
    }
    return n;
  };
  const linkNumber = new Map<string, number>();
  const partnershipOf: (string | null)[] = [];
  const pairOf = new Map<number, number>();
  const [ends, linksOf]: [number[], number[][]] = [[], []];
  const bound = actors.size;
  for (const edge of edges) {
    const { source, target } = edge;
    if (source === target || !TRIANGLE_LINKS.has(edge.type) || !keep(source) || !keep(target)) continue;
    // A partnership is one link however many of its participants it joins; anything else is its own edge.
    const name = edge.type === 'PARTNERSHIP' ? edge.partnershipId! : edge.key;
    let link = linkNumber.get(name);
    if (link === undefined) {
      linkNumber.set(name, (link = partnershipOf.length));
      partnershipOf.push(edge.partnershipId);
    }
    const [a, b] = [numberOf(source), numberOf(target)];
    const key = a < b ? a * bound + b : b * bound + a;
    const pair = pairOf.get(key);
    if (pair === undefined) {
      pairOf.set(key, linksOf.length);
      ends.push(a, b);
      linksOf.push([link]);
    } else if (!linksOf[pair]!.includes(link)) linksOf[pair]!.push(link);
  }
  const n = idOf.length;
  const degree = new Int32Array(n);
  for (const end of ends) degree[end]! += 1;
  const byRank = Array.from({ length: n }, (_, i) => i).sort((a, b) => degree[a]! - degree[b]! || (idOf[a]! < idOf[b]! ? -1 : 1));
  const rank = new Int32Array(n);
  byRank.forEach((i, r) => (rank[i] = r));
  // Each side once, from its lower-ranked end.
  const start = new Int32Array(n + 1);
  const lower = (p: number) => Math.min(rank[ends[2 * p]!]!, rank[ends[2 * p + 1]!]!);
  for (let p = 0; p < linksOf.length; p++) start[lower(p) + 1]! += 1;
  for (let u = 0; u < n; u++) start[u + 1]! += start[u]!;
  const filled = start.slice(0, n);
  const [higher, side] = [new Int32Array(linksOf.length), new Int32Array(linksOf.length)];
  const widest = new Int32Array(n);
  for (let p = 0; p < linksOf.length; p++) {
    const [x, y] = [rank[ends[2 * p]!]!, rank[ends[2 * p + 1]!]!];
    const [u, v] = x < y ? [x, y] : [y, x];
    const k = filled[u]!++;
    higher[k] = v;
    side[k] = p;
    widest[u] = Math.max(widest[u]!, linksOf[p]!.length);
  }
  return { ids: byRank.map((i) => idOf[i]!), start, higher, side, linksOf, widest, partnershipOf };
}
