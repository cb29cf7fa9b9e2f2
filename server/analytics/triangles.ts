// Triangles of the cooperation graph.
// ANY: three actors pairwise linked through partnerships, memberships or
// fundings, each triangle once (actors in id order), found by the classic
// degree-ordered enumeration (each triangle from its lowest-ranked corner);
// only the best are kept (a fixed-capacity heap), as no page asks for more.
// SOUTH_SOUTH_PLUS_ONE: triangular cooperation in UCLG's sense: in one
// partnership of South–South or triangular orientation, two Southern
// local-government parties (at least one a city) with a third party from
// beyond the South that takes part in, funds or supports that partnership.
import FixedReverseHeap from 'mnemonist/fixed-reverse-heap.js';
import { blocOf } from '../../seed/country-profile.ts';
import type { Theme, TriangleKind } from '../graphql/generated/resolvers-types.ts';
import type { ActorLinks } from './actor-graph.ts';
import type { ProjectedActor, ProjectedPartnership } from './projection.ts';

export interface FoundTriangle {
  kind: TriangleKind;
  actorIds: [string, string, string];
  themes: Theme[];
  partnershipIds: string[];
}

const TRIANGLE_LINKS = new Set(['PARTNERSHIP', 'MEMBER_OF', 'FUNDS']);

/** What links two actors: the partnerships and other relationships (by edge key) between them. */
type Side = Set<string>;

interface Sides {
  adjacency: Map<string, Map<string, Side>>;
  /** The partnership a link stands for or goes through (a funding of a partnership). */
  partnershipOf: Map<string, string>;
}

function sides({ edges }: ActorLinks, keep: (id: string) => boolean): Sides {
  const adjacency = new Map<string, Map<string, Side>>();
  const partnershipOf = new Map<string, string>();
  const side = (a: string, b: string) => {
    let row = adjacency.get(a);
    if (!row) adjacency.set(a, (row = new Map()));
    let links = row.get(b);
    if (!links) row.set(b, (links = new Set()));
    return links;
  };
  for (const edge of edges) {
    const { source: a, target: b } = edge;
    if (a === b || !TRIANGLE_LINKS.has(edge.type) || !keep(a) || !keep(b)) continue;
    const link = edge.type === 'PARTNERSHIP' ? edge.partnershipId! : edge.key;
    if (edge.partnershipId) partnershipOf.set(link, edge.partnershipId);
    side(a, b).add(link);
    side(b, a).add(link);
  }
  return { adjacency, partnershipOf };
}

const themesOf = (ids: Iterable<string>, partnerships: Map<string, ProjectedPartnership>): Theme[] =>
  [...new Set([...ids].flatMap((id) => partnerships.get(id)?.themes ?? []))].sort();

/** How many triangles a listing keeps, best first: the API's largest page. */
export const TRIANGLES_KEPT = 1000;

interface Candidate {
  corners: [number, number, number];
  distinctLinks: number;
}

// Triangles closed by several independent links say more than three members of one group
// partnership; ties go by the corners' rank, which is deterministic for the same data.
const better = (a: Candidate, b: Candidate) =>
  b.distinctLinks - a.distinctLinks || a.corners[0] - b.corners[0] || a.corners[1] - b.corners[1] || a.corners[2] - b.corners[2];

/** How many distinct links close a triangle: three sides of usually one link each, counted without a Set then. */
function distinctLinks(a: string[], b: string[], c: string[]): number {
  if (a.length === 1 && b.length === 1 && c.length === 1) {
    const [x, y, z] = [a[0], b[0], c[0]];
    return 1 + (y !== x ? 1 : 0) + (z !== x && z !== y ? 1 : 0);
  }
  return new Set([...a, ...b, ...c]).size;
}

/** The best `kept` triangles of the actors `keep`, each once. */
export function anyTriangles(
  links: ActorLinks,
  keep: (id: string) => boolean,
  partnerships: Map<string, ProjectedPartnership>,
  kept: number = TRIANGLES_KEPT,
): FoundTriangle[] {
  const { adjacency, partnershipOf } = sides(links, keep);
  // Rank by degree (then id): each triangle is found once, from its lowest-ranked corner, in O(m·√m).
  const ids = [...adjacency.keys()].sort((a, b) => adjacency.get(a)!.size - adjacency.get(b)!.size || (a < b ? -1 : 1));
  const rank = new Map(ids.map((id, i) => [id, i]));
  // Each corner's higher-ranked neighbours, and the links of each of those sides beside them: the
  // inner loop, run once per triangle (millions at 100,000 cities), then looks nothing up by id.
  const higher: Int32Array[] = [];
  const higherSides: string[][][] = [];
  ids.forEach((id, i) => {
    const neighbours: number[] = [];
    const sidesOf: string[][] = [];
    for (const [other, links] of adjacency.get(id)!) {
      const j = rank.get(other)!;
      if (j <= i) continue;
      neighbours.push(j);
      sidesOf.push([...links]);
    }
    higher.push(Int32Array.from(neighbours));
    higherSides.push(sidesOf);
  });
  const side = (a: number, b: number) => adjacency.get(ids[a]!)!.get(ids[b]!)!;
  const stamp = new Int32Array(ids.length).fill(-1);
  const position = new Int32Array(ids.length);
  // mnemonist's FixedReverseHeap has peek() (the worst item kept), which its typings leave out.
  const best = new FixedReverseHeap<Candidate>(Array, better, kept) as FixedReverseHeap<Candidate> & { peek(): Candidate };
  for (let u = 0; u < ids.length; u++) {
    const [hu, su] = [higher[u]!, higherSides[u]!];
    for (let k = 0; k < hu.length; k++) {
      stamp[hu[k]!] = u;
      position[hu[k]!] = k;
    }
    for (let k = 0; k < hu.length; k++) {
      const v = hu[k]!;
      const [hv, sv] = [higher[v]!, higherSides[v]!];
      for (let j = 0; j < hv.length; j++) {
        const w = hv[j]!;
        if (stamp[w] !== u) continue;
        const candidate = { corners: [u, v, w] as [number, number, number], distinctLinks: distinctLinks(su[k]!, su[position[w]!]!, sv[j]!) };
        // A full heap keeps only a strictly better triangle: the others need not be pushed.
        if (best.size === kept && better(candidate, best.peek()) >= 0) continue;
        best.push(candidate);
      }
    }
  }
  return (best.consume() as Candidate[]).map(({ corners: [u, v, w] }) => {
    const links = [...side(u, v), ...side(u, w), ...side(v, w)];
    const partnershipIds = [...new Set(links.flatMap((l) => partnershipOf.get(l) ?? []))].sort();
    return {
      kind: 'ANY' as const,
      actorIds: [ids[u]!, ids[v]!, ids[w]!].sort() as [string, string, string],
      themes: themesOf(partnershipIds, partnerships),
      partnershipIds,
    };
  });
}

/** A city of the South, or a national association of a Southern country (standing for cities the documents do not name). */
function isSouthernLocalGovernment(actor: ProjectedActor): boolean {
  if (actor.kind === 'CITY') return actor.country !== null && blocOf(actor.country) === 'SOUTH';
  return actor.kind === 'ASSOCIATION' && actor.country !== null && blocOf(actor.country) === 'SOUTH';
}

/** A city of the North or East, a donor from there or without a country (an international body), or an organisation from there. */
function isBeyondTheSouth(actor: ProjectedActor): boolean {
  if (actor.country === null) return actor.kind === 'DONOR';
  return blocOf(actor.country) !== 'SOUTH';
}

export function southSouthPlusOne(
  partnerships: ProjectedPartnership[],
  giversOf: (partnershipId: string) => string[],
  actors: Map<string, ProjectedActor>,
  keep: (id: string) => boolean,
): FoundTriangle[] {
  const byActors = new Map<string, { triangle: FoundTriangle; size: number }>();
  for (const p of partnerships) {
    // A North–South twinning that national associations facilitate is not triangular cooperation.
    if (p.orientation !== 'SOUTH_SOUTH' && p.orientation !== 'TRIANGULAR') continue;
    const parties = (ids: string[]) => ids.filter(keep).map((id) => actors.get(id)!).filter(Boolean);
    const southern = parties(p.participants).filter(isSouthernLocalGovernment);
    const thirds = parties([...new Set([...p.participants, ...giversOf(p.id)])]).filter(isBeyondTheSouth);
    const size = p.participants.length + giversOf(p.id).length;
    southern.forEach((a, i) =>
      southern.slice(i + 1).forEach((b) => {
        // At least one city of the South; an association stands for the cities of another country than its partner's.
        if (a.kind !== 'CITY' && b.kind !== 'CITY') return;
        if ((a.kind !== 'CITY' || b.kind !== 'CITY') && a.country === b.country) return;
        for (const third of thirds) {
          const actorIds = [a.id, b.id, third.id].sort() as [string, string, string];
          const key = actorIds.join('|');
          const seen = byActors.get(key);
          if (seen) {
            seen.triangle.partnershipIds = [...new Set([...seen.triangle.partnershipIds, p.id])].sort();
            seen.size = Math.min(seen.size, size);
          } else {
            byActors.set(key, { triangle: { kind: 'SOUTH_SOUTH_PLUS_ONE', actorIds, themes: [], partnershipIds: [p.id] }, size });
          }
        }
      }),
    );
  }
  const byId = new Map(partnerships.map((p) => [p.id, p]));
  return [...byActors.values()]
    // Tight triads (a partnership of three) before three members of a large group.
    .sort((a, b) => a.size - b.size || b.triangle.partnershipIds.length - a.triangle.partnershipIds.length || a.triangle.actorIds.join().localeCompare(b.triangle.actorIds.join()))
    .map(({ triangle }) => ({ ...triangle, themes: themesOf(triangle.partnershipIds, byId) }));
}
