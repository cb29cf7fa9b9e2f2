// How well support reaches each city (domain.md, "Isolated cities lacking
// support"). Support flows from whoever funds or supports something (a donor,
// a programme, a city acting as a donor) along FUNDS and SUPPORTS
// relationships, then down to the members and participants of what it
// reaches: a donor reaches a city it funds (1 hop), the participants of a
// partnership it funds and the members of a network it funds (2 hops), the
// cities a programme it funds supports (2 hops), and so on up to `reach`
// hops. A city is SUPPORTED when something reaches it; UNSUPPORTED when it has
// partnerships or memberships but nothing reaches it; ISOLATED otherwise.
//
// The walk starts from the supporters, not from the cities: they number in
// the tens or hundreds where cities number in the hundred thousands, and a
// walk from each city (a few sets per city) was most of the cost of every
// analysis that needs support (README, "The Forum's questions", speed).
import type { SupportLevel } from '../graphql/generated/resolvers-types.ts';
import type { Projection } from './projection.ts';
import type { SelectedLinks } from './selection.ts';

export const DEFAULT_REACH = 2;

export interface CitySupport {
  level: SupportLevel;
  /** Ids of the actors whose support reaches the city, by id. */
  supporters: string[];
}

/** The selected relationships support travels along, as adjacency lists pointing down from supporters to cities. */
interface SupportPaths {
  /** Of a giver: what it funds or supports. */
  gifts: Map<string, string[]>;
  /** Of a partnership or organisation: its participants and members. */
  down: Map<string, readonly string[]>;
  /** Who takes part in a partnership or is a member of something: not isolated. */
  linked: Set<string>;
}

const push = (map: Map<string, readonly string[]>, key: string, value: string) => {
  const list = map.get(key) as string[] | undefined;
  if (list) list.push(value);
  else map.set(key, [value]);
};

function supportPaths({ partnerships, links, givers }: SelectedLinks): SupportPaths {
  const gifts = new Map<string, string[]>();
  for (const [target, of] of givers) for (const giver of of) push(gifts, giver, target);
  const down = new Map<string, string[]>();
  const linked = new Set<string>();
  for (const p of partnerships) {
    // The partnership's own list (never changed here): a copy per partnership was a good part of the cost.
    down.set(p.id, p.participants);
    for (const participant of p.participants) linked.add(participant);
  }
  for (const link of links) {
    if (link.type !== 'MEMBER_OF') continue;
    push(down, link.target, link.source);
    linked.add(link.source);
  }
  return { gifts, down, linked };
}

/**
 * Every node `supporter`'s support reaches within `reach` hops, itself left
 * out. A hop either follows a gift (from a giver to what it funds or
 * supports: that target is reached, and gives on in turn if it is a giver) or
 * goes down from something reached to its participants or members; once
 * down, only down. The two frontiers and what each has seen are kept apart:
 * it is the walk from a city up through what it belongs to and back along the
 * gifts, turned around, so the same supporters reach the same cities.
 */
function reachedBy(paths: SupportPaths, supporter: string, reach: number): Set<string> {
  const reached = new Set<string>();
  const seenGiving = new Set([supporter]);
  let [giving, descending] = [[supporter], [] as string[]];
  for (let hop = 1; hop <= reach && (giving.length || descending.length); hop++) {
    const [nextGiving, nextDescending]: [string[], string[]] = [[], []];
    const arrive = (node: string) => {
      if (reached.has(node)) return;
      reached.add(node);
      nextDescending.push(node);
    };
    for (const giver of giving) {
      for (const target of paths.gifts.get(giver) ?? []) {
        arrive(target);
        if (!seenGiving.has(target)) {
          seenGiving.add(target);
          nextGiving.push(target);
        }
      }
    }
    for (const node of descending) for (const below of paths.down.get(node) ?? []) arrive(below);
    [giving, descending] = [nextGiving, nextDescending];
  }
  reached.delete(supporter);
  return reached;
}

/** The support of every city of the projection, along the selected relationships. */
export function supportOfCities(projection: Projection, selected: SelectedLinks, reach: number = DEFAULT_REACH): Map<string, CitySupport> {
  const paths = supportPaths(selected);
  const supportersOf = new Map<string, string[]>();
  // In id order, so that each city's list comes out sorted.
  for (const supporter of [...paths.gifts.keys()].sort()) {
    for (const id of reachedBy(paths, supporter, reach)) if (projection.actors.get(id)?.kind === 'CITY') push(supportersOf, id, supporter);
  }
  const support = new Map<string, CitySupport>();
  for (const actor of projection.actors.values()) {
    if (actor.kind !== 'CITY') continue;
    const supporters = supportersOf.get(actor.id) ?? [];
    support.set(actor.id, { level: supporters.length ? 'SUPPORTED' : paths.linked.has(actor.id) ? 'UNSUPPORTED' : 'ISOLATED', supporters });
  }
  return support;
}
