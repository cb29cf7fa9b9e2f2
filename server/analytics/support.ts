// How well support reaches each city (domain.md, "Isolated cities lacking
// support"). Support flows from whoever funds or supports something (a donor,
// a programme, a city acting as a donor) along FUNDS and SUPPORTS
// relationships, then down to the members and participants of what it
// reaches: a donor reaches a city it funds (1 hop), the participants of a
// partnership it funds and the members of a network it funds (2 hops), the
// cities a programme it funds supports (2 hops), and so on up to `reach`
// hops. A city is SUPPORTED when something reaches it; UNSUPPORTED when it has
// partnerships or memberships but nothing reaches it; ISOLATED otherwise.
import type { SupportLevel } from '../graphql/generated/resolvers-types.ts';
import type { Projection } from './projection.ts';
import type { SelectedLinks } from './selection.ts';

export const DEFAULT_REACH = 2;

export interface CitySupport {
  level: SupportLevel;
  /** Ids of the actors whose support reaches the city, by id. */
  supporters: string[];
}

/** The selected relationships support travels along, as adjacency lists. */
interface SupportPaths {
  /** Of a city or organisation: the partnerships it takes part in and the organisations it is a member of. */
  up: Map<string, string[]>;
  /** Of anything: who funds or supports it. */
  givers: Map<string, string[]>;
}

function supportPaths({ partnerships, links, givers }: SelectedLinks): SupportPaths {
  const up = new Map<string, string[]>();
  const climb = (from: string, to: string) => {
    const above = up.get(from);
    if (above) above.push(to);
    else up.set(from, [to]);
  };
  for (const p of partnerships) for (const participant of p.participants) climb(participant, p.id);
  for (const link of links) if (link.type === 'MEMBER_OF') climb(link.source, link.target);
  return { up, givers };
}

/** Everyone whose support reaches `city` within `reach` hops: up through what it belongs to, then back along gifts. */
function supportersOf(paths: SupportPaths, city: string, reach: number): Set<string> {
  const supporters = new Set<string>();
  // A step is up (still climbing memberships and participations) or giving (following funders back);
  // the two frontiers and what each has seen are kept apart (this runs for every city).
  const [seenUp, seenGiving] = [new Set<string>(), new Set<string>()];
  let [climbing, giving] = [[city], [] as string[]];
  for (let hop = 1; hop <= reach && (climbing.length || giving.length); hop++) {
    const nextClimbing: string[] = [];
    const nextGiving: string[] = [];
    const followGivers = (node: string) => {
      for (const giver of paths.givers.get(node) ?? []) {
        if (giver !== city) supporters.add(giver);
        if (!seenGiving.has(giver)) {
          seenGiving.add(giver);
          nextGiving.push(giver);
        }
      }
    };
    for (const node of climbing) {
      followGivers(node);
      for (const above of paths.up.get(node) ?? []) {
        if (!seenUp.has(above)) {
          seenUp.add(above);
          nextClimbing.push(above);
        }
      }
    }
    giving.forEach(followGivers);
    [climbing, giving] = [nextClimbing, nextGiving];
  }
  return supporters;
}

/** The support of every city of the projection, along the selected relationships. */
export function supportOfCities(projection: Projection, selected: SelectedLinks, reach: number = DEFAULT_REACH): Map<string, CitySupport> {
  const paths = supportPaths(selected);
  const support = new Map<string, CitySupport>();
  for (const actor of projection.actors.values()) {
    if (actor.kind !== 'CITY') continue;
    const supporters = [...supportersOf(paths, actor.id, reach)].sort();
    const linked = (paths.up.get(actor.id)?.length ?? 0) > 0;
    support.set(actor.id, { level: supporters.length ? 'SUPPORTED' : linked ? 'UNSUPPORTED' : 'ISOLATED', supporters });
  }
  return support;
}
