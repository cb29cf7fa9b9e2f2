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
import { blocOf } from '../domain/country-profile.ts';
import type { Theme, TriangleKind } from '../graphql/generated/resolvers-types.ts';
import type { ActorLinks } from './actor-graph.ts';
import type { ProjectedActor, ProjectedPartnership } from './projection.ts';
import { triangleSides } from './triangle-sides.ts';

export interface FoundTriangle {
  kind: TriangleKind;
  actorIds: [string, string, string];
  themes: Theme[];
  partnershipIds: string[];
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
function distinctLinks(a: number[], b: number[], c: number[]): number {
  if (a.length === 1 && b.length === 1 && c.length === 1) {
    const [x, y, z] = [a[0], b[0], c[0]];
    return 1 + (y !== x ? 1 : 0) + (z !== x && z !== y ? 1 : 0);
  }
  return new Set([...a, ...b, ...c]).size;
}

/**
 * The best `kept` triangles of the actors `keep`, each once. The best are a fixed order (links, then
 * corners' ranks), so which triangles are kept does not depend on the order they are found in: the
 * highest-ranked corners go first, where the hubs' many-linked triangles are, and once the heap is
 * full a side whose triangles cannot beat its worst (bounded by the widest sides beside it) is passed
 * over without enumerating them: at 100,000 cities most of the millions of triangles are never looked at.
 */
export function anyTriangles(
  links: ActorLinks,
  keep: (id: string) => boolean,
  partnerships: Map<string, ProjectedPartnership>,
  kept: number = TRIANGLES_KEPT,
): FoundTriangle[] {
  const { ids, start, higher, side, linksOf, widest, partnershipOf } = triangleSides(links, keep);
  const stamp = new Int32Array(ids.length).fill(-1);
  const sideTo = new Int32Array(ids.length);
  // mnemonist's FixedReverseHeap has peek() (the worst item kept), which its typings leave out.
  const best = new FixedReverseHeap<Candidate>(Array, better, kept) as FixedReverseHeap<Candidate> & { peek(): Candidate };
  /** Whether a triangle of corners u < v (< some w) scoring at most `bound` could still be kept. */
  const mayBeKept = (bound: number, u: number, v: number) => {
    if (best.size < kept) return true;
    const worst = best.peek();
    const [wu, wv] = worst.corners;
    return bound > worst.distinctLinks || (bound === worst.distinctLinks && (u < wu || (u === wu && v <= wv)));
  };
  for (let u = ids.length - 1; u >= 0; u--) {
    for (let k = start[u]!; k < start[u + 1]!; k++) {
      stamp[higher[k]!] = u;
      sideTo[higher[k]!] = side[k]!;
    }
    for (let k = start[u]!; k < start[u + 1]!; k++) {
      const v = higher[k]!;
      const uv = linksOf[side[k]!]!;
      if (!mayBeKept(uv.length + widest[u]! + widest[v]!, u, v)) continue;
      for (let j = start[v]!; j < start[v + 1]!; j++) {
        const w = higher[j]!;
        if (stamp[w] !== u) continue;
        const candidate = { corners: [u, v, w] as [number, number, number], distinctLinks: distinctLinks(uv, linksOf[sideTo[w]!]!, linksOf[side[j]!]!) };
        // A full heap keeps only a strictly better triangle: the others need not be pushed.
        if (best.size === kept && better(candidate, best.peek()) >= 0) continue;
        best.push(candidate);
      }
    }
  }
  return (best.consume() as Candidate[]).map(({ corners: [u, v, w] }) => {
    const sideOf = (a: number, b: number) => {
      for (let k = start[a]!; k < start[a + 1]!; k++) if (higher[k] === b) return linksOf[side[k]!]!;
      return [];
    };
    const linksAround = [...sideOf(u, v), ...sideOf(u, w), ...sideOf(v, w)];
    const partnershipIds = [...new Set(linksAround.flatMap((l) => partnershipOf[l] ?? []))].sort();
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
