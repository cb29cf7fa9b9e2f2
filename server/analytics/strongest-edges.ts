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
import type { Bundle } from './parallel-links.ts';

interface Ranked {
  bundle: Bundle;
  /** Its place in the list, which the kept bundles keep. */
  place: number;
  /** The places, in the nearest order, of its ends: the nearer and the farther. */
  near: number;
  far: number;
}

/** Heavier first, then the one whose farther end is nearer, then the one listed first. */
const stronger = (a: Ranked, b: Ranked) => b.bundle.length - a.bundle.length || a.far - b.far || a.near - b.near || a.place - b.place;

/** At most `limit` of `bundles` (see the header), in their order; `order`: the actors, nearest first. */
export function strongestEdges(bundles: Bundle[], order: readonly string[], limit: number): Bundle[] {
  if (bundles.length <= limit) return bundles;
  const position = new Map(order.map((id, i) => [id, i]));
  const ranked = bundles.map((bundle, place): Ranked => {
    const [a, b] = [position.get(bundle[0]!.source)!, position.get(bundle[0]!.target)!];
    return { bundle, place, near: Math.min(a, b), far: Math.max(a, b) };
  });
  // The backbone: each actor's strongest edge to one kept before it (loops link no one).
  const backbone = new Map<number, Ranked>();
  for (const r of ranked) {
    const best = backbone.get(r.far);
    if (r.near < r.far && (!best || stronger(r, best) < 0)) backbone.set(r.far, r);
  }
  // Nearest actors first: were the limit below the backbone, the centre's own links would stay.
  const first = [...backbone.values()].sort((a, b) => a.far - b.far);
  const rest = ranked.filter((r) => backbone.get(r.far) !== r).sort(stronger);
  return [...first, ...rest]
    .slice(0, limit)
    .sort((a, b) => a.place - b.place)
    .map((r) => r.bundle);
}
