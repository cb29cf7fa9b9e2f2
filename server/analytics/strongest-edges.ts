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
import type { FoundEdges } from './numbered-graph.ts';

/** At most `limit` of the bundles `found` (see the header; found from the actors in the nearest order), by their numbers, in their order. */
export function strongestEdges({ weight, near, far }: FoundEdges, limit: number): number[] {
  const count = weight.length;
  if (count <= limit) return Array.from({ length: count }, (_, b) => b);
  const farthest = far.reduce((a, b) => Math.max(a, b), 0);
  const heaviestWeight = weight.reduce((a, b) => Math.max(a, b), 1);
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
  const taken = new Uint8Array(count);
  for (const b of kept) taken[b] = 1;
  const room = limit - kept.length;
  if (room > 0) {
    // Only the bundles at least as heavy as the lightest that can be kept are sorted: most weigh one, and sorting
    // all 35,000 of a hub's took longer than finding them.
    const byWeight = new Int32Array(heaviestWeight + 1);
    for (let b = 0; b < count; b++) if (!taken[b]) byWeight[weight[b]!]! += 1;
    let lightest = heaviestWeight;
    let counted = byWeight[lightest]!;
    while (counted < room && lightest > 1) counted += byWeight[--lightest]!;
    // Of the lightest kept weight, only those whose farther end is near enough: with relationships apart every
    // bundle weighs one, and sorting all 80,000 of a hub's took 20 ms.
    const ofLightest = room - (counted - byWeight[lightest]!);
    const byFar = new Int32Array(farthest + 1);
    for (let b = 0; b < count; b++) if (!taken[b] && weight[b] === lightest) byFar[far[b]!]! += 1;
    let farthestKept = 0;
    for (let atMost = byFar[0]!; atMost < ofLightest && farthestKept < farthest; ) atMost += byFar[++farthestKept]!;
    const candidates: number[] = [];
    for (let b = 0; b < count; b++) if (!taken[b] && (weight[b]! > lightest || (weight[b] === lightest && far[b]! <= farthestKept))) candidates.push(b);
    for (const b of candidates.sort(stronger).slice(0, room)) kept.push(b);
  }
  return kept.sort((a, b) => a - b);
}
