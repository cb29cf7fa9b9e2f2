// The edges a neighbourhood answers with when there are more than its edge
// limit. Around a hub at 100,000 cities the nearest 1,000 actors have about
// 35,000 merged pairs between them: 6 to 10 MB that take longer to send than
// anything else in the answer, and a drawing no one can read. What is kept:
// first, for every actor but the first, nearest first, its strongest edge to
// an actor kept before it (the nearest order reaches each actor from the hop
// before, so this edge exists and every drawn actor stays linked to the
// centre); then the other edges, heaviest first (a bundle of parallel links
// weighs as many relationships as it holds), and among equals those between
// nearer actors.
import type { Adjacency, FoundEdges } from './adjacency.ts';

/**
 * At most `limit` of the bundles `found` (see the header), by their numbers, in
 * their order. `places`: by actor number, its place in the nearest order
 * (adjacency.ts placesIn).
 */
export function strongestEdges(found: FoundEdges, adjacency: Adjacency, places: Int32Array, limit: number): number[] {
  const { first, weight } = found;
  const count = first.length;
  const all = Array.from({ length: count }, (_, b) => b);
  if (count <= limit) return all;
  const near = new Int32Array(count);
  const far = new Int32Array(count);
  let farthest = 0;
  for (let b = 0; b < count; b++) {
    const [p, q] = [places[adjacency.sources[first[b]!]!]!, places[adjacency.targets[first[b]!]!]!];
    near[b] = Math.min(p, q);
    far[b] = Math.max(p, q);
    farthest = Math.max(farthest, far[b]!);
  }
  /** Heavier first, then the one whose farther end is nearer, then the one listed first. */
  const stronger = (a: number, b: number) => weight[b]! - weight[a]! || far[a]! - far[b]! || near[a]! - near[b]! || a - b;
  // The backbone: each actor's strongest edge to one kept before it (loops link no one), by the actor's place.
  const backbone = new Int32Array(farthest + 1).fill(-1);
  for (let b = 0; b < count; b++) {
    const best = backbone[far[b]!]!;
    if (near[b]! < far[b]! && (best < 0 || stronger(b, best) < 0)) backbone[far[b]!] = b;
  }
  // Nearest actors first: were the limit below the backbone, the centre's own links would stay.
  const kept = [...backbone].filter((b) => b >= 0).slice(0, limit);
  const inBackbone = new Uint8Array(count);
  for (const b of kept) inBackbone[b] = 1;
  const rest = all.filter((b) => !inBackbone[b]);
  kept.push(...heaviest(rest, weight, stronger, limit - kept.length));
  return kept.sort((a, b) => a - b);
}

/**
 * The `room` strongest of `bundles`. Only those at least as heavy as the
 * lightest that can be kept are sorted: most bundles weigh one, and sorting
 * all 35,000 of a hub's took longer than finding them.
 */
function heaviest(bundles: number[], weight: readonly number[], stronger: (a: number, b: number) => number, room: number): number[] {
  if (room <= 0) return [];
  const byWeight = new Map<number, number>();
  for (const b of bundles) byWeight.set(weight[b]!, (byWeight.get(weight[b]!) ?? 0) + 1);
  let lightest = 0;
  let counted = 0;
  for (const w of [...byWeight.keys()].sort((a, b) => b - a)) {
    lightest = w;
    counted += byWeight.get(w)!;
    if (counted >= room) break;
  }
  return bundles
    .filter((b) => weight[b]! >= lightest)
    .sort(stronger)
    .slice(0, room);
}
